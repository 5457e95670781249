// Rewrites a sentence with its mentions replaced by placeholders ("<P3> asked <P5> to convey to <G7>") so
// relation rules can be plain regular expressions. Letters: P person, G government, O organisation, L place,
// D document, E named event, N demonym. A titled person's placeholder covers title and qualifier too.
import type { Sentence } from "../../graph/types.js";
import type { ResolvedMention } from "../entities/resolve.js";
import { POST_NOMINALS } from "../entities/lexicon/titles.js";
import { SIGNING_PHRASE } from "../entities/lexicon/signing.js";

export const KIND_LETTER: Record<string, string> = {
  Person: "P",
  Government: "G",
  Organization: "O",
  Place: "L",
  Document: "D",
  Meeting: "E",
  Demonym: "N",
};

export interface AbstractSentence {
  sentence: Sentence;
  /** The rewritten text. */
  text: string;
  /** Placeholder number → mention. */
  slots: ResolvedMention[];
}

const POST_NOMINALS_AFTER = new RegExp(`(<P\\d+>)(?:,? (?:${[...POST_NOMINALS].map((x) => [...x].join("\\.?")).join("|")})\\.?)+(?=[,.;"”]|$)`, "g");

/** A few lower-case words in quotation marks inside a clause (not a quotation's opening or close): "an "oral message" from". */
const SCARE_QUOTES = /(?<=[a-z] )"([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})"(?= [a-z])/g;

/** A timeline's entry: a paragraph opening with its day and a dash ("February 12 – "). */
const TIMELINE_ENTRY = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})? [–—-] /;
/** The present of a timeline's verbs of paper, and their past. */
// (the verbs of paper, and of one received, read with them: the meetings read a line's other verbs in the present)
const TIMELINE_PAST: Record<string, string> = { "is received": "was received", hands: "handed", gives: "gave", delivers: "delivered", conveys: "conveyed", passes: "passed", invites: "invited", asks: "asked" };
const TIMELINE_PRESENT = new RegExp(`\\b(?:${Object.keys(TIMELINE_PAST).sort((x, y) => y.length - x.length).join("|")})\\b`, "g");

