// `backchannel export gexf DIR [--out FILE] [--dynamic]`: writes DIR/graph.json as GEXF 1.3 for Gephi
// (typed attributes, colours, layout, and with --dynamic a date timeline). The work is lazily imported.
import type { CommandModule } from "yargs";
import { runFileExport } from "./file-export.js";

export interface ExportGexfArgs {
  dir: string;
  out?: string;
  dynamic: boolean;
  seed: number;
}

export const exportGexfCommand: CommandModule<{}, ExportGexfArgs> = {
  command: "gexf <dir>",
  describe: "Write DIR/graph.json as GEXF 1.3 for Gephi",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "Folder holding graph.json (or the JSON file)" })
      .option("out", { alias: "o", type: "string", describe: "Output file (default DIR/graph.gexf)" })
      .option("dynamic", { type: "boolean", default: false, describe: "Dated meetings, articles and edges get spells for Gephi's timeline" })
      .option("seed", { type: "number", default: 42, describe: "Layout seed, when the graph carries no positions" })
      .example("$0 export gexf out --dynamic", "Write out/graph.gexf with a timeline") as any,
  handler: async (args) => {
    const { writeGexf } = await import("../../../exports/gexf/index.js");
    const options = { dynamic: args.dynamic, seed: args.seed };
    await runFileExport(args, "graph.gexf", (graph, out) => writeGexf(graph, out, options), args.dynamic ? ", dynamic" : "");
  },
};
