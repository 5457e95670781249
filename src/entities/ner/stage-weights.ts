// The weights of one tagging stage at inference time: an open-addressing table from feature hash to a row
// of 17 tag weights, plus tag-transition, start and end weights. Scores sentences into emission arrays.
import { NUM_TAGS } from "./tags.js";

const T = NUM_TAGS;

export interface StageData {
  /** Feature hashes (never 0), one per row. */
  hashes: Int32Array;
  /** rows * 17 weights. */
  weights: Float32Array;
  trans: Float32Array; // 17 * 17
  start: Float32Array; // 17
  end: Float32Array; // 17
}

export class StageWeights {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(readonly data: StageData) {
    let size = 1024;
    while (size < data.hashes.length * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < data.hashes.length; r++) {
      let i = data.hashes[r] & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = data.hashes[r];
      this.rows[i] = r;
    }
  }

  row(h: number): number {
    let i = h & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === h) return this.rows[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Add the weights of features feats[offsets[i] .. offsets[i+1]) to em[i * 17 ..] for each of n tokens. */
  addEmissions(feats: Int32Array, offsets: Int32Array, n: number, em: Float32Array): void {
    const w = this.data.weights;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let f = offsets[i]; f < offsets[i + 1]; f++) {
        const r = this.row(feats[f]);
        if (r < 0) continue;
        const o = r * T;
        for (let t = 0; t < T; t++) em[base + t] += w[o + t];
      }
    }
  }
}
