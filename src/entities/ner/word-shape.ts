// Word shapes and capitalisation classes: "Clinton" → shape "Xx", long shape "Xxxx", class "C";
// "U.S." → "X.X.", class "A"; "1996" → "d". Used as features that generalise to unseen words.

/** Shape with runs collapsed to one character ("Xx", "d-d", "X.X."), or with runs capped at `cap`. */
export function wordShape(w: string, cap = 1): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = "X";
    else if (c >= 97 && c <= 122) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else if (c > 127) {
      const ch = w[i];
      k = ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : ch;
    } else k = w[i];
    if (k === last) {
      if (++run >= cap) continue;
    } else run = 0;
    out += k;
    last = k;
  }
  return out;
}

/** Capitalisation class: l lowercase, C capitalised, A all caps, a one capital, m mixed, d digit, p other. */
export function capClass(w: string): string {
  const c = w.charCodeAt(0);
  const up0 = w[0] !== w[0].toLowerCase();
  const low0 = w[0] !== w[0].toUpperCase();
  if (c >= 48 && c <= 57) return "d";
  if (low0) return /[A-Z]/.test(w) ? "m" : "l";
  if (!up0) return "p";
  if (w.length === 1) return "a";
  const lower = w.toLowerCase();
  const upper = w.toUpperCase();
  if (w === upper && lower !== upper) return "A";
  return "C";
}

/** Digits folded to 0, lowercased: "1,250" → "0,000". */
export function normalizeWord(lower: string): string {
  return /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
}
