// NER speed: the shipped model's tokens per second over CoNLL-2003 eng.testa and its load time, against
// compromise (people, places and organizations) on the same text in the same process, and the ratio.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { readConll } from "../src/entities/ner/conll.js";
import { DEFAULT_NER_MODEL } from "../src/entities/ner/index.js";
import { decodeModel } from "../src/entities/ner/model-file.js";
import { NerTagger } from "../src/entities/ner/tagger.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const testa = join(root, "..", "shared", "data", "conll2003", "eng.testa");
const train = join(root, "..", "shared", "data", "conll2003", "eng.train");

const countTokens = (docs: string[][][]) => docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

/** Tokens per second of `run` over all documents. */
function speed(docs: string[][][], run: (doc: string[][]) => void): number {
  const t0 = performance.now();
  for (const d of docs) run(d);
  return countTokens(docs) / ((performance.now() - t0) / 1000);
}

export default async function bench(): Promise<void> {
  if (!existsSync(testa)) {
    console.log(`ner: skipped (no ${testa})`);
    return;
  }
  const docs = readConll(testa).map((d) => d.sentences.map((s) => s.tokens));
  // Warm-up text that is not eng.testa: JIT and the tagger's word cache see other news first.
  const warm = existsSync(train) ? readConll(train).slice(0, 100).map((d) => d.sentences.map((s) => s.tokens)) : docs.slice(0, 20);
  const t0 = performance.now();
  const model = new NerTagger(decodeModel(readFileSync(DEFAULT_NER_MODEL)));
  const loadMs = performance.now() - t0;
  const ours = (d: string[][]) => model.tagDocument(d);
  const theirs = (d: string[][]) => {
    const doc = nlp(d.map((s) => s.join(" ")).join("\n"));
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  };
  const oursCold = speed(docs, ours);
  const theirsCold = speed(docs, theirs);
  const fresh = new NerTagger(decodeModel(readFileSync(DEFAULT_NER_MODEL)));
  const oursFresh = (d: string[][]) => fresh.tagDocument(d);
  speed(warm, oursFresh);
  speed(warm, theirs);
  const oursWarm = speed(docs, oursFresh);
  const theirsWarm = speed(docs, theirs);
  console.log(
    `ner: ${Math.round(oursWarm)} tokens/s over eng.testa (${countTokens(docs)} tokens, warmed on ${countTokens(warm)} other tokens), ` +
      `model load ${loadMs.toFixed(0)} ms; compromise ${Math.round(theirsWarm)} tokens/s; ratio ${(oursWarm / theirsWarm).toFixed(1)}x ` +
      `(first pass, cold: ${Math.round(oursCold)} vs ${Math.round(theirsCold)} tokens/s, ${(oursCold / theirsCold).toFixed(1)}x)`,
  );
}
