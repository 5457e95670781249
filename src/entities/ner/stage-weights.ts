// The weights of one tagging stage at inference time: an open-addressing table from feature hash to its
// non-zero tag weights (sparse rows: most features weigh on 2-4 of the 17 tags), plus transition, start
// and end weights. Scores sentences into emission arrays.
import { NUM_TAGS } from "./tags.js";

const T = NUM_TAGS;

export interface StageData {
  /** Feature hashes (never 0), one per row. */
  hashes: Int32Array;
  /** Row r's weights are tags/values[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  tags: Uint8Array;
  values: Float32Array;
  trans: Float32Array; // 17 * 17
  start: Float32Array; // 17
  end: Float32Array; // 17
}

/** Sparse stage data from dense rows (rows * 17 weights); zero weights and empty rows are dropped. */
export function sparseStage(hashes: ArrayLike<number>, dense: Float32Array, trans: Float32Array, start: Float32Array, end: Float32Array): StageData {
  const keep: number[] = [];
  const rowStart: number[] = [0];
  const tags: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    const before = tags.length;
    for (let t = 0; t < T; t++) {
      const x = dense[r * T + t];
      if (x !== 0) tags.push(t), values.push(x);
    }
    if (tags.length > before) keep.push(hashes[r]), rowStart.push(tags.length);
  }
  return {
    hashes: Int32Array.from(keep),
    rowStart: Int32Array.from(rowStart),
    tags: Uint8Array.from(tags),
    values: Float32Array.from(values),
    trans,
    start,
    end,
  };
}

export class StageWeights {
  /** Interleaved (hash, row) slots; hash 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly data: StageData) {
    let size = 1024;
    while (size < data.hashes.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < data.hashes.length; r++) {
      let i = data.hashes[r] & this.mask;
      while (this.slots[2 * i] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = data.hashes[r];
      this.slots[2 * i + 1] = r;
    }
  }

  row(h: number): number {
    const slots = this.slots;
    let i = h & this.mask;
    for (;;) {
      const k = slots[2 * i];
      if (k === h) return slots[2 * i + 1];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Add the weights of features feats[offsets[i] .. offsets[i+1]) to em[i * 17 ..] for each of n tokens. */
  addEmissions(feats: Int32Array, offsets: Int32Array, n: number, em: Float32Array): void {
    const { rowStart, tags, values } = this.data;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let f = offsets[i], to = offsets[i + 1]; f < to; f++) {
        const r = this.row(feats[f]);
        if (r < 0) continue;
        for (let k = rowStart[r], e = rowStart[r + 1]; k < e; k++) em[base + tags[k]] += values[k];
      }
    }
  }
}

/**
 * Both stages' weights behind one table, so each local feature is looked up once for stage 1 and stage 2.
 * Row r's weights in stage s are tags[s]/values[s][start[s][r] .. start[s][r + 1]).
 */
export class TwoStageWeights {
  private readonly table: StageWeights;
  private readonly start: Int32Array[] = [];
  private readonly tags: Uint8Array[] = [];
  private readonly values: Float32Array[] = [];

  constructor(readonly stages: [StageData, StageData]) {
    // Union of both stages' hashes, numbered in order of first appearance.
    const union: number[] = [];
    const probe = new UnionTable(stages[0].hashes.length + stages[1].hashes.length);
    const rowOfStage = stages.map((s) => {
      const rows = new Int32Array(s.hashes.length);
      for (let r = 0; r < rows.length; r++) rows[r] = probe.rowOf(s.hashes[r], union);
      return rows;
    });
    const hashes = Int32Array.from(union);
    const rows = hashes.length;
    stages.forEach((s, si) => {
      const rowOf = rowOfStage[si];
      const count = new Int32Array(rows + 1);
      const src = new Int32Array(rows).fill(-1);
      for (let r = 0; r < rowOf.length; r++) {
        src[rowOf[r]] = r;
        count[rowOf[r] + 1] = s.rowStart[r + 1] - s.rowStart[r];
      }
      for (let u = 0; u < rows; u++) count[u + 1] += count[u];
      const tags = new Uint8Array(count[rows]);
      const values = new Float32Array(count[rows]);
      for (let u = 0; u < rows; u++) {
        const r = src[u];
        if (r < 0) continue;
        for (let k = s.rowStart[r], o = count[u]; k < s.rowStart[r + 1]; k++, o++) {
          tags[o] = s.tags[k];
          values[o] = s.values[k];
        }
      }
      this.start.push(count);
      this.tags.push(tags);
      this.values.push(values);
    });
    const empty = new Float32Array(T * T);
    this.table = new StageWeights({ hashes, rowStart: new Int32Array(rows + 1), tags: new Uint8Array(0), values: new Float32Array(0), trans: empty, start: empty, end: empty });
  }

  /** Add local features' weights to both stages' emissions. */
  addLocal(feats: Int32Array, offsets: Int32Array, n: number, em1: Float32Array, em2: Float32Array): void {
    const [s1, s2] = this.start;
    const [t1, t2] = this.tags;
    const [v1, v2] = this.values;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let f = offsets[i], to = offsets[i + 1]; f < to; f++) {
        const r = this.table.row(feats[f]);
        if (r < 0) continue;
        for (let k = s1[r], e = s1[r + 1]; k < e; k++) em1[base + t1[k]] += v1[k];
        for (let k = s2[r], e = s2[r + 1]; k < e; k++) em2[base + t2[k]] += v2[k];
      }
    }
  }

  /** Add second-stage (document) features' weights to stage-2 emissions. */
  addSecond(feats: Int32Array, offsets: Int32Array, n: number, em2: Float32Array): void {
    const s2 = this.start[1];
    const t2 = this.tags[1];
    const v2 = this.values[1];
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let f = offsets[i], to = offsets[i + 1]; f < to; f++) {
        const r = this.table.row(feats[f]);
        if (r < 0) continue;
        for (let k = s2[r], e = s2[r + 1]; k < e; k++) em2[base + t2[k]] += v2[k];
      }
    }
  }
}

/** Insert-or-find table for merging hash lists (training and loading only). */
class UnionTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }
  rowOf(h: number, union: number[]): number {
    let i = h & this.mask;
    while (this.slots[2 * i] !== 0) {
      if (this.slots[2 * i] === h) return this.slots[2 * i + 1];
      i = (i + 1) & this.mask;
    }
    this.slots[2 * i] = h;
    this.slots[2 * i + 1] = union.length;
    union.push(h);
    return union.length - 1;
  }
}
