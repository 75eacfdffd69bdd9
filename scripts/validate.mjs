/**
 * `npm run validate -- [DIR]`: runs the curriculum validator, src/curriculum/cli.ts, from its
 * cached JavaScript bundle (see validator-bundle.mjs). The first run after a change to the
 * validator builds the bundle first, which adds a fraction of a second.
 */
import { pathToFileURL } from "node:url";
import { validatorBundle } from "./validator-bundle.mjs";

try {
  const { cli } = await validatorBundle();
  // The CLI reads its arguments from process.argv, which are this script's.
  await import(pathToFileURL(cli).href);
} catch (error) {
  console.error(`validate: could not start the validator: ${error?.stack ?? error}`);
  process.exitCode = 2;
}
