// Bundles the viewer page (viewer/src/main.ts and viewer/style.css) with esbuild into dist/viewer: index.html,
// app.js (one classic script, so the page also opens from disk) and app.css. Run by scripts/build-viewer.mjs.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, "..", "dist", "viewer");

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { app: join(here, "src", "main.ts") },
  outdir,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2020"],
  minify: process.env.VIEWER_MINIFY !== "0", // VIEWER_MINIFY=0 for readable stacks when profiling
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
});
await copyFile(join(here, "index.html"), join(outdir, "index.html"));
