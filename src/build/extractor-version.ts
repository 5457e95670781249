// The extractor's version for the build cache: a hash of the package version, the NER model file and the
// compiled code of every stage that turns bytes into facts, so any change there invalidates cached facts.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_NER_MODEL } from "../entities/ner/index.js";

/** Folders of src/ (beside this one) whose code decides the facts of an article. */
export const EXTRACTION_STAGES = ["read", "text", "entities", "relations", "extract"];
/** Modules of graph/ that extraction uses to decide facts (a meeting's status, when two mentions are one meeting,
 * the schema), by name without extension: a change there changes facts too. */
export const EXTRACTION_GRAPH_MODULES = ["meeting-status", "schema"];

const srcRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

function codeFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) codeFiles(p, out);
    else if (/\.(js|ts|json)$/.test(name) && !name.endsWith(".map") && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** The version in the nearest package.json above src/ (whether run from src/ or dist/src/). */
function packageVersion(): string {
  for (let dir = srcRoot, i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      return String(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version ?? "?");
    } catch {
      continue;
    }
  }
  return "?";
}

/** The code files the version hashes, as [name relative to the project, path]. */
export function extractorFiles(): [string, string][] {
  const out: [string, string][] = [];
  for (const stage of EXTRACTION_STAGES) for (const f of codeFiles(join(srcRoot, stage))) out.push([f.slice(srcRoot.length), f]);
  const graphRoot = join(srcRoot, "..", "graph");
  for (const f of codeFiles(graphRoot)) {
    const rel = f.slice(graphRoot.length + 1);
    if (EXTRACTION_GRAPH_MODULES.includes(rel.replace(/\.(?:js|ts)$/, ""))) out.push([`graph/${rel}`, f]);
  }
  return out;
}

const memo = new Map<string, string>();

export function extractorVersion(modelPath: string = DEFAULT_NER_MODEL): string {
  const known = memo.get(modelPath);
  if (known) return known;
  const h = createHash("sha256");
  h.update(`backchannel ${packageVersion()}\0`);
  try {
    h.update(readFileSync(modelPath));
  } catch {
    h.update("no model");
  }
  for (const [name, f] of extractorFiles()) h.update(`\0${name}\0`).update(readFileSync(f));
  const version = h.digest("hex").slice(0, 32);
  memo.set(modelPath, version);
  return version;
}
