// Tagging a document with a loaded model: local features (looked up once for both stages) → stage-1
// Viterbi → document features from the stage-1 tags → stage-2 Viterbi → entity spans per sentence.
import { documentFeatures } from "./doc-features.js";
import { extractDocument } from "./extract.js";
import { FeatureSink, stringHash, wordFeatures, type FeatureResources, type TokenView } from "./features.js";
import { Gazetteer } from "./gazetteer.js";
import type { ModelContents, ModelHeader } from "./model-file.js";
import { TwoStageWeights } from "./stage-weights.js";
import { NUM_TAGS, spansFromTagIds, type Span } from "./tags.js";
import { viterbi } from "./viterbi.js";

const T = NUM_TAGS;
const WORD_CACHE_SIZE = 200_000;

export class NerTagger {
  readonly header: ModelHeader;
  private readonly res: FeatureResources;
  private readonly weights: TwoStageWeights;
  private em1 = new Float32Array(256 * T);
  /** Per word, the summed weights of its word-only features: stage 1 in [0, 17), stage 2 in [17, 34). */
  private readonly wordCache = new Map<string, Float32Array>();
  private readonly wordSink = new FeatureSink();
  private readonly wordOffsets = new Int32Array(2);

  constructor(contents: ModelContents) {
    this.header = contents.header;
    this.res = { gazetteer: new Gazetteer(contents.header.gazetteers), lowerVocab: new Set(contents.header.lowerVocab) };
    this.weights = new TwoStageWeights([contents.stages[0], contents.stages[1]]);
  }

  /** IOBES tag ids for every token of every sentence of one document. */
  tagIds(sentences: string[][]): Int8Array[] {
    const doc = extractDocument(sentences, this.res, false);
    const [s1, s2] = this.weights.stages;
    const em2s: Float32Array[] = [];
    const first = doc.views.map((v, s) => {
      const n = v.words.length;
      if (this.em1.length < n * T) this.em1 = new Float32Array(n * T * 2);
      this.em1.fill(0, 0, n * T);
      const em2 = new Float32Array(n * T);
      this.weights.addLocal(doc.sink.buf, doc.offsets[s], n, this.em1, em2);
      this.addWords(v, this.em1, em2);
      em2s.push(em2);
      const out = new Int8Array(n);
      if (n) viterbi(this.em1, n, s1.trans, s1.start, s1.end, out);
      return out;
    });
    const docSink = new FeatureSink();
    const docOffsets = documentFeatures(doc.views, first, docSink);
    return doc.views.map((v, s) => {
      const n = v.words.length;
      this.weights.addSecond(docSink.buf, docOffsets[s], n, em2s[s]);
      const out = new Int8Array(n);
      if (n) viterbi(em2s[s], n, s2.trans, s2.start, s2.end, out);
      return out;
    });
  }

  private addWords(v: TokenView, em1: Float32Array, em2: Float32Array): void {
    for (let i = 0; i < v.words.length; i++) {
      const w = this.wordWeights(v.words[i], v.norm[i], v.shortShape[i]);
      const base = i * T;
      for (let t = 0; t < T; t++) {
        em1[base + t] += w[t];
        em2[base + t] += w[T + t];
      }
    }
  }

  private wordWeights(w: string, norm: string, shape: string): Float32Array {
    const hit = this.wordCache.get(w);
    if (hit) return hit;
    const sink = this.wordSink;
    sink.n = 0;
    wordFeatures(w, norm, stringHash(norm), stringHash(shape), sink);
    this.wordOffsets[1] = sink.n;
    const out = new Float32Array(2 * T);
    this.weights.addLocal(sink.buf, this.wordOffsets, 1, out, out.subarray(T));
    if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
    this.wordCache.set(w, out);
    return out;
  }

  /** Entity spans per sentence. */
  tagDocument(sentences: string[][]): Span[][] {
    return this.tagIds(sentences).map(spansFromTagIds);
  }
}
