// Where the built viewer page lives (dist/viewer, written by `npm run build`) and the list of its files,
// shared by `backchannel view` (serves them) and writeStaticViewer (copies them next to a graph).
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BackchannelError } from "../../../graph/errors.js";

/** This file runs from dist/src/cli/view/, so the bundle is three folders up. */
export function viewerBundleDir(): string {
  return fileURLToPath(new URL("../../../viewer/", import.meta.url));
}

/** The bundle's files (index.html, app.js, app.css and their source maps), checked to exist. */
export async function viewerBundleFiles(dir = viewerBundleDir()): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    names = [];
  }
  if (!names.includes("index.html") || !names.includes("app.js"))
    throw new BackchannelError("EREAD", `${join(dir, "index.html")}: the viewer is not built; run \`npm run build\` first`);
  return names.filter((n) => /^(index\.html|app\.(js|css)(\.map)?)$/.test(n)).sort();
}
