// Writes a graph as graphology `export()` JSON, atomically, in chunks: the same bytes as
// JSON.stringify(graph.export()) without ever holding the whole text (200 MB for 10k articles) or the exported
// copy of every node and edge (millions of objects for 100k articles) in memory.
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../../graph/types.js";
import { MENTION, provenanceKey, provenanceLinks } from "../../../graph/provenance.js";

/** Items per write: large enough for few writes, small enough to keep each chunk a few MB. */
const BATCH = 2000;

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

/** `provenance: "implicit"`: the graph was built without its MENTIONED_IN edges (graph/provenance.ts); they are
 * written after the others, as buildGraph would have added them. */
export async function writeGraphJson(target: string, graph: BackchannelGraph, options: { provenance?: "edges" | "implicit" } = {}): Promise<void> {
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
async function writeBatched(items: Iterable<unknown>, write: (s: string) => Promise<void>) {
  let part: string[] = [];
  let first = true;
  for (const x of items) {
    part.push(typeof x === "string" ? x : JSON.stringify(x));
    if (part.length === BATCH) {
      await write((first ? "" : ",") + part.join(","));
      first = false;
      part = [];
    }
  }
  if (part.length) await write((first ? "" : ",") + part.join(","));
}
