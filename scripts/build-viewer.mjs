// Bundles the viewer page (viewer/) into dist/viewer with esbuild. Issue 6 fills this in.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "viewer", "build.mjs");
if (existsSync(entry)) await import(entry);
