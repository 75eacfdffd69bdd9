import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { curriculumDirFromEnv, curriculumPlugin } from "./src/curriculum/vite-plugin";

// `base: "./"` makes every asset URL relative, so one dist/ works at any sub-path of any host.
export default defineConfig({
  base: "./",
  plugins: [react(), curriculumPlugin({ dir: curriculumDirFromEnv() })],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: "jsdom",
    setupFiles: ["tests/setup.ts"],
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    // CI adds up the real test counts from this report (scripts/ci-summary.mjs).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "reports/vitest.json" },
  },
});
