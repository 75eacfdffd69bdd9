import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { AppShell, loadApp } from "./ui/app";
import { FIRST_PAINT_WAIT_MS, settledWithin } from "./ui/settled-within";
import { parseHash } from "./ui/router";
import { showStartupFailure } from "./ui/layout/startup-failure";
import { preloadView } from "./ui/route-view";
import "./ui/styles/global.css";

const root = document.getElementById("root");
// The page's view downloads alongside the curriculum and strings, not after them, and the
// first render waits for it (for a while): the first paint is the page itself, not the header
// over an empty space that the page then fills.
const viewReady = settledWithin(preloadView(parseHash(window.location.hash)), FIRST_PAINT_WAIT_MS);
Promise.all([loadApp(), viewReady]).then(
  ([services]) => {
    if (!root) return;
    const app = createRoot(root);
    // As a transition the first render yields to the browser every few milliseconds instead
    // of holding the main thread for the whole page, so the page answers input sooner.
    startTransition(() =>
      app.render(
        <StrictMode>
          <AppShell services={services} />
        </StrictMode>,
      ),
    );
  },
  (error: unknown) => {
    console.error(error);
    if (root) showStartupFailure(root);
  },
);
