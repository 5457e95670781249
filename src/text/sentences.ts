// Splits an article into sentences with character offsets: paragraph and line breaks always end a sentence;
// ". ! ?" end one unless they close an abbreviation ("Mr.", "U.S.", "Feb.") or an initial ("N. Korea").
import type { Sentence } from "../../graph/types.js";

/** Abbreviations after which a period does not end a sentence (general English, news style). */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof sen rep gov gen brig lt col maj capt cmdr adm sgt cpl amb st mt ft jr sr rev hon pres vs etc " +
    "no nos vol fig inc corp co ltd bros dept univ assn est approx jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mon tue tues wed thu thur thurs fri sat sun e.g i.e a.m p.m u.s u.k u.n u.s.a e.u cllr atty engr eng").split(" "),
);

/** Abbreviations of titles, which come before a name ("Sen. Smith"), never after one. */
const TITLE_ABBREVIATIONS = new Set(["sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "adm", "sgt"]);

/** The states of the United States, whose names the American press writes before a title's abbreviation ("Alaska Gov.
 * Mike Dunleavy", "Ohio Sen. X"), where the abbreviation opens a name and does not close one (general knowledge). */
const US_STATE_BEFORE = new RegExp(
  "\\b(?:" +
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|" +
    "Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|" +
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|" +
    "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming" +
    ")\\s$",
);

/** A post or an honorific before "Ma." (Filipino "Maria" written short): "Ms. Ma.", "Secretary Ma.", "DFA
 * spokesperson Ma.". */
const MA_AFTER = /\b(?:Ms|Mrs|Miss|Dr|Sec|Secretary|Justice|Excellency|Minister|President|Senator|Ambassador|Governor|Mayor|Undersecretary|Representative|Chairperson|Speaker|Commissioner|Director|Judge|Sister|Atty|Engr|[Ss]pokes(?:person|woman|man)|[Cc]onsul|[Ee]nvoy|[Aa]dviser)\.?\s+Ma$/;

/** Abbreviations that often end a sentence too ("Acme Inc. The firm ..."). */
const COMPANY = new Set(["inc", "corp", "co", "ltd", "bros", "etc", "jr", "sr"]);

const ENDERS = /[.!?…]/;
const CLOSERS = /["'”’)\]]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const emit = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      emit(i);
      continue;
    }
    if (!ENDERS.test(c)) continue;
    let j = i + 1;
    while (j < n && (ENDERS.test(text[j]) || CLOSERS.test(text[j]))) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    if (c === "." && !endsSentence(text, i, j)) continue;
    if (c !== "." && j > i + 1 && /^\s+\p{Ll}/u.test(text.slice(j, j + 3))) continue; // '"Is it over?" she asked.'
    // (nor a name's own "!" before its year and a comma: "the European Capital of Culture GO! 2025, has been")
    if (c === "!" && j === i + 1 && /\p{Lu}{2}$/u.test(text.slice(Math.max(0, i - 2), i)) && /^\s+\d{4},? \p{Ll}/u.test(text.slice(j, j + 12))) continue;

    emit(j);
    i = j - 1;
  }
  emit(n);
  return out;
}

function endsSentence(text: string, dot: number, after: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  let next = after;
  while (next < text.length && text[next] === " ") next++;
  const following = text[next] ?? "";
  if (/^\p{Lu}$/u.test(text[dot - 1] ?? "") && (k === dot - 2 || text[dot - 2] === ".")) {
    // an initial ("N. Korea", "J. Smith") or dotted acronym ("U.S.") — a sentence may still end after an acronym
    if (word.length <= 1) return false;
    return /\p{Lu}/u.test(following) && !/^[A-Z]\.?\s/.test(text.slice(next, next + 3)) && isLikelyStart(text, next);
  }
  // (a dateline's city, then its agency: "ASTANA. KAZINFORM – …")
  if (/^\p{Lu}[\p{Lu} '’-]+$/u.test(text.slice(text.lastIndexOf("\n", dot) + 1, dot)) && /^\p{Lu}{3,} [–—-] /u.test(text.slice(next, next + 30))) return false;
  if (word === "no" || word === "nos") return /^\d/.test(following) ? false : true;
  if (COMPANY.has(word)) return isLikelyStart(text, next);
  // a title's abbreviation goes before a name, so after one it is the name's end: "met Hun Sen. Later, …"
  // (not after a grade, "Senior Gen. Min Aung Hlaing", nor a day: "on Thursday Gen. X delivered", nor a state: "Alaska
  // Lt. Gov. X", nor before another title's abbreviation, nor before a given name and a surname and a word of the same
  // sentence: "Quintana Roo Gov. Mara Lezama, whose state …")
  // (a hyphenated given name too: "South Gyeongsang Province Gov. Park Wan-su, which …")
  const named = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?(?:[,;:]| \p{Ll})/u.test(text.slice(next, next + 40)) && !isLikelyStart(text, next);
  if (TITLE_ABBREVIATIONS.has(word) && !named && !US_STATE_BEFORE.test(text.slice(Math.max(0, k - 20), k + 1)) && !/^(?:Lt|Gov|Gen|Col|Sen|Rep)\.\s/.test(text.slice(next, next + 5)) && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, k - 20), k + 1)) && !/\b(?:Senior|Lieutenant|Major|Brigadier|Vice|Rear|Retired|Former|Acting|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s$/.test(text.slice(Math.max(0, k - 20), k + 1)) && !/\p{Ll}/u.test(following)) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // (a given name shortened after an honorific, as Filipinos write "Maria": "Ms. Ma. Theresa Lazaro")
  // (or after a post: "Philippine Foreign Secretary Ma. Theresa Lazaro")
  // (or after any post written out, before a given name and a surname: "Secretary of Foreign Affairs Ma. Theresa Lazaro")
  if (word === "ma") {
    const before = text.slice(Math.max(0, dot - 20), dot);
    if (/\p{Lu}\p{Ll}+\s+Ma$/u.test(before) && /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text.slice(next, next + 40))) return false;
    if (MA_AFTER.test(before) && /\p{Lu}/u.test(following)) return false;
  }
  if (/^\d/.test(following) && /^(no|nos|vol|fig|p|pp)$/.test(word)) return false;
  return following === "" || !/\p{Ll}/u.test(following);
}

/** After an acronym like "U.S.", a capitalised function word suggests a new sentence. */
function isLikelyStart(text: string, at: number): boolean {
  const w = text.slice(at, at + 12).split(/\s/)[0];
  return /^(The|A|An|It|He|She|They|We|In|On|But|And|This|That|There|His|Her|Its|Their|I)$/.test(w);
}
