#!/usr/bin/env node
// Renders public/favicon.svg to the PNG icons the web app manifest and iOS need, with the
// project's own Chromium. Run after changing the logo: node scripts/make-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, requireChromium } from "./chromium.mjs";

const svg = readFileSync("public/favicon.svg", "utf8");
const icons = [
  { file: "public/icon-192.png", size: 192, pad: 0 },
  { file: "public/icon-512.png", size: 512, pad: 0 },
  // Maskable icons keep the logo inside the central safe zone (80%) on a full-bleed background.
  { file: "public/icon-maskable-512.png", size: 512, pad: 0.12 },
  { file: "public/apple-touch-icon.png", size: 180, pad: 0 },
];

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
try {
  for (const { file, size, pad } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * (1 - 2 * pad));
    await page.setContent(
      `<body style="margin:0;background:#1f5f5b;display:grid;place-items:center;height:${size}px">` +
        svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `) +
        "</body>",
    );
    await page.screenshot({ path: file, omitBackground: false });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
