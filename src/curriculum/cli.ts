/**
 * `npm run validate -- [DIR]`: checks a curriculum folder (default `curriculum/`), gives new
 * topics their slots, and prints either every problem (`PATH:LINE: message`, exit 1) or a
 * one-line summary (exit 0). Warnings go to stderr and never change the exit code.
 */
import { resolve } from "node:path";
import { oneLine } from "./problems.ts";
import { validateFolder } from "./validate.ts";

const USAGE = `usage: npm run validate -- [DIR]

Checks the curriculum folder DIR (default: curriculum/) and prints every problem as
PATH:LINE: message. Exit code 0 when valid, 1 when not. Topics without a slot get one in
DIR/slots.json.`;

function main(args: readonly string[]): number {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const positional = args.filter((arg) => !arg.startsWith("-"));
  if (positional.length > 1 || positional.length < args.length) {
    console.error(USAGE);
    return 2;
  }
  // npm runs scripts in the package root; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const dir = resolve(base, positional[0] ?? "curriculum");
  try {
    return validateFolder(dir, base);
  } catch (error) {
    // A bug of ours, not the curriculum's: one line, never a stack trace.
    console.error(`validate: internal error while checking ${oneLine(dir)}: ${oneLine(error)}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
