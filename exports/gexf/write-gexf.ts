// writeGexf(graph, file, options): streams GEXF 1.3 to disk atomically, in bounded memory. Why not
// graphology-gexf's writer: it builds the whole document as one string (a 1M-edge graph needs hundreds of MB
// and can pass V8's maximum string length), has no dynamics (no spells, start/end, timeformat), and writes an
// xsi:schemaLocation the official 1.3 RelaxNG schema rejects. We still use its parser to test our output.
import type { BackchannelGraph } from "../../graph/types.js";
import { writeChunksAtomic } from "../common/write-chunks.js";
import { gexfChunks } from "./gexf-chunks.js";
import { validateGexfOptions, type GexfOptions } from "./gexf-options.js";

export async function writeGexf(graph: BackchannelGraph, file: string, options: Partial<GexfOptions> = {}): Promise<void> {
  const o = validateGexfOptions(options);
  await writeChunksAtomic(file, gexfChunks(graph, o));
}

/** The whole document as one string: for small graphs and tests only; use writeGexf for files. */
export function gexfString(graph: BackchannelGraph, options: Partial<GexfOptions> = {}): string {
  return [...gexfChunks(graph, options)].join("");
}