export function abstractSentence(articleText: string, sentence: Sentence, mentions: ResolvedMention[]): AbstractSentence {
  const usable = mentions
    .filter((m) => m.sentence === sentence.index && (m.key || m.kind === "Demonym"))
    .sort((a, b) => (a.outerStart ?? a.start) - (b.outerStart ?? b.start) || b.end - a.end);
  const slots: ResolvedMention[] = [];
  let text = "";
  let at = sentence.start;
  for (const m of usable) {
    // (and the apostrophe that opens Lesotho's "'M'e": "'M'e X" is one name)
    const s0 = m.outerStart ?? m.start;
    const s = /^M['’]e\b/.test(articleText.slice(s0, s0 + 4)) && /['’]/.test(articleText[s0 - 1] ?? "") ? s0 - 1 : s0;
    if (s < at) continue; // inside a titled person's phrase, or overlapping
    text += articleText.slice(at, s);
    text += `<${KIND_LETTER[m.kind]}${slots.length}>`;
    slots.push(m);
    at = m.end;
    // a post set off before the name ("Qatar's Prime Minister, Sheikh X,"): its closing comma goes with it
    if (s < m.start && articleText[at] === "," && /,\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(articleText.slice(s, m.start))) at++;
  }
  text += articleText.slice(at, sentence.end);
  // (a surname's particle left before its mention, "de <P>" for "de Klerk" of FW de Klerk, is the name's)
  text = text.replace(/\b(de|van|von|da|du|del|della|di|le|la|van der|van den|von der) <P(\d+)>/g, (all, particle: string, i: string) => (slots[Number(i)]?.key?.includes(`-${particle.replace(/ /g, "-")}-`) ? `<P${i}>` : all));
  // (a name glossed in its own script, "Wang Huning (王滬寧)", is said once: the gloss is no word of the sentence)
  text = text.replace(/(<[A-Z]\d+>) \((?:[^\p{Script=Latin}\p{P}\d\s]|\s){1,24}\)/gu, "$1");
  // (nor is a party named in brackets after a name, "Prime Minister X (N-VA)", "Y (DP)", "Z (Les Engagés)")
  text = text.replace(/(<P\d+>) \((?:<O\d+>|\p{Lu}[\p{Lu}-]{1,5}|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\)(?=[ ,.;])/gu, "$1");
  // (nor a degree after it, "Prime Minister X (PhD) received")
  text = text.replace(/(<P\d+>) \((?:PhD|Ph\.D\.?|MD|DPhil)\)(?=[ ,.;])/g, "$1");
  // "the government of Mr Kim", "Mr Kim's government": the person stands for the state he leads
  text = text.replace(/\b[Tt]he government of (<P\d+>)/g, "$1").replace(/(<P\d+>)['’]s government\b/g, "$1");
  // (a style before a name is no word of the sentence's: "met with His Eminence Cardinal X" reads "met with <P>")
  // ("His <P>" where the name's mention took the style after "His")
  // ("on Thursday (21)": the day of the month after a weekday, as the Brazilian press writes it, is no part of the sentence)
  text = text.replace(/\b((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)) \(\d{1,2}(?:th|st|nd|rd)?\)/g, "$1");
  // ("the two ministers signed, at the same table, an agreement": the place set off is no word between the verb and
  // its object)
  // (or a venue named: "signed, at the <L>, an <D>")
  text = text.replace(/\bsigned, (?:at|in|on|before) (?:[^,<.;]{1,40}|(?:the )?<[LO]\d+>(?: in <L\d+>)?), (?=(?:a|an|the|two|three) )/g, "signed ");
  // ("X signed in <L>, with his <N> counterpart, <P>, the <D>": as "X signed the <D> with <P> in <L>")
  text = text.replace(/\bsigned (in|at) ((?:the )?<L\d+>), with (?:his|her|their|my|our|<P\d+>['’]s) (?:<N\d+> )?counterpart, (<P\d+>), (the|a|an) (<D\d+>)/g, "signed $4 $5 with $3 $1 $2");
  // ("The audience that <P> was to have this Thursday with <P> … was cancelled": as "<P> was to have met <P> this
  // Thursday …", a meeting that did not happen)
  text = text.replace(/\bThe (?:audience|meeting|courtesy call|talks) (?:that |which )?(<P\d+>) (was|were) (?:due |scheduled |supposed |expected )?to (?:have|hold)((?: (?:this|on|next) [A-Z][a-z]+day| today| tomorrow)?) with (<P\d+>)/g, "$1 $2 to have met $4$3");
  // ("The two prime ministers' previous meeting was in <L> in March", "Their last meeting was in <L>": as "The two …
  // last met in <L>", a meeting past)
  text = text.replace(/(?<=^(?:[^<.;]{0,30}, )?)(?:([Tt]he two [a-z]+(?: [a-z]+)?)['’]|(?:Their|their)) (?:previous|last|most recent) (?:meeting|encounter|face-to-face meeting) (?:was|took place) (?=(?:in|at) )/g, (_m, pair: string | undefined) => `${pair ?? "The two"} last met `);
  // ("In it, X invites her to L on August 30": the letter told just before invites its reader)
  text = text.replace(/^In (?:it|the letter), <P\d+> (invites|invited) (?=(?:him|her) to )/, (_m, v: string) => `It ${v} `);
  // ("in The Hague", "to The Gambia": the article of a place's name, capitalised, is the name's own)
  text = text.replace(/\b(in|at|to|from|of) The (?=<[LG]\d+>)/g, "$1 ");
  // ("X, for his part, wants Y to raise the problems … with G's health minister, Z, and asked him to do so": X asked Y
  // to raise them with Z)
  text = text.replace(/(<P\d+>)(,? for (?:his|her) part,)? wants (<P\d+>) to (raise|take up) ((?:[^<.;]|<[NGL]\d+>){1,120}?) with ((?:the )?(?:<[GN]\d+>['’]s )?(?:[a-z-]+ ){0,3}(?:[a-z-]+, )?<P\d+>),? and (?:has )?asked (?:him|her) to do so\b/g, "$1$2 asked $3 to $4 with $6 $5");
  // ("X had a request of his own: he asked Y to …": X asked Y)
  text = text.replace(/(<P\d+>) had (?:a|one) (?:request|favou?r|ask|plea) of (?:his|her|their) own: (?:he|she) (asked|urged|requested|pressed)\b/g, "$1 $2");
  // ("The two ministers used the visit to sign a memorandum", "took the opportunity to sign": they signed it; "X used
  // the meeting to press Y to …": X pressed Y)
  text = text.replace(/\b(?:used|took) (?:the|this|that|their|his|her) (?:visit|occasion|opportunity|meeting|talks|trip) to (sign|press|urge|ask)\b/g, (_m, v: string) => ({ sign: "signed", press: "pressed", urge: "urged", ask: "asked" })[v]!);
  // ("In his briefcase was a letter from X": he carried it)
  text = text.replace(/^(?:In|Inside) (his|her) (?:briefcase|bag|pocket|luggage|folder|satchel|hand luggage)s? (?:was|were) (?=(?:a|an|the) (?:[a-z-]+ )?(?:letter|message|note)s?\b)/, (_, his: string) => (his === "his" ? "He carried " : "She carried "));
  // ("the two ministers then inked a joint declaration", "put pen to paper on": signed it)
  text = text.replace(/\binked (?=(?:a|an|the|their) )/g, "signed ").replace(/\bput (?:their |his |her )?pens? to paper on (?=(?:a|an|the|their) )/g, "signed ");
  // ("X accepted the invitation, State House said, and asked Y to …": an institution's word set off mid-sentence is no
  // word of the clauses around it; also "… confirmed on Friday, and asked …")
  text = text.replace(/, (?:the )?<[LO]\d+> (?:said|says|added|announced|confirmed)(?: on [A-Z][a-z]+day| yesterday| today)?,(?= and )/g, ",");
  // ("A and then-President B signed", "Seychelles' Minister": a post held then, and a bare apostrophe's possessive)
  text = text.replace(/\b(and|,) then-(?=<P\d+>)/g, "$1 ").replace(/(<G\d+>)['’](?= [A-Z])/g, "$1's");
  // ("was received at <L> by the Minister of State, Secretary General at the Presidency of the Republic, <P>": the
  // posts set off before the host's name are no words of the sentence's)
  // (and before one present: "in the presence of the Minister of Transport, <P>")
  text = text.replace(/(\b(?:(?:received|welcomed|greeted|hosted)(?: (?:at|in) (?:the )?<L\d+>)? by|in the presence of|together with|along with|accompanied by) )the [A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|at|for|and|the)){0,8}(?:, [A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|at|for|and|the)){0,8})*, (?=<P\d+>)/g, "$1");
  // ("signed … by <G>'s then <P>, <G>'s then <P>": a post held then, its words stripped, is no word of the list)
  text = text.replace(/(<G\d+>['’]s) then (?=<P\d+>)/g, "$1 ");
  // (signers set off by commas, the last with a post after it: "signed … by A, for G, and B, then H's foreign minister")
  if (/\bsigned\b[^.;]*\bby <P/.test(text)) text = text.replace(/(\bsigned\b[^.;]*\bby <P\d+>), for (?:the )?<[GL]\d+>,(?= and <P\d+>)/g, "$1").replace(/(\bsigned\b[^.;]*\bby <P\d+>,? and <P\d+>), (?:then |now )?(?:<G\d+>['’]s |the )?(?:[a-z-]+ ){1,3}(?:minister|president|secretary|ambassador)(?=[.;]|$)/g, "$1");
  // ("signed in L on 8 November 1959 by A for the United Arab Republic and B for Sudan": the states each signed for are
  // no words of the list)
  if (/\bsigned\b[^.;]*\bby <P/.test(text)) text = text.replace(/(\bsigned\b[^.;]*\bby (?:<P\d+>(?: for (?:the )?<[GL]\d+>)?(?:,| and|, and) )*<P\d+>) for (?:the )?<[GL]\d+>/g, "$1").replace(/(\bsigned\b[^.;]*\bby <P\d+>) for (?:the )?<[GL]\d+>(?=(?:,| and|, and) <P)/g, "$1");
  // ("led with a large photograph of X receiving Y": a picture of a meeting held, read as a clause of its own, "X
  // received Y")
  text = text.replace(/ (?:an? |the )?(?:[a-z-]+ ){0,2}(?:photograph|photo|picture|image) of (<P\d+>) (?:receiving|welcoming|greeting) /g, "; $1 received ");
  // (a Turkish form of address after the given name the mention took: "met Kemal Bey", "Ayşe Hanım")
  text = text.replace(/(<P\d+>) (?:Bey|Hanim|Hanım)\b/g, "$1");
  // ("held talks with Deputy Prime Minister and Commerce Minister <P>": a first post of the name's, left over before
  // it)
  text = text.replace(/(?<!\b[Tt]he )\b(?:(?:First |Deputy |Vice )?(?:Prime Minister|President|Premier|Chancellor)|(?:Deputy |First |Vice )?(?:[A-Z][a-z]+ ){0,2}Minister) and (?=<P\d+>)/g, (m, at: number) => (/<P\d+>(?:,? (?:the )?)?$/.test(text.slice(Math.max(0, at - 12), at)) ? m : ""));
  // ("A and B put their names to a <D>", "put pen to a <D>": they signed it)
  // (and "went on to sign a <D>", "proceeded to sign")
  // (also past "did" and a document told first: "did put their names to one document, a <D>")
  // (and "affixed their signatures to", "penned their signatures on", "sealed (endorsed) with their signatures",
  // "executed", "initialled each page before signing", "sat side by side to sign", "signed and exchanged copies of",
  // "signed in duplicate", "signed on the dotted line:": SIGNED_SO)
  text = text.replace(SIGNED_SO, "signed ");
  // ("It was signed on behalf of the <O> by A and on behalf of <L> <O> by B": by A and B)
  // (past a style before a name: "by HH Sayyid <P>")
  text = text.replace(/\bsigned on behalf of (?:[^<.;,]|<[GLON]\d+>){1,60}? by ((?:the )?(?:[A-Z][A-Za-z]* ){0,3}<P\d+>),? and on behalf of (?:[^<.;,]|<[GLON]\d+>){1,60}? by ((?:the )?(?:[A-Z][A-Za-z]* ){0,3}<P\d+>)/g, "signed by $1 and $2");
  // ("carried a letter across the <O> on behalf of Y, …, and Z was handed it": a letter from Y to Z; "X had a letter
  // with him from Y": X brought it)
  text = text.replace(/\b(letter|message|note)(?: (?:across|over) the <[OL]\d+>)? on behalf of (?=(?:the )?<P\d+>)/g, "$1 from ");
  text = text.replace(/(\bfrom (?:the )?<P\d+>(?:, (?:[^<,;.]|<[GOLN]\d+>){1,80},)?),? and (<P\d+>) was handed it\b/g, "$1 to $2");
  text = text.replace(/\bhad (a|an|the) (letter|message|note) with (?:him|her) from\b/g, "brought $1 $2 from");
  // ("on the invitation of X", "at the instance of X", "at the behest of X", "came … on X's invitation": all read
  // as "at the invitation of X")
  // (and "in response to an invitation from X", "after an invitation from X")
  // ("The invitation to visit <L> was issued by X in <L> in February": X had extended the invitation, to the visitor)
  text = text.replace(/^(?:[^<.;]{0,20} )?[Tt]he invitation(?: to (?:visit|come to) (?:the )?<[LG]\d+>)? (?:was|had been) (?:issued|extended|made) by (<P\d+>)(?= (?:in|over|last|during|when)\b|[.,;])/, "$1 had extended the invitation");
  // (and "on an invitation extended by X")
  text = text.replace(/\b[Oo]n an invitation (?:extended|issued|made) by (?=(?:[^<.;,]{0,60}(?:, )?)?<P\d+>)/g, "at the invitation of ");
  text = text.replace(/\b(?:[Ii]n (?:response|answer|reply) to|[Aa]fter|[Ff]ollowing) an invitation from (?=(?:(?:[^<.;,]|<[LGO]\d+>){0,60}, |(?:[A-Z][a-z]+\.? ){0,2})?<P\d+>)/g, "at the invitation of ");
  text = text.replace(/\b([Oo]n|[Aa]t) (?:the (?:invitation|instance|behest) of (?=(?:[^<.;,]{0,60}(?:, )?)?<P\d+>)|(<P\d+>)['’]s (?:invitation|behest)\b)/g, (_m, on: string, p: string | undefined) => `${on[0] === on[0].toUpperCase() ? "At" : "at"} the invitation of ${p ?? ""}`);
  // ("X, flanked by Y, compared notes with Z": X and Y met Z, the two of one side)
  text = text.replace(/(<P\d+>), (?:flanked|accompanied) by (?:the )?(?:[a-z-]+ ){0,3}(<P\d+>), (?=(?:then |later |also |first )?(?:compared notes|met|held|huddled|sat down|talked|conferred|hosted|received|welcomed)\b)/g, "$1 and $2 ");
  // ("tasked Y with conveying to Z …", "charged Y with delivering …": asked Y to convey it)
  text = text.replace(/\b(?:tasked|charged) (<P\d+>) with (conveying|relaying|delivering|carrying|passing on|taking)\b/g, (_m, p: string, v: string) => `asked ${p} to ${{ conveying: "convey", relaying: "relay", delivering: "deliver", carrying: "carry", "passing on": "pass on", taking: "take" }[v]}`);
  // ("X and his delegation were Y's guests at a working lunch": X had a working lunch with Y)
  text = text.replace(/(<P\d+>)(?: and (?:his|her|their) delegation)? (?:was|were) (<P\d+>)['’]s guests? at (?:a|an|the) ((?:working |private |official |state )?(?:lunch|dinner|luncheon|breakfast))\b/g, "$1 had a $3 with $2");
  // ("The talks ended with A and B signing a <D>": they signed it)
  text = text.replace(/\bwith (<P\d+> and <P\d+>) signing (?=(?:a|an|the) <D\d+>)/g, "as $1 signed ");
  // ("was due to visit the ferry port at L on Thursday with Y": to meet Y there)
  text = text.replace(/\b((?:due|scheduled|set|expected|slated|supposed) to) (?:visit|see|tour|inspect) ((?:the )?(?:[a-z-]+ ){0,4}(?:(?:at|in) (?:the )?)?<L\d+>)((?: (?:at|in) (?:the )?<L\d+>)?(?: on [A-Z][a-z]+day| (?:next|this) [a-z]+| tomorrow| today)?) with (?:the )?(?:(?:[^<,;.]|<[OGL]\d+>){0,50}, )?(<P\d+>)/g, "$1 meet $4 at $2$3");
  // ("had already cleared her calendar for it", "had put the date in her diary": accepted)
  text = text.replace(/\b(?:(had|has|have) )?(?:already )?(?:cleared (?:her|his|their) (?:calendar|diary|schedule)(?: for (?:it|the (?:visit|trip|meeting)))?|put the (?:date|dates) in (?:her|his|their) (?:diary|calendar)|pencil(?:l?ed) (?:it|the (?:date|visit|trip)) in)(?=[,.;"”]| and\b)/g, (_m, aux: string | undefined) => `${aux ? `${aux} ` : ""}accepted`);
  // ("asks Y to be his guest in L": invites Y to L)
  text = text.replace(/\b(ask|asks|asked|has asked) ((?:the )?(?:[a-z-]+ ){0,2}<P\d+>) to be (?:his|her|their|its) guests? (?:in|at) (?=(?:the )?<[LGE]\d+>)/g, (_m, v: string, p: string) => `${INVITE_FOR_ASK[v]} ${p} to `);
  // ("held a working session at L, which the regional minister, Y, also attended", "…, with the town's mayor, Y,
  // completing the trio", "chaired a meeting with Y at L, in which Provincial Minister Z also participated": with Y (Z)
  // also present)
  text = text.replace(ALSO_AT_THE_TABLE, ", with $1 also present");
  // ("X signed and Y countersigned a <D>": both signed it)
  text = text.replace(/(<P\d+>) signed and (<P\d+>) (?:countersigned|co-signed)(?= (?:a|an|the) <D\d+>)/g, "$1 and $2 signed");
  // ("X produced a letter for Y from Z": X handed Y a letter from Z)
  text = text.replace(/(<P\d+>) (?:also )?(?:produced|pulled out|took out) (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) for (<P\d+>) from\b/g, "$1 handed $4 $2 $3 from");
  // ("had asked him over in December": invited him)
  text = text.replace(/\b(ask|asks|asked|had asked|has asked) ((?:the )?(?:[a-z-]+ ){0,2}<P\d+>|him|her|them) (?:to come )?over(?: to(?= (?:the )?<[LG]\d+>))?\b/g, (_m, v: string, p: string) => `${INVITE_FOR_ASK[v]} ${p} to visit`);
  // ("X also had a letter for Y from Z, which he handed over": X handed Y a letter from Z)
  text = text.replace(/(<P\d+>) (?:also )?had (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) for (<P\d+>) from (<P\d+>), which (?:he|she) handed over\b/g, "$1 handed $4 $2 $3 from $5, as he handed it over");
  // ("Y, whose island lies off the coast, was the third participant": Y also attended the talks)
  text = text.replace(/^(<P\d+>)((?:, [^.;]{1,100},)?) was (?:the|a) (?:third|fourth|fifth) (?:participant|person at the table)\b/, "$1$2 also attended the talks");
  // ("had flown in with a letter from Z, which he gave Y": brought it)
  text = text.replace(/\b(?:flown|flew|come|came|arrived|travell?ed) (?:in |over )?with (?=(?:a|an|the) (?:[a-z-]+ )?(?:letter|message|note) from\b)/g, "brought ");
  // ("asks Y to bring a trade mission to L": invites Y to L)
  text = text.replace(/\b(asks|asked|has asked) ((?:the )?(?:[a-z-]+ ){0,2}<P\d+>) to (?:bring|lead) (?:a|an|the) (?:<[NLG]\d+> |[A-Z][a-z]+ )?(?:[a-z-]+ ){0,2}(?:mission|delegation) to (?=(?:the )?<[LG]\d+>)/g, (_m, v: string, p: string) => `${INVITE_FOR_ASK[v]} ${p} to `);
  // ("asked X to bend Z's ear about": to put in a word with Z)
  text = text.replace(/\bto bend (<P\d+>)['’]s ears? (?=about|on|over|for)\b/g, "to put in a word with $1 ");
  // ("X's planned tour of the <L> area of the … zone with Vice-Governor Y on Tuesday was canceled": a meeting of X and
  // Y in L that day)
  text = text.replace(/(<P\d+>)['’]s (?:planned |scheduled |proposed )?(?:tour|visit|trip|field trip) (?:of|to) (?:the )?((?:[^<.;]|<[GN]\d+>|\([^()<]{1,30}\))*?<L\d+>)(?:[^<.;]|<[GLN]\d+>|\([^()<]{1,30}\)){0,80}? with (?:[A-Z][a-z-]+ ){0,2}(?:<[GN]\d+> )?(<P\d+>)((?: on [A-Z][a-z]+day)?)((?:, (?:which (?:had been|was)|originally) (?:scheduled|planned|set) for (?:today|tomorrow|[A-Z][a-z]+day),)?) (was|has been|had been) /g, (_m, who: string, where: string, other: string, day: string, plan: string, was: string) => `${who}'s meeting with ${other} in ${where.match(/<L\d+>$/)![0]}${day}${plan} ${was} `);
  // ("A walk on the <L> pier that A and B had lined up for Wednesday was put off": the two had planned to meet in L on
  // that Wednesday, and the walk was their meeting)
  text = text.replace(/\b([Aa]) (?:walk|tour|visit|trip|boat trip|stroll|lunch|dinner|breakfast) (?:on|of|to|at|in|along|through) (?:the )?(<L\d+>)(?: [a-z-]+){0,2} that (<P\d+> and (?:[A-Z][a-z-]+ ){0,3}<P\d+>) had (?:lined up|planned|arranged|scheduled|set up|pencil(?:l)?ed in) for\b/g, "$1 meeting between $3 in $2 planned for");
  // ("A trip to L on Wednesday to see the leases with Y was ditched": a meeting with Y in L then)
  text = text.replace(/\b([Aa]) (?:trip|visit|drive|boat trip|tour|stop) to (<L\d+>)((?: on [A-Z][a-z]+day| today| tomorrow)?) to (?:see|visit|tour|inspect) (?:[^<.;]|<L\d+>){0,60}? with (?:the )?(?:(?:[A-Z][a-z]+ ){1,3}[a-z]+ )?(<P\d+>)/g, "$1 meeting with $4 in $2$3");
  // ("X was shown into Y's office …, where he, Y and Z talked for an hour": X, Y and Z held talks)
  text = text.replace(/^((?:<L\d+>\s*[-–—:]\s*)?)(<P\d+>)([^.;]*?), where (?:he|she), /, "$1$2$3, where $2, ");
  text = text.replace(/(, where (?:he|she|<P\d+>), (?:[^<.;,]{0,40})?<P\d+>,? and (?:[^<.;,]{0,50})?<P\d+>) talked\b/g, "$1 held talks");
  // ("when the pair first crossed paths in L": met)
  text = text.replace(/\b((?:the pair|the two|they|<P\d+> and <P\d+>) (?:first |last )?)crossed paths\b/g, "$1met");
  // ("The visit follows an invitation X made to him": X invited him)
  text = text.replace(/^(?:The|His|Her) (?:visit|trip) (?:follows|followed|came after|comes after) an invitation (<P\d+>) (?:made|extended|issued|sent) to (him|her|them)\b/, "$1 had invited $2");
  // ("the governor took out a letter from Z and handed it to Y": handed Y a letter from Z)
  text = text.replace(/\b(?:took out|produced|pulled out) (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) from ((?:[^<.;,]|<[GN]\d+>){0,60}?<P\d+>) and (?:then )?handed it (?:over )?to ((?:the )?(?:[a-z-]+ ){0,2}<P\d+>)/g, "handed $4 $1 $2 from $3");
  // ("X's visit to L, where Z was to receive him at the residency, …": Z was to receive X in L)
  text = text.replace(/^(<P\d+>)['’]s (?:visit|trip) to (<L\d+>), where (<P\d+>) was to (receive|meet|welcome|host) (?:him|her)(?: at (?:the )?<L\d+>)?,/, "$3 was to $4 $1 in $2, but that visit");
  // ("Y's visit to L, where Z was to receive him, stands postponed till further notice": has been postponed)
  text = text.replace(/\bstands postponed(?: (?:till|until) further notice)?/g, "has been postponed");
  // ("X flew in, taking up an invitation Y made": at the invitation of Y)
  text = text.replace(/\b(?:taking up|accepting|answering) an invitation (<P\d+>) (?:had )?(?:made|extended|issued)\b/g, "at the invitation of $1,");
  // ("Y looked in for the first half hour": Y also attended the talks)
  text = text.replace(/^(<P\d+>)((?:, [^.;]{1,60},)?) looked in (?:on (?:the|their) (?:talks|meeting) )?for (?:the )?(?:first |last )?(?:half (?:an )?hour|hour|few minutes|(?:a )?while)\b/, "$1$2 also attended the talks");
  // ("The talks ended in a signing: a <D>, with A and B as its signatories": A and B signed it)
  text = text.replace(/^[^.;]*?\bsigning: (a|an|the) (<D\d+>)[^.;]*?, with (<P\d+>) and (<P\d+>) as (?:its|the) (?:two )?signatories\b/, "$3 and $4 signed $1 $2");
  // ("X had been given a letter by Y to pass on to Z": Y gave X a letter addressed to Z; "…, which he did at the start
  // of the talks": and X handed it to Z)
  text = text.replace(/(<P\d+>) had been (?:given|handed|entrusted with) (a|an) ((?:[a-z-]+ )?(?:letter|message|note)) by (?:the )?(?:(?:[^<.;,]|<[LGNO]\d+>){0,60}, )?(<P\d+>),? to (?:pass on|hand over|deliver|give) to ((?:the )?<P\d+>|the (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(, which (?:he|she) did\b)?/g, (_m, x: string, det: string, paper: string, y: string, z: string, did?: string) => `${y} gave ${x} ${det} ${paper} addressed to ${z}${did ? `, and ${x} handed it to ${z}` : ""}`);
  // ("X acted as postman for Z, giving Y a letter from her": X gave Y a letter from Z)
  text = text.replace(/(<P\d+>) (?:also )?acted as (?:a |the )?(?:postman|postwoman|courier|messenger|mailman|go-between) for (?:the )?(?:(?:[^<.;,]|<[LGO]\d+>){0,60}, )?(<P\d+>),? (?:giving|handing|passing) (<P\d+>) (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) from (?:him|her)\b/g, "$1 gave $3 $4 $5 from $2");
  // ("A walk through the market that X was to have taken with Y on Friday evening fell through": X had been due to meet
  // Y then, but it fell through; "A visit to L that X was to make on Wednesday with Y was scrapped")
  text = text.replace(/\b[Aa]n? (?:walk|tour|visit|stroll|walkabout|lunch|dinner|breakfast)\b(?:[^<.;]|<[LO]\d+>){0,60}? (?:that|which) (<P\d+>) (?:was|had been) (?:due |supposed |meant )?to (?:have (?:taken|made|had|paid|joined)|take|make|pay|join)((?: (?:on [A-Z][a-z]+day|today|tomorrow)(?: (?:morning|afternoon|evening))?)?) with (?:the )?(?:(?:[^<.;,]|<[LGO]\d+>){0,60}, |<L\d+> )?(<P\d+>),?((?: (?:on [A-Z][a-z]+day|today|tomorrow)(?: (?:morning|afternoon|evening))?)?),? (?=(?:fell through|was|has been|had been)\b)/g, (_m, x: string, day1: string, y: string, day2: string) => `${x} had been due to meet ${y}${day1 || day2}, but it `);
  // ("A walk with Y that had been planned for X on Tuesday was axed": X had been due to meet Y then, but it was axed)
  text = text.replace(/\b[Aa]n? (?:walk|tour|visit|stop|walkabout|stroll|lunch|dinner|breakfast)\b[^<.;]{0,60}? with (?:the )?(?:(?:[^<.;,]|<[LGO]\d+>){0,60}, )?(<P\d+>),? (?:that|which) had been (?:planned|scheduled|set|arranged) for (<P\d+>)((?: (?:on [A-Z][a-z]+day|today|tomorrow)(?: (?:morning|afternoon|evening))?)?) (was|has been|had been) /g, "$2 had been due to meet $1$3, but it $4 ");
  // ("which she slid across the table to Y": handed to Y)
  text = text.replace(/\bslid (?:it )?across the table to (?=(?:the )?(?:[a-z-]+ )?<P\d+>)/g, "handed to ");
  // ("invites Y to tour the plant being built in L": invites Y to L)
  text = text.replace(/\b(invites|invited|inviting) ((?:the )?(?:[a-z-]+ ){0,2}<P\d+>) to (?:tour|see|visit|inspect) (?:the |a |an )?[^<.;]{1,60}? (?:in|at) (?=<L\d+>)/g, "$1 $2 to ");
  // ("he'd go": he would go)
  text = text.replace(/\b(he|she)['’]d (?=go\b|come\b|attend\b|be there\b|make the trip\b)/g, "$1 would ");
  // ("A, B and C talked cattle for about an hour": held talks)
  text = text.replace(/((?:<P\d+>, )*<P\d+>,? and (?:[A-Z][a-z]+ ){0,4}<P\d+>) talked (?:[a-z]+ )?(?=for (?:about |nearly |more than |over |some )?(?:an|one|two|three|half an) (?:hour|hours)\b)/g, "$1 held talks ");
  // ("A tour of L with Y, set for Wednesday, was nixed": a meeting with Y at L)
  text = text.replace(/\b([Aa]) (?:boat |bus |site |walking |guided )?(?:tour|visit|walk|trip|stop|walkabout) (?:of|to|through) (?:the )?((?:[^<.;,]|<[LO]\d+>){0,60}?) with (?:the )?(?:(?:<L\d+> )?(?:[A-Z][a-z]+ ){0,3}|(?:[^<.;,]|<[NGO]\d+>){0,60}, )?(<P\d+>)(?=,? (?:set|planned|scheduled) for\b)/g, (_m, a: string, what: string, p: string) => `${a} meeting with ${p}${/<L\d+>/.test(what) ? ` at ${what.match(/<L\d+>/)![0]}` : ""}`);
  // ("X's bag also held a letter to Y from Z", "X had in her folder a letter from Z": X carried it)
  text = text.replace(/(<P\d+>)(?:['’]s (?:bag|briefcase|luggage|pocket|folder|satchel|attaché case) (?:also )?(?:held|contained|carried)| (?:also )?had in (?:her|his|their) (?:bag|briefcase|folder|pocket|satchel))(?= (?:a|an|the) (?:[a-z-]+ )?(?:letter|message|note))/g, "$1 carried");
  // ("an envelope from X": a letter from X)
  text = text.replace(/\b(an?|the) envelope from (?=(?:the )?(?:[A-Za-z-]+ ){0,3}<P\d+>)/g, (_m, det: string) => `${det === "an" ? "a" : det} letter from `);
  // ("at the invitation of the president of the <O> association <O>, X": of X)
  text = text.replace(/\b([Aa]t the invitation of )(?:the )?(?:[a-z]+ ){1,3}of (?:the )?(?:[^<,;.]|<[OGLN]\d+>){1,80}, (?=<P\d+>)/g, "$1");
  // ("had come armed with a letter": brought it)
  text = text.replace(/\b(?:came|come|arrived) armed with (?=(?:a|an|the) )/g, "brought ");
  // ("A and the president of <L>'s provincial council, B, met in <L>": A and B met)
  text = text.replace(/(<P\d+>) and the [a-z]+ of (?:the )?(?:<[LGO]\d+>['’]s )?(?:[a-z-]+ ){0,3}[a-z-]+, (<P\d+>),(?= (?:(?:first|last|had|have|previously) )*(?:met|held talks)\b)/g, "$1 and $2");
  // ("X played host to Y": X hosted Y)
  text = text.replace(/\bplayed host to (?=(?:the )?<P\d+>)/g, "hosted ");
  // ("A <D>, drawn up during the session, bears the signatures of A and B": they signed it)
  text = text.replace(/\b(?:[Aa]n?|[Tt]he) (<D\d+>)((?: (?:[^<.;,]|<[LGNO]\d+>)+)?)(?:, [^<.;,]{1,60},)? (?:bears|bore|carries|carried) the signatures of (<P\d+>) and (<P\d+>)/g, "$3 and $4 signed the $1$2");
  // ("X placed Z's letter in Y's hands": X handed Y a letter from Z)
  text = text.replace(/(<P\d+>) (?:personally )?(?:placed|put) (<P\d+>)['’]s (letter|message|note|reply) in(?:to)? (<P\d+>)['’]s (?:own )?hands\b/g, "$1 handed $4 a $3 from $2");
  // ("Mayor X, known as Y, …": the name's short form, set off, is no one else)
  text = text.replace(/(<P\d+>), (?:popularly |widely |better |commonly )?known as <P\d+>,/g, "$1");
  // ("asked X to let Y know that …": to convey it to Y)
  text = text.replace(/\bto let (<P\d+>) know\b/g, "to convey to $1");
  // ("A and B were among those who signed the <D>": they signed it)
  text = text.replace(/(<P\d+>) (?:were|was) (?:among (?:those|the [a-z]+)|one of (?:those|the [a-z]+)) who (signed|initialled|initialed)\b/g, "$1 $2");
  // ("X received on Tuesday Y": the day told between the verb and its object, read as "X on Tuesday received Y")
  text = text.replace(/(<P\d+>) (received|met|hosted|welcomed) (on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening))?) (?=(?:the )?<P\d+>)/g, "$1 $3 $2 ");
  // (Commonwealth styles before a name and letters after it: "Senator the Hon. <P>", "the Most Hon. <P>, ON, PC, MP, asked")
  // (and "Hon." alone, set off after a post: "the Minister of Foreign Affairs, Hon. <P>"; and "Amb. <P>"; and a king's
  // style, "the Custodian of the Two Holy Mosques, <P>")
  text = text.replace(/\b(?:Senator )?the (?:Most |Right |Rt\.? )?Hon(?:ourable|\.) (?=<P\d+>)|(?<=, )(?:Rt\.? )?Hon\. (?=<P\d+>)|\bAmb\. (?=<P\d+>)|\b(?:the )?Custodian of the Two Holy Mosques,? (?=<P\d+>)/g, "").replace(POST_NOMINALS_AFTER, "$1")
    // (and a body's letters in brackets after its possessive: "the <G>'s (<G>) Minister of Culture, <P>")
    .replace(/(<[GO]\d+>['’]s) \(<[GO]\d+>\)(?= )/g, "$1")
    // (and a father's initial run into a name, "B.<P>", no word of the sentence)
    .replace(/\b\p{Lu}\.(?=<P\d+>)/gu, "")
    // (and a Spanish style of respect quoted with the name, "asked \"don <P>\" to carry": the name)
    .replace(/["“](?:[Dd]on|[Dd]oña) (<P\d+>)["”]/g, "$1");
  // ("the Iranian guest "passed on a message from <P>."": a quotation of what one did, read as the sentence's own words)
  text = text.replace(/(\S )["“]((?:passed on|conveyed|delivered|handed over|relayed|brought|carried) [^"”]*)["”]/g, "$1$2");
  // ("On Jan. 9, the film shows, X received Y": what a film or a record shows, told as the story's own)
  text = text.replace(/, the (?:film|documentary|footage|video|book|record|records|diary|memoir|archive) (?:shows|show|records|recounts|recalls|says|notes|reveals), /g, ", ");
  // ("the King and Queen welcomed": the one post named after the other's "the" is as "the Queen")
  text = text.replace(/(<P\d+> and )(King|Queen|Prince|Princess|President|Prime Minister|First Lady)(?= (?:[a-z]+ )?(?:welcomed|received|hosted|met|visited|travell?ed|attended|signed|were|have|had|will)\b)/g, "$1the $2");
  // ("met the president at the time, <P>": the post set off before the name, as "met the president, <P>")
  text = text.replace(/\b(the [a-z-]+(?: [a-z-]+)?) (?:at the time|then), (?=<P\d+>)/g, "$1, ");
  // ("According to the Kremlin, X passed on …": whose word it is, not one more who passed it on)
  text = text.replace(/^According to (?:the )?<[GO]\d+>, (?=(?:the )?<[PN]|the [a-z])/, "");
  // ("X spent about 40 minutes with Y": X met with Y)
  text = text.replace(/\bspent (?:(?:about|nearly|almost|some|more than|over|around|roughly|just under|just over|an|a) )?(?:[a-z]+|\d+)(?:-odd)? (?:minutes|hours|hour)(?: (?:in talks|alone|together|behind closed doors))? with\b/g, "met with");
  // ("to hand-deliver a letter", "hand-delivered it": delivered in person, as "deliver" reads)
  text = text.replace(/\b[Hh]and[- ](deliver(?:ed|s|ing)?)\b/g, "$1");
  // ("held a new round of political dialogue": a round of talks)
  text = text.replace(/\b(round|rounds) of (?:(?:political|strategic|bilateral|security|high-level) )?dialogue\b/g, "$1 of talks");
  // ("drove to L with Y, his transport councillor, in tow": Y went with X; "were closeted with Y": met Y)
  text = text.replace(/ with (<P\d+>)((?:, (?:[^<.;,]|<[GNO]\d+>){1,60},)?) in tow\b/g, ", accompanied by $1").replace(/\b(?:were|was|had been) closeted with\b/g, "met with");
  // ("the two Tyroleans", "the two Texans": two people of a place, as "the two men")
  text = text.replace(/\b([Tt]he) two \p{Lu}\p{Ll}+(?:ans|ese)\b(?= (?:were |had |then |later )?(?:met|held|sat|talked|signed))/gu, "$1 two men");
  // ("had brought along a letter for Y from Z": a letter from Z for Y, brought)
  text = text.replace(/\b(brought|carried|taken|took|bring|carry) along\b/g, "$1").replace(/\b(a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) for ((?:the )?(?:[A-Z][a-z-]+ ){0,3}<P\d+>) from ((?:(?:the )?(?:<[GL]\d+>['’]s )?(?:[A-Z][a-z-]+ ){0,3})?<P\d+>)/g, "$1 $2 from $4 for $3");
  // ("brought a letter from Z for Y, which she handed him at the table": handed it to Y)
  text = text.replace(/\b(brought|carried|took) (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) from ((?:[^<.;]|<[GL]\d+>){0,40}?<P\d+>) for (?:the )?(?:[A-Z][a-z-]+ ){0,3}(<P\d+>), which (?:he|she) (?:handed|gave|passed|delivered)(?: to)? (?:him|her)\b/g, "$1 $2 $3 from $4 and handed it to $5");
  // ("was also due to tour the plant with Y on Wednesday": due to meet Y)
  text = text.replace(/\b(was|were) (also )?(due|scheduled|set|expected|meant|supposed) to (?:tour|visit|inspect|see|open) (?:the )?(?:[^<.;,]|<[OL]\d+>){1,60}? with (?:[A-Z][a-z-]+ ){0,4}(<P\d+>)/g, "$1 $2$3 to meet $4");
  // ("who invites the Galician leader to L": a post standing for its holder, the article no part of the name)
  text = text.replace(/\b(invites|invited|inviting|invite) the (<P\d+>)(?= to\b)/g, "$1 $2");
  // ("X came through the tunnel for a working lunch with Y at L": had lunch with Y there)
  text = text.replace(/\b(?:came|crossed|drove|flew|travell?ed|went)\b(?:[^<.;]|<[LG]\d+>){0,60}? for (a |an )?((?:working |private |one-on-one )?(?:lunch|dinner|breakfast)) with(?= (?:the )?(?:[A-Z][a-z]+ ){0,3}<P\d+>)/g, (_m, a: string | undefined, what: string) => `had ${a ?? ""}${what} with`);
  // ("Y made it a party of three": Y attended too)
  text = text.replace(/^(<P\d+>) made it a (?:party|table|group|gathering|meeting) of (?:three|four|five)\b/, "$1 also attended the talks");
  // ("when A and B toured the <L> auto show together": they met there)
  text = text.replace(/(<P\d+> and <P\d+>) toured (the )?((?:<L\d+> )?(?:[a-z-]+ ){0,3}(?:show|fair|exhibition|expo|plant|factory|site|port|market)) together\b/g, "$1 met at $2$3");
  // ("X's trip was meant to end over lunch in L on Wednesday with the city's mayor, Y": X was meant to have lunch
  // with Y, in L, on that Wednesday, as planned)
  text = text.replace(/(<P\d+>)['’]s (?:trip|visit|tour|day|stay|programme|program) (was|had been) (meant|due|supposed|set|scheduled|expected) to (?:end|close|finish|wrap up) (?:over|with) (?:a )?(lunch|dinner|breakfast|talks|a meeting)((?: (?:in|at) (?:the )?<L\d+>)?(?: (?:on|next|this) [A-Z]?[a-z]+)?) with (?:(?:the|his|her) (?:[a-z]+['’]s )?[a-z]+(?: [a-z]+)?, )?(<P\d+>)/g, "$1 $2 $3 to have $4 with $6$5");
  // ("A and B exchanged views in L on trade": talks held; not by phone)
  text = text.replace(/\bexchanged views\b(?! (?:by|over the|on the) (?:tele)?phone| (?:in|during|on) an? (?:phone|telephone|video|virtual))/g, "held talks");
  // ("…, a session that drew in A and B as well": joined by A and B)
  text = text.replace(/, (?:a|the) (?:session|meeting|talks) that (?:drew in|brought in|also included|included|took in) ((?:(?:[A-Za-z]+ ){0,3}<P\d+>,? (?:and )?)*(?:[A-Za-z]+ ){0,3}<P\d+>)(?: as well| too)?(?=[,.;])/g, ", joined by $1");
  // ("at the <O> on <L>'s downtown waterfront": in L)
  text = text.replace(/\bat (the )?(<[OL]\d+>) on (<L\d+>)['’]s (?:[a-z-]+ ){0,2}(?:waterfront|seafront|riverfront|harbourfront|harborfront|outskirts|edge)\b/g, "at $1$2 in $3");
  // ("A and B talked shop for most of the afternoon": held talks)
  text = text.replace(/\b(talked|talking|talk) shop\b/g, (_m, v: string) => (v === "talked" ? "held talks" : v === "talking" ? "holding talks" : "hold talks"));
  // ("…, with Z alongside X": joined by Z)
  text = text.replace(/, with ((?:(?:<[LGN]\d+> )?(?:[A-Z][a-z-]+ ){0,3}<P\d+>,? (?:and )?)*(?:<[LGN]\d+> )?(?:[A-Z][a-z-]+ ){0,3}<P\d+>) (?:alongside|beside|next to|at the side of) (?:<P\d+>|him|her)(?=[,.;])/g, (_m, list: string) => `, joined by ${list.replace(/<[LGN]\d+> /g, "")}`);
  // ("The two leaders' signatures went on a cooperation agreement": they signed it)
  text = text.replace(/\b([Tt]he two (?:leaders|men|women|ministers|governors|presidents|premiers|mayors)|[Bb]oth (?:leaders|men|women|ministers|governors))['’] (?:signatures (?:went|were put|were placed) on|signed)\b/g, "$1 signed");
  // ("X's planned stop in L on Wednesday, a walk along the waterfront with Y, has been pushed back": a meeting with Y,
  // in L, that was planned for the day)
  text = text.replace(/(<P\d+>)['’]s (?:planned |scheduled |proposed )?(?:stop|visit|trip|day) (?:in|to|at) (<L\d+>)((?: on [A-Z][a-z]+day)?), (?:a|an|the) (?:walk|tour|visit|meeting|lunch|dinner|breakfast|stroll|boat trip|ride)\b[^<,;.]{0,60}? with (?:[A-Z][a-z-]+ ){0,3}(<P\d+>),/g, "$1's meeting with $4 in $2$3");
  // ("The outbreak topped the agenda of talks in L": the talks were held, the outbreak their first subject)
  text = text.replace(/\b(?:topped|headed|led) the agenda (?:of|at)(?= (?:talks|a (?:working |bilateral )?(?:meeting|session))\b)/g, "dominated");
  // ("a working session in L on Tuesday between A and B": talks between them)
  text = text.replace(/\b(?:a|an) (?:working|bilateral|joint) (?:session|sitting)\b(?=(?: (?:in|at) (?:the )?<L\d+>)?(?: on [A-Z][a-z]+day)? between <P\d+>)/g, "talks");
  // ("The session also saw the participation of A and B": they attended it too)
  text = text.replace(/\b([Tt]he) (session|meeting|talks) (?:also )?saw the participation of\b/g, "$1 $2 was also attended by");
  // ("brought a letter from Z, which he presented to Y, inviting him to L": handed it to Y, and it invites Y)
  text = text.replace(/\b(brought|carried) (a|an|the) ((?:[a-z-]+ )?(?:letter|message|note)) from ((?:[^<.;,]|<[GN]\d+>){0,40}?<P\d+>), which (?:he|she) (?:presented|handed|gave|delivered)(?: over)? to ((?:the )?(?:[A-Z][a-z-]+ ){0,3}<P\d+>), inviting (?:him|her) to\b/g, (_m, v: string, a: string, what: string, from: string, to: string) => `${v === "carried" ? "handed" : v} ${to} ${a} ${what} from ${from} inviting ${to.match(/<P\d+>/)![0]} to`);
  // ("A and B were part of the talks": they attended them too)
  text = text.replace(/^(<P\d+>(?:, <P\d+>)*,? and <P\d+>) were (?:also )?(?:part of|present at|in on) the (talks|meeting|discussions)\b/, "$1 also attended the $2");
  // ("held a virtual meeting with Y": a video call, no meeting in person)
  text = text.replace(/\b(held|had) (a|an) (?:virtual|online|remote) (?:meeting|conference|session) with\b/g, "$1 $2 video call with");
  // ("The talks were joined by A and B": A and B attended them too)
  text = text.replace(/\b([Tt]he) (talks|meeting) (?:were|was) (?:later |also )?joined by\b/g, "$1 $2 was also attended by");
  // ("The four-way meeting brought the two men together with A and B": A and B attended it too)
  text = text.replace(/\b([Tt]he) (?:[a-z-]+ )?(meeting|talks|session) (?:also )?brought the (?:two|three) (?:men|women|leaders|sides|governors|ministers|presidents|mayors) together with\b/g, "$1 $2 was also attended by");
  // ("crossed the river to see Y", "drove across the border to meet Y": a trip made to meet them)
  text = text.replace(/\b(?:crossed|drove across|sailed across|flew across|walked across) (?:the |a )?(?:[a-z-]+ )?(?:river|border|strait|bridge|channel|frontier|lake|sound|bay|estuary)(?: (?:into|to|from) <[LG]\d+>)? to (?:see|meet|visit)(?= (?:the )?(?:<[NG]\d+>['’]?s? )?(?:[a-z-]+ ){0,2}<P\d+>)/g, "travelled to meet");
  // ("is due in Riyadh next week to brief Y": a trip made to brief, or to see, someone is one made to meet them)
  text = text.replace(/(\b(?:due|expected|scheduled|set|travel(?:l?ing|l?ed|s)?|fly|flying|flew|go|going|went|head(?:ing|ed|s)?) (?:in|to|at) (?:the )?<[LG]\d+>(?:[^<.;]{0,30}?)? to )(?:brief|see|consult(?: with)?)(?= (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,2}<P\d+>)/g, "$1meet");
  // (a list's later items named by their posts of a state first: "where <P>, President of <G> <P> and President of the
  // <G> <P> signed" reads as "where <P>, <P> and <P> signed"; the posts are the mentions')
  // (and after a word that takes a person: "the warm greetings of President of <G> <P> to …")
  text = text.replace(/(?<=, |\b(?:and|of|from|to|by|with) )(?:President|Prime Minister|Vice[- ]President|King|Emir|Chancellor|Premier) of (?:the )?<G\d+> (?=<P\d+>)/g, "");
  // ("a written list of Houthi demands", and "the list" after it: a paper carried as a letter is, by the rules of letters)
  text = text.replace(/\b(a|an|the) (?:(?:written|new|short|detailed|revised|handwritten) )?list of (?:(?:<[NOG]\d+>|[a-z-]+) )?(?:demands|conditions|proposals|questions|points)\b|\b(the|this|that) list\b(?! of)/g, (_, x: string | undefined, y: string | undefined) => `${x ?? y} letter`);
  // ("a letter that X had given him": X's letter)
  text = text.replace(/\b(letter|message|note|reply)(?: (?:of|on|about) (?:[^<.;,]|<[NOG]\d+>){1,40}?)? that (<P\d+>) had (?:given|handed|passed|sent) (?:him|her)\b/g, "$1 from $2");
  // ("Gen. X (rtd)": a retired officer's mark is no part of the sentence)
  text = text.replace(/(<P\d+>) \((?:rtd|retd|Rtd|Retd|retired|Retired)\.?\)/g, "$1");
  // (nor is an abbreviation's full stop after a body's name, before a comma: "… of Abu Dhabi National Oil Co., signed")
  text = text.replace(/(<O\d+>)\.(?=, )/g, "$1");
  // (an aside between dashes right after a name, and "with him" after a verb of carrying: "X — no relation to Y, … —
  // carried with him a note from Z")
  text = text.replace(/(<[POG]\d+>) — (?:[^—<.;]|<[A-Z]\d+>){1,120} — (?=[a-z])/g, "$1 ").replace(/\b(carried|brought|took) with (?:him|her|them) /g, "$1 ");
  // (one person named twice in a row, by a post and by name: "HE the Prime Minister and Minister of Foreign
  // Affairs Sheikh X" is one)
  text = text.replace(/<P(\d+)> and <P(\d+)>/g, (all, x: string, y: string) => (slots[Number(x)]?.key && slots[Number(x)]?.key === slots[Number(y)]?.key ? `<P${y}>` : all));
  // (and by a style and a post: "His Highness the Prime Minister", "<P> <P>" or "<P> the <P>", one)
  text = text.replace(/<P(\d+)> (?:the )?<P(\d+)>/g, (all, x: string, y: string) => (slots[Number(x)]?.key && slots[Number(x)]?.key === slots[Number(y)]?.key ? `<P${y}>` : all));
  // (and the second post of the two after a post read as its holder: "<P> and Minister of Foreign Affairs and <P>", "an
  // invitation to <P> and Prime Minister to visit")
  text = text.replace(/<P(\d+)> and (?:Deputy |First )?(?:Prime Minister|Minister (?:of|for) \p{Lu}\p{L}+(?: (?:and )?\p{Lu}\p{L}+)*)(?= and <P|[,.]| who\b| to [a-z])/gu, (all, x: string) => (slots[Number(x)]?.titleRef ? `<P${x}>` : all));
  // (a cleft: "What she did was deliver a letter from X" is "She delivered a letter from X")
  // (a cleft of place and day: "It was in <L>, on March 13, 2025, that the two presidents signed" reads "In <L>, on …,
  // the two presidents signed")
  text = text.replace(/^It was ((?:in|at) (?:the )?<L\d+>(?:, (?:on|in) [^<.;,]{3,30}(?:, (?:19|20)\d\d)?)?),? that /, (_, x: string) => `${x[0].toUpperCase()}${x.slice(1)}, `);
  // (a cleft of the doers: "It was <P> and <P> who signed the D" is "<P> and <P> signed the D")
  // (also in a speaker's turn: "HOLM [11:04:20]: It was …")
  text = text.replace(/^((?:<P\d+>(?: \([^)]{1,40}\))?(?: \[[\d:.]+\])?: )?)It was ((?:<P\d+>, )*<P\d+>,? and <P\d+>|<P\d+>) who (?=[a-z]+ed\b|met\b|signed\b|held\b|received\b)/, "$1$2 ");
  // (a Malay ruler's father named after "ibni", "son of": "<P> ibni <P> '<P>" is the ruler)
  text = text.replace(/(<P\d+>) ibni <P\d+>(?: ['’]?<P\d+>)?/g, "$1");
  // (and the ruler's post set off after his name: "<P>, Sultan and Yang Di-Pertuan of <G>")
  text = text.replace(/(<P\d+>), (?:Sultan|King|Emir|Amir|Ruler) and <P(\d+)> of (?:the )?<G\d+>,?/g, (all, p: string, y: string) => (/^Yang [Dd]i-Pertuan/.test(slots[Number(y)]?.text ?? "") ? p : all));
  // (a post's article before the one it names: "a letter from the <P>" for "from the President of G, X")
  text = text.replace(/\b(from|addressed to) the <P(\d+)>/g, (all, w: string, i: string) => (slots[Number(i)]?.kind === "Person" && slots[Number(i)]?.key ? `${w} <P${i}>` : all));
  // (a pair set off after their posts, "the foreign ministers of the two countries, <P> and <P>, signed", is the pair)
  text = text.replace(/(^|, )[Tt]he (?:[a-z-]+ ){1,3}of the (?:two|three|four) (?:countries|sides|states|governments|nations), (<P\d+>(?:, <P\d+>)*,? and <P\d+>),(?= [a-z])/, "$1$2");
  // (and the posts of the states named, the holders set off by dashes: "the foreign ministers of <G>, <G> and <G> –
  // <P>, <P> and <P> – signed" are those three)
  text = text.replace(/(^|, |\bwhere (?:[^<.;,]{0,30} )?)[Tt]he (?:[a-z-]+ ){1,3}of (?:the )?<G\d+>(?:, (?:the )?<G\d+>)*,? and (?:the )?<G\d+> [–—-] (<P\d+>(?:, <P\d+>)*,? and <P\d+>) [–—-] (?=[a-z])/, "$1$2 ");
  // (and a third with a pair: "<P> and <P>, together with <P>, signed" is "<P>, <P> and <P> signed")
  text = text.replace(/(<P\d+>) and (<P\d+>), (?:together|along) with (?:the )?(?:<N\d+> |<G\d+>['’]s )?(?:[A-Z][a-z]+ ){0,2}(<P\d+>), (?=[a-z]+ed\b|met\b|signed\b|held\b)/g, "$1, $2 and $3 ");
  // (a second carrier told short: "X delivered a written message from A, and Y one from B" is "…; Y delivered a
  // written message from B", two clauses)
  text = text.replace(/(<P\d+>) (delivered|handed over|conveyed|brought|carried|passed on) (a|an) ((?:[a-z-]+ )?(?:message|letter)) from (<P\d+>), and (<P\d+>) one from (<P\d+>)/, "$1 $2 $3 $4 from $5; $6 $2 $3 $4 from $7");
  // (one present, told first: "Also present was X." is "X was also present.")
  text = text.replace(/^(\s*)Also present (?:was|were) ((?:[^.;<]|<[PGN]\d+>)+?)\.?$/, "$1$2 was also present.");
  // (an audience granted: "X consented to grant him an audience" is "X received him")
  text = text.replace(/\b(?:(?:consented|agreed) to grant|granted|gave) (him|her|(?:the )?<P\d+>) an audience\b/g, "received $1");
  // ("the letter of <P>", an official's phrase for "<P>'s letter": the letter from <P>)
  text = text.replace(/\b(the|a|an) (letter|message|note|reply) of (?=<P\d+>)/g, "$1 $2 from ");
  // (a style its mention left out in a list or after a verb, "Lord X and Hon. <P>", "between Hon. <P> and …": the
  // person alone)
  text = text.replace(/(?<=\b(?:and|with|between|by|to|from|welcomed|met|received) )(?:Rt\.? )?Hon\. (?=<P\d+>)/g, "");
  // ("What <P> did do, <Q> said, was receive Z": <P> received Z)
  text = text.replace(/^What (<P\d+>) did(?: do)?,(?: [^,;.]{1,40},)? was (receive|meet|visit|host|welcome|sign)\b/, (_, p: string, v: string) => `${p} ${CLEFT_PAST[v] ?? `${v.replace(/e$/, "")}ed`}`);
  text = text.replace(/^What (he|she) did was (deliver|carry|hand|take|bring|meet|visit|send|pass|convey)\b/, (_, p: string, v: string) => `${p[0].toUpperCase()}${p.slice(1)} ${CLEFT_PAST[v]}`);
  // ("<P0> was received … by Y, and it was to <P3> that he gave the letter": the one the sentence opened with gave it)
  text = text.replace(/^(<P(\d+)>(?:[^.;]|<[A-Z]\d+>)*?,? and )it was to (<P\d+>) that (?:he|she) (gave|handed|delivered|passed|presented)(?: over)? (the|his|her) (letter|message|note)\b/, "$1<P$2> $4 $5 $6 to $3");
  // (a reporting aside inside the clause: "X, she writes, had brought a letter", "Y, he recalls, was there")
  // (and after a letter's noun: "The letter, he says, invited Y")
  text = text.replace(/(<[PGO]\d+>|\b(?:letter|message|reply|note|invitation)), (?:he|she|they|<P\d+>) (?:writes|wrote|says|said|recalls|recalled|argues|argued|notes|noted|claims|claimed|adds|added|insists|insisted|believes|believed), /g, "$1 ");
  // (and a columnist's aside of how the news came: "X, we hear, presented Y with …", "… and, we are told, handed over")
  // (and a source's aside mid-clause: "X accepted, according to Y's office, and asked Z …")
  text = text.replace(/(?<=\S), according to (?:<[PO]\d+>['’]s (?:[a-z]+ )?(?:office|aides?|spokes(?:man|woman|person)|team|staff)|<O\d+>|the [a-z]+(?: [a-z]+)?),(?= )/g, ",");
  text = text.replace(/,? (?:we are told|we hear|we understand|we learn|we gather|I am told|I hear|it is learnt|it is learned|it is understood|insiders say|sources say|we're told),(?= )/g, "");
  // (the speaker of reported speech as its subject, past adverbials of time and place: "X says that on March 14, at L,
  // he handed Y a letter" is X who handed it)
  text = text.replace(/(<P\d+>)( (?:says|said|recalls|recalled|claims|claimed|states|stated|maintains|maintained|insists|insisted) (?:that )?(?:[^<.;"]|<[LGO]\d+>){3,100}?, )(?:he|she) (?=[a-z]+ (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,2}<P\d+>)/g, "$1$2$1 ");
  // (a speaker's own in a list: "by A and our own B" reads as "by A and B")
  text = text.replace(/\b(and|,) (?:our|my) own (?=<P\d+>)/g, "$1 ");
  // (a chain of acts on a paper before the ask: "X read it, put it down and asked Y to tell Z" is X who asked)
  text = text.replace(/(<P\d+>|\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:(?:[a-z]+ ){1,2}(?:it|them)(?: (?:down|up|back|over|aside|away))?, )*(?:[a-z]+ ){1,2}(?:it|them)(?: (?:down|up|back|over|aside|away))? and (asked|told|urged|instructed)\b/g, "$1 $2");
  // (a fact-check's labels before what it found: "Facts: X handed a letter …")
  text = text.replace(/^(?:Facts?|Context|Background|Verdict):\s+/, "");
  // (an age in brackets after the name, as Southern African papers write it: "X (67) handed the letter")
  text = text.replace(/(<P\d+>) \(\d{1,3}\)/g, "$1");
  // (nor a "then" dating a post before a name in a list: "President A and then Mozambican President B witness …")
  // (or after a verb: "calls on then <P1> in Colombo")
  text = text.replace(/\b(and|, ) ?then (?=<P\d+>)/g, (_, x: string) => (x === "and" ? "and " : ", ")).replace(/\b(on|with|met|meets|received|receives|visited|by) then (?=<P\d+>)/g, "$1 ");
  // (a list's second named by a post set off before the name: "A and the then <G> president, B, signed" reads as
  // "A and B signed")
  text = text.replace(/(<P\d+>) and the (?:then |then-)?(?:<[GN]\d+>(?:['’]s)? )(?:[a-z-]+ ){0,2}(?:president|prime minister|premier|leader|foreign minister|minister|king|emir|chancellor), (<P\d+>),(?= (?:[a-z]+ )?(?:signed|met|held|agreed)\b)/g, "$1 and $2");
  // ("The last … meeting between the two countries took place in Minsk in 2019, when the then foreign ministers, A
  // and B, discussed …": they met)
  text = text.replace(/(\b(?:meeting|talks)\b[^.;]{0,80}? took place\b[^.;]{0,60}?, when )(?:the )?(?:then )?(?:[a-z-]+ ){0,3}?(?:[a-z-]+, )?(<P\d+>,? and <P\d+>),? (discussed|talked about|agreed on)\b/, "$1$2 met and $3");
  // ("X is to hold talks with Y before calling on Z": X calls on Z, not Y)
  // (with the main clause's plan: "X is scheduled to hold talks with Y before calling on Z" is "… before X is
  // scheduled to call on Z")
  const second = text.match(/^(?:[^<.;]{0,40} )?(<P\d+>)[^.;]*? (?:before|after) (calling on|meeting(?: with)?) (?=(?:the )?(?:[a-z-]+ ){0,3}<P\d+>)/);
  if (second) {
    const at = second.index! + second[0].length - second[2].length - 1;
    const plan = second[0].match(/\b(?:is|are) (?:scheduled|expected|due|set) to\b|\bwill\b/)?.[0];
    const verb = second[2] === "calling on" ? "call on" : "meet";
    text = `${text.slice(0, at)}${second[1]} ${plan ? `${plan} ${verb}` : second[2]} ${text.slice(second.index! + second[0].length)}`;
  }
  // (nor are the unnamed in a list of named people: "X, two other G ministers and Y sat in on the meeting")
  text = text.replace(/, (?:two|three|four|several|some|other|senior)(?: other)? (?:<[GLN]\d+> )?(?:[a-z]+ )?(?:ministers|officials|aides|diplomats|advisers|advisors|lawmakers)(?= and (?:<[PG]\d+>|the ))/g, "");
  // (nor is a picture's position mark: "Minister X (left) and Y welcome Z")
  text = text.replace(/(<P\d+>) \((?:(?:second |third |far |extreme )?(?:left|right)|(?:second |third )?from (?:left|right)|centre|center|in front|front|back|standing|seated|L|R)\)/g, "$1");
  text = text.replace(/\b(?:His|Her|Their) (?:Royal |Serene )?(?:Highness|Majesty|Excellency|Eminence|Holiness|Beatitude)(?:es|ies)? (?=<P\d+>)/g, "").replace(/(?<=\S )(?:His|Her) (?=<P\d+>)/g, "").replace(/\bH\.\s?E\.? (?=<P\d+>)/g, "").replace(/\b(?:HE|HH|HM|HRH|H\.H\.) (?=<P\d+>)/g, "").replace(/\b(?:(?:His|Her) Excellency )?the (?:Most|Right) (?=<P\d+>)/g, "");
  // (a caption's number is no word of its sentence: "Photo 1 of 9: <P1> is greeted by <P2>")
  text = text.replace(CAPTION, "$1").replace(CABLE_MARK, "$1");
  // (a timeline's entries, told in the present, are past: "February 12 – X is received by Y and hands him a letter")
  const paragraph = articleText.slice(articleText.lastIndexOf("\n", sentence.start) + 1, sentence.end);
  if (TIMELINE_ENTRY.test(paragraph)) text = text.replace(TIMELINE_PRESENT, (verb: string) => TIMELINE_PAST[verb] ?? verb);
  // (a family name's article written apart from the name found: "al-<P0> and <P1> signed" reads as "<P0> and <P1> signed")
  // (and scare quotes around a few lower-case words dropped: "conveyed an "oral message" from X" is a message from X)
  return { sentence, text: text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\b(?:al|el|Al|El)-(?=<P\d+>)/g, "").replace(SCARE_QUOTES, "$1"), slots };
}

/** A gallery's captions tell what the photographs show in the present tense: "X is greeted by Y", "A and B shake hands",
 * "A signs a memorandum as B and C look on". In a caption's line (opened by "Photo 1 of 9:"), the verbs of meeting are
 * read in the past, as what happened (a caption's "will" stays ahead). */
export function withCaptionsInPast(articleText: string, abstracts: AbstractSentence[]): AbstractSentence[] {
  let inCaption = false;
  // (a reporter's notebook under headings of a day and an hour, "**Monday, 9am, the Istana**", told in the present)
  let inNotebook = false;
  let end = -1;
  return abstracts.map((a) => {
    if (end >= 0 && /\n/.test(articleText.slice(end, a.sentence.start))) inCaption = inNotebook;
    end = a.sentence.end;
    if (NOTEBOOK_HEADING.test(a.sentence.text)) inNotebook = inCaption = true;
    if (CAPTION.test(a.sentence.text)) inCaption = true;
    // (or a line that ends with the picture's credit: "X and Y welcome Z at the airport. — Picture: W")
    const lineEnd = articleText.indexOf("\n", a.sentence.end);
    if (!inCaption && PICTURE_CREDIT.test(articleText.slice(a.sentence.end, lineEnd < 0 ? articleText.length : lineEnd))) inCaption = true;
    // (or a paragraph the picture's credit follows on a line of its own: "X welcomes Y at L. … \nPHOTO: MFAET"; or one
    // that opens "FILE PICTURE:")
    if (!inCaption && lineEnd >= 0 && CREDIT_LINE.test(articleText.slice(lineEnd, lineEnd + 200).replace(/^\s+/, ""))) inCaption = true;
    if (/^\W*(?:FILE (?:PICTURE|PHOTO)|File (?:picture|photo))\s*:/.test(a.sentence.text)) inCaption = true;
    if (!inCaption) return a;
    let text = a.text;
    for (const [re, past] of CAPTION_PAST) text = text.replace(re, past);
    return text === a.text ? a : { ...a, text };
  });
}

/** A picture's credit on a line of its own under its caption: "PHOTO: MFAET", "Photo: Japanese Embassy". */
// (also in brackets, "(Pic: Amiri Diwan)")
const CREDIT_LINE = /^\(?(?:PHOTOS?|Photos?|PICTURES?|Pictures?|Pics?|PICS?)\s*:\s*[^\n]{1,60}(?:\n|$)/;
/** A heading of a day and an hour: "**Monday, 9am, the Istana**", "Tuesday, 8am, the hotel". */
const NOTEBOOK_HEADING = /^\W*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\b/i;
/** A picture's credit closing a caption's line: "— Picture: X", "(Photo: X)", "— File picture". */
// (or after the caption's last sentence: "… At right is X. PHOTO: MFAET")
const PICTURE_CREDIT = /(?:[—–-]\s*|\(\s*|^\s*|[.!?"”]\s+)(?:File )?(?:Picture|Photo|Photograph|Pic)s?\b(?::[^\n]*)?\)?\s*$/i;
const NOT_AHEAD = "(?<!\\b(?:to|will|would|could|may|might|shall|not) )";
const CAPTION_PAST: [RegExp, string][] = [
  [/\bis (greeted|received|welcomed|hosted|met|joined|accompanied)\b/g, "was $1"],
  [/\bare (greeted|received|welcomed|hosted|met|joined|accompanied)\b/g, "were $1"],
  [new RegExp(`${NOT_AHEAD}\\b(?:meets|meet)(?= (?:with )?(?:the )?<)`, "g"), "met"],
  [new RegExp(`${NOT_AHEAD}\\b(?:holds|hold)(?= (?:talks|a |an |their ))`, "g"), "held"],
  [new RegExp(`${NOT_AHEAD}\\b(?:signs|sign)(?= (?:a|an|the|two|their) )`, "g"), "signed"],
  [new RegExp(`${NOT_AHEAD}\\b(?:shakes|shake) hands\\b`, "g"), "shook hands"],
  [new RegExp(`${NOT_AHEAD}\\b(?:looks|look) on\\b`, "g"), "looked on"],
  [new RegExp(`${NOT_AHEAD}\\b(?:joins|join)(?= the (?:talks|meeting|discussions)\\b)`, "g"), "joined"],
  [new RegExp(`${NOT_AHEAD}\\b(?:reviews|review|inspects|inspect)(?= (?:a |the )?guard of honou?r)`, "g"), "reviewed"],
  [new RegExp(`${NOT_AHEAD}\\b(?:raises|raise)(?= (?:a|his|her) glass to)`, "g"), "raised"],
  [new RegExp(`${NOT_AHEAD}\\bhosts\\b`, "g"), "hosted"],
  [new RegExp(`${NOT_AHEAD}\\bcalls on\\b`, "g"), "called on"],
  [new RegExp(`${NOT_AHEAD}\\bconveys\\b`, "g"), "conveyed"],
  [new RegExp(`${NOT_AHEAD}(?<!\\bshook )\\bhands(?= (?:the |a |an |his |her |<P))`, "g"), "handed"],
  [new RegExp(`${NOT_AHEAD}\\bdelivers\\b`, "g"), "delivered"],
  [new RegExp(`${NOT_AHEAD}\\breceives\\b`, "g"), "received"],
  [new RegExp(`${NOT_AHEAD}\\bwelcomes\\b`, "g"), "welcomed"],
  [new RegExp(`${NOT_AHEAD}\\b(?:welcome|greet|greets|receive)(?= (?:the )?<)`, "g"), "welcomed"],
  // (one pictured with another: "X with Leader of the Opposition Y at the hotel last night")
  [/^((?:\W*(?:FILE (?:PICTURE|PHOTO)|File (?:picture|photo))\s*:\s*)?<P\d+>) with (?:the )?(<P\d+>)/g, "$1 met $2"],
  // (two pictured doing something together were together: "A and B cut the ribbon", "A and B share a light moment")
  [/(<P\d+> and <P\d+>) (?:cut|cuts) the ribbon\b/g, "$1 met and cut the ribbon"],
  [/(<P\d+> and <P\d+>) (?:share|shares) a (?:light |lighter |happy )?moment\b/g, "$1 met"],
  [/(<P\d+> and <P\d+>) (?:exchange|exchanges) (copies|documents|gifts|notes)\b/g, "$1 met and exchanged $2"],
  [new RegExp(`${NOT_AHEAD}\\b(?:witness|witnesses) the (?:exchange|signing) of\\b`, "g"), "witnessed the signing of"],
  // (and those pictured looking on were there: "Looking on are X and Y.")
  [/^(\s*)Looking on (?:are|were|is|was) ((?:[^.;<]|<[PGN]\d+>)+?)\.?$/, "$1$2 also attended the meeting."],
  [/(<P\d+> and <P\d+>) (?:chat|chats|confer|confers|pose|poses)\b/g, "$1 met"],
];

/** A cable's paragraph marking and the summary's label: "(C) ", "(SBU) Summary: ". */
const CABLE_MARK = /^(\s*)\((?:U|C|S|SBU|TS|S\/NF|C\/NF|S\/\/NF)\)\s+(?:Summary:\s+)?/;

/** A photograph's caption opening its line: "Photo 1 of 9: ", "Picture 3: ". */
export const CAPTION = /^(\s*)(?:Photo|Picture|Image|Slide) \d+(?: of \d+)?: /;

/** A factbox's line names its subject once and goes on without one: "* X - Greek foreign minister. Attended the plenary
 * and met Y. Handed Y a letter …". The sentences after the first of a bulleted line that open with a verb get the
 * line's person as their subject ("<P> attended the plenary …"); a line break ends the line. */
export function withBulletSubjects(articleText: string, abstracts: AbstractSentence[]): AbstractSentence[] {
  let subject: AbstractSentence["slots"][number] | undefined;
  let end = -1;
  return abstracts.map((a) => {
    const gap = articleText.slice(Math.max(0, end), a.sentence.start);
    if (end >= 0 && /\n/.test(gap)) subject = undefined;
    end = a.sentence.end;
    const opens = a.text.match(/^\s*[*•·▪‣-]\s+<P(\d+)>\s+[-–—:]\s/);
    if (opens) {
      subject = a.slots[Number(opens[1])];
      return a;
    }
    if (!subject || !BULLET_VERB.test(a.text)) return a;
    const text = a.text.replace(/^\s*(\p{Lu})/u, (_, c: string) => `<P${a.slots.length}> ${c.toLowerCase()}`);
    return { ...a, text, slots: [...a.slots, subject] };
  });
}
/**
 * A king and a queen named together ("King X of G and Queen Y began a state visit"): "the royal couple" after them is
 * the two, and so is "the visiting King and Queen" where the king's mention took only his post.
 */
export function withRoyalCouples(abstracts: AbstractSentence[]): AbstractSentence[] {
  let couple: [AbstractSentence["slots"][number], AbstractSentence["slots"][number]] | undefined;
  const royal = (x: AbstractSentence["slots"][number] | undefined, post: RegExp) => x?.kind === "Person" && !!x.key && post.test(x.title ?? x.titleRef?.title ?? "");
  return abstracts.map((a) => {
    let text = a.text;
    const slots = [...a.slots];
    const slotOf = (x: AbstractSentence["slots"][number]) => {
      const at = slots.findIndex((y) => y.key === x.key);
      return at >= 0 ? at : slots.push(x) - 1;
    };
    if (couple) {
      const [king, queen] = couple;
      text = text.replace(/\b[Tt]he royal couple\b/g, () => `<P${slotOf(king)}> and <P${slotOf(queen)}>`);
      text = text.replace(/<P(\d+)> and Queen\b(?! <P| [A-Z])/g, (m, i: string) => (slots[Number(i)]?.key === king.key ? `<P${i}> and <P${slotOf(queen)}>` : m));
    }
    // (a king and a queen named together, with the king's state between: "<P> of <G> and <P>")
    const pair = a.text.match(/<P(\d+)>(?: of (?:the )?<G\d+>)?,? and <P(\d+)>/);
    const [x, y] = pair ? [a.slots[Number(pair[1])], a.slots[Number(pair[2])]] : [];
    if (x && y && royal(x, /^(?:King|Emperor|Sultan|Grand Duke)$/i) && royal(y, /^(?:Queen|Empress|Grand Duchess)$/i)) couple = [x, y];
    return text === a.text ? a : { ...a, text, slots };
  });
}

/**
 * A transcript's speakers who call each other "my brother" ("KAYA: … my brother Elnur has invited me to Ganja"):
 * the words are a form of address, no kinship. "<S>'s dear brother <P>", said by S, is <P>; "<S>'s brother" with no
 * name after it is the one other person who speaks in the transcript (and "my dear sister <P>" is <P> too).
 */
export function withBrothersAddressed(abstracts: AbstractSentence[]): AbstractSentence[] {
  // (each turn's speaker, null for a label that is no person's, and all who speak, wherever their first turn is)
  const turns = abstracts.map((a) => {
    const label = a.text.match(SPEAKER_LABEL);
    const who = label ? a.slots[Number(label[1])] : undefined;
    return label ? (who?.kind === "Person" && who.key ? who : null) : undefined;
  });
  const speakers = new Map(turns.filter((x): x is AbstractSentence["slots"][number] => !!x).map((x) => [x.key!, x]));
  let current: string | undefined;
  return abstracts.map((a, n) => {
    if (turns[n] !== undefined) current = turns[n]?.key;
    if (!current || !/['’]s (?:dear )?(?:brother|sister)\b/.test(a.text)) return a;
    const own = (i: string) => a.slots[Number(i)]?.key === current;
    // (the other speaker so named, or anyone called "dear": "my brother Ilham", "my dear sister Leyla"; not a kinsman
    // named plainly, "my brother Omar, who farms near Ganja")
    let text = a.text.replace(/<P(\d+)>['’]s (dear )?(?:brother|sister),? <P(\d+)>/g, (m, i: string, dear: string | undefined, j: string) => (own(i) && (!!dear || (speakers.has(a.slots[Number(j)]?.key ?? "") && a.slots[Number(j)]?.key !== current)) ? `<P${j}>` : m));
    const others = [...speakers.values()].filter((x) => x.key !== current);
    const slots = [...a.slots];
    if (others.length === 1)
      text = text.replace(/<P(\d+)>['’]s (?:dear )?brother\b(?!,? <P)/g, (m, i: string) => {
        if (!own(i)) return m;
        const at = slots.findIndex((x) => x.key === others[0].key);
        return `<P${at >= 0 ? at : slots.push(others[0]) - 1}>`;
      });
    return text === a.text ? a : { ...a, text, slots };
  });
}

/** A transcript's answer speaks in the first person: "Hamish Falconer (Minister for the Middle East): I visited Muscat on
 * 9 April, where I met the Foreign Minister of Oman, X." From the line a speaker opens ("X (post):", "X:") to the next
 * heading or speaker, "I" and "me" are the speaker ("<P> visited Muscat …, where <P> met …"). A question put ("X (Lab):
 * To ask …") has no speaker who answers. */
export function withSpeakers(articleText: string, abstracts: AbstractSentence[]): AbstractSentence[] {
  let slot: AbstractSentence["slots"][number] | undefined;
  let lastOther: AbstractSentence["slots"][number] | undefined;
  let interviewee: AbstractSentence["slots"][number] | undefined;
  let asked = false;
  let end = -1;
  let lastSpeaker: AbstractSentence["slots"][number] | undefined;
  let outletAsks = false;
  // (an interview's questions in bold, "**You were in Juba this week. Who did you see?**", its answers the one
  // interviewed's, with no labels)
  let inBold = false;
  let answering = false;
  return abstracts.map((a) => {
    // (an answer goes on over paragraphs; a heading, a line with no full stop, ends it)
    const gap = articleText.slice(Math.max(0, end), a.sentence.start);
    // (not a record's time stamp or a bracketed note: "(1110)", "[Translation]")
    if (end >= 0 && /\n/.test(gap) && !/[.!?"”]\s*$/.test(a.sentence.text) && !/^\s*(?:\(\d{3,4}\)|\[[^\]]{1,30}\])\s*$/.test(a.sentence.text)) slot = undefined;
    end = a.sentence.end;
    // (a role's label, "HOST: ", "CALLER (…): ", ends a speaker's turn: its "I" is no one named)
    if (ROLE_LABEL.test(a.sentence.text)) slot = undefined;
    const opens = a.text.match(/^\s*<P(\d+)>(?: \([^)]{1,120}\)){0,2}:\s/);
    // (nor a page's "Reading Time: 4 minutes")
    if (opens && /^\s*<P\d+>(?: \([^)]{1,120}\)){0,2}:\s+(?:To ask\b|\d+\s*(?:min|mins|minutes?|seconds?)?\.?\s*$)/.test(a.text)) {
      slot = undefined;
      return a;
    }
    if (opens) slot = lastSpeaker = a.slots[Number(opens[1])];
    // (an outlet's question, "Euronews: … Minsk's minister has proposed meeting you at the crossing", to the next
    // answer: "you" the one it interviews)
    if (/^\s*<O\d+>:\s/.test(a.text)) outletAsks = true;
    else if (opens) outletAsks = false;
    if (outletAsks) {
      slot = undefined;
      const you = lastSpeaker ?? interviewee ?? a.slots.find((x) => x.kind === "Person" && x.key);
      return you && /\b[Yy]ou\b/.test(a.text) ? { ...a, text: a.text.replace(/\b[Yy]ou\b/g, `<P${a.slots.length}>`), slots: [...a.slots, you] } : a;
    }
    // (an interview's "Q:" is the interviewer's, its "A:" the one interviewed: the first person the article named
    // before its first question)
    const qa = a.text.match(/^\s*(Q|A|Question|Answer)\s*:\s/)?.[1];
    if (/^\s*\*\*/.test(a.sentence.text)) inBold = true;
    if (inBold) {
      // (a question, or any bold line once the questions have begun: "**There are reports that you visited X.**")
      if (/\*\*\s*$/.test(a.sentence.text)) [inBold, answering] = [false, answering || /\?\*\*\s*$/.test(a.sentence.text)];
      if (answering) asked = true;
      slot = undefined;
      return a;
    }
    if (qa === "Q" || qa === "Question") {
      asked = true;
      slot = undefined;
      return a;
    }
    // (not a heading's capitals: "THE ENVOY INTERVIEW")
    if (!asked) interviewee ??= a.slots.find((x) => x.kind === "Person" && x.key && /\p{Ll}/u.test(x.text));
    if ((qa || answering) && interviewee) slot = interviewee;
    const other = opens ? undefined : lastOther;
    lastOther = slot && [...a.slots].reverse().find((x) => x.kind === "Person" && x.key && x.key !== slot!.key);
    if (!slot) return a;
    // ("We last met in Beijing": the speaker and the one the answer named last)
    const we = other && WE_MET.test(a.text) ? a.text.replace(WE_MET, `$1<P${a.slots.length}> and <P${a.slots.length + 1}>`) : undefined;
    if (we) return { ...a, text: asPerson(we, a.slots.length), slots: [...a.slots, slot, other!] };
    if (!/\b(?:I|me)\b/.test(a.text)) return a;
    const speaker = a.slots.indexOf(slot);
    const at = speaker >= 0 ? speaker : a.slots.length;
    const text = asPerson(a.text, at);
    return { ...a, text, slots: speaker >= 0 ? a.slots : [...a.slots, slot] };
  });
}

/** The marks of a page's form read as no part of its sentences: a script's role labels, in capitals and naming no one
 * the article names ("NEWSREADER: ", "REPORTER (<P>, <L>): "; not an interview's "Q:" and "A:", nor a speaker's name),
 * a chamber's chair ("THE PRESIDENT: ", no president the article names), a record's time stamp after a speaker's name,
 * show notes' time codes, a quiz key's number and letter; and a message named by what it says ("a message of
 * condolence") read as a message. */
export function withoutRoleLabels(abstracts: AbstractSentence[]): AbstractSentence[] {
  return abstracts.map((a0) => {
    // (a record's time stamp after a speaker's name, "EIDE [12:06:20]: ", is no part of the label)
    let a = { ...a0, text: a0.text.replace(/^(\s*<P\d+>(?: \([^)]{1,120}\)){0,2}) \[\d{1,2}[:.]\d\d(?:[:.]\d\d)?\](?=:\s)/, "$1") };
    // (show notes' time codes and their chapter's heading, its day kept: "(01:40) Dili, Monday: X was received" → "On
    // Monday, X was received")
    const coded = a.text.match(/^\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s+((?:[^<:.]|<[LGO]\d+>){1,60}):\s+(?=\S)/);
    const day = coded?.[1].match(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/)?.[0];
    if (coded) return { ...a, text: `${day ? `On ${day}, ` : ""}${a.text.slice(coded[0].length)}` };
    // (a message named by what it says, "a message of condolence from X", as a message)
    if (/ of (?:condolences?|congratulations?|sympathy|support|solidarity|goodwill|thanks|gratitude)\b/.test(a.text)) a = { ...a, text: a.text.replace(/\b(letters?|messages?|notes?) of (?:condolences?|congratulations?|sympathy|support|solidarity|goodwill|thanks|gratitude)\b/g, "$1") };
    // (and a quiz's key, "3. a) The letter, from X, invites …": the answer's number and letter)
    const key = a.text.match(/^\s*\d{1,2}\.\s*[a-e]\)\s+(?=\S)/);
    if (key) return { ...a, text: a.text.slice(key[0].length) };
    const label = a.sentence.text.match(ROLE_LABEL);
    if (!label || /^(?:Q|A|QUESTION|ANSWER)$/.test(label[1])) return a;
    const text = a.text.replace(/^\s*(?:[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}|<[LOP]\d+>)(?: \((?:[^()<]|<[PLO]\d+>){1,120}\))?:\s+/, "");
    return text === a.text ? a : { ...a, text };
  });
}
/** A delegation named by who it is and by its head anywhere in the article ("the government delegation, led by X"): its
 * other mentions are X ("met the government delegation", "handed the government delegation a proposal"), and so is "X's
 * delegation" as a party one meets. A live blog tells its news in reverse, so the head may be named after. */
export function withDelegationHeads(abstracts: AbstractSentence[]): AbstractSentence[] {
  const heads = new Map<string, AbstractSentence["slots"][number]>();
  for (const a of abstracts)
    for (const m of a.text.matchAll(/\b[Tt]he ([a-z]+) delegation,? (?:led|headed) by (?:the )?<P(\d+)>/g)) {
      const head = a.slots[Number(m[2])];
      if (head?.key && !heads.has(m[1])) heads.set(m[1], head);
    }
  return abstracts.map((a) => {
    let slots = a.slots;
    const text = a.text.replace(/\b(with|met|handed|to|from|received) the ([a-z]+) delegation\b(?!,? (?:led|headed) by)/g, (all, w: string, kind: string) => {
      const head = heads.get(kind);
      if (!head) return all;
      slots = [...slots, head];
      return `${w} <P${slots.length - 1}>`;
    });
    // (and "X's delegation" met or handed something is X: "then with X's delegation on the fourth")
    const own = text.replace(/\b(with|met|handed|received) <P(\d+)>['’]s delegation\b/g, "$1 <P$2>");
    return own === a.text ? a : { ...a, text: own, slots };
  });
}

/** Which sentences are told inside a quotation: those after one left open, and those opening one that they do not give
 * to a name after it (""…," X told reporters" is the story's own sentence). */
export function quotedSentences(abstracts: readonly AbstractSentence[]): boolean[] {
  let open = false;
  return abstracts.map((a) => {
    const inside = open || (/^\s*["“]/.test(a.text) && !/["”],? <P\d+> (?:said|says|told|added|recalled|wrote)\b/.test(a.text));
    if ((a.text.match(/["“”]/g) ?? []).length % 2 === 1) open = !open;
    return inside;
  });
}

/** A script's recorded clip, "[CLIP: PETER PELLEGRINI, IN SLOVAK, VOICED OVER, 0'11"]": the quotation after it, to the
 * next line in brackets or label, is the one it names in capitals (a person the article names too), its "I" theirs. */
export function withClipSpeakers(abstracts: AbstractSentence[]): AbstractSentence[] {
  const people = abstracts.flatMap((a) => a.slots).filter((x) => x.kind === "Person" && x.key);
  let speaker: AbstractSentence["slots"][number] | undefined;
  return abstracts.map((a) => {
    const clip = a.sentence.text.match(/^\s*\[(?:CLIP|SOUNDBITE|SOT|ACTUALITY|AUDIO)\s*:\s*([^,\]]{3,60})/);
    if (clip) {
      const name = clip[1].trim().toLocaleUpperCase();
      speaker = people.find((x) => x.text.toLocaleUpperCase() === name || x.name?.toLocaleUpperCase() === name);
      return a;
    }
    if (/^\s*(?:\[|[A-Z][A-Z'-]+(?: \([^)]*\))?:)/.test(a.sentence.text)) speaker = undefined;
    return speaker ? withSpeakerAsI(a, speaker, (n) => n % 2 === 1 || !/"/.test(a.text)) : a;
  });
}
/** "NEWSREADER: ", "REPORTER (JAKUB KOVÁŘ, PRAGUE CASTLE): ": the label's first word (1). */
const ROLE_LABEL = /^\s*((?:THE (?:PRESIDENT|SPEAKER|DEPUTY SPEAKER|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|PRESIDING OFFICER)|M(?:R|ADAM)\.? (?:SPEAKER|PRESIDENT|CHAIR)|NEWSREADER|NEWSCASTER|PRESENTER|ANCHOR|HOST|CALLER|LISTENER|VIEWER|REPORTER|CORRESPONDENT|NARRATOR|ANNOUNCER|VOICEOVER|VOICE-OVER|INTERVIEWER))(?: \([^)]{1,120}\))?:\s/;

/** A letters page: each letter signed at its foot by a name alone on its line (a post or a place on the next), its "I"
 * and "me" the signer's, from the line after the letter before it. Two signed letters at least make the page. */
export function withLetterSigners(articleText: string, abstracts: AbstractSentence[]): AbstractSentence[] {
  const alone = (a: AbstractSentence) => /^\s*<P\d+>\s*$/.test(a.text) && /\n/.test(articleText.slice(a.sentence.end, a.sentence.end + 2)) && a.slots[0]?.kind === "Person" && !!a.slots[0].key;
  const signed = abstracts.flatMap((a, i) => (alone(a) && i > 0 ? [i] : []));
  if (signed.length < 2) return abstracts;
  const out = [...abstracts];
  let start = 0;
  for (const k of signed) {
    const signer = abstracts[k].slots[0];
    for (let j = start; j < k; j++) {
      // (outside quotation marks only)
      out[j] = withSpeakerAsI(out[j], signer, (n) => n % 2 === 0);
    }
    // (the line after the name is the signer's post or place)
    start = k + 2;
  }
  return out;
}

/** A memoir's or an essay's first person: "The following is an excerpt from … by X" makes the "I" and "me" of the
 * sentences after it X's, outside quotation marks (a quoted "I" is whoever speaks). */
export function withAuthor(abstracts: AbstractSentence[]): AbstractSentence[] {
  // (and a letter to the editor's, signed at its foot: "Dear Editor, I write … Munalula Sikota / Ambassador (Rtd)")
  let author: AbstractSentence["slots"][number] | undefined = signatory(abstracts);
  // (a thread of posts put back together: "X published 11 posts on X about his trip …" makes the quoted "I" of the
  // posts after it X's too, in a sentence that gives its words to no one else)
  let posts = false;
  let honoree: AbstractSentence["slots"][number] | undefined;
  return abstracts.map((a0, i) => {
    const a = honoree && author && i > 0 ? asHonoree(a0, honoree, author) : a0;
    if (!author && i < 12) {
      const thread = a.text.match(THREAD_BY);
      // ("he published …": the one the sentence before names alone)
      const before = abstracts[i - 1]?.slots.filter((x) => x.kind === "Person" && x.key);
      const poster = thread?.[1] !== undefined ? a.slots[Number(thread[1])] : new Set(before?.map((x) => x.key)).size === 1 ? before![0] : undefined;
      if (thread && poster?.kind === "Person" && poster.key) {
        author = poster;
        posts = true;
        return a;
      }
      // (an opinion piece's byline: "OPINION … By X | August 19, 2026")
      const byline = a.text.match(/^\s*By <P(\d+)>(?:\s*[|,]|\s*$)/) && abstracts.slice(0, i).some((x) => OPINION_MARK.test(x.sentence.text)) ? a.text.match(/<P(\d+)>/) : null;
      const by = a.text.match(AUTHORED_BY) ?? a.text.match(SPOKEN_BY) ?? byline;
      // ("As told to The Irrawaddy", a line of its own: the "I" is the one the next sentence to name anyone opens with)
      const told = !by && /^\s*As told to\b/.test(a.text) ? abstracts.slice(i + 1, i + 4).find((x) => x.slots.some((y) => y.kind === "Person" && y.key)) : undefined;
      const opener = told?.text.match(/^(?:[^<.;]{0,20} )?<P(\d+)>/)?.[1];
      const slot = by ? a.slots[Number(by[1] ?? by[2])] : opener !== undefined ? told!.slots[Number(opener)] : undefined;
      if (slot?.kind === "Person" && slot.key) author = slot;
      // (a speech in someone's honour: its "you" theirs)
      const honoured = by && SPOKEN_BY.test(a.text) ? a.slots[Number(a.text.match(SPEECH_FOR)?.[1] ?? NaN)] : undefined;
      if (honoured?.kind === "Person" && honoured.key && honoured.key !== author?.key) honoree = honoured;
      return a;
    }
    const posterMeets = posts && a.text.split('"').some((part, n) => n % 2 === 1 && POSTER_MEETING.test(part));
    if (!author || !(/\b(?:I|me)\b/.test(a.text) || posterMeets)) return a;
    const at = a.slots.indexOf(author) >= 0 ? a.slots.indexOf(author) : a.slots.length;
    const outside = a.text.split('"').filter((_, n) => n % 2 === 0).join('" "');
    const others = posts && [...outside.matchAll(QUOTE_GIVEN_TO)].some((x) => a.slots[Number(x[1] ?? x[2])]?.key !== author!.key);
    if (others) return a;
    // (outside quotation marks only: the segments between them, from the first, are quoted; a post's all)
    // (and a post's meeting with no one before it, the poster's: "Productive first meeting with <P>" is <A>'s)
    const text = a.text
      .split('"')
      .map((part, n) => (n % 2 && !posts ? part : asPerson(part, at)))
      .map((part, n) => (n % 2 && posts ? part.replace(POSTER_MEETING, (_, x: string) => `<P${at}>'s ${x.toLowerCase()}`) : part))
      .join('"');
    if (text === a.text) return a;
    return { ...a, text, slots: at === a.slots.length ? [...a.slots, author] : a.slots };
  });
}
/** A quotation's first person is the one it is given to: ""On Monday, I was received by X," <P> writes." makes the "I"
 * <P>; and so in the quotation's next sentences, in the same paragraph, given to no one else (""Y was present. I handed
 * X the letter.""). */
export function withQuotedSpeakers(articleText: string, abstracts: AbstractSentence[]): AbstractSentence[] {
  let speaker: AbstractSentence["slots"][number] | undefined;
  let open = false;
  let end = -1;
  return abstracts.map((a) => {
    // (a new paragraph ends the last speaker's quotation)
    if (end >= 0 && /\n/.test(articleText.slice(end, a.sentence.start))) speaker = undefined;
    end = a.sentence.end;
    const startsOpen = open;
    const quotes = (a.text.match(/"/g) ?? []).length;
    open = quotes % 2 === 1 ? !open : open;
    const given = a.text.match(QUOTE_THEN_SPEAKER) ?? a.text.match(SPEAKER_THEN_QUOTE) ?? (startsOpen ? null : a.text.match(SAID_THAT_THEN_QUOTE));
    const slot = given ? a.slots[Number(given[1])] : undefined;
    // (a sentence that starts outside the quotation, given to another or opening no new one, ends it)
    if (slot?.kind === "Person" && slot.key) speaker = slot;
    else if (!startsOpen && (given || !/^\s*"/.test(a.text))) speaker = undefined;
    // (only inside the quotation: its segments, the first one open when the sentence starts inside it)
    return speaker ? withSpeakerAsI(a, speaker, (n) => (n % 2 === 1) !== startsOpen) : a;
  });
}
/** A quotation of one or more sentences closed by a pronoun's words (""… I was present. …," she said."): its "I" and
 * "me" the one person the article gives that gender (`genders`), when there is one; or, of two sentences or more, by
 * a name's, that one's. */
export function withQuotedPronounSpeakers(articleText: string, abstracts: AbstractSentence[], genders: ReadonlyMap<string, "m" | "f">): AbstractSentence[] {
  const out = [...abstracts];
  let open = false;
  let run: number[] = [];
  for (const [i, a] of abstracts.entries()) {
    // (a quotation runs within its paragraph)
    if (run.length && /\n/.test(articleText.slice(abstracts[i - 1].sentence.end, a.sentence.start))) [run, open] = [[], false];
    const startsOpen = open;
    if ((a.text.match(/"/g) ?? []).length % 2 === 1) open = !open;
    if (!startsOpen && !open && !/"/.test(a.text)) continue;
    run.push(i);
    if (open) continue;
    const said = a.text.match(/[,.!?]"\s+(he|she) (?:said|says|added|replied|answered|told\b)/);
    const gender = said ? (said[1] === "she" ? "f" : "m") : undefined;
    const alone = gender ? [...genders].filter(([, g]) => g === gender).map(([k]) => k) : [];
    // (or closed by a name's: "… He accepted," Safadi said.", its sentences before that one too)
    const named = run.length > 1 ? a.text.match(/[,.!?]"\s+<P(\d+)> (?:said|says|added|replied|answered|told\b)/) : null;
    const speaker = named ? a.slots[Number(named[1])] : alone.length === 1 ? abstracts.flatMap((x) => x.slots).find((x) => x.kind === "Person" && x.key === alone[0]) : undefined;
    // (only inside the quotation: the run's first sentence opens it, the others start inside it)
    if (speaker) for (const j of run) out[j] = withSpeakerAsI(out[j], speaker, (n) => (n % 2 === 1) !== (j !== run[0]));
    run = [];
  }
  return out;
}
/** ""…," <P> writes": the quotation's speaker (1). */
const QUOTE_THEN_SPEAKER = /[,.!?]"\s+<P(\d+)> (?:writes|wrote|says|said|recalls|recalled|adds|added|reports|reported|told\b)/;
/** "<P> said that …, "which I presented …"": a report of one's words that ends in their own (1). */
const SAID_THAT_THEN_QUOTE = /^(?:[^<.;"]{0,40}(?:<[GL]\d+>)?, )?<P(\d+)> (?:said|says) (?:that )?[^";]{10,300}, "[^"]+"\.?\s*$/;
/** "<P> writes: "…"": the speaker (1). */
const SPEAKER_THEN_QUOTE = /<P(\d+)> (?:writes|wrote|says|said|recalls|recalled|adds|added):? "/;

/** The one who signs a letter to the editor: a name alone on its line among the last ones, after "Dear Editor," opens
 * it. */
function signatory(abstracts: AbstractSentence[]): AbstractSentence["slots"][number] | undefined {
  if (!/^\s*(?:Dear (?:Editor|Sir|Madam)|Sir|Madam),/.test(abstracts[0]?.sentence.text ?? "")) return undefined;
  const line = abstracts.slice(-8).find((x) => /^\s*<P\d+>\s*$/.test(x.text));
  const slot = line?.slots[Number(line.text.match(/\d+/)![0])];
  return slot?.kind === "Person" && slot.key ? slot : undefined;
}
/** "<P> published 11 posts on X about …", "he posted a series of posts": the author of the posts quoted after. */
const THREAD_BY = /^(?:[^<.;]{0,60} )?(?:<P(\d+)>|he|she) (?:[a-z]+ ){0,4}(?:published|posted|wrote|put out|sent) (?:\d+|[a-z]+|a (?:string|series) of) (?:posts|tweets|messages)\b/;
/** A post's meeting told with no one before it: "Productive first meeting with <P>", "The meeting with <P> that …". */
const POSTER_MEETING = /^(?:The |A |An |Our |My )?((?:[A-Za-z-]+ ){0,3}(?:meeting|talks|dinner|lunch|breakfast))(?= with <P\d+>)/;
/** A quotation given to someone in its sentence: "<P> said", "<P>'s reply:", "<P> backed him up on Thursday: "". */
const QUOTE_GIVEN_TO = /<P(\d+)>(?:['’]s)? (?:said|says|told|tells|wrote|writes|added|replied|reply|response|answer)\b|<P(\d+)> [^"<.;]{0,60}: ["“]/g;
/** A section's label over an opinion piece: "OPINION", "Op-Ed", "Commentary". */
const OPINION_MARK = /^\s*(?:OPINION|Opinion|OP-ED|Op-[Ee]d|COMMENTARY|Commentary|GUEST COLUMN|Guest [Cc]olumn)\b/;
/** A speech printed in full: "The following is the ministerial statement Prime Minister X delivered in Parliament". */
const SPOKEN_BY = /\b[Tt]he following is (?:the )?(?:full )?(?:text of )?(?:the |a |an )?(?:[a-z-]+ )?(?:statement|speech|address|remarks|lecture|testimony)\b[^.;<]{0,40}?(?:that |which )?<P(\d+)> (?:delivered|gave|made|read|presented)\b|\b(?:[Tt]he )?[Ff]ollowing is (?:the )?(?:full )?(?:text of )?(?:the |a |an )?(?:[a-z-]+ )?(?:statement|speech|address|remarks|lecture|toast)\b (?:as )?(?:delivered|given|made|read) by (?:<P\d+>, )?<P(\d+)>/;
/** The one a speech is given in honour of, its "you": "… at the State Dinner in honour of the Prime Minister of <G>,
 * <P>" (1). */
const SPEECH_FOR = /\bin hono(?:u)?r of (?:the [^<.;]{0,60}?<G\d+>, )?<P(\d+)>/;
/** The speech's "you" as its honoree: as a subject or an object, not the audience's ("some of you", "you all", "thank
 * you"). */
const SPEECH_YOU = /(?<!\b(?:[Oo]f|[Tt]hank|to) )\b[Yy]ou\b(?! all\b)/g;
/** "we signed", "we agreed": the speaker and the honoree, after "you and I". */
const SPEECH_WE = /\b[Ww]e (?=(?:[a-z]+ly )?(?:signed|met|agreed|held|discussed|talked|spoke|exchanged)\b)/g;
const AUTHORED_BY = /\b(?:memoirs?|excerpt|extract|book|essay|column|diary|recollections?|account|op-ed|reminiscences)\b[^.;]{0,160}?\bby (?:(?:former|the) (?:[a-z-]+ ){0,3})?<P(\d+)>/i;

/** The past of the verbs a cleft tells a deed with ("What she did was deliver …"). */
const CLEFT_PAST: Record<string, string> = { deliver: "delivered", carry: "carried", hand: "handed", take: "took", bring: "brought", meet: "met", visit: "visited", send: "sent", pass: "passed", convey: "conveyed" };

/** A transcript's speaker opening a turn: "<P>: ", "<P> (Foreign Secretary): " (the speaker's slot). */
export const SPEAKER_LABEL = /^<P(\d+)>(?: \([^)]{1,120}\)){0,2}: /;
/** The same, when the turn names someone after it (the meetings drop it then: it is no one's subject). */
const LABEL_BEFORE_NAMES = new RegExp(`${SPEAKER_LABEL.source}(?=.*<P)`);

/** "I" and "me", as words of their own (not "I'm" nor "Mme"). */
const FIRST_PERSON = /(?<![\w'’])(?:I|me)(?![\w'’])/g;
/** "I'll", "I've", "I'd": the first person and the verb it stands for. */
const FIRST_PERSON_CONTRACTED = /(?<![\w'’])I['’](ll|ve|d)\b/g;
const CONTRACTED: Record<string, string> = { ll: "will", ve: "have", d: "would" };
/** `a` with the "I" and "me" of the stretches between its quotation marks that `read` picks (by their index, the odd
 * ones quoted when the sentence starts outside a quotation) read as `speaker`, one more slot where `a` names no such. */
function withSpeakerAsI(a: AbstractSentence, speaker: AbstractSentence["slots"][number], read: (n: number) => boolean): AbstractSentence {
  if (!/\b(?:I|me)\b/.test(a.text)) return a;
  const at = a.slots.indexOf(speaker) >= 0 ? a.slots.indexOf(speaker) : a.slots.length;
  const text = a.text.split('"').map((part, n) => (read(n) ? asPerson(part, at) : part)).join('"');
  return text === a.text ? a : { ...a, text, slots: at === a.slots.length ? [...a.slots, speaker] : a.slots };
}

/** A speech's "you" as `honoree` and its "we" before a deed as the speaker and the honoree, outside quotation marks. */
function asHonoree(a: AbstractSentence, honoree: AbstractSentence["slots"][number], speaker: AbstractSentence["slots"][number]): AbstractSentence {
  if (!/\b(?:[Yy]ou|[Ww]e)\b/.test(a.text)) return a;
  const slots = [...a.slots];
  const at = (x: AbstractSentence["slots"][number]) => (slots.indexOf(x) >= 0 ? slots.indexOf(x) : slots.push(x) - 1);
  const text = a.text
    .split('"')
    .map((part, n) => (n % 2 ? part : part.replace(SPEECH_WE, () => `<P${at(speaker)}> and <P${at(honoree)}> `).replace(SPEECH_YOU, () => `<P${at(honoree)}>`)))
    .join('"');
  return text === a.text ? a : { ...a, text, slots };
}

/** The first person of `text` as the person in slot `at`: "I'll be back" → "<P3> will be back". */
function asPerson(text: string, at: number): string {
  // (and "my" as theirs: "convey my thanks to X")
  return text.replace(FIRST_PERSON_CONTRACTED, (_, v: string) => `<P${at}> ${CONTRACTED[v]}`).replace(FIRST_PERSON, `<P${at}>`).replace(/(?<![\w'’])[Mm]y(?![\w'’])/g, `<P${at}>'s`);
}

/** "We last met", "we have met twice": a speaker and another, together. */
const WE_MET = /^(\s*(?:[^<,.;]{0,30}, )?)We(?= (?:(?:last|first|have|had|already|also|then|previously|both) )*met\b)/;

/** A sentence opening with its verb, its subject left out: "Held separate meetings …", "Met X on Tuesday". */
const BULLET_VERB = /^\s*(?:Held|Met|Meets|Attended|Attends|Joined|Joins|Handed|Hands|Chaired|Chairs|Co-chaired|Sat|Sits|Signed|Signs|Received|Receives|Visited|Visits|Hosted|Hosts|Led|Leads|Took part|Takes part|Travelled|Traveled|Travels|Spoke|Speaks|Called|Calls|Delivered|Delivers|Carried|Carries|Conveyed|Conveys|Invited|Invites|Accepted|Accepts|Declined|Declines|Proposed|Proposes|Has|Had|Will|Is due|Was due|Briefed|Briefs|Stayed|Stays|Flew|Returned|Was|Is)\b/;

/** The same sentence with appositions collapsed: "<P1>, deputy director at <O2>, conveyed" → "<P1> conveyed",
 * "the <O1>'s political chief, <P2>, signed" → "<P2> signed". */
export function collapseAppositions(text: string): string {
  // "the <O1>'s political chief, <P2>," → "<P2>"
  return withoutStatesOfPeople(text.replace(/(?:the )?<[GO]\d+>'s? [A-Za-z][A-Za-z -]{1,40}, (<P\d+>)(?:,(?= )|(?=[.;]))/g, "$1"))
    // (not a list's next item: "met <P1>, <P2>, the <N3> prime minister, and …"; and a list goes on past one:
    // "by <P3>, as summit host, <P4> and <P5>" → "by <P3>, <P4> and <P5>")
    .replace(/(<[PGO]\d+>),(?! <[A-Z]\d+>,)(?: [^,;"]{2,120}?),(?= (<[PGO]\d+>)?)/g, (_, slot: string, next?: string) => (next ? `${slot},` : slot))
    // (and a source's aside before the subject's next verb: "<P> accepted, the <O> said, and asked <P> to …")
    .replace(/, (?:the )?<[OGP]\d+> (?:said|says|added|confirmed|reported)(?: in a statement)?,(?= and )/g, "");
}

/** The verb of inviting for a verb of asking that asks someone to come: "asks Y to be his guest", "asked him over". */
const INVITE_FOR_ASK: Record<string, string> = { ask: "invite", asks: "invites", asked: "invited", "has asked": "has invited", "had asked": "had invited" };

/** One more at the meeting just told, in a clause after it: ", which Y also attended", ", with Y completing the trio",
 * ", in which Y also participated" (the one named, 1, past a post set off before the name). */
const ALSO_AT_THE_TABLE = /, (?:which|with|in which) (?:the )?(?:[A-Z][a-z]+ )?(?:(?:[^<.;,]|<[NGO]\d+>){0,60}, )?(<P\d+>),? (?:also (?:attended|joined|sat in on)(?=[,.;])|(?:completing|making up|rounding out|rounding off) the (?:trio|quartet|group|party|table)\b|(?:also )?(?:participated|took part)\b)/g;

/** "<P1> of <G2>" read as "<P1>": the state a person is of goes with them ("President Faye of Senegal"). */
export function withoutStatesOfPeople(text: string): string {
  // (and a state's post set off before the name, with its style: "The Prime Minister of the <G>, Hon. <P>, received a
  // courtesy call from the Ambassador of the <G> to the <G>, His Excellency Mr <P>, at …"; or a body's: "a message from
  // the Chairman of the <O>, <P>, which he handed to …")
  // (and a transcript's speaker opening the turn, who is no one's subject: "<P>: <P> was received by …")
  return text
    .replace(LABEL_BEFORE_NAMES, "")
    .replace(/(<P\d+>) of (?:the )?<G\d+>(?=[ ,.;])/g, "$1")
    .replace(/\b[Tt]he [A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|of|and|for|the)){0,8} (?:of|to) (?:the )?<[GO]\d+>(?: (?:to|for) (?:the )?<[GO]\d+>)?, (?:(?:H\.?E|Dr|Mr|Mrs|Ms)\.? |His Excellency (?:Mr\.? |Dr\.? )?|Her Excellency (?:Mrs\.? |Ms\.? |Dr\.? )?)?(<P\d+>),( (?:which|who)\b)?/g, (_, p: string, rel: string | undefined) => (rel ? `${p},${rel}` : p));
}

const SLOT_RE = /<([A-Z])(\d+)>/g;

/** The slots named inside a matched group ("<P3> and <P5>" → [3, 5]). */
export function slotsIn(group: string | undefined): number[] {
  if (!group) return [];
  return [...group.matchAll(SLOT_RE)].map((m) => Number(m[2]));
}

/** After a list's later item: not one who speaks of the rest ("met A, B said" lists A alone). */
/** Between "signed" (and where) and those who signed: the year it was done, and posts they held then ("… signed in
 * <L> in December 1973 by then presidents A and B"). For the rules and the meetings that both read it. */
/** A speaker's friend or kin before a sender's name, "from <P>'s friend <P>" (the speaker's "my" made theirs). */
export const FRIEND_BEFORE = "(?:his|her|<P\\d+>['’]s) (?:old |good |dear )?(?:friend|brother|sister) (?=<P)";
/** The post set off before a letter's sender: "a letter from the Bolivian president, <P>", "from his prime minister, <P>"
 * (the words up to the name). */
// (or a post of a state or its body written out: "from the Chairman of <G>'s <O>, <P>", "from the President of <G>,
// <P>"; or of a city, "from the Mayor of <L>, <P>")
// (or a friend's, as a speaker calls them: "from my friend President <P>", after the speaker's "my" is theirs)
export const SENDER_POST = `(?:(?:the|his|her|their) (?:<N\\d+> )?(?:[A-Za-z-]+ ){0,2}[A-Za-z-]+, |${FRIEND_BEFORE}|the (?:[A-Z][a-z-]+ ){1,3}of (?:the )?(?:Republic of (?:the )?)?(?:<[LO]\\d+> of (?:the )?)?(?:<G\\d+>['’]s )?<[GOL]\\d+>(?: \\(<G\\d+>\\))?, )?`;
/** "witnessed the signing of a <D> … by A and the Permanent Secretary of <G>'s <O>, <O> and <O>, B": the document, then two
 * signers, each perhaps named after a post set off before the name. */
export const SIGNING_OF_BY = /\bthe signing of (?:a |an |the )?<D(\d+)>(?:[^<.;]|<[LGOE]\d+>){0,120}? by (?:(?:the |its |their )?(?:[^<,;.]|<[GON]\d+>){1,80}, )?<P(\d+)>(?:, (?:the )?[^<,;.]{1,60})?,? and (?:by )?(?:(?:the |its |their )?(?:[^<;.]|<[GON]\d+>){1,100}?, )?<P(\d+)>/;
/** ", which was inked by the Secretary-General of the <O>, <P>, and the <N> Undersecretary for …, <P>": two signers, each
 * named after a post set off before the name. */
export const SIGNED_BY_POSTS = /, (?:which|that) (?:was|were) (?:\w+ly )?(?:signed|inked) by (?:(?:the |its |their )?(?:[^<,;.]|<[GON]\d+>){1,80}, )?<P(\d+)>,? and (?:by )?(?:(?:the |its |their )?(?:[^<,;.]|<[GON]\d+>){1,80}, )?<P(\d+)>/;
/** Adverbs between two signers and "signed" ("A and his counterpart, B, today signed", "… jointly signed"), for the
 * rules and the meetings that both read it. */
export const SIGNING_ADVERBS = "(?:(?:jointly|formally|also|today|yesterday|later) )*";
/** Words before a document that say it was signed, read as "signed": a signing phrase ("put their names to",
 * "executed"), past "did" and a document told first ("did put their names to one document, a <D>"); "went on to sign";
 * "initialled each page before signing"; and, before "a", "an" or "the", "sat side by side to sign", "signed and
 * exchanged copies of", "signed in duplicate", "signed on the dotted line:". */
const SIGNED_SO = new RegExp(`\\b(?:(?:(?:did )?${SIGNING_PHRASE} (?:(?:one|a|a single) (?:document|text), )?|(?:went on|proceeded|moved on|then went on) to sign |initiall?ed (?:each|every) page before signing )(?=(?:the |a |an )?<D\\d+>)|(?:(?:sat|stood) side by side to sign|signed (?:and exchanged(?: copies of)?|in (?:duplicate|triplicate)|on the dotted line[:,])) (?=(?:a|an|the) <D\\d+>))`, "g");
// ("on September 13th, 1993, by"; and "by the military presidents of the day, A and B", "by the <O> (a post read as a
// body), A")
export const SIGNED_THEN_BY = "(?: (?:in|on) (?:\\d{1,2}(?:st|nd|rd|th)? )?(?:[A-Z][a-z]+ )?(?:\\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\\d\\d| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?)?,? by (?:(?:then[- ]|the then[- ]?)(?:[a-z-]+ ){0,2}(?:[a-z-]+, (?=<))?|the (?:[a-z-]+ ){0,2}(?:presidents|leaders|prime ministers|foreign ministers|ministers|heads of state|heads of government|kings) of the (?:day|time), (?=<)|the <O\\d+>, (?=<P))?";
export const NOT_A_SOURCE = "(?!,? (?:said|says|told|confirmed|added|announced|reported|stated|noted|wrote|tweeted|insisted)\\b)";

/** Expands rule macros: `@PG` → one placeholder of those kinds; `@@PG` → a list of them joined by commas/and. */
export function compilePattern(pattern: string, flags = ""): RegExp {
  const src = pattern
    // (a person of the list named with a state's possessive: "A and Thailand's B signed")
    .replace(/@@([A-Z]+)/g, (_, k: string) => `<[${k}]\\d+>(?:(?:,|, and| and| or| and to)(?: the| then)? ${k.includes("P") ? "(?:<G\\d+>['’]s (?=<P))?" : ""}<[${k}]\\d+>${NOT_A_SOURCE})*`)
    .replace(/@([A-Z]+)/g, (_, k) => `<[${k}]\\d+>`);
  return new RegExp(src, flags.includes("g") ? flags : flags + "g");
}
