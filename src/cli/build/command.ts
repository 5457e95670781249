// `backchannel build <inputs..> --out DIR`: reads articles, extracts facts, writes DIR/graph.json atomically.
import type { CommandModule } from "yargs";

export interface BuildArgs {
  inputs: string[];
  out: string;
  strict: boolean;
  verbose: boolean;
  progress: boolean;
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** Incremental build: "" uses --out, a folder replaces --out. Undefined: full build, no cache. */
  update?: string;
  maxArticleMb?: number;
  /** With --update: lay the whole graph out again rather than keep the previous positions. */
  relayout?: boolean;
}

export const buildCommand: CommandModule<{}, BuildArgs> = {
  command: "build <inputs..>",
  describe: "Build the graph from article files, folders or .jsonl streams",
  builder: (y) =>
    y
      .positional("inputs", { type: "string", array: true, demandOption: true, describe: "Files or folders of articles (.txt .md .html .jsonl)" })
      .option("out", { alias: "o", type: "string", default: "out", describe: "Output folder (graph.json and more)" })
      .option("strict", { type: "boolean", default: false, describe: "Stop at the first unreadable or malformed input" })
      .option("progress", { type: "boolean", default: true, describe: "Show a progress bar on a terminal" })
      .option("jobs", { alias: "j", type: "number", describe: "Worker threads for extraction (default: one per core; 1 runs in-process)" })
      .option("update", {
        type: "string",
        describe: "Incremental build: reuse the facts cached in DIR (default: --out) for unchanged articles",
      })
      .option("relayout", {
        type: "boolean",
        default: false,
        describe: "With --update: lay the whole graph out again (by default nodes keep their places and only new ones are placed)",
      })
      .option("max-article-mb", { type: "number", default: 5, describe: "Skip (with a warning) any file or JSONL line larger than this" })
      .example("$0 build examples --out out", "Build the sample corpus into out/graph.json")
      .example("$0 build news/ --out out --update", "Rebuild, extracting only new or changed articles") as any,
  handler: async (args) => {
    const { runBuild } = await import("./run.js");
    await runBuild(args);
  },
};
