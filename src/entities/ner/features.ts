// Local features of each token: the word and its neighbours, shapes, prefixes and suffixes, capitalisation
// in its sentence, gazetteer marks, and what the rest of the same document says about the word's case.
import { finish, hashInt, hashStr, templateSeed } from "./hash.js";
import { capClass, normalizeWord, wordShape } from "./word-shape.js";
import type { Gazetteer } from "./gazetteer.js";

/** What feature extraction needs besides the text: shipped inside the model file. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Words seen mostly in lowercase in the training text. */
  lowerVocab: Set<string>;
}

/** Feature hashes of every token of one sentence: token i owns feats[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  feats: Int32Array;
  offsets: Int32Array;
}

/** Per-token views shared by local and document features. */
export interface TokenView {
  words: string[];
  lower: string[];
  norm: string[];
  cap: string[];
  shortShape: string[];
  /** Sentence case: U mostly capitals (headline), T title case, N normal. */
  sentenceCase: string;
}

let nextTemplate = 0;
const T = () => templateSeed(nextTemplate++);
const F = {
  bias: T(), word: T(), norm: T(), longShape: T(), cap: T(), capWindow: T(), vocab: T(), len: T(),
  normAt: [T(), T(), T(), T()], // -2 -1 +1 +2
  shapeAt: [T(), T(), T(), T(), T()], // -2 .. +2
  shapeBi: [T(), T()], shapeTri: T(), bigram: [T(), T()],
  prefix: [T(), T(), T(), T()], suffix: [T(), T(), T(), T(), T()],
  gaz: T(), gazCap: T(), gazPrev: T(), gazNext: T(), docCase: T(), hyphen: T(), prevWordCap: T(),
};
export const DOC_TEMPLATE_BASE = 1000;

export class FeatureSink {
  buf = new Int32Array(1024);
  n = 0;
  push(h: number): void {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = finish(h);
  }
}

export function tokenView(words: string[]): TokenView {
  const lower = words.map((w) => w.toLowerCase());
  const cap = words.map(capClass);
  let alpha = 0;
  let upper = 0;
  let title = 0;
  for (let i = 0; i < words.length; i++) {
    if (!/[A-Za-z]/.test(words[i])) continue;
    alpha++;
    if (cap[i] === "A") upper++;
    if (cap[i] === "A" || cap[i] === "C" || cap[i] === "a") title++;
  }
  const sentenceCase = alpha >= 2 && upper / alpha > 0.7 ? "U" : alpha >= 4 && title / alpha > 0.8 ? "T" : "N";
  return { words, lower, norm: lower.map(normalizeWord), cap, shortShape: words.map((w) => wordShape(w)), sentenceCase };
}

/** Lowercased words of a document seen lowercase, and capitalised words seen away from a sentence start. */
export interface DocCase {
  lowercase: Set<string>;
  capitalisedInside: Map<string, number>;
}

export function docCase(views: TokenView[]): DocCase {
  const lowercase = new Set<string>();
  const capitalisedInside = new Map<string, number>();
  for (const v of views)
    for (let i = 0; i < v.words.length; i++) {
      if (v.cap[i] === "l") lowercase.add(v.lower[i]);
      else if (capitalisedInside_(v, i))
        capitalisedInside.set(v.lower[i], (capitalisedInside.get(v.lower[i]) ?? 0) + 1);
    }
  return { lowercase, capitalisedInside };
}

/** A capitalised word inside a normal sentence (not its first word, not after a quote): likely a name. */
const capitalisedInside_ = (v: TokenView, i: number) => v.cap[i] === "C" && i > 0 && v.sentenceCase === "N" && v.words[i - 1] !== '"';

const str = (seed: number, s: string) => hashStr(seed, s);
const SEED = 0x811c9dc5 | 0;
const BOS = hashStr(SEED, "<s>");
const EOS = hashStr(SEED, "</s>");

/** Per-token string hashes, so window features combine integers instead of rehashing strings. */
function tokenHashes(values: string[]): Int32Array {
  const out = new Int32Array(values.length + 4);
  out[0] = out[1] = BOS;
  for (let i = 0; i < values.length; i++) out[i + 2] = stringHash(values[i]);
  out[values.length + 2] = out[values.length + 3] = EOS;
  return out;
}

/**
 * Features of the word alone (the same wherever it occurs), given its string hashes from tokenHashes:
 * the tagger caches their weights per word.
 */
