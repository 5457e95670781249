// Writes a graph as graphology `export()` JSON, atomically, in chunks: the same bytes as
// JSON.stringify(graph.export()) without ever holding the whole text (200 MB for 10k articles) or the exported
// copy of every node and edge (millions of objects for 100k articles) in memory.
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../../graph/types.js";
import type { EdgeTable } from "../../../graph/edge-table.js";
import { MENTION, provenanceKey, provenanceLinks } from "../../../graph/provenance.js";

/** Characters per write: few writes, and each a young-generation string. V8 puts a string over 128 KiB straight
 * into the old generation, where it stays until a full collection: writing a 2 GB graph.json (100k articles) in
 * chunks of 2000 items, a few MB each, took a build from 2.7 to 3.8 GiB. */
export const CHUNK_CHARS = 32 * 1024;

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

/** `table`: the graph's relation edges are in this table (graph/edge-table.ts), written where the graph's own
 * would be. `provenance: "implicit"`: the graph was built without its MENTIONED_IN edges (graph/provenance.ts); they are
 * written after the others, as buildGraph would have added them. */
export async function writeGraphJson(target: string, graph: BackchannelGraph, options: { provenance?: "edges" | "implicit"; table?: EdgeTable } = {}): Promise<void> {
  const graphOptions = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const mixed = graph.type === "mixed";
  await writeStreamAtomic(target, async (write) => {
    await write(`{"options":${JSON.stringify(graphOptions)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
    await writeBatched(
      (function* () {
        for (const { node, attributes } of graph.nodeEntries()) yield isEmpty(attributes) ? { key: node } : { key: node, attributes };
      })(),
      write,
    );
    await write(`],"edges":[`);
    // edges that share one attributes object (the provenance edges of a build: most of a big graph) have
    // their attributes serialised once
    let shared: object | undefined;
    let sharedJson = "";
    await writeBatched(
      (function* () {
        for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
          let json = `{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
          if (!isEmpty(attributes)) {
            if (attributes !== shared) [shared, sharedJson] = [attributes, JSON.stringify(attributes)];
            json += `,"attributes":${sharedJson}`;
          }
          if (mixed && undirected) json += `,"undirected":true`;
          yield `${json}}`;
        }
        // a table's edges: as buildGraph would have added them to the graph (before any MENTIONED_IN edge)
        const table = options.table;
        if (table)
          for (let i = 0; i < table.size; i++)
            yield `{"key":${JSON.stringify(table.key(i))},"source":${JSON.stringify(table.source[i])},"target":${JSON.stringify(table.target[i])},"attributes":${JSON.stringify(table.attributes(i))}}`;
        if (options.provenance === "implicit") {
          const attributes = `,"attributes":${JSON.stringify(MENTION)}}`;
          for (const [n, article] of provenanceLinks(graph))
            yield `{"key":${JSON.stringify(provenanceKey(n, article))},"source":${JSON.stringify(n)},"target":${JSON.stringify(article)}${attributes}`;
        }
      })(),
      write,
    );
    await write("]}");
  });
}

/** Writes items (objects, or strings already serialised) as the comma-separated inside of a JSON array. */
export async function writeBatched(items: Iterable<unknown>, write: (s: string) => Promise<void>) {
  let part: string[] = [];
  let size = 0;
  let first = true;
  for (const x of items) {
    const json = typeof x === "string" ? x : JSON.stringify(x);
    part.push(json);
    size += json.length + 1;
    if (size >= CHUNK_CHARS) {
      await write((first ? "" : ",") + part.join(","));
      first = false;
      part = [];
      size = 0;
    }
  }
  if (part.length) await write((first ? "" : ",") + part.join(","));
}
