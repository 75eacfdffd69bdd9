// The boot script's entry (see boot.ts): reads the build's config from its own tag and runs.
// Whatever fails here, the app still starts.
import { applyBoot, type BootConfig, decideBoot, preloadTopicBody, startApp } from "./boot";

const config = JSON.parse(document.currentScript?.dataset.config ?? "{}") as BootConfig;
let afterPaint = false;
try {
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
  afterPaint = decision.prerender !== null;
  preloadTopicBody(config, window.location.hash, decision.lang, document).catch(() => {});
} catch {
  // The page simply waits for the app, as it would without the boot script.
}
startApp(config.entry, afterPaint, document);
