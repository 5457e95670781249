// 32-bit string hashing for feature names (FNV-1a over UTF-16 code units, finished with murmur3's fmix),
// so features are never built as strings on the hot path.
export const FNV_PRIME = 0x01000193;

/** Continue hash `h` over s[start, end). */
export function hashStr(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Continue hash `h` with one integer. */
export const hashInt = (h: number, x: number): number => Math.imul(h ^ x, FNV_PRIME);

/** Final avalanche (murmur3 fmix32); never 0, so 0 can mean "empty" in tables. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** The starting hash of feature template `id`. */
export const templateSeed = (id: number): number => hashInt(0x811c9dc5 | 0, id + 1);
