// Which people of an article a "he" or a "she" can stand for. A person's gender is what the article itself says of
// them: a style or honorific before the name ("Ms", "Sir", "Queen"), or the pronoun that follows them as the subject
// of their own sentence ("Tanyi had asked her … and he had given her a letter"). Nothing is guessed from names.
import { SPEAKER_LABEL, type AbstractSentence } from "./abstract.js";

export type Gender = "m" | "f";

/** Styles and honorifics that say a person's gender. */
const MALE_STYLE = /\b(?:Mr|Sir|Lord|King|Prince|Emir|Amir|Sultan|Sheikh|His (?:Majesty|Highness|Excellency|Holiness))\.?\s+$/;
const FEMALE_STYLE = /\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|Baroness|Queen|Princess|Sheikha|Her (?:Majesty|Highness|Excellency))\.?\s+$/;

/**
 * Each person's gender, where the article says it: by a style right before any of their mentions, else by the
 * pronouns that follow them in a sentence they open, before anyone else is named (a majority of such sentences).
 */
export function gendersOf(text: string, abstracts: AbstractSentence[]): Map<string, Gender> {
  const styled = new Map<string, Gender>();
  const votes = new Map<string, number>();
  const vote = (key: string | undefined, word: string) => {
    if (key?.startsWith("person:")) votes.set(key, (votes.get(key) ?? 0) + (/^(?:he|his|him)$/i.test(word) ? 1 : -1));
  };
  let prevOnly: string | undefined;
  for (const a of abstracts) {
    for (const slot of a.slots) {
      if (slot.kind !== "Person" || !slot.key || slot.titleRef) continue;
      const before = text.slice(Math.max(0, slot.start - 30), slot.start);
      const g = MALE_STYLE.test(before) ? "m" : FEMALE_STYLE.test(before) ? "f" : undefined;
      if (g && !styled.has(slot.key)) styled.set(slot.key, g);
    }
    // "<P3> said he …", "<P3> had asked her … and he had given her": the first subject pronoun after the opener, with
    // no other person between
    // (not a name after a pronoun subject: in "She had seen X herself …, and she told reporters" X is the object)
    // (a transcript's speaker's label is no subject: "GBARWEA: She did not need to go" says nothing of Gbarwea)
    const said = a.text.replace(SPEAKER_LABEL, "");
    const open = said.match(/^((?:[^<.;]{0,40}? )?)<P(\d+)>((?:[^<]|<[LGNTDO]\d+>)*?)\b(he|she)\b/i);
    // (nor after a pronoun's possessive, of another: "It was his eleventh mission since X appointed him …, he says")
    if (open && !/\b(?:he|she|they|we|i|his|him|her)\b/i.test(open[1])) vote(a.slots[Number(open[2])]?.key, open[4]);
    // ("<P> took up her post": a possessive of the opener's, right after its verb)
    // (not one named after a pronoun subject, nor a possessive in an infinitive after the name: in "He asked <P> to
    // convey his greetings" the greetings are his, the asker's)
    const own = said.match(/^((?:[^<.;]{0,40}? )?)<P(\d+)>(?:, (?:[^,;.<]|<[NGO]\d+>){1,60},)? (?!to )(?:[a-z]+ ){1,3}(his|her) (?!(?:to|for|with|about|and|in|on|at|that|the|a|an|by|from|as|of)\b)[a-z]/);
    if (own && !/\b(?:he|she|they|we|i|you)\b/i.test(own[1])) vote(a.slots[Number(own[2])]?.key, own[3]);
    // ("… that in October X wrote to his Belarusian counterpart, Y": one's own counterpart, anywhere in the sentence)
    const peer = own ? null : said.match(/<P(\d+)> (?:wrote|spoke|met|called|phoned|told|thanked|visited|received|hosted|urged|invited|briefed) (?:to |with )?(his|her) (?:<N\d+> )?(?:counterpart|colleague|predecessor|successor|wife|husband)\b/);
    if (peer) vote(a.slots[Number(peer[1])]?.key, peer[2]);
    // ("… when X took up her post … Among the old papers she had found …": the one person the sentence before named,
    // for a "he" or "she" before anyone is named in this one)
    const lead = said.match(/^(?:[^<]|<[LGNTDO]\d+>)*?\b(he|she)\b/i);
    if (lead && prevOnly) vote(prevOnly, lead[1]);
    const people = [...new Set([...said.matchAll(/<P(\d+)>/g)].map((x) => a.slots[Number(x[1])]).filter((x) => x?.kind === "Person" && x.key).map((x) => x.key!))];
    // (not one named after a pronoun subject of its own: in "… she had found the number of the leader, X. In May she
    // flew to L" the second "she" is the first one's, not X)
    prevOnly = people.length === 1 && !/^(?:[^<]|<[LGNTDO]\d+>)*?\b(?:he|she)\b/i.test(said) ? people[0] : undefined;
  }
  const out = new Map<string, Gender>(styled);
  for (const [key, v] of votes) if (!out.has(key) && v !== 0) out.set(key, v > 0 ? "m" : "f");
  return out;
}

/** Whether `key` may be what `pronoun` stands for: not a person the article gives the other gender. */
export function fits(pronoun: string, key: string | undefined, genders: Map<string, Gender>): boolean {
  if (!key) return false;
  const g = genders.get(key);
  const p = /^(?:she|her|hers|herself)$/i.test(pronoun) ? "f" : "m";
  return !g || g === p;
}
