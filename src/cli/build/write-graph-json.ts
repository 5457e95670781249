// Writes a graph as graphology `export()` JSON, atomically, in chunks: the same bytes as
// JSON.stringify(graph.export()) without ever holding the whole text (200 MB for 10k articles) in memory.
import type { SerializedGraph } from "graphology-types";
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../../graph/types.js";

/** Items per write: large enough for few writes, small enough to keep each chunk a few MB. */
const BATCH = 2000;

export async function writeGraphJson(target: string, graph: BackchannelGraph): Promise<void> {
  const data = graph.export() as SerializedGraph;
  await writeStreamAtomic(target, async (write) => {
    const head: Record<string, unknown> = {};
    for (const k of Object.keys(data)) if (k !== "nodes" && k !== "edges") head[k] = (data as any)[k];
    const open = JSON.stringify(head);
    await write(open.slice(0, -1) + (open.length > 2 ? "," : ""));
    await writeArray("nodes", data.nodes, write);
    await write(",");
    await writeArray("edges", data.edges, write);
    await write("}");
  });
}

async function writeArray(name: string, items: unknown[], write: (s: string) => Promise<void>) {
  await write(`"${name}":[`);
  for (let i = 0; i < items.length; i += BATCH) {
    const part = items.slice(i, i + BATCH).map((x) => JSON.stringify(x)).join(",");
    await write(i ? `,${part}` : part);
  }
  await write("]");
}
