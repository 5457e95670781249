// The model file: gzip of [u32 header length][JSON header][stage 1][stage 2]. Each stage stores its feature
// hashes, the number of non-zero tag weights per feature, those (tag, int16) pairs, and float32 transitions.
import { gunzipSync, gzipSync } from "node:zlib";
import { NUM_TAGS } from "./tags.js";
import type { StageData } from "./stage-weights.js";
import type { GazetteerLists } from "./gazetteer.js";

const T = NUM_TAGS;
export const MODEL_FORMAT = "backchannel-ner";
export const MODEL_VERSION = 1;

export interface ModelHeader {
  format: string;
  version: number;
  tags: readonly string[];
  gazetteers: GazetteerLists;
  lowerVocab: string[];
  /** How it was trained and how it scored, for people reading the file. */
  training: Record<string, unknown>;
}

export interface ModelContents {
  header: ModelHeader;
  stages: StageData[];
}

class Writer {
  parts: Buffer[] = [];
  u32(x: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(x);
    this.parts.push(b);
  }
  f32(x: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(x);
    this.parts.push(b);
  }
  bytes(a: ArrayBufferView) {
    this.parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
}

/** Serialise a model; weights are stored as int16 steps of one scale per stage (those rounding to 0 dropped). */
export function encodeModel(m: ModelContents): Buffer {
  const w = new Writer();
  const header = Buffer.from(JSON.stringify(m.header), "utf8");
  w.u32(header.length);
  w.parts.push(header);
  for (const s of m.stages) {
    let max = 0;
    for (const x of s.values) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? max / 32767 : 1;
    const keep: number[] = [];
    const nnz: number[] = [];
    const tags: number[] = [];
    const vals: number[] = [];
    for (let r = 0; r < s.hashes.length; r++) {
      let k = 0;
      for (let j = s.rowStart[r]; j < s.rowStart[r + 1]; j++) {
        const q = Math.round(s.values[j] / scale);
        if (q === 0) continue;
        tags.push(s.tags[j]);
        vals.push(q);
        k++;
      }
      if (k) keep.push(s.hashes[r]), nnz.push(k);
    }
    w.u32(keep.length);
    w.u32(tags.length);
    w.f32(scale);
    w.bytes(Int32Array.from(keep));
    w.bytes(Uint8Array.from(nnz));
    w.bytes(Uint8Array.from(tags));
    w.bytes(Int16Array.from(vals));
    w.bytes(s.trans);
    w.bytes(s.start);
    w.bytes(s.end);
  }
  return gzipSync(Buffer.concat(w.parts), { level: 9 });
}

/** Parse a model file's bytes; throws a plain Error naming what is wrong (the caller adds the path). */
export function decodeModel(gz: Buffer): ModelContents {
  let b: Buffer;
  try {
    b = gunzipSync(gz);
  } catch {
    throw new Error("it is not gzip data");
  }
  let off = 0;
  const take = (n: number) => {
    if (off + n > b.length) throw new Error("the file is truncated");
    const copy = new Uint8Array(n);
    copy.set(b.subarray(off, off + n));
    off += n;
    return copy.buffer;
  };
  const u32 = () => new DataView(take(4)).getUint32(0, true);
  const f32 = () => new DataView(take(4)).getFloat32(0, true);
  const headerLen = u32();
  let header: ModelHeader;
  try {
    header = JSON.parse(Buffer.from(take(headerLen)).toString("utf8")) as ModelHeader;
  } catch {
    throw new Error("its header is not JSON");
  }
  if (header.format !== MODEL_FORMAT) throw new Error(`it is not a ${MODEL_FORMAT} model`);
  if (header.version !== MODEL_VERSION) throw new Error(`it has format version ${header.version}, expected ${MODEL_VERSION}`);
  const stages: StageData[] = [];
  for (let s = 0; s < 2; s++) {
    const nFeat = u32();
    const nVals = u32();
    const scale = f32();
    const hashes = new Int32Array(take(nFeat * 4));
    const nnz = new Uint8Array(take(nFeat));
    const tags = new Uint8Array(take(nVals));
    const q = new Int16Array(take(nVals * 2));
    const rowStart = new Int32Array(nFeat + 1);
    for (let r = 0; r < nFeat; r++) rowStart[r + 1] = rowStart[r] + nnz[r];
    if (rowStart[nFeat] !== nVals) throw new Error("its weight counts do not add up");
    const values = new Float32Array(nVals);
    for (let k = 0; k < nVals; k++) values[k] = q[k] * scale;
    const trans = new Float32Array(take(T * T * 4));
    const start = new Float32Array(take(T * 4));
    const end = new Float32Array(take(T * 4));
    stages.push({ hashes, rowStart, tags, values, trans, start, end });
  }
  return { header, stages };
}
