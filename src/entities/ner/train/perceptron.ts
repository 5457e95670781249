// An averaged structured perceptron over the 17 IOBES tags: Viterbi decoding of each training sentence
// and, where it differs from the gold tags, +1/-1 updates of emission and transition weights (lazy averaging).
import { NUM_TAGS } from "../tags.js";
import { viterbi } from "../viterbi.js";
import { sparseStage, type StageData } from "../stage-weights.js";

const T = NUM_TAGS;

/** One sentence in feature-id space: token i owns feats[offsets[i] .. offsets[i + 1]). */
export interface TrainSentence {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int8Array;
}

/** Averaged weights in id space (row = feature id). */
export interface DenseWeights {
  weights: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

export class AveragedPerceptron {
  private readonly w: Float64Array;
  private readonly u: Float64Array;
  private readonly tw = new Float64Array(T * T);
  private readonly tu = new Float64Array(T * T);
  private readonly sw = new Float64Array(T);
  private readonly su = new Float64Array(T);
  private readonly ew = new Float64Array(T);
  private readonly eu = new Float64Array(T);
  private c = 1;
  private em = new Float64Array(256 * T);
  private pred = new Int8Array(256);

  constructor(readonly numFeatures: number) {
    this.w = new Float64Array(numFeatures * T);
    this.u = new Float64Array(numFeatures * T);
  }

  /** One pass over the sentences in the given order; returns the number of sentences decoded wrongly. */
  epoch(sentences: TrainSentence[], order: ArrayLike<number>): number {
    let wrong = 0;
    for (let k = 0; k < order.length; k++) {
      if (this.learn(sentences[order[k]])) wrong++;
      this.c++;
    }
    return wrong;
  }

  private learn(s: TrainSentence): boolean {
    const n = s.gold.length;
    if (n === 0) return false;
    if (this.em.length < n * T) (this.em = new Float64Array(n * T * 2)), (this.pred = new Int8Array(n * 2));
    emissions(this.w, s, this.em);
    viterbi(this.em, n, this.tw, this.sw, this.ew, this.pred);
    const p = this.pred;
    const g = s.gold;
    let same = true;
    for (let i = 0; i < n; i++) if (p[i] !== g[i]) same = false;
    if (same) return false;
    const c = this.c;
    for (let i = 0; i < n; i++) {
      if (p[i] !== g[i])
        for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
          const o = s.feats[f] * T;
          this.w[o + g[i]] += 1;
          this.u[o + g[i]] += c;
          this.w[o + p[i]] -= 1;
          this.u[o + p[i]] -= c;
        }
      if (i > 0 && (p[i - 1] !== g[i - 1] || p[i] !== g[i])) {
        bump(this.tw, this.tu, g[i - 1] * T + g[i], 1, c);
        bump(this.tw, this.tu, p[i - 1] * T + p[i], -1, c);
      }
    }
    if (p[0] !== g[0]) bump(this.sw, this.su, g[0], 1, c), bump(this.sw, this.su, p[0], -1, c);
    if (p[n - 1] !== g[n - 1]) bump(this.ew, this.eu, g[n - 1], 1, c), bump(this.ew, this.eu, p[n - 1], -1, c);
    return true;
  }

  /** The averaged weights so far. */
  averaged(): DenseWeights {
    const avg = (w: Float64Array, u: Float64Array) => Float32Array.from(w, (x, i) => x - u[i] / this.c);
    return { weights: avg(this.w, this.u), trans: avg(this.tw, this.tu), start: avg(this.sw, this.su), end: avg(this.ew, this.eu) };
  }
}

function bump(w: Float64Array, u: Float64Array, i: number, v: number, c: number): void {
  w[i] += v;
  u[i] += v * c;
}

function emissions(w: ArrayLike<number>, s: TrainSentence, em: Float64Array | Float32Array): void {
  const n = s.gold.length;
  em.fill(0, 0, n * T);
  for (let i = 0; i < n; i++)
    for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
      const o = s.feats[f] * T;
      for (let t = 0; t < T; t++) em[i * T + t] += w[o + t];
    }
}

/** Decode sentences with fixed (averaged) weights. */
export function decodeAll(m: DenseWeights, sentences: TrainSentence[]): Int8Array[] {
  let em = new Float32Array(256 * T);
  return sentences.map((s) => {
    const n = s.gold.length;
    const out = new Int8Array(n);
    if (!n) return out;
    if (em.length < n * T) em = new Float32Array(n * T * 2);
    emissions(m.weights, s, em);
    viterbi(em, n, m.trans, m.start, m.end, out);
    return out;
  });
}

/** Dense id-space weights → sparse inference stage data keyed by feature hash. */
export function toStageData(m: DenseWeights, hashes: ArrayLike<number>): StageData {
  return sparseStage(hashes, m.weights, m.trans, m.start, m.end);
}
