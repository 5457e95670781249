// Training-time mapping from feature hashes to dense ids, and the conversion of documents into
// id-space sentences (local features, and local plus second-stage document features).
import { FeatureSink, type TokenView } from "../features.js";
import { documentFeatures } from "../doc-features.js";
import type { TrainSentence } from "./perceptron.js";

export class FeatureIndex {
  private readonly ids = new Map<number, number>();
  readonly hashes: number[] = [];

  /** The id of a hash, adding it when `grow`; -1 when unknown. */
  id(h: number, grow: boolean): number {
    const id = this.ids.get(h);
    if (id !== undefined) return id;
    if (!grow) return -1;
    this.ids.set(h, this.hashes.length);
    this.hashes.push(h);
    return this.hashes.length - 1;
  }
  get size(): number {
    return this.hashes.length;
  }
}

/** Map several feature ranges per token (hash buffers with offsets) into one id-space sentence. */
export function toIds(parts: [Int32Array, Int32Array][], n: number, gold: Int8Array, index: FeatureIndex, grow: boolean): TrainSentence {
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    for (const [buf, off] of parts)
      for (let f = off[i]; f < off[i + 1]; f++) {
        const id = index.id(buf[f], grow);
        if (id >= 0) ids.push(id);
      }
  }
  offsets[n] = ids.length;
  return { feats: Int32Array.from(ids), offsets, gold };
}

/** A document with its local features kept as hashes, ready for either stage. */
export interface PreparedDocument {
  views: TokenView[];
  local: FeatureSink;
  localOffsets: Int32Array[];
  gold: Int8Array[];
}

/** Stage-2 sentences of one document: local features plus features of the given stage-1 tags. */
export function stage2Sentences(d: PreparedDocument, stage1: Int8Array[], index: FeatureIndex, grow: boolean): TrainSentence[] {
  const sink = new FeatureSink();
  const offs = documentFeatures(d.views, stage1, sink);
  return d.views.map((v, s) =>
    toIds(
      [
        [d.local.buf, d.localOffsets[s]],
        [sink.buf, offs[s]],
      ],
      v.words.length,
      d.gold[s],
      index,
      grow,
    ),
  );
}
