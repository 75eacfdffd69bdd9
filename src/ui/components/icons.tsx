/** Small inline icons (decorative: the text next to them carries the meaning). */
import type { TopicState } from "../../graph";

const paths: Record<TopicState, string> = {
  done: "M3.5 8.5l3 3 6-7",
  available: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z",
  locked: "M4.5 7.5h7v6h-7zM6 7.5V5.5a2 2 0 0 1 4 0v2",
};

export function StateIcon({ state }: { state: TopicState }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[state]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
