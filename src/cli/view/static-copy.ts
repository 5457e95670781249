// writeStaticViewer(OUT): puts the built viewer page in OUT/viewer/ with the graph beside it, so the folder can
// be hosted anywhere; graph.js (window.__BACKCHANNEL_GRAPH__) lets it open from disk too. The graph beside the
// page is a second name for OUT/graph.json (a hard link) where the file system allows, else a copy: a big
// corpus's graph.json is gigabytes, and graph.js is left out above what a browser loads from a script.
import { createReadStream, promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { writeStreamAtomic } from "../../../graph/io/atomic-write.js";
import { BackchannelError } from "../../../graph/errors.js";
import { viewerBundleDir, viewerBundleFiles } from "./bundle.js";

/** Above this, no graph.js: a script that size is more than a browser parses (V8's strings stop at 512 MiB). */
export const GRAPH_JS_MAX_BYTES = 256 * 1024 * 1024;

async function copyAtomic(from: string, to: string): Promise<void> {
  await writeStreamAtomic(to, async (write) => {
    for await (const chunk of createReadStream(from)) await write(chunk as Buffer);
  });
}

/** `to` becomes another name for `from`'s content, atomically: a hard link renamed into place, else a copy. */
export async function linkOrCopyAtomic(from: string, to: string): Promise<"linked" | "copied"> {
  await fs.mkdir(dirname(to), { recursive: true });
  const [a, b] = await Promise.all([fs.stat(from).catch(() => undefined), fs.stat(to).catch(() => undefined)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) return "linked"; // already (and rename would leave the temp name)
  const tmp = join(dirname(to), `.${basename(to)}.${process.pid}.${randomBytes(4).toString("hex")}.link`);
  try {
    await fs.link(from, tmp);
    await fs.rename(tmp, to);
    await fs.rm(tmp, { force: true }); // (rename between two names of one file does nothing)
    return "linked";
  } catch {
    await fs.rm(tmp, { force: true });
    await copyAtomic(from, to);
    return "copied";
  }
}

export interface StaticViewerOptions {
  /** graph.js is written only for a graph.json up to this size (default GRAPH_JS_MAX_BYTES). */
  maxScriptBytes?: number;
  /** Told when graph.js is left out. */
  onNote?: (msg: string) => void;
}

export async function writeStaticViewer(outDir: string, bundleDir = viewerBundleDir(), options: StaticViewerOptions = {}): Promise<void> {
  const graphFile = join(outDir, "graph.json");
  let size: number;
  try {
    size = (await fs.stat(graphFile)).size;
  } catch {
    throw new BackchannelError("ENOGRAPH", `${graphFile}: no graph to put in the viewer; write graph.json first`);
  }
  const target = join(outDir, "viewer");
  for (const name of await viewerBundleFiles(bundleDir)) await copyAtomic(join(bundleDir, name), join(target, name));
  await linkOrCopyAtomic(graphFile, join(target, "graph.json"));
  const script = join(target, "graph.js");
  const max = options.maxScriptBytes ?? GRAPH_JS_MAX_BYTES;
  if (size > max) {
    // an older, smaller graph's script would show the wrong graph from disk
    await fs.rm(script, { force: true });
    options.onNote?.(
      `${script} not written: graph.json is ${Math.round(size / 2 ** 20)} MiB, more than a page opened from disk can load; serve it (backchannel view ${outDir})`,
    );
    return;
  }
  await writeStreamAtomic(script, async (write) => {
    await write("// The graph for pages opened from disk (file://), where fetch(graph.json) is not allowed.\nwindow.__BACKCHANNEL_GRAPH__ = ");
    for await (const chunk of createReadStream(graphFile)) await write(chunk as Buffer);
    await write(";\n");
  });
}
