import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppShell, loadApp } from "./ui/app";
import { parseHash } from "./ui/hash-route";
import { showStartupFailure } from "./ui/layout/startup-failure";
import { preloadView } from "./ui/route-view";
import "./ui/styles/global.css";

const root = document.getElementById("root");
// The page's view downloads alongside the curriculum and strings, not after them.
preloadView(parseHash(window.location.hash));
loadApp().then(
  (services) => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <AppShell services={services} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    if (root) showStartupFailure(root);
  },
);
