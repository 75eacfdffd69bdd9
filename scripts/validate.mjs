/**
 * `npm run validate -- [DIR]`: runs the curriculum validator, src/curriculum/cli.ts, from its
 * TypeScript sources through tsx's loader (Node 20 cannot load TypeScript by itself).
 */
import { register } from "tsx/esm/api";

try {
  register();
  // The CLI reads its arguments from process.argv, which are this script's.
  await import("../src/curriculum/cli.ts");
} catch (error) {
  const message = String(error instanceof Error ? error.message : error).split("\n")[0];
  console.error(`validate: could not start the validator: ${message}`);
  process.exitCode = 2;
}
