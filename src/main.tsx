import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { AppShell, loadApp, prerenderedRootFor } from "./ui/app";
import { documentParsed } from "./ui/document-parsed";
import { showStartupFailure } from "./ui/layout/startup-failure";
import "./ui/styles/global.css";

// The data and strings start loading at once; the page is touched only once it is all parsed.
const parsed = documentParsed();
Promise.all([loadApp(), parsed]).then(
  ([services]) => {
    const root = document.getElementById("root");
    if (!root) return;
    const shell = <AppShell services={services} />;
    // StrictMode only checks in development; the production bundle leaves it out.
    const app = import.meta.env.DEV ? <StrictMode>{shell}</StrictMode> : shell;
    // A new learner already sees the outline rendered at build time (shown by the boot script,
    // src/prerender/boot.ts): take it over in place. Otherwise render afresh, which replaces the
    // hidden prerendered pages.
    const prerendered = prerenderedRootFor(root, services);
    if (prerendered) {
      // As a transition, hydration yields to the browser every few milliseconds instead of
      // holding the main thread for the whole page: the visible page answers input sooner.
      startTransition(() => {
        // The copy was rendered with its language as the prefix of its ids (see
        // src/prerender/render-outline.tsx). A copy that does not match is drawn again, and
        // React reports why as an error: the build promised an exact match.
        hydrateRoot(prerendered, app, { identifierPrefix: prerendered.dataset.lang });
      });
    } else {
      // A transition too: the shell and then the page render in slices of a few milliseconds,
      // not in one long task that would hold up the learner's first input.
      const fresh = createRoot(root);
      startTransition(() => fresh.render(app));
    }
  },
  async (error: unknown) => {
    console.error(error);
    await parsed;
    const root = document.getElementById("root");
    if (root) showStartupFailure(root);
  },
);
