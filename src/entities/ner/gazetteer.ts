// Multi-word gazetteer matching: lists of names (countries, cities, first names ...) matched longest-first,
// case-insensitively, against a sentence; each token gets the list and its place in the match (B I E S).
export interface GazetteerLists {
  [list: string]: string[];
}

/** One match part per token and list: code = list index * 4 + part (0 B, 1 I, 2 E, 3 S). */
export type GazetteerMarks = number[][];

interface Entry {
  tokens: string[];
}

export class Gazetteer {
  readonly names: string[];
  private readonly index: Map<string, Entry[]>[];

  constructor(lists: GazetteerLists) {
    this.names = Object.keys(lists).sort();
    this.index = this.names.map((n) => buildIndex(lists[n]));
  }

  /** Marks for each token of a sentence given its lowercased tokens. */
  mark(lower: readonly string[]): GazetteerMarks {
    const marks: GazetteerMarks = lower.map(() => []);
    for (let g = 0; g < this.index.length; g++) {
      const idx = this.index[g];
      for (let i = 0; i < lower.length; ) {
        const cands = idx.get(lower[i]);
        let len = 0;
        if (cands) for (const e of cands) if (e.tokens.length > len && matchesAt(lower, i, e.tokens)) len = e.tokens.length;
        if (len === 0) {
          i++;
          continue;
        }
        if (len === 1) marks[i].push(g * 4 + 3);
        else for (let k = 0; k < len; k++) marks[i + k].push(g * 4 + (k === 0 ? 0 : k === len - 1 ? 2 : 1));
        i += len;
      }
    }
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
  return entry
    .toLowerCase()
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}

function buildIndex(entries: string[]): Map<string, Entry[]> {
  const idx = new Map<string, Entry[]>();
  for (const raw of entries) {
    const tokens = entryTokens(raw);
    if (!tokens.length) continue;
    const list = idx.get(tokens[0]) ?? [];
    list.push({ tokens });
    idx.set(tokens[0], list);
  }
  return idx;
}
