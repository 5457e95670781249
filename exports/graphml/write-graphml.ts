// writeGraphml(graph, file, options): streams GraphML to disk atomically (temp file + rename), in bounded
// memory whatever the graph's size; graphmlString() joins the same pieces for small graphs and tests.
import type { BackchannelGraph } from "../../graph/types.js";
import { writeChunksAtomic } from "../common/write-chunks.js";
import { graphmlChunks } from "./graphml-chunks.js";
import { validateGraphmlOptions, type GraphmlOptions } from "./graphml-options.js";

export async function writeGraphml(graph: BackchannelGraph, file: string, options: Partial<GraphmlOptions> = {}): Promise<void> {
  const o = validateGraphmlOptions(options);
  await writeChunksAtomic(file, graphmlChunks(graph, o));
}

export function graphmlString(graph: BackchannelGraph, options: Partial<GraphmlOptions> = {}): string {
  return [...graphmlChunks(graph, options)].join("");
}
