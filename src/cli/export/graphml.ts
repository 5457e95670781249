// `backchannel export graphml DIR [--out FILE]`: writes DIR/graph.json as GraphML with typed keys (yEd,
// Cytoscape, Gephi, networkx). The work is lazily imported.
import type { CommandModule } from "yargs";
import { defaultOutputPath } from "./output-path.js";

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
    const [{ loadGraph }, { writeGraphml }] = await Promise.all([
      import("../../../graph/io/load-graph.js"),
      import("../../../exports/graphml/index.js"),
    ]);
    const graph = await loadGraph(args.dir);
    const out = args.out ?? defaultOutputPath(args.dir, "graph.graphml");
    await writeGraphml(graph, out, { seed: args.seed, yed: args.yed });
    console.log(`wrote ${out} (${graph.order} nodes, ${graph.size} edges)`);
  },
};
