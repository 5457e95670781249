// Writes a graph as graphology `export()` JSON, atomically, in chunks: the same bytes as
// JSON.stringify(graph.export()) without ever holding the whole text (200 MB for 10k articles) or the exported
// copy of every node and edge (millions of objects for 100k articles) in memory.
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../../graph/types.js";

/** Items per write: large enough for few writes, small enough to keep each chunk a few MB. */
const BATCH = 2000;

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

export async function writeGraphJson(target: string, graph: BackchannelGraph): Promise<void> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const mixed = graph.type === "mixed";
  await writeStreamAtomic(target, async (write) => {
    await write(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
    await writeBatched(
      (function* () {
        for (const { node, attributes } of graph.nodeEntries()) yield isEmpty(attributes) ? { key: node } : { key: node, attributes };
      })(),
      write,
    );
    await write(`],"edges":[`);
    await writeBatched(
      (function* () {
        for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
          const e: Record<string, unknown> = { key: edge, source, target };
          if (!isEmpty(attributes)) e.attributes = attributes;
          if (mixed && undirected) e.undirected = true;
          yield e;
        }
      })(),
      write,
    );
    await write("]}");
  });
}

async function writeBatched(items: Iterable<unknown>, write: (s: string) => Promise<void>) {
  let part: string[] = [];
  let first = true;
  for (const x of items) {
    part.push(JSON.stringify(x));
    if (part.length === BATCH) {
      await write((first ? "" : ",") + part.join(","));
      first = false;
      part = [];
    }
  }
  if (part.length) await write((first ? "" : ",") + part.join(","));
}
