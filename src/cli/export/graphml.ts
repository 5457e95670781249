// `backchannel export graphml DIR [--out FILE]`: writes DIR/graph.json as GraphML with typed keys (yEd,
// Cytoscape, Gephi, networkx). The work is lazily imported.
import type { CommandModule } from "yargs";
import { runFileExport } from "./file-export.js";

export interface ExportGraphmlArgs {
  dir: string;
  out?: string;
  seed: number;
  yed: boolean;
}

export const exportGraphmlCommand: CommandModule<{}, ExportGraphmlArgs> = {
  command: "graphml <dir>",
  describe: "Write DIR/graph.json as GraphML (yEd, Cytoscape, Gephi, networkx)",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "Folder holding graph.json (or the JSON file)" })
      .option("out", { alias: "o", type: "string", describe: "Output file (default DIR/graph.graphml)" })
      .option("yed", { type: "boolean", default: false, describe: "Add yEd node graphics (position, size, colour, label)" })
      .option("seed", { type: "number", default: 42, describe: "Layout seed, when the graph carries no positions" })
      .example("$0 export graphml out", "Write out/graph.graphml") as any,
  handler: async (args) => {
    const { writeGraphml } = await import("../../../exports/graphml/index.js");
    const options = { seed: args.seed, yed: args.yed };
    await runFileExport(args, "graph.graphml", (graph, out) => writeGraphml(graph, out, options));
  },
};
