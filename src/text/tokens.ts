// Splits a sentence into word and punctuation tokens with offsets, CoNLL-style: "Japan's" → "Japan" "'s",
// "U.S." and "Mr." stay whole (a title's abbreviation not at the end: "met Hun Sen." ends on a name), as does a given
// name shortened before two more names ("Ma. Theresa Lazaro", "Md. Touhid Hossain"); hyphenated words stay one token.

import type { Token } from "../../graph/types.js";

const TOKEN_RE =
  /(?:[A-Z]\.){2,}|(?:Ma|Md|Mohd|Muhd)\.(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Cllr|Atty|Engr)\.(?=\s|[,;:)])|(?:St|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Mt|Ft|vs|[A-Z])\.(?=\s|$|[,;:)])|\$?\d+(?:[.,]\d+)*(?:%|s)?|[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.][\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    let s = m.index!;
    // split a possessive glued to its word: "Kim’s" → "Kim" "’s"
    const poss = t.match(/^(.+?)(['’][sS])$/u);
    if (poss && poss[1].length > 0) {
      out.push({ text: poss[1], start: offset + s, end: offset + s + poss[1].length });
      s += poss[1].length;
      t = poss[2];
    }
    out.push({ text: t, start: offset + s, end: offset + s + t.length });
  }
  return out;
}
