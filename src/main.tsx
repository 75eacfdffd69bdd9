import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppShell, loadApp } from "./ui/app";
import { showStartupFailure } from "./ui/layout/startup-failure";
import "./ui/styles/global.css";

const root = document.getElementById("root");
if (root) {
  // The first render waits for the curriculum data and the UI strings (see loadApp).
  loadApp().then(
    (services) =>
      createRoot(root).render(
        <StrictMode>
          <AppShell services={services} />
        </StrictMode>,
      ),
    (error: unknown) => {
      console.error(error);
      showStartupFailure(root);
    },
  );
}
