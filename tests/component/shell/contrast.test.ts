import { readFileSync } from "node:fs";
import { join } from "node:path";

// Reads the theme tokens and checks that every text/background pair the stylesheets use meets
// WCAG AA (4.5:1 for text, 3:1 for the focus ring and other non-text indicators).

// Vitest runs from the repository root (vite.config.ts); CSS imports are blanked in tests.
const css = readFileSync(join(process.cwd(), "src/ui/styles/tokens.css"), "utf8");

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  const tokens: Record<string, string> = {};
  for (const match of body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    const [, name, value] = match;
    if (name && value) tokens[name] = value.toLowerCase();
  }
  return tokens;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const themes = {
  light: block(":root"),
  dark: block(':root[data-theme="dark"]'),
  "dark (system)": block(':root:not([data-theme="light"])'),
};

const textPairs: [string, string][] = [
  ["text", "bg"],
  ["text", "surface"],
  ["text", "surface-2"],
  ["text", "available-bg"],
  ["muted", "bg"],
  ["muted", "surface"],
  ["muted", "surface-2"],
  ["accent", "bg"],
  ["accent", "surface"],
  ["accent", "available-bg"],
  ["accent-text", "accent"],
  ["done", "done-bg"],
  ["done", "surface"],
  ["available", "available-bg"],
  ["locked", "locked-bg"],
  ["locked", "surface"],
  ["warn-text", "warn-bg"],
];

const indicatorPairs: [string, string][] = [
  ["focus", "bg"],
  ["focus", "surface"],
  ["done", "surface-2"],
];

describe.each(Object.entries(themes))("%s theme", (_name, tokens) => {
  it.each(textPairs)("%s on %s reaches 4.5:1", (fg, bg) => {
    const [a, b] = [tokens[fg], tokens[bg]];
    expect(a && b).toBeTruthy();
    expect(contrast(a ?? "", b ?? "")).toBeGreaterThanOrEqual(4.5);
  });

  it.each(indicatorPairs)("%s on %s reaches 3:1", (fg, bg) => {
    expect(contrast(tokens[fg] ?? "", tokens[bg] ?? "")).toBeGreaterThanOrEqual(3);
  });
});

it("defines the same dark palette for the switch and for the system setting", () => {
  expect(themes["dark (system)"]).toEqual(themes.dark);
});
