// The boot script's entry (see boot.ts): reads the build's config from its own tag and runs.
import { applyBoot, type BootConfig, decideBoot } from "./boot";

try {
  const script = document.currentScript;
  const config = JSON.parse(script?.dataset.config ?? "") as BootConfig;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage switched off: decide without it.
  }
  const decision = decideBoot(config, {
    pathname: window.location.pathname,
    hash: window.location.hash,
    browserLanguages: navigator.languages?.length ? navigator.languages : [navigator.language],
    storage,
  });
  applyBoot(decision, document);
} catch {
  // Without the boot script the page simply waits for the app.
}
