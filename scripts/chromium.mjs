// Where the browser tests and Lighthouse find Chromium: CHROMIUM_PATH, else Debian's package.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Flags that let Chromium run as root in a container with no outside network. */
export const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Exits with a message that says how to get a browser, when there is none. */
export function requireChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  console.error(
    [
      `No Chromium found at ${chromiumPath}.`,
      "The browser tests drive a real Chromium; this project never downloads one. Either:",
      "  - install Debian's package:  sudo apt-get install -y chromium   (gives /usr/bin/chromium), or",
      "  - point CHROMIUM_PATH at an existing Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm run test:e2e",
    ].join("\n"),
  );
  process.exit(1);
}
