/** Temporary shell; the learner UI replaces it. */
export function App() {
  return (
    <main>
      <h1>结网 Jiewang</h1>
    </main>
  );
}
