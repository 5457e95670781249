// What text a regular expression cannot match without: sets of strings such that every match contains at least
// one string of each set. A rule's pattern is tried only on sentences that pass that test (a `String.includes` or
// one quick scan per set), which spares the full pattern most sentences: a pattern that opens with a placeholder
// is tried at each placeholder of every sentence, and its long optional parts are what cost.
import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** A set of strings of which a match contains one (at least one string per set). */
type Needs = string[];

/** Words in most sentences: a test on them spares little. */
const COMMON = new Set(["the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "by", "for", "with", "from", "that", "which", "who", "s", "his", "her", "its", "their", "he", "she", "it", "they", "was", "were", "is", "are", "has", "have", "had", "said"]);

/** How rare a string is likely to be: its letters, a common word counting as one. */
function rarity(s: string): number {
  const words = s.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.reduce((n, w) => n + (COMMON.has(w) ? 1 : w.length), 0);
}

/** A set's worth as a test is that of its least rare string; a set with a string under three characters (or with
 * no letter), none. */
function worth(s: Needs): number {
  let w = Infinity;
  for (const x of s) w = Math.min(w, x.length < 3 ? 0 : rarity(x));
  return w;
}

/** Every set one alternative (a sequence) cannot match without: its runs of literal characters (zero-width
 * assertions do not break a run) and what each element that must match needs. */
function ofAlternative(alt: AST.Alternative): Needs[] {
  const sets: Needs[] = [];
  let run = "";
  const endRun = () => {
    if (run) sets.push([run]);
    run = "";
  };
  for (const e of alt.elements) {
    if (e.type === "Character") {
      run += String.fromCodePoint(e.value);
      continue;
    }
    if (e.type === "Assertion") continue;
    endRun();
    sets.push(...ofElement(e));
  }
  endRun();
  return sets.filter((s) => worth(s) > 0);
}

/** A group: with one alternative, all its sets; with several, one set, the union of each alternative's best
 * (none if one alternative has none). */
function ofAlternatives(alts: AST.Alternative[]): Needs[] {
  if (alts.length === 1) return ofAlternative(alts[0]);
  const all: string[] = [];
  for (const a of alts) {
    const best = ranked(ofAlternative(a))[0];
    if (!best) return [];
    all.push(...best);
  }
  return [[...new Set(all)]];
}

function ofElement(e: AST.Element): Needs[] {
  switch (e.type) {
    case "Group":
    case "CapturingGroup":
      return ofAlternatives(e.alternatives);
    case "Quantifier":
      return e.min >= 1 ? ofElement(e.element as AST.Element) : [];
    default:
      // classes, escapes like \d, back-references, assertions: no fixed text
      return [];
  }
}

/** Best first: rarer, then fewer strings. */
const ranked = (sets: Needs[]) => [...sets].sort((a, b) => worth(b) - worth(a) || a.length - b.length);

const parser = new RegExpParser({ ecmaVersion: 2022 });

/**
 * Up to `most` sets of strings, best first, such that every match of `re` contains a string of each set; none when
 * nothing fixed is found (or the expression ignores case). Exact for what it returns: it never leaves out a match.
 */
export function requiredText(re: RegExp, most = 2): Needs[] {
  if (re.flags.includes("i")) return [];
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes("u"), unicodeSets: re.flags.includes("v") });
  } catch {
    return [];
  }
  return ranked(ofAlternatives(pattern.alternatives)).slice(0, most);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A test for text that may match `re`: false only when it cannot (see requiredText); always true when nothing
 * is required. */
export function mayMatch(re: RegExp): (text: string) => boolean {
  // (one string's test, a plain search, before a set's scan)
  const sets = requiredText(re).sort((a, b) => +(a.length > 1) - +(b.length > 1));
  const tests = sets.map((set): ((text: string) => boolean) => {
    if (set.length === 1) {
      const [one] = set;
      return (text) => text.includes(one);
    }
    const any = new RegExp(set.map(escape).join("|"));
    return (text) => any.test(text);
  });
  return tests.length === 1
    ? tests[0]
    : (text) => {
        for (const t of tests) if (!t(text)) return false;
        return true;
      };
}
