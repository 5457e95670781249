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

/** Tokens per second of `run` over all documents, after one warm-up pass over the first 20. */
function speed(docs: string[][][], tokens: number, run: (doc: string[][]) => void): number {
  for (const d of docs.slice(0, 20)) run(d);
  const t0 = performance.now();
  for (const d of docs) run(d);
  return tokens / ((performance.now() - t0) / 1000);
}

export default async function bench(): Promise<void> {
  if (!existsSync(testa)) {
    console.log(`ner: skipped (no ${testa})`);
    return;
  }
  const docs = readConll(testa).map((d) => d.sentences.map((s) => s.tokens));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const t0 = performance.now();
  const model = new NerTagger(decodeModel(readFileSync(DEFAULT_NER_MODEL)));
  const loadMs = performance.now() - t0;
  const ours = speed(docs, tokens, (d) => model.tagDocument(d));
  const theirs = speed(docs, tokens, (d) => {
    const doc = nlp(d.map((s) => s.join(" ")).join("\n"));
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  });
  console.log(
    `ner: ${Math.round(ours)} tokens/s over eng.testa (${tokens} tokens), model load ${loadMs.toFixed(0)} ms; ` +
      `compromise ${Math.round(theirs)} tokens/s; ratio ${(ours / theirs).toFixed(1)}x`,
  );
}
