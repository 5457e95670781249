// Word tokens for mention finding: like tokens.ts, but hyphens split compounds ("Japan-North Korea",
// "Trump-Kim") so each part can be looked up; `hyphen` marks a token joined to the previous one by a hyphen.

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Joined to the previous word by a hyphen or dash without spaces. */
  hyphen: boolean;
  /** Starts with an upper-case letter (or is a dotted acronym). */
  cap: boolean;
}

// (a father's initial run into the name, as Mongolian papers write it, "B.Tsetseg": no word of its own)
const WORD_RE = /(?<initial>\p{Lu}\.(?=\p{Lu}\p{Ll}{2,}))|(?:[A-Z]\.){2,}|Dato['’](?=\s)|[A-Z]\.(?=\s)|(?:Ma|Md|Mohd|Muhd)\.(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|(?:Mr|Mrs|Ms|Dr|Prof|Hon|St|Jr|Sr|Gen|Sen|Rep|Gov|Pres|Lt|Col|Cllr|Atty|Engr|Eng|Mag|Ing|Feb|Jan|Aug|Sept|Sep|Oct|Nov|Dec|No)\.(?=\s|[,;:)])|[\p{L}\p{M}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|\S/gu;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  let prevDash = false;
  for (const m of text.matchAll(WORD_RE)) {
    if (m.groups?.initial) continue;
    const t = m[0];
    const start = offset + m.index!;
    const isDash = t === "-" || t === "‐" || t === "‑" || t === "–";
    if (isDash && start === prevEnd) {
      prevDash = true;
      prevEnd = start + 1;
      continue;
    }
    const hyphen = prevDash && start === prevEnd;
    prevDash = false;
    out.push({ text: t, start, end: start + t.length, hyphen, cap: /^\p{Lu}/u.test(t) });
    prevEnd = start + t.length;
  }
  return out;
}
