// The backchannel command line: one yargs parser, one folder per command, one fail handler that prints
// a BackchannelError as one line (with the stack only under --verbose) and exits non-zero.
import yargs, { type Argv, type CommandModule } from "yargs";
import { isBackchannelError } from "../../graph/errors.js";
import { buildCommand } from "./build/command.js";
import { exportCommand } from "./export/command.js";
import { extraCommands } from "./commands.js";
import { planHeap, runWithHeap } from "./heap.js";
import { debugOn } from "../../graph/debug.js";

export const COMMANDS: CommandModule<any, any>[] = [buildCommand, exportCommand, ...extraCommands];

export function createCli(argv: string[]): Argv {
  let cli = yargs(argv)
    .scriptName("backchannel")
    .usage("$0 <command> [options]\n\nBuilds an evidence-backed graph of who deals with whom from news articles.")
    .option("verbose", { type: "boolean", default: false, describe: "Print stack traces and debug detail" })
    .strict()
    .demandCommand(1, "Name a command: build, export, view or eval (see --help).")
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err, y) => {
      if (err) throw err;
      console.error(`backchannel: ${msg}`);
      console.error(`Run 'backchannel ${"--help"}' for usage.`);
      void y;
      process.exit(2);
    });
  for (const c of COMMANDS) cli = cli.command(c);
  return cli;
}

export function reportError(e: unknown, verbose: boolean): number {
  if (isBackchannelError(e)) {
    console.error(`backchannel: ${e.message}`);
    if (verbose && e.stack) console.error(e.stack);
    return 1;
  }
  const err = e as Error;
  console.error(`backchannel: ${err?.message ?? String(e)}`);
  if (verbose && err?.stack) console.error(err.stack);
  return 1;
}

/** The CLI entry: `build` and `export` run in a worker thread with a bigger heap when Node's default is small
 * (see heap.ts); everything else, and those when the heap is already big enough, right here. */
export async function main(argv: string[]): Promise<void> {
  const plan = planHeap(argv);
  if (debugOn("heap")) console.error(`heap: ${plan.why}`);
  if (plan.limitMb) process.exitCode = await runWithHeap(new URL("./heap-worker.js", import.meta.url), argv, plan.limitMb);
  else await runCli(argv);
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await createCli(argv).parseAsync();
  } catch (e) {
    process.exitCode = reportError(e, argv.includes("--verbose"));
  }
}
