// What the file exports (gexf, graphml) share: load DIR/graph.json, write beside it unless --out says
// otherwise (DIR may also be the JSON file itself), and print one line saying what was written.
import { dirname, join } from "node:path";
import type { BackchannelGraph } from "../../../graph/types.js";

export function defaultOutputPath(dirOrFile: string, fileName: string): string {
  return join(dirOrFile.endsWith(".json") ? dirname(dirOrFile) : dirOrFile, fileName);
}

export async function runFileExport(
  args: { dir: string; out?: string },
  fileName: string,
  write: (graph: BackchannelGraph, out: string) => Promise<void>,
  note = "",
): Promise<void> {
  const { loadGraph } = await import("../../../graph/io/load-graph.js");
  const graph = await loadGraph(args.dir);
  const out = args.out ?? defaultOutputPath(args.dir, fileName);
  await write(graph, out);
  console.log(`wrote ${out} (${graph.order} nodes, ${graph.size} edges${note})`);
}
