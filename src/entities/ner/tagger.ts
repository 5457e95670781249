// Tagging a document with a loaded model: local features → stage-1 Viterbi → document features from the
// stage-1 tags → stage-2 Viterbi → entity spans per sentence.
import { documentFeatures } from "./doc-features.js";
import { extractDocument } from "./extract.js";
import { FeatureSink, type FeatureResources } from "./features.js";
import { Gazetteer } from "./gazetteer.js";
import type { ModelContents, ModelHeader } from "./model-file.js";
import { StageWeights } from "./stage-weights.js";
import { NUM_TAGS, spansFromTagIds, type Span } from "./tags.js";
import { viterbi } from "./viterbi.js";

const T = NUM_TAGS;

export class NerTagger {
  readonly header: ModelHeader;
  private readonly res: FeatureResources;
  private readonly stage1: StageWeights;
  private readonly stage2: StageWeights;
  private em = new Float32Array(256 * T);

  constructor(contents: ModelContents) {
    this.header = contents.header;
    this.res = { gazetteer: new Gazetteer(contents.header.gazetteers), lowerVocab: new Set(contents.header.lowerVocab) };
    this.stage1 = new StageWeights(contents.stages[0]);
    this.stage2 = new StageWeights(contents.stages[1]);
  }

  /** IOBES tag ids for every token of every sentence of one document. */
  tagIds(sentences: string[][]): Int8Array[] {
    const doc = extractDocument(sentences, this.res);
    const first = doc.views.map((v, s) => this.decode(this.stage1, v.words.length, [[doc.sink.buf, doc.offsets[s]]]));
    const docSink = new FeatureSink();
    const docOffsets = documentFeatures(doc.views, first, docSink);
    return doc.views.map((v, s) =>
      this.decode(this.stage2, v.words.length, [
        [doc.sink.buf, doc.offsets[s]],
        [docSink.buf, docOffsets[s]],
      ]),
    );
  }

  /** Entity spans per sentence. */
  tagDocument(sentences: string[][]): Span[][] {
    return this.tagIds(sentences).map(spansFromTagIds);
  }

  private decode(stage: StageWeights, n: number, feats: [Int32Array, Int32Array][]): Int8Array {
    const out = new Int8Array(n);
    if (n === 0) return out;
    if (this.em.length < n * T) this.em = new Float32Array(n * T * 2);
    const em = this.em;
    em.fill(0, 0, n * T);
    for (const [buf, offsets] of feats) stage.addEmissions(buf, offsets, n, em);
    const d = stage.data;
    viterbi(em, n, d.trans, d.start, d.end, out);
    return out;
  }
}
