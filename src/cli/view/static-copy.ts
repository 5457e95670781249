// writeStaticViewer(OUT): copies the built viewer page into OUT/viewer/ with the graph beside it, so the
// folder can be hosted anywhere; graph.js (window.__BACKCHANNEL_GRAPH__) lets it open from disk too.
import { createReadStream, promises as fs } from "node:fs";
import { join } from "node:path";
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import { BackchannelError } from "../../../graph/errors.js";
import { viewerBundleDir, viewerBundleFiles } from "./bundle.js";

async function copyAtomic(from: string, to: string): Promise<void> {
  await writeStreamAtomic(to, async (write) => {
    for await (const chunk of createReadStream(from)) await write(chunk as Buffer);
  });
}

export async function writeStaticViewer(outDir: string, bundleDir = viewerBundleDir()): Promise<void> {
  const graphFile = join(outDir, "graph.json");
  try {
    await fs.access(graphFile);
  } catch {
    throw new BackchannelError("ENOGRAPH", `${graphFile}: no graph to put in the viewer; write graph.json first`);
  }
  const target = join(outDir, "viewer");
  for (const name of await viewerBundleFiles(bundleDir)) await copyAtomic(join(bundleDir, name), join(target, name));
  await copyAtomic(graphFile, join(target, "graph.json"));
  await writeStreamAtomic(join(target, "graph.js"), async (write) => {
    await write("// The graph for pages opened from disk (file://), where fetch(graph.json) is not allowed.\nwindow.__BACKCHANNEL_GRAPH__ = ");
    for await (const chunk of createReadStream(graphFile)) await write(chunk as Buffer);
    await write(";\n");
  });
}
