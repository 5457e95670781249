// `npm run bench`: runs every bench/*.bench.ts (compiled to dist/bench/*.bench.js) in name order, or only
// those whose name contains one of the arguments (`npm run bench -- ner gexf`). Each prints its own figures.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
console.log(`backchannel bench · ${new Date().toISOString()} · node ${process.version}`);
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  await mod.default();
}
