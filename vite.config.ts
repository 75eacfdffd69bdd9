import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { curriculumDirFromEnv, curriculumPlugin } from "./src/curriculum/vite-plugin.ts";

/**
 * The Content-Security-Policy travels inside index.html so it holds on any static host. Only in
 * builds: the dev server injects inline scripts for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Style attributes are rendered markup (progress bars' widths, a bad formula's red colour);
  // scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "jiewang:csp",
    apply: "build",
    // Right after <meta charset>: a policy in a meta tag covers only what comes after it.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/i,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

// `base: "./"` makes every asset URL relative, so one dist/ works at any sub-path of any host.
export default defineConfig({
  base: "./",
  plugins: [
    react(),
    curriculumPlugin({ dir: curriculumDirFromEnv() }),
    contentSecurityPolicy(),
    VitePWA({
      registerType: "prompt",
      // Registered by src/ui/layout/update-notice.tsx after the first render.
      injectRegister: false,
      manifest: {
        name: "结网 Jiewang",
        short_name: "结网",
        description: "把阅读清单织成前置知识图：勾选学过的主题，看下一步解锁什么。",
        lang: "zh",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#f7f5f0",
        theme_color: "#1f5f5b",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
          { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // Every view, every topic body and the curriculum data (json), so the whole site works
        // offline after one visit. (woff2 stays listed in case a curriculum's styles add fonts.)
        globPatterns: ["**/*.{js,json,css,html,svg,png,woff2,webmanifest}"],
        cleanupOutdatedCaches: true,
        navigateFallback: null,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    // Every browser that runs this ES2022 build supports <link rel="modulepreload">; the polyfill
    // would only add bytes to the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page imports statically goes in one chunk: split into several
          // small shared chunks it compressed ~2 KB worse and cost extra requests. Likewise the
          // outline's view with what it imports (the row, checkbox, badges and links every
          // other view reuses): one chunk instead of ten small ones that each compress alone.
          // The search index stays out: it loads when the learner first searches.
          groups: [
            { name: "app", tags: ["$initial"] },
            {
              name: "outline-page",
              test: (id) => /[\\/]src[\\/]ui[\\/]outline[\\/](?!search-index\.)/.test(id),
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: "jsdom",
    setupFiles: ["tests/setup.ts"],
    // Generous: a shared machine can be slow; a test that hangs still fails.
    testTimeout: 20_000,
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    // CI adds up the real test counts from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "reports/vitest.json" },
  },
});
