// Shares equal strings inside parsed facts: JSON.parse makes a new copy of every repeated evidence sentence,
// rule reason and key, which doubles the memory a large build holds. Short strings are shared across articles.
export type StringPool = Map<string, string>;

/** Strings up to this length are pooled across articles (keys, kinds, rules, labels); longer ones per article. */
export const SHARED_MAX_LENGTH = 96;

/** Replaces, in place, every string in `value` by the first equal one seen; returns `value`. */
export function internStrings<T>(value: T, shared: StringPool): T {
  const local: StringPool = new Map();
  const one = (s: string) => {
    const pool = s.length <= SHARED_MAX_LENGTH ? shared : local;
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
  const walk = (o: any) => {
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v = o[i];
        if (typeof v === "string") o[i] = one(v);
        else if (v && typeof v === "object") walk(v);
      }
      return;
    }
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === "string") o[k] = one(v);
      else if (v && typeof v === "object") walk(v);
    }
  };
  if (value && typeof value === "object") walk(value);
  return value;
}
