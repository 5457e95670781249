// Second-stage features: the first-stage tags around a token, and how the other mentions of the same word
// in the same document were tagged (majority tag, share per type, the tag of its first mention).
import { hashInt, templateSeed } from "./hash.js";
import { FeatureSink, DOC_TEMPLATE_BASE, type TokenView } from "./features.js";
import { NUM_TAGS, tagType } from "./tags.js";

let nextTemplate = DOC_TEMPLATE_BASE;
const T = () => templateSeed(nextTemplate++);
const D = {
  tagAt: [T(), T(), T()], // -1 0 +1
  tagPair: T(), aggTag: T(), aggType: T(), aggNone: T(), firstTag: T(),
};

const keyed = (v: TokenView, i: number) => v.cap[i] !== "l" && v.cap[i] !== "p" && v.cap[i] !== "d";

/** Features from first-stage tags for every token of a document; per sentence, per-token offsets into sink. */
export function documentFeatures(views: TokenView[], stage1: ArrayLike<number>[], sink: FeatureSink): Int32Array[] {
  const counts = new Map<string, Int32Array>();
  const first = new Map<string, { s: number; i: number; tag: number }>();
  views.forEach((v, s) => {
    for (let i = 0; i < v.words.length; i++) {
      if (!keyed(v, i)) continue;
      const k = v.lower[i];
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Int32Array(NUM_TAGS)));
      c[stage1[s][i]]++;
      if (!first.has(k)) first.set(k, { s, i, tag: stage1[s][i] });
    }
  });
  const typeShare = new Float64Array(5);
  return views.map((v, s) => {
    const tags = stage1[s];
    const n = v.words.length;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = sink.n;
      const prev = i > 0 ? tags[i - 1] : NUM_TAGS;
      const next = i + 1 < n ? tags[i + 1] : NUM_TAGS;
      sink.push(hashInt(D.tagAt[0], prev));
      sink.push(hashInt(D.tagAt[1], tags[i]));
      sink.push(hashInt(D.tagAt[2], next));
      sink.push(hashInt(hashInt(D.tagPair, prev), tags[i]));
      if (!keyed(v, i)) continue;
      const k = v.lower[i];
      const c = counts.get(k)!;
      let total = 0;
      let best = -1;
      let bestCount = 0;
      typeShare.fill(0);
      for (let t = 0; t < NUM_TAGS; t++) {
        const m = c[t] - (t === tags[i] ? 1 : 0);
        if (m <= 0) continue;
        total += m;
        typeShare[tagType(t) + 1] += m;
        if (m > bestCount) (best = t), (bestCount = m);
      }
      if (total === 0) {
        sink.push(hashInt(D.aggNone, v.cap[i].charCodeAt(0)));
        continue;
      }
      sink.push(hashInt(D.aggTag, best));
      for (let t = 0; t < 5; t++) {
        if (typeShare[t] === 0) continue;
        const share = typeShare[t] / total;
        sink.push(hashInt(hashInt(D.aggType, t), share === 1 ? 3 : share >= 0.5 ? 2 : 1));
      }
      const f = first.get(k)!;
      if (f.s !== s || f.i !== i) sink.push(hashInt(D.firstTag, f.tag)); // an earlier mention
    }
    offsets[n] = sink.n;
    return offsets;
  });
}