export function wordFeatures(w: string, nw: string, normHash: number, shapeHash: number, sink: FeatureSink): void {
  sink.push(F.bias);
  sink.push(str(F.word, w));
  sink.push(hashInt(F.norm, normHash));
  sink.push(str(F.longShape, wordShape(w, 4)));
  sink.push(hashInt(F.len, Math.min(w.length, 10)));
  sink.push(hashInt(F.shapeAt[2], shapeHash));
  for (let k = 1; k <= 4 && k < w.length; k++) sink.push(hashStr(F.prefix[k - 1], w, 0, k));
  for (let k = 1; k <= 5 && k < nw.length; k++) sink.push(hashStr(F.suffix[k - 1], nw, nw.length - k));
  const dash = nw.indexOf("-");
  if (dash > 0 && dash < nw.length - 1) {
    sink.push(hashStr(hashInt(F.hyphen, 1), nw, 0, dash));
    sink.push(hashStr(hashInt(F.hyphen, 2), nw, nw.lastIndexOf("-") + 1));
  }
}

/** The string hash tokenHashes gives one value. */
export const stringHash = (s: string): number => hashStr(SEED, s);

/** Local features for every token of one sentence, appended to `sink`; returns the per-token offsets. */
export function sentenceFeatures(v: TokenView, doc: DocCase, res: FeatureResources, sink: FeatureSink, withWord = true): Int32Array {
  const n = v.words.length;
  const offsets = new Int32Array(n + 1);
  const marks = res.gazetteer.mark(v.lower);
  const hn = tokenHashes(v.norm); // token i at hn[i + 2]
  const hs = tokenHashes(v.shortShape);
  const capAt = (i: number) => (i < 0 ? 60 : i >= n ? 62 : v.cap[i].charCodeAt(0));
  for (let i = 0; i < n; i++) {
    offsets[i] = sink.n;
    const w = v.words[i];
    const nw = v.norm[i];
    const cc = v.cap[i];
    const ctx = hashInt(hashInt(cc.charCodeAt(0), i === 0 ? 1 : 0), v.sentenceCase.charCodeAt(0));
    const j = i + 2;
    if (withWord) wordFeatures(w, nw, hn[j], hs[j], sink);
    sink.push(hashInt(F.cap, ctx));
    sink.push(hashInt(hashInt(hashInt(F.capWindow, capAt(i - 1)), capAt(i)), capAt(i + 1)));
    sink.push(hashInt(hashInt(F.vocab, res.lowerVocab.has(v.lower[i]) ? 1 : 0), ctx));
    sink.push(hashInt(F.normAt[0], hn[j - 2]));
    sink.push(hashInt(F.normAt[1], hn[j - 1]));
    sink.push(hashInt(F.normAt[2], hn[j + 1]));
    sink.push(hashInt(F.normAt[3], hn[j + 2]));
    for (const k of [-2, -1, 1, 2]) sink.push(hashInt(F.shapeAt[k + 2], hs[j + k]));
    sink.push(hashInt(hashInt(F.shapeBi[0], hs[j - 1]), hs[j]));
    sink.push(hashInt(hashInt(F.shapeBi[1], hs[j]), hs[j + 1]));
    sink.push(hashInt(hashInt(hashInt(F.shapeTri, hs[j - 1]), hs[j]), hs[j + 1]));
    sink.push(hashInt(hashInt(F.bigram[0], hn[j - 1]), hn[j]));
    sink.push(hashInt(hashInt(F.bigram[1], hn[j]), hn[j + 1]));
    sink.push(hashInt(hashInt(F.prevWordCap, hn[j - 1]), capAt(i)));
    for (const m of marks[i]) {
      sink.push(hashInt(F.gaz, m));
      sink.push(hashInt(hashInt(F.gazCap, m), ctx));
    }
    if (i > 0) for (const m of marks[i - 1]) sink.push(hashInt(F.gazPrev, m));
    if (i + 1 < n) for (const m of marks[i + 1]) sink.push(hashInt(F.gazNext, m));
    if (cc !== "l" && cc !== "p" && cc !== "d") {
      const inside = (doc.capitalisedInside.get(v.lower[i]) ?? 0) - (capitalisedInside_(v, i) ? 1 : 0);
      const flags = (doc.lowercase.has(v.lower[i]) ? 1 : 0) + (inside > 0 ? 2 : 0);
      sink.push(hashInt(hashInt(F.docCase, flags), ctx));
    }
  }
  offsets[n] = sink.n;
  return offsets;
}
