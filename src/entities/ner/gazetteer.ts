// Multi-word gazetteer matching: lists of names (countries, cities, first names ...) matched longest-first,
// case-insensitively, against a sentence; each token gets the list and its place in the match (B I E S).
export interface GazetteerLists {
  [list: string]: string[];
}

/** One match part per token and list: code = list index * 4 + part (0 B, 1 I, 2 E, 3 S). */
export type GazetteerMarks = number[][];

interface Entry {
  tokens: string[];
  list: number;
}

export class Gazetteer {
  readonly names: string[];
  /** First token → entries of every list starting with it. */
  private readonly index = new Map<string, Entry[]>();

  constructor(lists: GazetteerLists) {
    this.names = Object.keys(lists).sort();
    this.names.forEach((name, list) => {
      for (const raw of lists[name]) {
        const tokens = entryTokens(raw);
        if (!tokens.length) continue;
        const bucket = this.index.get(tokens[0]);
        if (bucket) bucket.push({ tokens, list });
        else this.index.set(tokens[0], [{ tokens, list }]);
      }
    });
  }

  /** Marks for each token of a sentence given its lowercased tokens: per list, longest matches left to right. */
  mark(lower: readonly string[]): GazetteerMarks {
    const marks: GazetteerMarks = lower.map(() => []);
    const lists = this.names.length;
    const blockedUntil = new Int32Array(lists);
    const longest = new Int32Array(lists);
    for (let i = 0; i < lower.length; i++) {
      const cands = this.index.get(lower[i]);
      if (!cands) continue;
      longest.fill(0);
      for (const e of cands)
        if (i >= blockedUntil[e.list] && e.tokens.length > longest[e.list] && matchesAt(lower, i, e.tokens)) longest[e.list] = e.tokens.length;
      for (let g = 0; g < lists; g++) {
        const len = longest[g];
        if (len === 0) continue;
        if (len === 1) marks[i].push(g * 4 + 3);
        else for (let k = 0; k < len; k++) marks[i + k].push(g * 4 + (k === 0 ? 0 : k === len - 1 ? 2 : 1));
        blockedUntil[g] = i + len;
      }
    }
    for (const m of marks) if (m.length > 1) m.sort((a, b) => a - b);
    return marks;
  }
}

function matchesAt(lower: readonly string[], i: number, tokens: string[]): boolean {
  if (i + tokens.length > lower.length) return false;
  for (let k = 1; k < tokens.length; k++) if (lower[i + k] !== tokens[k]) return false;
  return true;
}

/** Split a gazetteer entry the way CoNLL splits words: on spaces, with "'s" and a final comma apart. */
export function entryTokens(entry: string): string[] {
  if (!/[\s']/.test(entry)) return entry ? [entry.toLowerCase()] : [];
  return entry
    .toLowerCase()
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}
