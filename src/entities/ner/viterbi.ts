// First-order Viterbi decoding over the 17 IOBES tags, allowing only well-formed sequences
// (no I-PER after O, no B-LOC followed by E-ORG, no sentence ending inside an entity).
import { NUM_TAGS, allowedEnd, allowedTransition } from "./tags.js";

const T = NUM_TAGS;
export const ALLOWED = new Uint8Array(T * T);
export const ALLOWED_START = new Uint8Array(T);
export const ALLOWED_END = new Uint8Array(T);
for (let a = 0; a < T; a++) {
  ALLOWED_START[a] = allowedTransition(-1, a) ? 1 : 0;
  ALLOWED_END[a] = allowedEnd(a) ? 1 : 0;
  for (let b = 0; b < T; b++) ALLOWED[a * T + b] = allowedTransition(a, b) ? 1 : 0;
}

/** For each tag b, the tags that may precede it: PRED[PRED_START[b] .. PRED_START[b + 1]). */
const predList: number[] = [];
export const PRED_START = new Int32Array(T + 1);
for (let b = 0; b < T; b++) {
  PRED_START[b] = predList.length;
  for (let a = 0; a < T; a++) if (ALLOWED[a * T + b]) predList.push(a);
}
PRED_START[T] = predList.length;
export const PRED = Int8Array.from(predList);

let delta = new Float64Array(64 * T);
let back = new Int8Array(64 * T);

/**
 * Best tag sequence for `n` tokens given emission scores em[i * T + t], transition scores trans[a * T + b],
 * start[t] and end[t]; written into `out`.
 */
export function viterbi(
  em: ArrayLike<number>,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  out: Int8Array,
): void {
  if (n === 0) return;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    back = new Int8Array(n * T * 2);
  }
  for (let t = 0; t < T; t++) delta[t] = ALLOWED_START[t] ? em[t] + start[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prev = base - T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = PRED_START[b], e = PRED_START[b + 1]; k < e; k++) {
        const a = PRED[k];
        const s = delta[prev + a] + trans[a * T + b];
        if (s > best) (best = s), (arg = a);
      }
      delta[base + b] = best + em[base + b];
      back[base + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!ALLOWED_END[t]) continue;
    const s = delta[last + t] + end[t];
    if (s > best) (best = s), (arg = t);
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}
