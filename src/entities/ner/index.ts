// Named-entity recognition for the pipeline: loadNerModel() reads the shipped model (models/ner-conll.bin.gz)
// once and returns a tagger that finds PER, ORG, LOC and MISC spans in tokenised sentences of one document.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BackchannelError } from "../../../graph/errors.js";
import { decodeModel } from "./model-file.js";
import { NerTagger } from "./tagger.js";

export interface NerSpan {
  start: number;
  end: number;
  type: "PER" | "ORG" | "LOC" | "MISC";
} // token indices, end exclusive
export interface NerModel {
  tagDocument(sentences: string[][]): NerSpan[][];
} // one array of spans per sentence

/** The repository root, found from this file whether it runs from src/ (tsx) or dist/src/. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, "package.json"));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return process.cwd();
}

export const DEFAULT_NER_MODEL = join(repoRoot(), "models", "ner-conll.bin.gz");

const cache = new Map<string, NerTagger>();

/** Load a model file (default: the shipped one); cached per path. Throws EMODEL when missing or corrupt. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerTagger {
  const key = resolve(path);
  const hit = cache.get(key);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(key);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BackchannelError("EMODEL", `${path}: the NER model cannot be read (${code ?? "error"}); run 'npm run train:ner' to make it.`, { cause: e });
  }
  let tagger: NerTagger;
  try {
    tagger = new NerTagger(decodeModel(bytes));
  } catch (e) {
    throw new BackchannelError("EMODEL", `${path}: is not a usable NER model (${(e as Error).message}).`, { cause: e });
  }
  cache.set(key, tagger);
  return tagger;
}

export { NerTagger } from "./tagger.js";
export { ENTITY_TYPES, type EntityType } from "./tags.js";
