// Applies the relation rules to one article's placeholder sentences and adds the relations that follow from
// the mentions themselves: offices from titles ("Japanese Foreign Minister Taro Kono"), state organs' owners,
// a passive "has been conveyed to X" that continues the last message, and "the declaration they signed".
import { debugOn } from "../../graph/debug.js";
import type { ExtractedRelation } from "../../graph/schema.js";
import type { Article, Evidence, RelationRecord, Sentence } from "../../graph/types.js";
import { nameOfAfter, type ResolvedMention } from "../entities/resolve.js";
import { AFFILIATION_TITLES, heldFormerly, OFFICE_TITLES, PORTFOLIO_WORDS, spelledOut, STATE_OF_TITLE, stateOfStyle, withoutThen } from "../entities/lexicon/titles.js";
import { NEWS_AGENCIES, sideOfOrganization } from "../entities/lexicon/organizations.js";
import { statesOfCity } from "../entities/gazetteer/cities.js";
import { countryByCapital, countryByDemonym, countryByKey, countryByName, countryBySeat, countryOfPlace, countryOfRegion, countryOfRegionalAdjective, countryOfTown, reignsAs, type Country } from "../entities/gazetteer/countries.js";
import { knownOfficeOf, type KnownOffice } from "../entities/gazetteer/office-holders.js";
import { collapseAppositions, compilePattern, quotedSentences, SENDER_POST, SIGNED_BY_POSTS, SIGNED_THEN_BY, SIGNING_OF_BY, slotsIn, SPEAKER_LABEL, type AbstractSentence } from "./abstract.js";
import { attributionOf } from "./attribution.js";
import { listedNames, stateNamedBefore } from "./meetings.js";
import { COMMUNICATION_RULES } from "./rules/communication.js";
import { PEOPLE_RULES } from "./rules/people.js";
import type { RelationRule } from "./rules/rule.js";
import { mayMatch } from "./required-text.js";
import { fits, type Gender } from "./gender.js";

/** Each rule with its regular expression and the fewest placeholders a sentence needs for it to yield an edge (two
 * ends; one for a rule with a single placeholder, whose other end is derived from it): most sentences name fewer. */
const RULES: { rule: RelationRule; re: RegExp; minSlots: number; may: (text: string) => boolean }[] = [...COMMUNICATION_RULES, ...PEOPLE_RULES].map((rule) => {
  const re = compilePattern(rule.pattern);
  return { rule, re, minSlots: Math.min(2, (rule.pattern.match(/@/g) ?? []).length), may: mayMatch(re) };
});

const OFFICE_WORDS = /\b(director|minister|official|spokes\w*|secretary|ambassador|envoy|chief|head|deputy|president|chairman|chair|commander|governor|counsellor|counselor|consul)\b/i;
const AFFILIATION = new RegExp(`\\b(${AFFILIATION_TITLES.join("|")})\\b`, "i");
/** Titles that are no state's office: a bare one gets no state from context. */
const NOT_A_STATE_OFFICE = /^(cardinal|archbishop|bishop|patriarch|rabbi|imam|(?:grand )?ayatollah|reverend|rev\.?|father|sister|professor|prof\.?|dr\.?|sheikh|sheikha|queen mother)$/i;
/** Titles that name the state by themselves (lower case → gazetteer key). */
const EUROPEAN_UNION = "organization:european-union";
const EUROPEAN_COMMISSION = "organization:european-commission";
const TITLE_OF_ONE_STATE: Record<string, string> = {
  "secretary of state": "united-states",
  "chief cabinet secretary": "japan",
  "state councilor": "china",
  taoiseach: "ireland",
  tánaiste: "ireland",
  tanaiste: "ireland",
  "external affairs minister": "india",
  eam: "india",
  pope: "vatican-city",
  "holy father": "vatican-city",
  "apostolic nuncio": "vatican-city",
  nuncio: "vatican-city",
};
/** One-state titles other states' governments also use (or have used), those states' own in a story from there:
 * general knowledge ("Minister for External Affairs" in Saint Lucia's cabinet, Sri Lanka's of old; the British
 * cabinet's Secretaries of State, "the Secretary of State, X" in a paper of the United Kingdom). */
const SHARED_ONE_STATE_TITLE: Record<string, string[]> = { "external affairs minister": ["saint-lucia", "sri-lanka"], "secretary of state": ["united-kingdom"] };
/** "Israeli officials said", "Egyptian sources say": whose voice a sentence carries. */
const VOICE = /^(?:'s)? (?:government |foreign ministry |security |intelligence |military |defen[cs]e )?(?:officials?|sources?|authorities|diplomats?|spokes(?:man|woman|person)|negotiators?|media|(?:foreign |defen[cs]e |interior )?ministry|presidency|government)\b[^<.;]{0,25}?\b(?:said|say|says|told|tell|confirmed|added|noted|stated|reported|insisted|claimed|believed?)\b/;
const KNOWN_TITLES = new Set(OFFICE_TITLES);
/** A cabinet post the lexicon knows, or one named by its portfolio as releases write it: "Minister of Foreign Affairs",
 * "Minister for Foreign Affairs and Trade", "Minister of State". */
// ("First Deputy Foreign Minister": a rank before a post known; and a South African province's minister, "Tourism
// and Environmental Affairs MEC")
const knownTitle = (title: string) => KNOWN_TITLES.has(title.toLowerCase()) || (/\.$/.test(title) && KNOWN_TITLES.has(title.toLowerCase().replace(/\./g, ""))) || KNOWN_TITLES.has(title.toLowerCase().replace(/^(?:first|acting|senior|principal) /, "")) || /^(?:chairman|chairwoman|chair|president) of the (?:cabinet|council) of ministers$/i.test(title) || /^(?:(?:deputy|vice|first|assistant|government counsellor-) ?)?(?:minister|secretary|undersecretary|under-secretary) (?:of|for) (?:state\b|(?:the )?[a-z]+(?:,? (?:and )?[a-z]+){0,6}$)/i.test(title) || listedPortfolios(title) || /^(?:[A-Z][a-z]+,? (?:(?:and|&) )?){1,7}(?:[Dd]eputy )?(?:[Mm]inister|MEC)$/.test(title) || lowerPortfolioPost(title);
/** A post named by portfolio words in lower case: "infrastructure minister", "energy and mines secretary". */
function lowerPortfolioPost(title: string): boolean {
  const m = title.match(/^([a-z]+(?:,? (?:and )?[a-z]+){0,3}) (?:minister|secretary)$/);
  return !!m && m[1].split(/,? (?:and )?/).every((w) => PORTFOLIO_WORDS.has(w[0].toUpperCase() + w.slice(1)));
}
/** Posts set off right before a name that, in a story from a state, are that state's (1): a cabinet post written out
 * (one the lexicon knows), the presidency's or the government's voice, the speaker's own envoy. */
const HOME_POSTS_BEFORE: { window: number; post: RegExp; known?: boolean; reason: string }[] = [
  {
    window: 120,
    // (or by its portfolio: "The Treasury Minister, Dr X,")
    post: /\b[Tt]he ((?:First |Deputy |Vice )?(?:Minister|Secretary|Undersecretary) (?:of|for) \p{Lu}[\p{L}&' -]*?(?:, \p{Lu}[\p{L}&' -]*?){0,3}|(?!(?:Prime|Chief|First|Deputy Prime|Deputy Chief|Deputy First) )(?:\p{Lu}[\p{L}-]+ ){1,3}Minister)(?: and (?:government )?spokes(?:man|woman|person))?, (?:(?:The )?Hon\.? |Mrs?\.? |Ms\.? |Dr\.? |Cllr\.? |Atty\.? |Engr\.? )?$/u,
    known: true,
    reason: "a cabinet post set off before the name, in a story from that state",
  },
  { window: 60, post: /\b[Tt]he (?:[Pp]residency|[Gg]overnment|[Pp]resident['’]s [Oo]ffice)['’]s ((?:chief )?spokes(?:man|woman|person)|press secretary), $/, reason: "the presidency's (government's) voice, in a story from that state" },
  // (or "for" it: "a spokesperson for the Chief Minister's Office, X"; or the head's adviser on the press: "The Special
  // Adviser to the President on Media and Publicity, Y")
  { window: 90, post: /\b(?:[Tt]he|[Aa]) ((?:chief )?spokes(?:man|woman|person) (?:for|of) the (?:President|Prime Minister|Chief Minister|Premier|Governor)(?:['’]s Office)?|(?:Senior )?Special (?:Adviser|Advisor|Assistant) to the (?:President|Prime Minister|Governor) on (?:Media|Press|Communications?)(?:,? (?:and )?\p{Lu}\p{L}+)*), $/u, reason: "the head's office's voice, in a story from that state" },
  // (and a local government's voice: "A spokesperson for the prefectural government, X")
  { window: 90, post: /\b(?:[Tt]he|[Aa]) ((?:chief )?spokes(?:man|woman|person) (?:for|of) the (?:prefectural|provincial|state|regional|county|city|municipal) government), $/, reason: "a local government's voice set off before the name, in a story from that state" },
  // (and a region's minister in lower case, the region the story's own: "the regional minister for economic
  // development, X", in a Spanish paper's story from Navarre)
  { window: 90, post: /\b[Tt]he ((?:regional|provincial) (?:minister|secretary) (?:for|of) [a-z]+(?: (?:and )?[a-z]+){0,4}), $/, reason: "a region's minister set off before the name, in a story from that state" },
  // (and a post of "the province's" (region's, state's), the story's own: "the province's Vice Governor for Economic
  // Affairs, X", "The region's spokesman, Y", "the region's president, Z")
  { window: 90, post: /\b[Tt]he (?:province|region|prefecture|state|territory|island|governorate)['’]s ((?:Vice |Deputy |First )?(?:[Gg]overnor|[Pp]remier|[Pp]resident|[Cc]hief [Mm]inister|[Ss]pokes(?:man|woman|person)|[Mm]ayor)(?: for (?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+)?), $/u, reason: "a post of the province (region) set off before the name, in a story from that state" },
  // (and a cabinet post with its ministry's letters before the name: "Minister of Public Housing, Spatial Planning,
  // Environment and Infrastructure (VROMI) X")
  { window: 160, post: /\b((?:Minister|Secretary) (?:of|for) \p{Lu}[\p{L}&' ,-]*?) \([A-Z]{2,8}\) $/u, reason: "a cabinet post with its ministry's letters before the name, in a story from that state" },
  { window: 60, post: /\b[Oo]ur ((?:ambassador|envoy|high commissioner|consul(?:[- ]general)?|charg[eé] d['’]affaires) (?:in|to) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?), (?:Mrs?\.? |Ms\.? |Dr\.? |Cllr\.? )?$/u, reason: "the speaker's own envoy, in a story from that state" },
];
/** A minister named by portfolio words ("Planning Minister", "Economy, Trade and Industry Minister"), or two posts held
 * together, one of them known ("Deputy Prime Minister and Foreign Minister"). */
function listedPortfolios(title: string): boolean {
  // (or a ministry's officer so named: "Foreign Affairs Principal Secretary", "Health Permanent Secretary")
  const m = title.match(/^(\p{Lu}[\p{L}-]+(?:,? (?:and )?\p{Lu}[\p{L}-]+){0,4}) (?:Minister|Principal Secretary|Permanent Secretary|Cabinet Secretary)$/u);
  if (m && m[1].split(/,? and |,? /).every((w) => PORTFOLIO_WORDS.has(w))) return true;
  const posts = title.split(" and ");
  return posts.length === 2 && posts.every((p) => /^\p{Lu}/u.test(p)) && posts.some((p) => KNOWN_TITLES.has(p.toLowerCase()));
}
/** A spokesperson of a government or presidency left unnamed: the dateline's state's (and a voice in the office of its
 * head: "Press Secretary in the Office of the Prime Minister"). */
const HOME_VOICE = /^(?:(?:government|presidential|presidency|cabinet|state house|foreign ministry) (?:chief |deputy )?spokes(?:man|woman|person)|presidential (?:aide|adviser|advisor)|president of the republic|(?:press secretary|spokes(?:man|woman|person)|chief of staff) in the office of the (?:prime minister|president))$/i;
/** Bare titles that a story's own state does not vouch for: a commander named in a story from Cairo may be Libyan. */
// (a rank "General", not the second word of a post: "Governor General", "Attorney General")
const NOT_HOME_TITLE = /\b(?:commander|(?<!\b(?:governor|attorney|solicitor|auditor|consul|director|secretary)[- ])general|colonel|field marshal|warlord|militia leader|rebel leader|opposition|gen|col|adm)\b/i;
/** After "led the Chinese": what a person leads for a state ("side", "delegation", "team"). */
const SIDE = /^(?:'s)? (?:side|delegation|team|negotiators|negotiating team|mission)\b/;
/** A monarch's titles: their state is the one of the article that has such a monarch. */
const MONARCH = /^(?:king|queen|emperor|emir|amir|sultan|crown prince)$/i;
const HEAD_OF_STATE = /^(president|vice president|prime minister|pm|king|queen|grand duke|grand duchess|emperor|leader|supreme leader|chancellor|premier|crown prince|prince|emir|sultan)$/i;
const debug = () => debugOn("rules");

export interface RelationContext {
  article: Article;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  /** Government key of each person as this article states it (from titles), for rules that need it. */
  governmentOf: Map<string, string>;
  /** The same from offices inferred, not stated ("Foreign Minister X of Bolivia" without a demonym), when no other. */
  weakGovernmentOf?: Map<string, string>;
  /** The country of the article's dateline, when it has one. */
  homeCountry?: string;
  /** The story is that country's own news agency's ("TOKYO, Kyodo --", "SEOUL (Yonhap) --"): it names its own
   * leaders with no country ("Prime Minister Junichiro Koizumi met North Korean leader Kim Jong Il"). */
  homeWire?: boolean;
  /** The dateline is that country's capital ("TEHRAN, April 18 -"): the one a visitor meets there is its host. */
  homeCapital?: boolean;
  /** With no home state, the one the story names most, for posts set off bare after a name ("X, the Premier,"). */
  namedMost?: string;
}

export class RelationSink {
  readonly out: RelationRecord[] = [];
  /** How many records of `out` have been read for offices (learnOffices). */
  learnedUpTo = 0;
  private seen = new Set<string>();
  constructor(private readonly article: Article) {}

  evidence(s: Sentence, rule: string): Evidence {
    const ev: Evidence = { article: this.article.id, text: s.text, start: s.start, end: s.end, rule };
    const who = attributionOf(s.text);
    if (who) ev.attribution = who;
    return ev;
  }

  add(relation: ExtractedRelation, source: string | undefined, target: string | undefined, s: Sentence, rule: string, extra: Partial<RelationRecord> = {}) {
    if (!source || !target || source === target) return;
    const id = `${relation}|${source}|${target}|${s.index}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    if (debug()) console.error(`rule: ${relation} ${source} -> ${target} (${rule}) «${s.text.slice(0, 80)}»`);
    this.out.push({ relation, source, target, evidence: this.evidence(s, rule), ...extra });
  }
}

export function extractRelations(ctx: RelationContext, abstracts: AbstractSentence[], sink: RelationSink): void {
  officesFromTitles(ctx, sink);
  postsOfStatesAfterNames(ctx, sink);
  counterpartsNamed(ctx, sink);
  statesAfterNames(ctx, sink);
  ownersOfOrganisations(ctx, sink);
  officesKnown(ctx, sink);
  const shuttle = new PaperShuttle();
  // (the states the titles told, for the rules of the first sentence too: "X of Bolivia handed Y a letter from Z, his
  // prime minister")
  ctx.weakGovernmentOf ??= new Map();
  learnOffices(sink, ctx.governmentOf, ctx.weakGovernmentOf);
  const log = debug();
  for (const a of abstracts) {
    if (log) console.error(`rules: sentence ${a.sentence.index}: ${a.text}`);
    const variants = [...new Set([a.text, collapseAppositions(a.text)])];
    const slots = (a.text.match(/<[A-Z]\d+>/g) ?? []).length;
    for (const { rule, re, minSlots, may } of RULES) {
      if (slots < minSlots || (rule.cue && !rule.cue.test(a.text))) continue;
      for (const text of variants) {
        // (the text the pattern cannot match without, tested on each variant: collapsing an apposition joins text)
        if (!may(text)) continue;
        re.lastIndex = 0;
        // (what a rule reads around its match, it reads in the text matched)
        const read = text === a.text ? a : { ...a, text };
        for (const m of text.matchAll(re)) applyRule(rule, m, read, ctx, sink);
      }
    }
    passiveConveyance(a, ctx, sink);
    letterHandedOn(a, sink);
    letterTakenToAddressee(a, sink);
    didAsAsked(a, sink);
    letterSenderNamedAfter(a, sink);
    letterCarriedOn(a, sink);
    letterDeliveredBy(a, abstracts, sink);
    letterHandedToWho(a, abstracts, sink);
    letterWhichHanded(a, sink);
    envoyNamedAfter(a, abstracts, sink);
    signedPostLine(a, abstracts, sink);
    takenOnBehalf(a, sink);
    documentTheySigned(a, abstracts, ctx, sink);
    visitAtInvitation(a, abstracts, sink);
    shuttle.sentence(a, sink);
    learnOffices(sink, ctx.governmentOf, ctx.weakGovernmentOf);
  }
  fellowHosts(ctx, sink);
  regionalPostsSetOff(ctx, sink);
  mayorsListed(ctx, sink);
  learnOffices(sink, ctx.governmentOf, ctx.weakGovernmentOf);
  postsOfTheirOwn(ctx, sink);
  postsOfBodies(ctx, sink);
  intermediariesDeliver(ctx, sink);
  officeTitlesAsHoldsOffice(sink);
  officesInStateOrgans(sink, ctx.homeCountry);
}

/** The state each state organ belongs to, as the rules found it ("a state organ named with its owner"). */
export function ownersOfOrgans(out: readonly RelationRecord[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const r of out) if (r.relation === "AFFILIATED_WITH" && r.source.startsWith("organization:") && r.target.startsWith("government:")) owner.set(r.source, r.target);
  return owner;
}

/** The organs every state has, by their keys: its parliament, its ministries and departments (not the United States'
 * own, named so in other states' stories), its offices of government, its forces. */
const NATIONAL_ORGAN = /^organization:(?:the-)?(?:national-assembly|senate|parliament|assembly-of-the-republic|(?:ministry|department)-of-(?:foreign|external)-affairs(?:-and-[a-z-]+)?|(?:ministry|department)-of-(?!state$|homeland-security$|defense$|the-)[a-z]+(?:-(?:and-)?[a-z]+){0,4}|dfa|foreign-(?:office|ministry)|office-of-the-(?:president|prime-minister)|(?:government|cabinet|presidential)-office|presidential-administration|(?:general|army|defence)-staff|defen[cs]e-forces|armed-forces|national-security-(?:council|secretariat)|state-border-guard-service)$/;

/** "Chinese Foreign Ministry spokesperson X": a post in a state's organ is a post of that state, for one the article
 * gives no state otherwise. */
function officesInStateOrgans(sink: RelationSink, home: string | undefined) {
  const owner = ownersOfOrgans(sink.out);
  const stated = new Set(sink.out.filter((r) => r.relation === "HOLDS_OFFICE" && r.target.startsWith("government:")).map((r) => r.source));
  for (const r of [...sink.out]) {
    // (or an organ every state has, named with no owner, in a story from a state: "the President of the National
    // Assembly, X", "Y, spokesperson of the Department of Foreign Affairs")
    const own = owner.get(r.target) ?? (home && NATIONAL_ORGAN.test(r.target) ? `government:${home}` : undefined);
    const state = r.relation === "HOLDS_OFFICE" && r.source.startsWith("person:") ? own : undefined;
    if (!state || stated.has(r.source)) continue;
    stated.add(r.source);
    sink.out.push({ ...r, target: state, weak: true, evidence: { ...r.evidence, rule: "a post in a state's organ is that state's" } });
  }
}

/** Paper carried between two sides that never meet: "X met Y at his hotel and collected a revised draft … He took it
 * across the bay and handed it to Z. Z's reply … and he carried it back to Y". Each handover is a message from the one
 * who gave the paper, through its carrier, to the one who got it. */
class PaperShuttle {
  /** The paper in a carrier's hands: the side it came from, its carrier, the sentence it was last moved in, and the
   * side it was last handed to (whose reply a carrier takes "back"). */
  private paper?: { from: string; carrier: string; at: number; to?: string; for?: string };

  /** Those named as envoys, representatives or mediators so far, or received as visitors, last named last. */
  private envoys: string[] = [];

  sentence(a: AbstractSentence, sink: RelationSink) {
    const key = (n: string | undefined) => (n === undefined ? undefined : keyOf(a.slots[Number(n)]));
    const person = (k: string | undefined) => (k?.startsWith("person:") ? k : undefined);
    for (const x of a.slots) if (x.kind === "Person" && x.key && /\b(?:envoy|representative|emissary|mediator)\b/i.test(x.title ?? "")) this.envoys.push(x.key);
    // (and a visitor received: "Sorensen was received on Monday in Belgrade by Vucic")
    const received = a.text.match(/<P(\d+)> was (?:[a-z]+ )?received\b/);
    if (received && person(key(received[1]))) this.envoys.push(person(key(received[1]))!);
    // "X handed Y a letter from Z": Y holds Z's letter now, to pass it on ("Y passed the letter to W")
    const handed = a.text.match(PAPER_HANDED);
    const holder = handed ? person(key(handed[2] ?? handed[1])) : undefined;
    const sender = handed ? key(handed[3]) : undefined;
    if (holder && sender && holder !== sender) {
      this.paper = { from: sender, carrier: holder, at: a.sentence.index };
      return;
    }
    // "Vucic handed the envoy written assurances, addressed to Kosovo Prime Minister Albin Kurti, that …", "Bislimi in turn
    // gave Sorensen Pristina's reply": the giver's paper, in the carrier's hands now (for the one it is addressed to)
    const own = a.text.match(PAPER_GIVEN_OWN);
    const giver = own ? person(key(own[1])) : undefined;
    // (or "the envoy": the envoy of the sentences just before)
    const bearer = own ? (own[2].startsWith("<") ? person(key(own[2].slice(2, -1))) : this.envoys.findLast((k) => k !== giver)) : undefined;
    if (own && giver && bearer && giver !== bearer) {
      const to = person(key(own[3]));
      this.paper = { from: giver, carrier: bearer, at: a.sentence.index, ...(to && to !== giver && to !== bearer ? { for: to } : {}) };
      if (to && to !== giver && to !== bearer) {
        sink.add("CONVEYED_VIA", giver, bearer, a.sentence, "paper given to a carrier, addressed to another: the carrier an intermediary");
        sink.add("CONVEYED_TO", giver, to, a.sentence, "paper given to a carrier, addressed to another: its addressee");
      }
      return;
    }
    // "X had also brought a letter from Z addressed to W": Z's letter in X's hands, for W ("She left it with Y")
    const bound = / addressed to | for /.test(a.text) ? a.text.match(PAPER_BROUGHT_FOR) : null;
    const [bearer0, from0, for0] = bound ? [person(key(bound[1])), key(bound[2] ?? bound[5]), person(key(bound[3] ?? bound[4]))] : [];
    if (bearer0 && from0 && for0 && new Set([bearer0, from0, for0]).size === 3) {
      this.paper = { from: from0, carrier: bearer0, at: a.sentence.index, for: for0 };
      // (the sender's, for its addressee, through its bearer)
      if (bound![4] !== undefined) {
        sink.add("CONVEYED_VIA", from0, bearer0, a.sentence, "a letter brought for its addressee: the bearer an intermediary");
        sink.add("CONVEYED_TO", from0, for0, a.sentence, "a letter brought for its addressee: its addressee");
        // (and handed over: "…, which she gave him over lunch")
        if (/^,? which (?:he|she) (?:later |then )?(?:gave|handed|passed|delivered)(?: it)?(?: over)?(?: to)? (?:him|her)\b/.test(a.text.slice(bound!.index! + bound![0].length))) sink.add("CONVEYED_TO", bearer0, for0, a.sentence, "a letter brought for its addressee, handed to the addressee");
      }
      return;
    }
    // "X conveyed to Y the greetings of Z to W": Z's greetings in Y's keeping now, for W ("Y passed them on to W")
    const greeted = / greetings | regards | wishes /.test(a.text) ? a.text.match(GREETINGS_FOR_ANOTHER) : null;
    const [keeper, sender0, meant] = greeted ? [person(key(greeted[1])), key(greeted[2]), person(key(greeted[3]))] : [];
    if (keeper && sender0 && meant && new Set([keeper, sender0, meant]).size === 3) {
      this.paper = { from: sender0, carrier: keeper, at: a.sentence.index, for: meant };
      return;
    }
    // "X had brought a letter from Z to W, and handed it to Y": Z's, through X and through Y, who has it now for W
    const brought = a.text.match(PAPER_BROUGHT_HANDED);
    const [bearer2, from2, to2] = brought ? [person(key(brought[1])), key(brought[2]), person(key(brought[4]))] : [];
    if (bearer2 && from2 && to2 && new Set([bearer2, from2, to2]).size === 3 && to2 !== key(brought![3])) {
      sink.add("CONVEYED_VIA", from2, bearer2, a.sentence, "a letter brought and handed to another: the carrier an intermediary");
      sink.add("CONVEYED_TO", bearer2, to2, a.sentence, "a letter brought and handed to another: delivered");
      // (the one handed it an intermediary where the letter is to another; where it names no addressee, its reader:
      // "had brought a letter from Z and handed it to Y")
      if (brought![3] !== undefined) sink.add("CONVEYED_VIA", from2, to2, a.sentence, "a letter brought and handed to another, for its addressee: the one handed it an intermediary");
      else sink.add("CONVEYED_TO", from2, to2, a.sentence, "a letter brought and handed to one, its addressee named nowhere else in the sentence: its reader");
      this.paper = { from: from2, carrier: to2, at: a.sentence.index };
      return;
    }
    // "X met Y … and collected a revised draft", "X collected the reply from Y"
    const taken = a.text.match(PAPER_TAKEN);
    if (taken) {
      const carrier = person(key(taken[1] ?? taken[3]));
      const from = person(key(taken[2] ?? taken[4]));
      if (carrier && from && carrier !== from) this.paper = { from, carrier, at: a.sentence.index };
      // (and handed on in the same sentence: "… and handed it to Z")
      const on = this.paper?.at === a.sentence.index ? a.text.slice(taken.index! + taken[0].length).match(PAPER_GIVEN) : null;
      const to = on ? person(key(on[2])) : undefined;
      if (!on || !to || !this.paper || to === this.paper.carrier || to === this.paper.from) return;
      handOver(sink, a.sentence, this.paper.from, this.paper.carrier, to, "paper taken from a side and handed to the other");
      this.paper = { ...this.paper, to };
      return;
    }
    // "By the evening he had carried back Z's written reply": Z's, through the carrier, to the side the paper came from
    const back = this.paper && a.sentence.index - this.paper.at <= 2 ? a.text.match(/\b(?:carried|brought|took|taken) back (?:the )?<P(\d+)>['’]s (?:[a-z-]+ ){0,2}(?:reply|response|answer|counter-proposal)\b/) : null;
    if (back && this.paper?.to && person(key(back[1])) === this.paper.to) {
      const { carrier, from: to, to: from } = this.paper;
      handOver(sink, a.sentence, from, carrier, to, "a reply carried back");
      this.paper = { from, carrier, at: a.sentence.index, to };
      return;
    }
    // "He took it … and handed it to Z", "he carried it back to Y"
    const p = this.paper;
    const given = p && a.sentence.index - p.at <= 2 ? a.text.match(PAPER_GIVEN) : null;
    if (!given || !p) return;
    // (its subject: the last name or "he" before the verb, not one whose reply it is: "Y's reply …, and he carried it")
    const subject = [...a.text.slice(0, given.index!).matchAll(/<P(\d+)>(?!['’]s)|\b(?:[Hh]e|[Ss]he)\b/g)].pop();
    const carrier = subject?.[1] !== undefined ? person(key(subject[1])) : p.carrier;
    const to = person(key(given[2] ?? given[3]));
    if (carrier !== p.carrier || !to || to === carrier) return;
    // (back to the side it came from: the reply of the side it was handed to)
    const from = to === p.from && p.to ? p.to : p.from;
    if (from === to) return;
    // ("X said he would deliver the letter to the president": the carrier's, to its addressee, not yet delivered)
    const ahead = !!given[1];
    // (a paper addressed to another, handed to one who is not that one: through that one too, "X gave her a letter
    // addressed to Z. She carried that letter to L and handed it to Y, who took it to Z")
    const through = !!p.for && to !== p.for && from === p.from;
    if (through && !ahead) {
      sink.add("CONVEYED_VIA", from, carrier, a.sentence, "paper addressed to another, handed to a second carrier: the carrier an intermediary");
      sink.add("CONVEYED_TO", carrier, to, a.sentence, "paper addressed to another, handed to a second carrier: delivered");
      sink.add("CONVEYED_VIA", from, to, a.sentence, "paper addressed to another, handed to a second carrier: the one handed it an intermediary");
    } else handOver(sink, a.sentence, from, carrier, to, "paper taken from a side and handed to the other", { delivered: !ahead });
    this.paper = { from: p.from, carrier, at: a.sentence.index, to, ...(p.for ? { for: p.for } : {}) };
    // ("… and handed them to Y, who passed them on to Z the same evening": through Y too, to Z)
    // (past Y's apposition: "… to Y, the minister whom W had named, and who took it to Z")
    const onward = ahead ? null : a.text.slice(given.index! + given[0].length).match(/^(?:, (?:[^<;.]|<[GNOP]\d+>){0,80}?)?,? (?:and )?who (?:then |later )?(?:passed|handed|forwarded|gave|took|delivered) (?:it|them) (?:on |over )?to (?:the )?(?:<P(\d+)>|(Presidency|President['’]s Office|Office of the President|Palace|palace)\b)/);
    // (or to the office of the one it is addressed to: "… with Y, who took it to the Presidency that same evening")
    const next = onward?.[2] && p.for ? p.for : onward ? person(key(onward[1])) : undefined;
    if (next && through && next !== to && next !== from) {
      sink.add("CONVEYED_TO", to, next, a.sentence, "paper handed on again: delivered");
      sink.add("CONVEYED_TO", from, next, a.sentence, "paper handed on again: its addressee");
    } else if (next && next !== to && next !== from) {
      handOver(sink, a.sentence, from, to, next, "paper handed on again", { via: "the one it was handed to an intermediary" });
    }
  }
}
/** One handover of paper: `from`'s, through `carrier`, to `to` (handed to them unless `delivered` is false: still
 * ahead); `what` names the rule. */
function handOver(sink: RelationSink, s: Sentence, from: string, carrier: string, to: string, what: string, o: { delivered?: boolean; via?: string } = {}) {
  sink.add("CONVEYED_VIA", from, carrier, s, `${what}: ${o.via ?? "the carrier an intermediary"}`);
  if (o.delivered !== false) sink.add("CONVEYED_TO", carrier, to, s, `${what}: delivered`);
  sink.add("CONVEYED_TO", from, to, s, `${what}: its addressee`);
}
/** "X (has) received Y", "X welcomed the Y": the host (1), the guest (2), not one of a pair received. */
const RECEIVED_GUEST = /<P(\d+)> (?:has |had )?(?:received|welcomed|hosted) (?:the )?<P(\d+)>(?! and <P)/;
/** A guest (1) received by a host (2): "X was received in <L> by Y". */
const RECEIVED_BY_HOST = /<P(\d+)> (?:was|had been|has been) (?:warmly |formally |later )?(?:received|welcomed|hosted)(?: (?:in|at) (?:the )?<[LO]\d+>)?(?: (?:on|this|that) \w+)? by (?:the )?<P(\d+)>/;
/** The host: one who received a guest (1), or "a dinner … given by X for Y" (3). */
const HOST_OF_GUEST = new RegExp(`${RECEIVED_GUEST.source}|\\b(?:dinner|lunch|luncheon|banquet|reception|breakfast)\\b[^.;]{0,60}? (?:given|hosted|offered) by (?:the )?(?:[A-Z][a-z]+ )?<P(\\d+)> (?:for|in honou?r of) `);
/** "X had also brought a letter from Z addressed to W": the bearer (1), the sender (2), the addressee (3). */
// (or the other way about: "X had also brought a letter for W from Z": the addressee (4), the sender (5))
const PAPER_BROUGHT_FOR = /^(?:[^<.;]{0,30})?<P(\d+)>(?: had| has)?(?: also)? (?:brought|carried) (?:a |an |the )?(?:[a-z-]+ )?(?:letter|message|note)s? (?:from (?:the )?<P(\d+)>,? (?:addressed to|for) (?:the )?<P(\d+)>|for (?:the )?(?:<[LGN]\d+>['’]s [^<,;.]{1,60}, )?<P(\d+)>,? from (?:the )?(?:<[LGN]\d+>['’]s [^<,;.]{1,60}, |[a-z]+ of (?:the )?<[LGO]\d+>, )?<P(\d+)>)(?=[.;,]| (?:to|at|in|on)\b)/;
/** "X conveyed to Y the greetings of Z to W": the one they were conveyed to (1), whose they are (2), for whom (3). */
const GREETINGS_FOR_ANOTHER = /\b(?:conveyed|delivered|relayed|passed on) to (?:the )?<P(\d+)> (?:the |a )?(?:[\w-]+ ){0,2}(?:greetings|regards|wishes|best wishes) of (?:the )?(?:(?:<[NG]\d+> )?(?:[A-Z][a-z]+ ){0,3})?<P(\d+)> to (?:the )?(?:(?:<[NG]\d+> )?(?:[A-Z][a-z]+ ){0,3})?<P(\d+)>/;
const PAPERS = "(?:draft|text|proposal|counter-proposal|reply|response|letter|message|note|document|paper|list|position paper|amendments?)s?";
const PAPER_TAKEN = new RegExp(
  `<P(\\d+)>[^.;<]{0,60}?\\b(?:met|visited|saw|called on) (?:the )?<P(\\d+)>[^.;]{0,80}?\\band (?:collected|received|picked up|took|was given|obtained) (?:a |an |the |his |her |their )?(?:[a-z-]+ ){0,2}${PAPERS}\\b|<P(\\d+)>[^.;<]{0,40}?\\b(?:collected|picked up|took) (?:a |an |the |his |her |their )?(?:[a-z-]+ ){0,2}${PAPERS} from (?:the )?<P(\\d+)>`,
);
/** "X had brought a letter from Z to W, and handed it to Y": X, Z, W (if told), Y. */
// (a sender's clause of its own after the name, "from Z, who was re-elected last month, and presented it to Y"; "bore")
const PAPER_BROUGHT_HANDED = /<P(\d+)>(?: had)? (?:brought|carried|taken|took|bore|borne) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:letter|message|note)s? from (?:the )?<[PG](\d+)>(?: (?:to|for) (?:the )?<P(\d+)>)?(?:, (?:who|which) [^<,;.]{1,60},)?,? and (?:then |later )?(?:handed|gave|passed|delivered|presented)(?: it| them)?(?: over| on)? to (?:the )?<P(\d+)>/;
// (or "him", "her", of the one called on or met before: "X called on Y at the ministry and handed her a letter from Z")
const PAPER_HANDED = /<P\d+>(?:[^.;<]|<[GL]\d+>){0,40}?(?:\b(?:called on|met) (?:the )?<P(\d+)>(?:[^.;<]|<[GL]\d+>){0,40}?)? (?:handed|gave|passed|delivered to) (?:the )?(?:<P(\d+)>|him|her) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:letter|message|note)s? from (?:the )?<[PG](\d+)>/;
/** "X handed the envoy written assurances, addressed to Z, …", "X gave Y Pristina's reply": the giver; the carrier; the
 * addressee, if told. */
const PAPER_GIVEN_OWN = /<P(\d+)>(?: had)?(?: in turn| then| later)? (?:handed|gave|given|entrusted) (?:the )?(<P\d+>|envoy|emissary|mediator) (?:a |an |the |his |her |(?:<[GP]\d+>|[A-Z][a-z]+)['’]s )?(?:written |verbal |signed |new |revised |sealed |personal )?(?:assurances|guarantees|reply|response|answer|proposal|counter-proposal|draft|text|(?:letter|message|note)(?=,? addressed to))\b(?:,? addressed to (?:the )?(?:<[NG]\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>)?/;
// (or left with one: "She left it with Y")
const PAPER_GIVEN = /\b(?:handed|delivered|passed|gave|took|carried|brought|(would|will|is to|was to) (?:hand|deliver|pass|give|take|carry|bring)) (?:it|them|the (?:draft|text|proposal|counter-proposal|reply|response|letter|message|assurance|guarantee)s?) (?:back |over |on )?(?:across [^,.;<]{0,30} )?to (?:the )?(?:<[GN]\d+>['’]s [^<,;.]{1,60}, )?<P(\d+)>|\bleft (?:it|them|the (?:letter|message|note|reply)) with (?:the )?(?:<[GN]\d+>['’]s [^<,;.]{1,60}, )?<P(\d+)>/;

/** A state office stated in apposition ("Azerbaijan's president, X,") tells later sentences X's state, as a title does. */
function learnOffices(sink: RelationSink, governmentOf: Map<string, string>, weak?: Map<string, string>) {
  for (let i = sink.learnedUpTo; i < sink.out.length; i++) {
    const r = sink.out[i];
    if (r.relation !== "HOLDS_OFFICE" || !r.target.startsWith("government:")) continue;
    if (!r.weak && !governmentOf.has(r.source)) governmentOf.set(r.source, r.target);
    else if (r.weak && weak && !weak.has(r.source)) weak.set(r.source, r.target);
  }
  sink.learnedUpTo = sink.out.length;
}

/** "… by the head of <P>'s diplomatic office, who flew to L … The diplomat, X, …": a go-between told first by a post
 * only and named in the next sentence is X there too (the post's phrase becomes X's placeholder). */
const POST_NAMED_NEXT = /^The (?:<N\d+> )?(?:senior |new )?(?:diplomat|envoy|adviser|advisor|official|emissary|aide|head|[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Cc]ommissioner), <P(\d+)>,/;
// (or a state's envoy there: "… and the Namibian ambassador in Havana. The diplomat, X, took up her post last year.")
const POST_ONLY = /\bthe (?:[Cc]hairman|[Cc]hairwoman|[Gg]overnor|[Mm]ayor|[Pp]remier|[Hh]ead) of (?:<G\d+>['’]s )?<L\d+> (?:region|province|oblast|governorate|prefecture|district|city)\b(?!,? <P)|\bthe head of (?:the )?(?:<[OPGN]\d+>['’]s )?(?:[a-z-]+ ){0,3}(?:office|unit|cell|department|team|staff|cabinet)\b(?!,? <P)|(?:\bthe <N\d+>|<[GO]\d+>['’]s) (?:new |senior |top )?(?:(?:deputy|assistant|vice) )?(?:[Cc]onsul[- ][Gg]eneral(?= in <L)|[Cc]ommissioner for (?:[A-Z][a-z]+|<O\d+>)(?:(?:,| and)? (?:[A-Z][a-z]+|<O\d+>)){0,6}(?![^.;]*<P)|[Aa]mbassador|[Hh]igh [Cc]ommissioner|envoy|secretary-general|director-general|under-?secretary|permanent secretary|chief of staff)(?: (?:in|to) (?:the )?<[LG]\d+>| for (?:[a-z-]+ ){0,2}[a-z-]+)?(?![^.;]*<P\d+>(?!['’]s))|\bthe <[GN]\d+> (?:Special )?(?:Presidential )?(?:Envoy|Ambassador|Representative)(?: (?:for|to|on) (?:<[OGL]\d+>|(?:[A-Z][a-z-]+ ){0,2}[A-Z][a-z-]+))?(?![^.;]*<P)/;
export function withPostsNamedNext(abstracts: AbstractSentence[]): AbstractSentence[] {
  return abstracts.map((a, i) => {
    const next = abstracts[i + 1]?.text.match(POST_NAMED_NEXT);
    // (or the post capitalised, read as the name's title: "The Ambassador, X, presented her credentials")
    const titled = next ? null : abstracts[i + 1]?.text.match(/^<P(\d+)>/);
    const post = titled ? abstracts[i + 1].slots[Number(titled[1])] : undefined;
    const named = next ? abstracts[i + 1].slots[Number(next[1])] : /^The (?:Ambassador|High Commissioner|Commissioner|Envoy)\b/.test(abstracts[i + 1]?.sentence.text ?? "") && /^(?:Ambassador|High Commissioner|Commissioner|Envoy)$/.test(post?.title ?? "") ? post : undefined;
    if (!named?.key || !POST_ONLY.test(a.text)) return a;
    return { ...a, text: a.text.replace(POST_ONLY, `<P${a.slots.length}>`), slots: [...a.slots, named] };
  });
}

/**
 * The sentences with their pronouns resolved, in order, each against the ones before as resolved: "Haugland met
 * Dawit. She told her counterpart … She also asked him to …" gives both "She" Haugland and "him" Dawit.
 */
export function resolvePronouns(abstracts: AbstractSentence[], genders: Map<string, Gender> = new Map(), date?: string, narrator?: string): { all: AbstractSentence[]; objects: AbstractSentence[] } {
  const all: AbstractSentence[] = [];
  const objects: AbstractSentence[] = [];
  let visitor: AbstractSentence["slots"][number] | undefined;
  let guest: AbstractSentence["slots"][number] | undefined;
  let host: AbstractSentence["slots"][number] | undefined;
  const holders: Holders = new Map();
  let lastTwo: [AbstractSentence["slots"][number], AbstractSentence["slots"][number]] | undefined;
  let lastLeaders: typeof lastTwo;
  let lastTwoAt = -Infinity;
  let turns: string[] = [];
  const mentioned = new Map<string, { slot: AbstractSentence["slots"][number]; n: number; at: number }>();
  let lastDocument: { slot: AbstractSentence["slots"][number]; at: number } | undefined;
  // (the wives and husbands the article names as such, for a later "his wife", "her husband")
  const spouses = { wife: new Map<string, AbstractSentence["slots"][number]>(), husband: new Map<string, AbstractSentence["slots"][number]>() };
  const quoted = quotedSentences(abstracts);
  for (const given of abstracts) {
    // (a pair told again long after it was named: the sentences just before name no one else)
    // ("both leaders" are the last two leaders named together, not the pair of negotiators named since)
    const leaders = LEADERS_PAIR.test(given.text) && lastTwo && !lastTwo.every((x) => leads(holders, x.key)) ? lastLeaders : undefined;
    // (the posts of those the sentence names before its anaphor count too: "… called on President X …, and an
    // invitation for the Guyanese Head of State to attend …")
    // (those named before are noted after, as the sentence may take a post of theirs from another one)
    const people = given.slots.filter((slot) => slot.kind === "Person" && slot.key);
    const known = new Set(people.filter((slot) => holders.has(slot.key!)));
    for (const slot of people) if (!known.has(slot)) notePosts(holders, slot, date);
    const lastNamed = all.slice(-3).reverse().find((x) => x.slots.some((y) => y.kind === "Person" && y.key));
    // (or up to five back, where those named since are only the pair: "A and B sat down … "…," A told Yle. … The
    // ministers did put their names to …")
    const onlyPairSince = !!lastTwo && all.length - lastTwoAt <= 5 && all.slice(lastTwoAt + 1).every((x) => x.slots.every((y) => y.kind !== "Person" || !y.key || lastTwo!.some((p) => p.key === y.key)));
    const raw0 = withPairResolved(withPostPairResolved(withPostResolved(given, holders, all[all.length - 1], lastNamed), all.slice(-3), holders), leaders ?? lastTwo, (all.length - lastTwoAt <= 3 && (lastTwoAt === all.length - 1 || !all.slice(-1).some((x) => x.slots.some((y) => y.kind === "Person" && y.key)))) || onlyPairSince);
    // (a pronoun and another after a clause of time, the clause's subject: "Before <P> left, he and <P> signed" is "<P>
    // and <P>"; "The last time <P> was at the ground, in June 2024, he and <P> watched"; "Before the Kosovar minister
    // set off …, she and <P> signed")
    const raw = { ...raw0, text: raw0.text.replace(/^((?:Before|After|When|As|Once|The (?:last|first) time) (?:the )?<P(\d+)> (?:[^<,.;]|<[LGOT]\d+>){1,60}, (?:(?:in|on) [^<,.;]{1,30}, )?)(?:he|she) and (?=<P\d+>)/, "$1<P$2> and ") };
    for (const slot of known) notePosts(holders, slot, date);
    noteAppositePosts(holders, given);
    noteStates(holders, given);
    noteCounterparts(holders, given);
    // ("A and B", "the chancellor of Peru, A, and the Chilean foreign minister, B")
    // (and "A and his Ugandan counterpart, B")
    // (or a host and a guest: "X hosted G's President Y")
    // (the last pair the sentence names: "A and B signed …, after talks joined by C and D. The two ministers also
    // signed")
    // (and one with the counterpart named after a verb: "X gave the signed inventory to his
    // Montenegrin counterpart, Y")
    const named = [...raw.text.matchAll(/<P(\d+)>,? and (?:(?:his|her|their) (?:<N\d+> )?counterpart,? )?<P(\d+)>|<P(\d+)>, and (?:the |his |her )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,3}[a-z-]+, <P(\d+)>|<P(\d+)> (?:hosted|received|welcomed) (?:<G\d+>['’]s )?<P(\d+)>(?![^.;]*<P)|<P(\d+)> [a-z][^<.;]{0,60}? (?:to|with) (?:his|her|their) (?:<N\d+> )?counterpart,? <P(\d+)>(?![^.;]*<P)/g)].pop();
    const [x, y] = named ? [named[1] ?? named[3] ?? named[5] ?? named[7], named[2] ?? named[4] ?? named[6] ?? named[8]].map((i) => raw.slots[Number(i)]) : [];
    if (x?.key && y?.key) [lastTwo, lastTwoAt] = [[x, y], all.length];
    if (x?.key && y?.key && leads(holders, x.key) && leads(holders, y.key)) lastLeaders = [x, y];
    for (const x of raw.text.matchAll(SPOUSE_NAMED)) {
      const [kind, i] = x[1] ? [x[1], x[2]] : [x[3].replace(/^(?:his|her) /, ""), x[4]];
      const slot = raw.slots[Number(i)];
      // ("the husband of <P>": she is a wife)
      const as = x[1] ? (kind === "husband" ? "wife" : "husband") : kind;
      if (slot?.key) spouses[as as "wife" | "husband"].set(slot.key, slot);
    }
    const seen0 = withReportedSubject(withSpouseResolved(raw, spouses), genders);
    const seen = withDocumentResolved(withWhomResolved(withObjectPronounResolved(withProposerListed(withVisitorResolved(seen0, visitor, guest, host), genders), genders, all.length - lastTwoAt <= 2 ? lastTwo : []), genders), lastDocument && all.length - lastDocument.at <= 3 ? lastDocument.slot : undefined);
    const document = [...raw.slots].reverse().find((x) => x.kind === "Document" && x.key);
    if (document) lastDocument = { slot: document, at: all.length };
    // (or the one told arriving: "Minister X arrived in <L> yesterday and was welcomed …")
    // (or the one told calling on a host: "<G>'s foreign minister, X, yesterday called on President Y at …")
    // (or the one whose week a story goes through: "X's public schedule for the week" makes "A meeting with Y" his)
    // (or the one a visit is by, a body's post set off first: "a working visit to <G> by the President of the <O>, X")
    // (or the one told crossing over: "The president of the <O>, X, took the ferry to <L> on Monday")
    // (or the one told in a place or coming to it: "X, the minister-president of <L>, was in <L> on Thursday")
    const v = raw.text.match(/\b[Vv]isiting (?:the )?<P(\d+)>|<P(\d+)>['’]s (?:[a-z]+ ){0,2}(?:schedule|diary|itinerary|programme|calendar)\b|^(?:<L\d+>,?[^<.;]{0,20}?[—–-]+ )?(?:[^<.;]{0,30} )?<P(\d+)> (?:arrived|landed) (?:in|at) <L\d+>|^(?:[^<.;]{0,60} )?<P(\d+)>,[^.;]{0,200}? on (?:the (?:first|second|third|final|last) day of )?(?:a|an|his|her) (?:[\w-]+ ){0,2}visit(?: to\b|,)|\bvisit to (?:the )?<[GLO]\d+> by (?:the )?(?:<[NG]\d+> )?(?:[a-z]+ )?(?:[A-Z][a-z]+ of the (?:<O\d+> ?)+(?:\(<O\d+>\))?, )?<P(\d+)>|^(?:[^.;]|<[GO]\d+>){0,90}?<P(\d+)>,? (?:(?:yesterday|today|on \w+|this \w+) )?called on (?:the )?<P\d+>|^(?:[^;<]|<[GOL]\d+>){0,90}?<P(\d+)>,? (?:took the (?:ferry|train|plane|boat)|drove|flew|came over|crossed over) (?:[a-z]+ )?(?:to|from|into|across) (?:the )?<L\d+>|^(?:[^;<]|<[GOL]\d+>){0,90}?<P(\d+)>(?:, (?:[^<,;.]|<[GOLN]\d+>){1,80},)? (?:was in|came to|travell?ed to) <L\d+>(?= (?:on|at|for|this|last)\b)/)?.slice(1).find((x) => x !== undefined);
    if (v !== undefined && raw.slots[Number(v)]?.key) visitor = raw.slots[Number(v)];
    // (and the one received, a guest only: "X had received Y, with Z taking part. … the Iranian guest passed on a message")
    const received = raw.text.match(RECEIVED_GUEST)?.[2];
    if (received !== undefined && raw.slots[Number(received)]?.key) guest = raw.slots[Number(received)];
    // (and the host, for the guest's "his host": "X hosted Y", "a dinner … given by X for Y")
    const hosted = raw.text.match(HOST_OF_GUEST);
    const hostSlot = hosted ? raw.slots[Number(hosted[1] ?? hosted[3])] : undefined;
    if (hostSlot?.key) host = hostSlot;
    // (and told the other way round: "In the evening, X was received in <L> by Y")
    const passive = raw.text.match(RECEIVED_BY_HOST);
    if (passive && raw.slots[Number(passive[1])]?.key && raw.slots[Number(passive[2])]?.key) [guest, host] = [raw.slots[Number(passive[1])], raw.slots[Number(passive[2])]];
    // (a transcript's speaker says "I", so its "he" and "she" are others; in a dialogue, "A: … B: … A: …", neither of
    // the two: "PUĶE: He didn't come empty-handed. OZOLIŅŠ: No. He brought a letter" is the visitor; a speaker of an
    // earlier exchange of a record may be "she")
    const label = given.text.match(SPEAKER_LABEL);
    const speaker = label ? given.slots[Number(label[1])]?.key : undefined;
    if (speaker && speaker !== turns[turns.length - 1]) turns = [...turns, speaker].slice(-3);
    const dialogue = turns.length === 3 && turns[0] === turns[2];
    // (and a memoir's or an op-ed's narrator, who says "I" throughout: "So I wrote to X. He wrote back" is X)
    const speakers = new Set([...(dialogue ? turns.slice(1) : turns.slice(-1)), ...(narrator ? [narrator] : [])]);
    // (and, in a dialogue, past a turn that names no one, the one the talk is about: the most named so far)
    const topic = dialogue ? [...mentioned.entries()].filter(([k]) => !speakers.has(k)).sort((x, y) => y[1].n - x[1].n || y[1].at - x[1].at)[0]?.[1].slot : undefined;
    // (a sentence outside quotation marks after a quotation takes its pronoun from the story before the quotation: "…
    // received by Li Peng. "… Then he said …" He returned to Beijing the following year" is not Li Peng)
    const told = quoted[all.length] ? undefined : all.findLastIndex((_, k) => !quoted[k]);
    // (but the quotation's speaker, where its close names one: "… on the dates," X said. He asked …" is X)
    const attributed = /["”],? (?:<P\d+> (?:said|added|says|adds|noted|stressed|emphasi[sz]ed)|(?:said|added|says|adds|noted) <P\d+>)\.?$/.test(all[all.length - 1]?.text ?? "");
    const story = told !== undefined && told >= 0 && told < all.length - 1 && quoted[all.length - 1] && !attributed ? told : all.length - 1;
    // (and, past all that, the one person named so far whom the article gives that gender)
    const alone = (g: Gender) => [...mentioned.values()].filter((x) => genders.get(x.slot.key!) === g);
    const sole = { f: alone("f").length === 1 ? alone("f")[0].slot : undefined, m: alone("m").length === 1 ? alone("m")[0].slot : undefined };
    const subject = withMessageForOneMet(withPronounResolved(withWhereHe(seen, genders), all[story], genders, all.slice(Math.max(0, story - (dialogue || speakers.size ? 7 : reach(all, story))), story), speakers, topic, sole), all.slice(-3));
    for (const slot of new Set(subject.slots.filter((x) => x.kind === "Person" && x.key))) {
      const was = mentioned.get(slot.key!);
      mentioned.set(slot.key!, { slot: was?.slot ?? slot, n: (was?.n ?? 0) + 1, at: all.length });
    }
    // (the two sentences before that name someone: an interview's question between names no one)
    // (not a transcript's label alone: "GBARWEA: Yes.")
    const before = all.slice(-7).filter((x) => /<P\d+>/.test(x.text.replace(SPEAKER_LABEL, ""))).slice(-2);
    const counterpart = counterpartOf(subject, holders);
    all.push(withObjectResolved(withCounterpart(subject, counterpart), before, subject, genders));
    // (and one received or the host there, told by a pronoun or a post read only now: "The løgmaður had received her")
    const hosting = /<P\d+> (?:has |had )?(?:received|welcomed|hosted) (?:him|her|the [a-z]+)\b/.test(raw.text) ? all[all.length - 1].text.match(RECEIVED_GUEST) : null;
    const [hostNow, guestNow] = hosting ? [all[all.length - 1].slots[Number(hosting[1])], all[all.length - 1].slots[Number(hosting[2])]] : [];
    if (hostNow?.key && guestNow?.key && hostNow.key !== guestNow.key) [host, guest] = [hostNow, guestNow];
    // (the meetings read "He"/"She" themselves: only the object is given them, the subject told apart as resolved)
    // (save "X accompanied Y to L, where she …", whose pronoun is not the one the meetings would take)
    // (and a reporting aside's "him", "On April 2, he says, W handed him Y's reply", the one who says it, as the rules read
    // it: the aside dropped)
    objects.push(withAsideObject(seen, subject) ?? withObjectResolved(withCounterpart(withWhereHe(seen, genders, true), counterpart), before, subject, genders));
  }
  return { all, objects };
}

/** "her Indonesian counterpart" not named after it ("…, Sugiono," or "Foreign Minister Sugiono"). */
const COUNTERPART = /\b(?:his|her|their) <N(\d+)> counterpart(?![s,]| <P| \(|-)/;
/** The one "her Indonesian counterpart" is: of the people of that state the article has named, the one who holds a post
 * of the sentence's subject (as resolved), else the only one. */
function counterpartOf(a: AbstractSentence, holders: Holders): AbstractSentence["slots"][number] | undefined {
  const v = a.text.match(COUNTERPART);
  const state = v ? a.slots[Number(v[1])]?.country : undefined;
  if (!v || !state) return undefined;
  const of = [...holders.values()].filter((h) => (h.state ?? h.slot.titleCountry) === state);
  // (the subject of the clause said: "X said that in the message Y invites his Angolan counterpart" is Y's)
  const said = a.text.slice(0, v.index).match(/\b(?:said|says|told [^<.;]{1,40}|stated|announced) that (?:[^<.;]|<[LGNODE]\d+>)*?<P(\d+)>/)?.[1];
  // (and the one whose verb it is the object of: "a letter from X, in which the Uzbek president invites his Turkmen
  // counterpart" is the president's)
  const verbOf = a.text.slice(0, v.index).match(/<P(\d+)> (?:[a-z]+ly )?(?:invites|invited|asks|asked|urges|urged|thanks|thanked|congratulates|congratulated|tells|told|assures|assured|informs|informed) $/)?.[1];
  const subject = verbOf ?? said ?? a.text.slice(0, v.index).match(/<P(\d+)>/)?.[1];
  const own = holders.get(a.slots[Number(subject ?? -1)]?.key ?? "")?.posts;
  // (a subject of a post known has a counterpart of the same post, or none named: "Foreign Minister X proposed talks with
  // his Bolivian counterpart" is not Bolivia's president)
  // (else, of a subject who leads no state, the one of that state who leads none either: "Senator X … her Indonesian
  // counterpart", of President Y and Foreign Minister Z, is Z)
  if (own?.size) {
    // (one post however written: "foreign affairs minister" is a "foreign minister")
    // (and "President of the Republic" a "president")
    const post = (p: string) => p.replace(/^(?:minister (?:of|for) foreign affairs|foreign affairs minister)$/, "foreign minister").replace(/^president of the republic$/, "president");
    const mine = new Set([...own].map(post));
    const same = of.filter((h) => [...h.posts].some((p) => mine.has(post(p))));
    // (or, of none of that state told, the one holder of the post whose state the article never gives: "Foreign Affairs
    // Minister Y … his Haitian counterpart", in a story from Port-au-Prince)
    const self = a.slots[Number(subject ?? -1)]?.key;
    const stateless = same.length ? [] : [...holders.values()].filter((h) => h.slot.key !== self && !(h.state ?? h.slot.titleCountry) && [...h.posts].some((p) => mine.has(post(p))));
    if (!same.length && stateless.length === 1) return stateless[0].slot;
    const leads = (posts: Iterable<string>) => [...posts].some((p) => LEADER_POST.test(p));
    const ministers = same.length || leads(own) ? [] : of.filter((h) => !leads(h.posts));
    // (a head of state's is the other state's head of state, by whatever post: "the Chairman of the Sovereignty
    // Council, Y … invites his Chadian counterpart", of President Z and Prime Minister W, is Z)
    const heads = (posts: Iterable<string>) => [...posts].some((p) => HEAD_OF_STATE_POST.test(p));
    const headsOf = !same.length && heads(own) ? of.filter((h) => heads(h.posts)) : [];
    return same.length === 1 ? same[0].slot : ministers.length === 1 ? ministers[0].slot : headsOf.length === 1 ? headsOf[0].slot : undefined;
  }
  return of.length === 1 ? of[0].slot : undefined;
}
function withCounterpart(a: AbstractSentence, slot: AbstractSentence["slots"][number] | undefined): AbstractSentence {
  return slot && COUNTERPART.test(a.text) ? { ...a, text: a.text.replace(COUNTERPART, `<P${a.slots.length}>`), slots: [...a.slots, slot] } : a;
}

/** "both leaders", "the two presidents": a pair of heads of state or government. */
// (and a communiqué's "the two Heads")
const LEADERS_PAIR = /\b(?:[Bb]oth|[Tt]he two) (?:leaders|presidents|prime ministers|heads of state|Heads)\b/;
/** Whether the one named is known by a post that leads a state. */
const leads = (holders: Holders, key: string | undefined) => [...(holders.get(key ?? "")?.posts ?? [])].some((p) => /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|leader|head of state)$/.test(p) && !/vice|deputy/.test(p));

/** "The two presidents signed …", "which the two foreign ministers signed": the only two of that post the sentence
 * and the three before it name, when the pair is not one named together. */
function withPostPairResolved(a: AbstractSentence, before: AbstractSentence[], holders: Holders): AbstractSentence {
  // (as the signers: the other verbs of such pairs have rules of their own)
  // (and as the ones asked, received or met: "X asked the two ministers to convey his greetings"; and those a message
  // is for: "… to convey his greetings to the two presidents")
  // (and after their talks: "the two ministers held talks at L, at the end of which they signed …")
  // (or "the ministers signed", the two named before: "At the end of the meeting the ministers signed …")
  // (or of another portfolio, any two ministers: "the two fisheries ministers held talks …, after which both signed")
  const m = / two | ministers /.test(a.text) ? (a.text.match(/\b[Tt]he (?:two )?([Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters|(?:[a-z]+ )?[Mm]inisters|[Ll]eaders)\b(?= (?:(?:also|later|then|jointly|formally|had) )*(?:signed|initialled|initialed)\b| (?:held|had) talks\b(?:[^<.;]|<[LOT]\d+>){0,100}?(?:, (?:at the end of which|after which) (?:they|both) | and (?:then |later )?)signed\b)/) ?? a.text.match(/(?<=\b(?:asked|urged|invited|received|hosted|welcomed|thanked|(?:dinner|lunch|luncheon|reception|breakfast) for) )the two (foreign ministers|ministers)\b/) ?? a.text.match(/(?<=\b(?:convey|pass on|deliver|carry|relay|take)\b[^.;<]{0,40} to )the two (presidents|prime ministers|leaders)\b/)) : null;
  if (!m) return a;
  // (capitalised too, as an agency writes them: "the two Ministers")
  const post = m[1].replace(/^[a-z]+ (?=[Mm]inisters$)/, "").slice(0, -1).toLowerCase();
  // ("the two ministers": any ministers but heads of government, prime, chief or first ministers, and Kenya's
  // Cabinet Secretaries too)
  // (and one named by the portfolio after the word: "minister of culture and arts")
  const ofPost = (p: string) => (post === "minister" ? (/minister$|^minister (?:of|for)\b/.test(p) && !/\b(?:prime|chief|first) minister$/.test(p)) || /^(?:prime )?cabinet secretary\b/.test(p) : p === post || p.endsWith(` ${post}`));
  // ("the two leaders": those who lead a state)
  const leader = post === "leader";
  const upto = a.text.slice(0, m.index!);
  const here = a.slots.filter((_, i) => upto.includes(`<P${i}>`));
  const slots = [...before.flatMap((x) => x.slots), ...here];
  const holding = (xs: AbstractSentence["slots"]) => [...new Set(xs.filter((x) => x.kind === "Person" && x.key && (leader ? leads(holders, x.key) : [...(holders.get(x.key)?.posts ?? [])].some(ofPost)) && !/\b(?:vice|deputy|former)\b/.test([...(holders.get(x.key)?.posts ?? [])].join())).map((x) => x.key!))];
  // (those of the sentence itself first: "X has proposed hosting Y …, which the two presidents signed")
  // ("the two leaders" only of the sentence itself: "The two leaders signed …" after talks of a third leader may be a
  // pair named long before)
  const own = holding(here);
  // (else the two of the sentence before, then of the three before: "A delivered …, and B one from …. X asked the two
  // ministers" is A and B, not the minister named before them)
  const told = before[before.length - 1];
  const last = holding(told ? [...told.text.matchAll(/<P(\d+)>/g)].map((x) => told.slots[Number(x[1])]).filter((x) => !!x) : []);
  // (or, of ministers of a portfolio named, the two the article gives it: "the two fisheries ministers")
  const portfolio = m[1].match(/^([a-z]+) [Mm]inisters$/)?.[1];
  const ofPortfolio = portfolio ? [...holders].filter(([, h]) => [...h.posts].some((p) => p.includes(portfolio) && /\bminister\b/.test(p) && !/\b(?:prime|chief|first) minister\b/.test(p))) : [];
  const keys = own.length === 2 || leader ? own : ofPortfolio.length === 2 ? ofPortfolio.map(([k]) => k) : last.length === 2 ? last : holding(slots);
  if (keys.length !== 2) return a;
  const [x, y] = keys.map((k) => slots.find((s) => s.key === k) ?? holders.get(k)!.slot);
  const at = a.slots.length;
  // (and a second pair after: "asked the two ministers to convey his greetings to the two presidents")
  const rest = a.text.slice(m.index! + m[0].length).replace(/^( (?:held|had) talks\b(?:[^<.;]|<[LOT]\d+>)*?, (?:at the end of which|after which) )(?:they|both)(?= signed\b)/, `$1<P${at}> and <P${at + 1}>`);
  return withPostPairResolved({ ...a, text: `${a.text.slice(0, m.index!)}<P${at}> and <P${at + 1}>${rest}`, slots: [...a.slots, x, y] }, before, holders);
}

/** A pair told of again: "X invited both leaders to Astana" (the last two named together), "A and B sat in separate
 * rooms while X carried messages between them" (between A and B). */
function withPairResolved(a: AbstractSentence, lastTwo: [AbstractSentence["slots"][number], AbstractSentence["slots"][number]] | undefined, lastNamed = false): AbstractSentence {
  const both = /\b(?:invited|urged|asked|hosted|received|welcomed|met) (?:both leaders|the two leaders|both men|the two men|both presidents|the two presidents)\b/;
  if (lastTwo && both.test(a.text)) {
    const [x, y] = [a.slots.length, a.slots.length + 1];
    return { ...a, text: a.text.replace(both, (m) => `${m.split(" ")[0]} <P${x}> and <P${y}>`), slots: [...a.slots, lastTwo[0], lastTwo[1]] };
  }
  // ("The two leaders signed a joint declaration in Asmara in 2018": the pair named together last signed it)
  // (and "the two" alone: "At the end of the talks, the two signed a memorandum")
  // (and "the ministers": "At the end of the meeting, the ministers signed the plan")
  // (and after their talks: "The two held talks at a hotel in <L> on Thursday and then signed a memorandum")
  const signers = /^((?:[^<.;]{0,40}, )?)[Tt]he (?:two(?: (?:leaders|presidents|prime ministers|foreign ministers|ministers|men|women))?|(?:leaders|presidents|prime ministers|foreign ministers|ministers))(?= (?:(?:also|later|then|jointly|formally|had) )*(?:signed|initialled|initialed)\b| (?:held|had) talks\b(?:[^<.;]|<[LT]\d+>){0,100}? and (?:then |later )?signed\b)/;
  if (lastTwo && lastNamed && signers.test(a.text)) {
    const [x, y] = [a.slots.length, a.slots.length + 1];
    return { ...a, text: a.text.replace(signers, `$1<P${x}> and <P${y}>`), slots: [...a.slots, lastTwo[0], lastTwo[1]] };
  }
  // ("At half-time the two presidents withdrew to a lounge for talks": the pair named together last went off to talk)
  const went = /^((?:[^<.;,]{0,30} |[^<.;]{0,40}, )?)[Tt]he two (?:leaders|presidents|prime ministers|foreign ministers|ministers|men|women)(?= (?:then |later |also |briefly )?(?:withdrew|retired|adjourned|slipped away|stepped away|went|moved|headed) (?:to|into)\b[^.;<]*\b(?:talks|meeting|discussions|tête-à-tête)\b)/;
  if (lastTwo && lastNamed && went.test(a.text)) {
    const [x, y] = [a.slots.length, a.slots.length + 1];
    return { ...a, text: a.text.replace(went, `$1<P${x}> and <P${y}>`), slots: [...a.slots, lastTwo[0], lastTwo[1]] };
  }
  // (or the pair this sentence named: "A and B co-chaired the commission at L, where the two signed a memorandum")
  // (with a third: "…, where the two leaders and US President <P> signed a joint declaration")
  const within = a.text.replace(/(<P\d+>) and (<P\d+>)([^.;]*?, (?:where|and) )the two(?: (?:leaders|ministers|foreign ministers|men|women))?( and (?:the )?(?:[A-Za-z]+ ){0,3}<P\d+>)?(?= (?:(?:also|later|then|jointly|formally) )*(?:signed|initialled|initialed)\b)/, (_, x: string, y: string, mid: string, third: string | undefined) => `${x} and ${y}${mid}${third ? `${x}, ${y}${third}` : `${x} and ${y}`}`);
  if (within !== a.text) return { ...a, text: within };
  const pair = a.text.match(/(<P\d+>) and (<P\d+>)(?=[^.;]*\bbetween them\b)/);
  return pair ? { ...a, text: a.text.replace(/\bbetween them\b/, `between ${pair[1]} and ${pair[2]}`) } : a;
}

/** The people named with a post, by key: the post's words in lower case, and the state a sentence says they stand for. */
type Holders = Map<string, { slot: AbstractSentence["slots"][number]; posts: Set<string>; state?: string; looked?: boolean }>;

/** "Ukraine was represented by Foreign Minister X", "Chile sent its foreign minister, X": the state X stands for. */
const STANDS_FOR = /<G(\d+)> (?:(?:was|is|were|will be|had been|has been) represented by|(?:sent|sends|will send|dispatched)) (?:its |her |his )?(?:[a-z-]+ ){0,3}(?:[a-z-]+, )?<P(\d+)>/g;

/** "X, Minister of Foreign Affairs of the Republic of Chile,", "X, Ambassador of Angola to Portugal,": an official
 * release's post of a state after the name. */
/** "<G> envoy <P>", "<N> ambassador <P>": a state's post in lower case right before the name. */
const STATE_POST_BEFORE_NAME = /<[GN](\d+)> ((?:special |presidential )?(?:envoy|emissary|ambassador|minister|foreign minister|diplomat|official)) <P(\d+)>/g;
/** "<G>'s emir, <P>", "<G>'s foreign minister, <P>": a state's post before the name, in apposition. */
const POST_OF_STATE_BEFORE_NAME = /<G(\d+)>'s ([a-z][a-z -]{1,40}?), <P(\d+)>/g;
/** "<P>, <G>'s Foreign Minister,": a state's post set off after the name. */
const POST_OF_STATE_SET_OFF = /<P(\d+)>, <G(\d+)>['’]s ((?:[A-Za-z-]+ ){0,3}(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Cc]hancellor|[Pp]remier))(?=[,;.])/g;
const POST_OF_STATE_AFTER_NAME = /<P(\d+)>, ([A-Z][\w-]*(?: (?:of|for|and|the|to|[A-Z][\w-]*))*?) of (?:the )?<G(\d+)>(?: to (?:the )?<[GL]\d+>)?(?=[,.;])/g;

/** Whether `m` is named in a transcript's turn ("Name: …" opening its line) of a speaker who holds an office of a
 * state other than the story's. */
function foreignSpeaker(m: ResolvedMention, ctx: RelationContext): boolean {
  const line = ctx.article.text.lastIndexOf("\n", m.start) + 1;
  if (!/^\p{Lu}[\p{L}'’ .-]{2,50}: /u.test(ctx.article.text.slice(line, line + 60))) return false;
  const speaker = ctx.mentions.find((x) => x.kind === "Person" && x.key && x.start === line);
  const state = speaker?.key && speaker.key !== m.key ? ctx.governmentOf.get(speaker.key) : undefined;
  return !!state && state !== `government:${ctx.homeCountry}`;
}

/** "<P1> (Minister for the Middle East and North Africa)": a post in brackets after a name. */
const POST_IN_BRACKETS = /<P(\d+)> \(((?:Deputy |Prime |Foreign |Home |Defence |Vice )?(?:Secretary|Minister|President|Ambassador|Envoy|Chancellor|Premier|Spokes(?:man|woman|person)|Director)\b[\w ,'-]{0,60})\)/g;

function noteStates(holders: Holders, a: AbstractSentence) {
  const note = (p: string, g: string, post?: string) => {
    const state = a.slots[Number(g)]?.country;
    const h = holders.get(a.slots[Number(p)]?.key ?? "");
    if (!state || !h) return;
    h.state = state;
    if (post) h.posts.add(post.toLowerCase());
  };
  for (const m of a.text.matchAll(STANDS_FOR)) note(m[2], m[1]);
  // ("Yvette Cooper (Foreign Secretary): …", a record's speaker with the post in brackets)
  for (const m of a.text.matchAll(POST_IN_BRACKETS)) holders.get(a.slots[Number(m[1])]?.key ?? "")?.posts.add(m[2].toLowerCase());
  // (a record's line of who was there: "X, State Secretary, Ministry of Foreign Affairs of Montenegro (Co-Chair)" is of
  // the ministry's state, and a co-chair; "(Co-Chair, in the Chair)" the chair too)
  const line = a.text.match(/^\s*<P(\d+)>, [^<]{2,80}?, (?:the )?<O(\d+)>/);
  const h = line ? holders.get(a.slots[Number(line[1])]?.key ?? "") : undefined;
  const owner = line ? a.slots[Number(line[2])]?.owner : undefined;
  if (h && owner) h.state ??= owner;
  const chair = a.text.match(/^\s*<P(\d+)>,[^\n]*\((?:[^)]*?[\s,])??(Co-Chair|Chair|Chairman|Chairwoman|Chairperson)\b([^)]*)\)/);
  const chaired = chair ? holders.get(a.slots[Number(chair[1])]?.key ?? "") : undefined;
  if (chair && chaired) {
    chaired.posts.add(chair[2].toLowerCase());
    if (/\bin the [Cc]hair\b/.test(chair[3]) || chair[2] !== "Co-Chair") chaired.posts.add("chair");
  }
  for (const m of a.text.matchAll(POST_OF_STATE_AFTER_NAME)) note(m[1], m[3], m[2]);
  // ("Qatar's emir, Sheikh X,": "the emir" later)
  for (const m of a.text.matchAll(POST_OF_STATE_BEFORE_NAME)) note(m[3], m[1], m[2]);
  // ("X, Indonesia's Foreign Minister, who …": after the name)
  for (const m of a.text.matchAll(POST_OF_STATE_SET_OFF)) note(m[1], m[2], m[3]);
  // ("Saudi envoy Prince X": a state's post in lower case before the name and its style)
  for (const m of a.text.matchAll(STATE_POST_BEFORE_NAME)) note(m[3], m[1], m[2]);
  // ("a special envoy of President Z of Mozambique, X", "X, a special envoy of Z": "the envoy" later)
  for (const m of a.text.matchAll(ENVOY_OF)) holders.get(a.slots[Number(m[1] ?? m[2])]?.key ?? "")?.posts.add("envoy");
}

/** One named as someone's envoy, before or after the name. */
const ENVOY_OF = /\b(?:special |personal )?(?:envoy|emissary) of (?:the )?<[PG]\d+>(?: of (?:the )?<G\d+>)?, (?:[^<,.;]{1,60}, )?<P(\d+)>|<P(\d+)>, (?:a|the|his|her) (?:special |personal )?(?:envoy|emissary) of\b/g;

/** Posts a name is given ("Foreign Minister", "Prince" before it), in lower case, kept for "the minister" later. */
function notePosts(holders: Holders, slot: AbstractSentence["slots"][number], date?: string) {
  const posts = postsOf(holders, slot);
  if (slot.title) posts.add(slot.title.toLowerCase().replace(/^(?:then|former)[- ]/, ""));
  if (slot.rank) posts.add(slot.rank.toLowerCase());
  // (and written out, where the press abbreviates it: "Gov. X" is "the governor")
  if (slot.title && /\.$/.test(slot.title)) posts.add(spelledOut(slot.title.toLowerCase()));
  // (and the state's post general knowledge has them hold that day, for "the Egyptian foreign minister" after a post the
  // story wrote out in full: "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt X")
  // (looked up once per person: the same name on the same day)
  const h = holders.get(slot.key!)!;
  const now = !/^(?:then|former)\b/i.test(slot.title ?? "");
  const known = now && !h.looked ? knownOfficeOf(slot.key!.replace(/^person:/, ""), date) : undefined;
  if (now) h.looked = true;
  if (known?.office.startsWith("government:")) {
    posts.add(known.post.toLowerCase());
    h.state ??= slot.titleCountry ?? known.office.slice("government:".length);
  }
  const style = slot.text.match(/^(Prince|Princess|King|Queen|Emir|Sultan|Cardinal|Pope|Sheikh|Archbishop)\b/)?.[1];
  if (style) posts.add(style.toLowerCase());
}

/** One named as another's counterpart takes the other's posts, for "the Danish minister" later: "German Foreign
 * Minister A and his Danish counterpart B" (B a foreign minister, of the counterpart's state). */
function noteCounterparts(holders: Holders, a: AbstractSentence) {
  // (or "his Danish counterpart, B")
  // (or the subject's, later in the sentence: "X walked to L, where he was hosted by his Dominican counterpart, B")
  const later = a.text.match(/^(?:[^<.;]|<L\d+>){0,60}?<P(\d+)>(?:[^.;<]|<L\d+>){0,120}?\b(?:by|with|met) (?:his|her) (?:<N(\d+)> )?(counterpart,? )<P(\d+)>/);
  for (const m of [...a.text.matchAll(/<P(\d+)>,? and (?:his|her) (?:<N(\d+)> )?(counterpart,? )?<P(\d+)>/g), ...(later ? [later] : [])]) {
    const [x, y] = [a.slots[Number(m[1])], a.slots[Number(m[4])]];
    const [hx, hy] = [holders.get(x?.key ?? ""), holders.get(y?.key ?? "")];
    if (!hx || !hy || !(m[3] ? !y.title : /^counterpart$/i.test(y.title ?? ""))) continue;
    for (const p of hx.posts) if (p !== "counterpart") hy.posts.add(p);
    hy.state ??= y.titleCountry ?? (m[2] !== undefined ? a.slots[Number(m[2])]?.country : undefined);
  }
}

/** The posts noted for the person in `slot`, an entry made for them if there was none. */
function postsOf(holders: Holders, slot: AbstractSentence["slots"][number]): Set<string> {
  const h = holders.get(slot.key!) ?? { slot, posts: new Set<string>() };
  holders.set(slot.key!, h);
  return h.posts;
}

/** A go-between's post told in apposition: "<P>'s special envoy to <G>, <P>", "The adviser, <P>," (read for "the envoy",
 * "the adviser" later). */
// (and "by the minister, Y,": "the minister" after)
// (and "The Prime Minister of the <G>, Y,": "the Prime Minister" after)
// (and a state's: "<G>'s special envoy for the <L>, <P>")
// (and a collective head of state's chair: "The Chairman of the <O>, <P>", the body's name written back)
const APPOSITE_POST = /(?:<[PG]\d+>['’]s |\b[Tt]he )((?:special |personal |presidential |chief )?(?:envoy|adviser|advisor|emissary|mediator)|(?:foreign )?minister|[Pp]rime [Mm]inister|[Pp]resident|consul(?:[- ]general)?|ambassador|high commissioner|(?:[Dd]eputy |[Vv]ice[- ])?[Cc]hairman of the <O\d+>)(?: (?:to|of|for|on|in) (?:the )?<[GLO]\d+>)?, <P(\d+)>/g;
function noteAppositePosts(holders: Holders, a: AbstractSentence) {
  if (!/envoy|advis|emissary|mediator|[Mm]inister|[Pp]resident|consul|ambassador|commissioner|[Cc]hairman|[Pp]remier|[Gg]overnor/.test(a.text)) return;
  for (const v of a.text.matchAll(APPOSITE_POST)) {
    const slot = a.slots[Number(v[2])];
    if (slot?.kind === "Person" && slot.key) postsOf(holders, slot).add(v[1].replace(/<O(\d+)>/, (_, i: string) => a.slots[Number(i)]?.text ?? "").toLowerCase());
  }
  // (and one appointed to it: "<P> was appointed the <O>'s special envoy for the two countries")
  for (const v of a.text.matchAll(APPOINTED_POST)) {
    const slot = a.slots[Number(v[1])];
    if (slot?.kind === "Person" && slot.key) postsOf(holders, slot).add(v[2].toLowerCase());
  }
  for (const v of a.text.matchAll(APPOSITE_AFTER)) {
    const slot = a.slots[Number(v[1])];
    if (slot?.kind === "Person" && slot.key) postsOf(holders, slot).add(v[2].toLowerCase());
  }
}
/** A post one is appointed to: "<P> was appointed the <O>'s special envoy", "<P> has been named mediator". */
const APPOINTED_POST = /<P(\d+)>(?:, (?:[^<,;.]|<[GNO]\d+>){1,60},)? (?:was|has been|had been|is) (?:appointed|named) (?:as )?(?:the |an? )?(?:<[OG]\d+>['’]s )?((?:special |personal |chief )?(?:envoy|mediator|adviser|advisor|emissary|representative))\b/g;
/** A post set off after the name: "<P>, a minister delegate at the presidency,", "<P>, the minister whom Y named". */
// (and a leader's, capitalised as a paper writes its own: "<P>, the Premier,", "<P>, the Governor,")
const APPOSITE_AFTER = /<P(\d+)>, (?:the|a|an) ((?:foreign )?minister|envoy|adviser|advisor|emissary|mediator|ambassador|[Pp]remier|[Gg]overnor|[Pp]rime [Mm]inister)(?: delegate)?\b(?= (?:whom|who|of|for|to|in|at)\b|,)/g;

/** "the prince", "the Indonesian minister", "the envoy": the one person named before with that post (of that state). */
const POST_ANAPHOR = /\b[Tt]he (?:<[NG](\d+)> )?((?<=<[NG]\d+> )(?:official|diplomat)|vice[- ]president|deputy chairman|federal president|federal chancellor|hereditary prince|crown prince|president|prime minister|foreign minister|minister|prince|princess|king|queen|emir|sultan|chancellor|premier|envoy|ambassador|cardinal|secretary-general|secretary of state|secretary(?= (?:[A-Za-z<]|I\b))|foreign secretary|home secretary|defence secretary|speaker|[Hh]ead of [Ss]tate|leader|co-chair|chair|taoiseach|t[áa]naiste|first minister|governor-general|senior general|chief adviser|(?:lieutenant )?governor(?![- ]general)|(?:deputy )?chief minister|i?ngwenyama|løgmaður|lagmand|sovereign prince|consul(?:[- ]general)?|high commissioner|PM)\b(?: of (?:the )?<G(\d+)>(?!['’]s)|(?!['’]s (?:office|government|ministry|party)|-| of\b| and\b(?! (?:asked|then|later|also|said|told|urged|gave|handed|(?:his|her) (?:wishes|best wishes|hopes|thanks|gratitude|appreciation))\b)|s\b))/gi;
/** A post that leads a state: "president", "prime minister", "king" (not "vice-president", "deputy prime minister"). */
const LEADER_POST = /^(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|emperor|crown prince|head of state|chairman of the (?:transitional )?(?:sovereignty|presidential(?: leadership)?) council)(?: of\b|$)/;
/** A state's head, as opposed to its government's: "president", "king", "the chairman of the sovereignty council". */
const HEAD_OF_STATE_POST = /^(?:president|king|queen|emir|amir|sultan|emperor|head of state|chairman of the (?:transitional )?(?:sovereignty|presidential(?: leadership)?) council)(?: of\b|$)/;
/** A dateline's place opening a sentence: "<L> - ", "<L>, Thursday — ". */
const DATELINE_OPENING = "(?:<L\\d+>,? (?:[A-Z][a-z]+ )?[—–-]+ )?";
/** One reporting what they did, the pronoun their own: "X told MPs that he had accepted …", "X said on Monday he
 * met". */
const REPORTED_SUBJECT = new RegExp(`^${DATELINE_OPENING}(?:[^<.;"“]{0,30} )?<P(\\d+)> (?:said|says|told(?: [a-zA-Z]+){1,3}|informed(?: [a-zA-Z]+){1,3}|announced|confirmed|revealed|recalled|added|noted) (?:on [A-Z][a-z]+day )?(?:that )?(he|she) (?=(?:had |has |have |would |will )?(?:also |already |then |since )?(?:accepted|declined|received|turned down|met|agreed|invited|asked|signed|spoken|spoke|talked|discussed|visited|held|called)\\b)`);
/** "X chaired a meeting …, at the end of which he, Y and Z signed …": the subject (1), the pronoun (2). */
const SIGNED_AT_THE_END = new RegExp(`^${DATELINE_OPENING}(?:[^<.;]{0,30} )?<P(\\d+)>[^.;]{0,120}?, (?:(?:at the end|in the course) of which|after which|during which) (he|she)(?=,? (?:<P\\d+>, )*(?:<P\\d+>,? )?and <P\\d+>)`);
/** "X took a telephone call on Saturday from Y, who invited him to …": the subject (1), the pronoun (2). */
const CALLED_BY_WHO = new RegExp(`^${DATELINE_OPENING}(?:[^<.;]{0,30} )?<P(\\d+)> (?:took|received|had|got) (?:a |an )?(?:telephone |phone )?(?:call|message|letter|visit)(?:[^<.;]|<[LO]\\d+>){0,40}? from (?:the )?(?:<[NG]\\d+> )?(?:[A-Z][a-z]+ ){0,3}<P\\d+>, who (?:also |then |later )?(?:invited|asked|urged|told|thanked|congratulated|briefed) (him|her)\\b`);
/** A sentence's own subject, of a pronoun after it, for the rules and the meetings alike: the one reported saying it
 * ("X told MPs that he had accepted an invitation from Y" is X, not Y), the one who signs at the end of a meeting he
 * chaired ("…, at the end of which he, A and B signed"), the giver of a message and its carrier after a colon ("X
 * gave Y a message to take home: he asked him to tell Z"), and the one a caller invites ("X took a call from Y, who
 * invited him to L"). */
function withReportedSubject(a: AbstractSentence, genders: Map<string, Gender>): AbstractSentence {
  // (and the subject of a meeting one signs at the end of with others: "X chaired a meeting …, at the end of which he,
  // Y and Z signed …")
  // (and the giver of a message, and its carrier, after a colon: "X gave Y a message to take home: he asked him to tell
  // Z")
  const gave = a.text.match(/^(?:[^<.;]{0,30} )?<P(\d+)>(?:, [^<,;.]{1,30},)? (?:gave|handed|entrusted) <P(\d+)> (?:with )?(?:a |an )?(?:[a-z-]+ )?(?:message|letter|note)\b[^<.;:]{0,40}: (he|she) asked (him|her) to /);
  if (gave && a.slots[Number(gave[1])]?.key && a.slots[Number(gave[2])]?.key && fits(gave[3], a.slots[Number(gave[1])].key!, genders) && fits(gave[4] === "him" ? "he" : "she", a.slots[Number(gave[2])].key!, genders)) {
    const at = gave.index! + gave[0].length - `${gave[3]} asked ${gave[4]} to `.length;
    return { ...a, text: `${a.text.slice(0, at)}<P${gave[1]}> asked <P${gave[2]}> to ${a.text.slice(gave.index! + gave[0].length)}` };
  }
  // (and the one a caller's "who invited him" is about: "X took a telephone call from Y, who invited him to L")
  const caller = a.text.match(CALLED_BY_WHO);
  if (caller && a.slots[Number(caller[1])]?.key && fits(caller[2] === "him" ? "he" : "she", a.slots[Number(caller[1])].key!, genders)) return { ...a, text: pronounAsSlot(a.text, caller).text };
  const m = a.text.match(REPORTED_SUBJECT) ?? a.text.match(SIGNED_AT_THE_END);
  const slot = m ? a.slots[Number(m[1])] : undefined;
  if (!m || !slot?.key || !fits(m[2], slot.key, genders)) return a;
  return { ...a, text: pronounAsSlot(a.text, m).text };
}

/** The text with the pronoun a match ends on (group 2) written as the slot of group 1, and where it stood. */
function pronounAsSlot(text: string, m: RegExpMatchArray): { text: string; at: number } {
  const at = m.index! + m[0].lastIndexOf(m[2]);
  return { text: `${text.slice(0, at)}<P${m[1]}>${text.slice(at + m[2].length)}`, at };
}

/** "X called on Y at the Office of the President, where he conveyed greetings from Z": "he" is X, the opener; "he
 * accompanied Y to L, where she held talks" is Y (with `accompaniedOnly`, only that form). */
function withWhereHe(a: AbstractSentence, genders: Map<string, Gender>, accompaniedOnly = false): AbstractSentence {
  // (also the subject's own next clause, past words of no one else: "X said he would come, and he asked Y to convey …";
  // "X had asked Y to obtain guarantees, and he had given her a letter")
  const m0 = a.text.match(/^(?:[^<.;]{0,30} )?<P(\d+)>[^.;]{0,120}?, where (he|she) /) ?? a.text.match(/^(?:[^<.;"“]{0,30} )?<P(\d+)> (?:said|says|replied|agreed|accepted)\b[^<.;]{0,80}?, and (he|she) (?=(?:also |then |later )?(?:asked|gave|handed|sent|told|invited|thanked|promised)\b)/) ?? a.text.match(/^(?:[^<.;"“]{0,30} )?<P(\d+)> (?:had |has )?(?:asked|told|urged)\b[^.;]{0,120}?, and (he|she) (?=(?:had |has )(?:also |then |later )?(?:asked|given|handed|sent|told|invited)\b)/);
  // (or the one accompanied, when the pronoun is not the first's: "X accompanied Y to L, where she held talks")
  // ("In October last year he accompanied Y to L, where she …")
  const other = accompaniedOnly || !m0 || !fits(m0[2], a.slots[Number(m0[1])]?.key ?? "", genders) ? a.text.match(/^(?:[^<.;]{0,40} )?(?:<P\d+>|[Hh]e|[Ss]he) (?:accompanied|joined|escorted) (?:the )?<P(\d+)>[^.;]{0,60}?, where (he|she) /) : null;
  const m = other ?? (accompaniedOnly ? null : m0);
  const slot = m ? a.slots[Number(m[1])] : undefined;
  // (or the subject's next clause with no pronoun, past a quotation naming others: "X said he would reply \"after
  // consulting my <O>\", and asked Y to convey …")
  const bare = !m && !accompaniedOnly ? a.text.match(/^(?:[^<.;"“]{0,30} )?<P(\d+)> (?:said|says|replied|agreed|accepted)\b(?:[^<.;]|<[OGLN]\d+>){0,120}?, and (?=(?:also |then )?(?:asked|urged|invited|thanked)\b)/) : null;
  if (bare) return { ...a, text: `${a.text.slice(0, bare.index! + bare[0].length)}<P${bare[1]}> ${a.text.slice(bare.index! + bare[0].length)}` };
  if (!m || !slot?.key || !fits(m[2], slot.key, genders)) return a;
  const { text, at } = pronounAsSlot(a.text, m);
  // (and a message from a third with no recipient told is for the one called on: "… where X conveyed greetings from Z")
  const host = text.slice(0, at).match(/\b(?:called on|met|met with|was received by) (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,2}<P(\d+)>/)?.[1];
  const message = host === undefined ? null : text.slice(at).match(/^<P\d+> (?:conveyed|delivered|handed over|passed on|relayed) (?:the |a |an |his |her |warm )?(?:[a-z-]+ )?(?:greetings|message|letter|regards|wishes|congratulations) from (?:the )?(?:<[NG]\d+> )?(?:[A-Z][a-z-]+ ){0,2}<P\d+>(?! to\b)/);
  return { ...a, text: message ? `${text.slice(0, at + message[0].length)} to <P${host}>${text.slice(at + message[0].length)}` : text };
}

/** One called on or met, named before a pronoun: "Y called on Z at L and handed him …" makes "him" Z. */
const CALLED_ON_BEFORE = /\b(?:called on|met|met with|visited|was received by) (?:the )?(?:<[NG]\d+> )?(?:[A-Za-z-]+ ){0,2}<P\d+>/;

/** A reporting aside's object, "On April 2, he says, W handed him …": the "him" the pronouns' reading gave the one
 * who says it (`resolved`), the aside dropped; a pronoun after it left as it is. */
function withAsideObject(a: AbstractSentence, resolved: AbstractSentence): AbstractSentence | undefined {
  const aside = a.text.match(/^((?:[^<.;]{0,40}, )?)(?:he|she) (?:says|said|recalls|recalled|claims|claimed|writes|wrote|adds|added), /);
  if (!aside) return undefined;
  const rest = a.text.slice(aside[0].length);
  const object = rest.match(/^(?:[^<.;]|<[A-Z]\d+>)*?\b(?:handed|gave|passed|told|showed) (him|her)\b/);
  if (!object || CALLED_ON_BEFORE.test(object[0])) return undefined;
  // (the words up to the pronoun, as the pronouns' reading has them: its slot stands right after)
  const lead = `${aside[1]}${rest.slice(0, object[0].length - object[1].length)}`;
  const slot = resolved.text.startsWith(lead) ? resolved.text.slice(lead.length).match(/^<P(\d+)>/)?.[1] : undefined;
  if (slot === undefined) return undefined;
  return { ...a, text: `${lead}<P${a.slots.length}>${rest.slice(object[0].length)}`, slots: [...a.slots, resolved.slots[Number(slot)]] };
}

/** "A and B signed it at L": the document the sentences just before named. */
function withDocumentResolved(a: AbstractSentence, document: AbstractSentence["slots"][number] | undefined): AbstractSentence {
  const m = document ? a.text.match(/<P\d+>(?: (?:jointly|formally|later|then))? signed (it)\b/) : null;
  if (!m || !document) return a;
  const at = m.index! + m[0].length - 2;
  return { ...a, text: `${a.text.slice(0, at)}<D${a.slots.length}>${a.text.slice(at + 2)}`, slots: [...a.slots, document] };
}

/** "X has proposed that he, Y and Z meet in Darwin": the "he" of the list is X. */
// (and the subject's, one of a pair in a clause after: "X was last in Moscow on D, when he and Y signed the treaty")
function withProposerListed(a: AbstractSentence, genders: Map<string, Gender>): AbstractSentence {
  const m = a.text.match(/<P(\d+)> (?:has |had |also |then )*(?:proposed|suggested) that (he|she)(?=,? <P\d+>(?:,| and)|,? and <P\d+>)|^(?:[^<.;]{0,30})?<P(\d+)>(?: himself| herself)? (?:[^<.;]|<[LGT]\d+>){1,120}?, (?:when|where|as|after which) (he|she)(?= and (?:the )?<P\d+>)/);
  if (m && m[1] === undefined) [m[1], m[2]] = [m[3], m[4]];
  const slot = m ? a.slots[Number(m[1])] : undefined;
  if (!m || !slot?.key || !fits(m[2], slot.key, genders)) return a;
  const at = m.index! + m[0].length - m[2].length;
  return { ...a, text: `${a.text.slice(0, at)}<P${m[1]}>${a.text.slice(at + m[2].length)}` };
}

/** "paid a courtesy call on", "paid a visit on": a call, read as calling on one. */
const PAID_CALL_ON = "paid (?:a |an )?(?:[a-z]+ )?(?:call|visit) on";
/** "X informed the members that Y paid a courtesy call on her and handed over a letter", "X recalled that Y had paid a
 * visit, when Z received him": the one called on, met or received as a pronoun is the one person the sentence names
 * before it, past the verb's subject, that the pronoun fits (not one the article gives the other gender). */
const CALLED_ON_PRONOUN = new RegExp(`<P(\\d+)>(?: (?:has|had|also|then|later))* (?:called on|${PAID_CALL_ON}|met|visited|received|hosted|welcomed|invited) (him|her)\\b`);
function withObjectPronounResolved(a: AbstractSentence, genders: Map<string, Gender>, pair: AbstractSentence["slots"] = []): AbstractSentence {
  const m = / (?:him|her)\b/.test(a.text) ? a.text.match(CALLED_ON_PRONOUN) : null;
  if (!m) return a;
  const subject = a.slots[Number(m[1])]?.key;
  const before = [...a.text.slice(0, m.index!).matchAll(/<P(\d+)>/g)].map((x) => a.slots[Number(x[1])]).filter((x) => x?.kind === "Person" && !!x.key && x.key !== subject);
  const fitting = [...new Set(before.filter((x) => fits(m[2], x.key, genders)).map((x) => x.key))];
  // (or, with no one else named before it, the other of the pair just named: "It was the second time A and B had met.
  // … it was there that B asked him over to L" is A)
  // (only of an invitation: "The løgmaður had received her", after "A and B welcomed Y", is Y, not B)
  const other = !before.length && / invited (?:him|her)$/.test(m[0]) && pair.some((x) => x.key === subject) ? pair.find((x) => x.key !== subject && fits(m[2], x.key, genders)) : undefined;
  const n = other?.key ? a.slots.length : fitting.length === 1 ? a.slots.findIndex((x) => x.key === fitting[0]) : -1;
  if (n < 0) return a;
  const at = m.index! + m[0].length - m[2].length;
  return { ...a, text: `${a.text.slice(0, at)}<P${n}>${a.text.slice(at + m[2].length)}`, slots: other?.key ? [...a.slots, other] : a.slots };
}

/** A spouse named as such: "as the husband of <P>" (1 the word, 2 the other), "<P>'s wife, <P>", "and his wife, <P>"
 * (3 the word, 4 the spouse). */
const SPOUSE_NAMED = /\bthe (husband|wife) of <P(\d+)>|(?:<P\d+>['’]s |\band )((?:his |her )?(?:wife|husband)),? <P(\d+)>/g;
/** "His wife was received by …": the one wife (husband) the article has named as such, in the words' place. */
function withSpouseResolved(a: AbstractSentence, spouses: { wife: Map<string, AbstractSentence["slots"][number]>; husband: Map<string, AbstractSentence["slots"][number]> }): AbstractSentence {
  const m = a.text.match(/\b(?:[Hh]is (wife)|[Hh]er (husband))\b(?!,? <P)/);
  const known = m ? spouses[m[1] ? "wife" : "husband"] : undefined;
  if (!m || known?.size !== 1) return a;
  return { ...a, text: `${a.text.slice(0, m.index!)}<P${a.slots.length}>${a.text.slice(m.index! + m[0].length)}`, slots: [...a.slots, [...known.values()][0]] };
}

/** "X began with the visit of Y, whom he received at L together with Z": the subject received Y (the pronoun fitting
 * the subject), told as a clause of its own. */
// (and one given something: "X … was received by Y, to whom he handed a letter from Z": X handed Y the letter)
const WHOM_HE_RECEIVED = /^((?:[^<.;]{0,40})?<P(\d+)>(?:[^<.;]|<[LGNOT]\d+>)*?<P(\d+)>),? (?:whom (he|she) (received|met|hosted|welcomed)|to whom (he|she) (?:then |later )?(handed|gave|delivered|presented|passed))\b/;
function withWhomResolved(a: AbstractSentence, genders: Map<string, Gender>): AbstractSentence {
  const m = / whom (?:he|she) /.test(a.text) ? a.text.match(WHOM_HE_RECEIVED) : null;
  const host = m ? a.slots[Number(m[2])] : undefined;
  if (!m || !host?.key || host.key === a.slots[Number(m[3])]?.key || !fits(m[4] ?? m[6], host.key, genders)) return a;
  return { ...a, text: `${m[1]}; <P${m[2]}> ${m[5] ?? "handed"} <P${m[3]}>${a.text.slice(m[0].length)}` };
}

/** "X flew to Vilnius, where he met Y. … he passed on a message from Z": with no recipient told, the message is for the
 * one X met in the sentence before. */
function withMessageForOneMet(a: AbstractSentence, before: AbstractSentence[]): AbstractSentence {
  // (and one received by Y: "X, who arrived on Monday and was received on Tuesday by Y. … X conveyed a verbal message
  // from Z that included an invitation")
  // (and in quotation marks, from a post of a state set off before the name: "the Iranian guest "passed on a message
  // from the Supreme Leader of <G>, <P>."")
  // (each carrier of a list of them, the meeting told up to three sentences before: "K received A and B. … A delivered
  // a message from Z, and B delivered a message from W")
  const ms = [...a.text.matchAll(/(?:^|, |; )<P(\d+)> ["“]?(?:passed on|conveyed|delivered|handed over|relayed) (?:a |an |the )?(?:[a-z-]+ )?(?:message|letter|note|reply) from (?:the )?(?:<[NG]\d+> )?(?:(?:[A-Z][a-z-]+ ){1,3}of <G\d+>, )?(?:[A-Z][a-z-]+ ){0,2}<P\d+>(?=["”]?(?:[:;.]|, (?!who\b|addressed\b|which\b)| that (?:included|contained|carried)\b| (?:describing|calling|expressing|saying)\b|$))/g)];
  let out = a;
  for (const m of ms.reverse()) {
    const carrier = a.slots[Number(m[1])]?.key;
    if (!carrier) continue;
    const host = [...before].reverse().map((prev) => {
      const met = [...prev.text.matchAll(/<P(\d+)>,? (?:[a-z]+ ){0,2}(?:met|met with|held talks with|called on) (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,3}<P(\d+)>|<P(\d+)>(?:, who (?:[^<.;]|<[LG]\d+>){0,80}?)? (?:and )?was received (?:[^<.;]{0,40} )?by (?:the )?(?:[A-Za-z-]+ ){0,2}<P(\d+)>|<P(\d+)> (?:has |had )?(?:received|welcomed|hosted) (?:the )?((?:<P\d+>(?:,? and |, ))*<P\d+>)/g)]
        .flatMap((x) => (x[1] !== undefined ? [[x[1], x[2]]] : x[3] !== undefined ? [[x[3], x[4]]] : [...x[6].matchAll(/<P(\d+)>/g)].map((y) => [y[1], x[5]])))
        .find(([guest]) => prev.slots[Number(guest)]?.key === carrier);
      return met ? prev.slots[Number(met[1])] : undefined;
    }).find((x) => !!x);
    if (!host?.key || host.key === carrier) continue;
    const at = m.index! + m[0].length;
    out = { ...out, text: `${out.text.slice(0, at)} to <P${out.slots.length}>${out.text.slice(at)}`, slots: [...out.slots, host] };
  }
  return out;
}

/** "the two foreign ministers": the two the article names with that post. (Also a communiqué's "The Ministers of
 * Foreign Affairs of both countries".) */
const TWO_POSTS = /\b[Tt]he (?:two (foreign|defen[cs]e|fisheries|trade|finance|health|interior|energy|transport|agriculture) (ministers|secretaries)\b(?!,? <P)|(?:[Ff]oreign [Mm]inisters|Ministers (?:of|for) Foreign Affairs) of (?:both|the two) (?:countries|sides|nations|states|governments)\b)/g;

/** "the two foreign ministers had held talks": the two foreign ministers the article has named (of two states). */
function withTwoPosts(a: AbstractSentence, holders: Holders): AbstractSentence {
  const slots = [...a.slots];
  const text = a.text.replace(TWO_POSTS, (all, field = "foreign", posts = "ministers") => {
    const noun = posts === "secretaries" ? "secretary" : "minister";
    const post = `${field.toLowerCase()} ${noun}`;
    // ("the two fisheries secretaries": "Fisheries Secretary X" and "the Secretary to the Ministry of Fisheries, Y")
    const holds = (p: string) => p === post || p.endsWith(` ${post}`) || (post === "foreign minister" && /\b(?:minister (?:of|for) foreign affairs|foreign secretary|secretary of state|external affairs minister|foreign affairs minister)\b/.test(p)) || (post !== "foreign minister" && new RegExp(`\\b${noun} (?:of|for|to) (?:the )?(?:ministry of )?${field}\\b`).test(p));
    const ones = [...holders.values()].filter((h) => [...h.posts].some(holds) && !/\b(?:deputy|vice|state|former|then)\b/.test([...h.posts].join(" ")));
    // (of two states, or one of them told with no state)
    // (two told with no state at all where the text says they are of both countries)
    const states = ones.map((h) => h.state ?? h.slot.titleCountry);
    if (ones.length !== 2 || (states[0] === states[1] && (!/ of (?:both|the two) /.test(all) || states[0]))) return all;
    slots.push(ones[0].slot, ones[1].slot);
    return `<P${slots.length - 2}> and <P${slots.length - 1}>`;
  });
  return text === a.text ? a : { ...a, text, slots };
}

/** "the presidents of <G>, <G> and <G>": the posts of states in the plural, each held by one the article has named. */
const POSTS_OF_STATES = /\b[Tt]he (presidents|prime ministers|foreign ministers) of (?:the )?(<G\d+>(?:, (?:the )?<G\d+>)*,? and (?:the )?<G\d+>)/g;

/** "the presidents of <G>, <G> and <G> signed": each state's president the article has named (all, or none). */
function withPostsOfStates(a: AbstractSentence, holders: Holders): AbstractSentence {
  const slots = [...a.slots];
  const text = a.text.replace(POSTS_OF_STATES, (all, posts: string, list: string) => {
    const post = posts.replace(/s$/, "");
    const holding = [...holders.values()].filter((h) => [...h.posts].some((p) => p === post || (p.endsWith(` ${post}`) && !/\b(?:of|to|for) the /.test(p)) || p.startsWith(`${post} of `)) && !/vice|deputy/.test([...h.posts].join(" ")));
    const people = [...list.matchAll(/<G(\d+)>/g)].map((g) => {
      const ones = holding.filter((h) => (h.state ?? h.slot.titleCountry) === a.slots[Number(g[1])]?.country);
      return ones.length === 1 ? ones[0].slot : undefined;
    });
    // (the one state left is the one holder the article gives no state: "President X" of the story's own state)
    const stateless = holding.filter((h) => !(h.state ?? h.slot.titleCountry));
    if (people.filter((p) => !p).length === 1 && stateless.length === 1) people[people.findIndex((p) => !p)] = stateless[0].slot;
    if (!people.every((p) => p?.key)) return all;
    const named = people.map((p) => {
      slots.push(p!);
      return `<P${slots.length - 1}>`;
    });
    return `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
  });
  return text === a.text ? a : { ...a, text, slots };
}

/** A minister named by the portfolio the article gave them: "the Ghanaian Minister for Trade, Agribusiness and
 * Industry" of one "X, M.P., Minister for Trade, Agribusiness and Industry" (not another minister of that state). */
function withPortfolioResolved(a: AbstractSentence, holders: Holders): AbstractSentence {
  const slots = [...a.slots];
  const text = a.text.replace(/\b[Tt]he (?:<N(\d+)> )?((?:[A-Z][a-z]+ )?(?:Minister|Secretary) (?:for|of) [A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*){0,6})\b/g, (all, n: string | undefined, post: string) => {
    const state = n === undefined ? undefined : a.slots[Number(n)]?.country;
    // (of the state named, or of none told yet)
    const holding = [...holders.values()].filter((h) => h.posts.has(post.toLowerCase()) && (!state || (h.state ?? h.slot.titleCountry ?? state) === state));
    if (holding.length !== 1) return all;
    slots.push(holding[0].slot);
    return `<P${slots.length - 1}>`;
  });
  return text === a.text ? a : { ...a, text, slots };
}

function withPostResolved(given: AbstractSentence, holders: Holders, prev?: AbstractSentence, lastNamed: AbstractSentence | undefined = prev): AbstractSentence {
  const a = withTwoPosts(withPostsOfStates(withPortfolioResolved(given, holders), holders), holders);
  if (!/\b[Tt]he (?:<[NG]\d+> )?[a-zA-Z]/.test(a.text)) return a;
  const slots = [...a.slots];
  // ("the President of <G>": the post's holder of that state)
  const text = a.text.replace(POST_ANAPHOR, (all, n: string | undefined, post: string, of: string | undefined, at: number) => {
    // (not a post the name set off after it gives: "After the talks, the minister, <P>, and …" is <P>)
    // (nor with a style before the name: "The Prime Minister of <G>, Hon. <P>, received")
    // (or "the president at the time, Gerald Ford,")
    if (/^(?: at the time| then)?, (?:(?:(?:The )?(?:Rt\.? )?Hon|H\.?E|Dr|Mr|Mrs|Ms)\.? )?<P\d+>(?:,|\.| at\b| in\b|$)/.test(a.text.slice(at + all.length))) return all;
    // (nor the post's possessive before a capitalised noun, a place or a body: "from the President's Box")
    if (/^['’]s (?:[A-Z]|<[A-Z]\d+>)/.test(a.text.slice(at + all.length))) return all;
    // (nor a post set off after the name it is: "handed it to <P>, the minister whom Y had named")
    if (/<P\d+>, $/.test(a.text.slice(0, at))) return all;
    // (nor one a namesake is no kin of: "X (no relation to the President)")
    if (/\brelation (?:to|of) $/.test(a.text.slice(0, at))) return all;
    // (a demonym's state, or a state named as such: "the Vanuatu leader")
    // (not inside another's post: "X, Assistant to the President of <G>,")
    if (of !== undefined && /\b(?:[A-Z][a-z]+|[Aa]ssistant|[Aa]dviser|[Aa]dvisor|[Ee]nvoy|[Ss]ecretary|[Rr]epresentative|[Aa]mbassador) (?:to|of|for) $/.test(a.text.slice(0, at))) return all;
    // (or the one state whose post it is, in its own words: "the Ingwenyama", Eswatini's king)
    const state = STATE_OF_TITLE[post.toLowerCase()] ?? a.slots[Number(n ?? of)]?.country;
    // ("the PM": the prime minister; not "the pm")
    if (/^pm$/i.test(post) && post !== "PM") return all;
    const word = spelledOut(post).replace("vice president", "vice-president");
    // ("received UAE National Security Adviser X …, and the Emirati official handed him": the one of that state the
    // sentence has named before it, else the one the article has)
    if (word === "official" || word === "diplomat") {
      const named = [...new Set([...a.text.slice(0, at).matchAll(/<P(\d+)>/g)].map((x) => a.slots[Number(x[1])]).filter((x) => x?.key && x.titleCountry === state).map((x) => x.key))];
      const from = named.length === 1 ? a.slots.find((x) => x.key === named[0]) : undefined;
      // (a head of state or government is no "diplomat" or "official": "the Tanzanian diplomat" is not the Tanzanian president)
      const known = from ? undefined : [...holders.values()].filter((h) => (h.state ?? h.slot.titleCountry) === state && ![...h.posts].some((p) => LEADER_POST.test(p)));
      const slot = from ?? (known?.length === 1 ? known[0].slot : undefined);
      if (!slot || !state) return all;
      slots.push(slot);
      return `<P${slots.length - 1}>`;
    }
    // ("the minister" of a "foreign minister" or of a "minister of foreign affairs"; "the head of state" of a president or
    // a king; "the president" is no vice-president)
    const holds = (p: string) =>
      word === "head of state"
        ? /^(?:president|king|queen|emir|amir|sultan|emperor)(?: of\b|$)/.test(p)
        : // ("the Premier" of a "Prime Minister X")
        word === "premier"
        ? /^(?:premier|prime minister)(?: of\b|$)/.test(p)
        : word === "leader"
        ? // ("the Vanuatu leader": its head of state or government named before)
          // (or a region's: "the Andalusian leader", its regional president)
          /^(?:(?:regional|provincial|state) )?(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|emperor|leader|supreme leader|head of government|head of state)(?: of\b|$)/.test(p)
        : // ("State Minister for Foreign Affairs" is "the Ethiopian minister")
          // ("Crown Prince and Prime Minister X" is "the crown prince")
          (p === word || p.endsWith(` ${word}`) || p.startsWith(`${word} and `) || p.startsWith(`${word} of `) || p.startsWith(`${word} for `) || p.startsWith(`${word} to `) || p.startsWith(`${word} in `) || p.includes(` ${word} for `) || p.includes(` ${word} of `)) &&
          !(word === "president" && /vice[- ]president/.test(p)) &&
          // (nor is a deputy prime minister "the prime minister")
          !(/^(?:prime minister|premier|chancellor|chief minister|governor)$/.test(word) && /\b(?:deputy|vice|lieutenant)\b/.test(p)) &&
          // (nor is a prime or chief minister "the minister": "Italian Prime Minister X … the Italian minister" is
          // another)
          !(word === "minister" && /^(?:deputy |acting )?(?:prime|chief|first) minister/.test(p));
    let fits = [...holders.values()].filter((h) => [...h.posts].some(holds) && (!state || (h.state ?? h.slot.titleCountry) === state));
    // ("the Algerian head of state" where the one president the article names is given no state)
    // (not "the Peruvian president" for a "President X" of a story from Santiago, whose dateline makes X Chile's)
    // (and a post only one state has, in its own words, of the one holder the article gives no state: "the løgmaður" of
    // a bare "Prime Minister X" in a Faroese story)
    if (!fits.length && state && (STATE_OF_TITLE[post.toLowerCase()] || word === "head of state")) {
      const stateless = [...holders.values()].filter((h) => [...h.posts].some(holds) && !(h.state ?? h.slot.titleCountry));
      if (stateless.length === 1) fits = stateless;
    }
    // ("the Ambassador" of a cable that names "Ambassador X" and "Tajik Ambassador Y": the one of no other state)
    // (and "the Head of State" of an agency's story that names "President of the Republic X" and "Algerian
    // President Y")
    if (fits.length > 1 && !state && (word === "ambassador" || word === "head of state")) {
      const stateless = fits.filter((h) => !(h.state ?? h.slot.titleCountry));
      // (or the one given the home state's style, "President of the Republic X", with no state named)
      const own = stateless.length === 1 || word !== "head of state" ? stateless : fits.filter((h) => h.posts.has("president of the republic"));
      if (own.length === 1) fits = own;
    }
    // (the one asked to carry a message to a leader of a state: that state's, "asked the minister to convey his wishes
    // to the President of <G>")
    const carriedTo = fits.length > 1 && !state ? a.text.slice(at + all.length).match(/^ to (?:convey|deliver|pass on|carry|take|relay)\b[^.;]{0,80}? to (?:the )?(?:[A-Za-z]+ ){1,2}of (?:the )?<G(\d+)>/)?.[1] : undefined;
    const carriedFor = carriedTo !== undefined ? a.slots[Number(carriedTo)]?.country : undefined;
    if (carriedFor && fits.some((h) => (h.state ?? h.slot.titleCountry) === carriedFor)) fits = fits.filter((h) => (h.state ?? h.slot.titleCountry) === carriedFor);
    // (not one the sentence names itself: "conveyed to the head of state the greetings of President Y" is another)
    // (of heads of state only: of two ministers, the one the sentence names may yet leave a third no better read)
    if (fits.length > 1 && /^(?:head of state|president|leader)$/.test(word)) {
      const others = fits.filter((h) => !a.slots.some((x) => x.key === h.slot.key));
      if (others.length) fits = others;
    }
    // (not the one a letter is from: "X brought a letter from Foreign Minister Y to the minister" is another)
    const sender = a.text.slice(0, at).match(/\bfrom (?:[A-Z][a-z]+ ){0,3}<P(\d+)> to $/)?.[1];
    if (fits.length > 1 && sender !== undefined) fits = fits.filter((h) => h.slot.key !== a.slots[Number(sender)]?.key);
    // ("the Prime Minister", capitalised as a paper writes its own country's, of a story that names three: the first
    // named with that post and no state, "Prime Minister X", before "Barbados Prime Minister Y")
    if (fits.length > 1 && !state && /^(?:Prime Minister|President|Premier)$/.test(post) && !fits[0].slot.titleCountry) fits = [fits[0]];
    // (else the one of a state the sentence names before it: "X, the US ambassador to Ireland, handed Y the President's
    // letter", of two presidents one of the United States)
    if (fits.length > 1 && !state) {
      // (the envoy's own state first: "the <G> ambassador to <G>")
      // (but the one it is carried to is of the state the envoy serves in: "… by G's ambassador to H, X, for delivery
      // to the president")
      const delivery = /\b(?:for delivery|to (?:pass|deliver|hand|give|forward|transmit)(?: it)?(?: over| on)?) to (?:the )?$/.test(a.text.slice(0, at));
      const envoyOf = (delivery ? a.text.slice(0, at).match(/\b(?:ambassador|envoy|high commissioner|emissary) (?:to|in) (?:the )?<[GN](\d+)>/i)?.[1] : undefined) ?? a.text.slice(0, at).match(/\b(?:the )?<[GN](\d+)>(?:['’]s)? (?:ambassador|envoy|high commissioner|emissary)\b/i)?.[1];
      const named = new Set(a.slots.filter((x, i) => (x.kind === "Government" || x.kind === "Demonym") && x.country && (envoyOf === undefined ? a.text.slice(0, at).includes(`<${x.kind === "Government" ? "G" : "N"}${i}>`) : i === Number(envoyOf))).map((x) => x.country));
      const theirs = fits.filter((h) => named.has(h.state ?? h.slot.titleCountry ?? ""));
      if (theirs.length === 1) fits = theirs;
    }
    // (nor, in a letter told of just before, the one it is from: "… a letter to X from the Minister Y. It invites the
    // minister to L" is X)
    if (fits.length > 1 && prev && /^(?:It|The (?:letter|message|note)) (?:also )?(?:invites|invited|asks|asked|urges|urged)\b/.test(a.text)) {
      const senders = fits.filter((h) => new RegExp(`\\b(?:letter|message|note)s? (?:(?:[^<.;]|<[GN]\\d+>){0,40}?<P\\d+> )?from (?:the )?(?:[A-Z][a-z]+ )?<P${prev.slots.findIndex((x) => x.key === h.slot.key)}>`).test(prev.text));
      if (senders.length && senders.length < fits.length) fits = fits.filter((h) => !senders.includes(h));
    }
    // (else the one of them the sentence before named, itself called by the post there: "… handed it to Y, the minister
    // whom Z had named. The minister had in turn given her a reply" is Y, not the foreign minister named long before)
    if (fits.length > 1 && !state && prev) {
      const near = fits.filter((h) => new RegExp(`<P${prev.slots.findIndex((x) => x.key === h.slot.key)}>, (?:the|a|an) ${word}\\b`).test(prev.text));
      if (near.length === 1) fits = near;
    }
    // (else, opening the sentence, the one of them the sentence before named, as its subject or its speaker: "…," X
    // said. The minister said he had discussed …" is X, of several ministers named before; so is "…," X told
    // journalists afterwards)
    // (past a quotation that names no one: "X said he would answer later. "…," he said. The prime minister, in turn,
    // asked")
    if (fits.length > 1 && at === 0 && lastNamed) {
      const speaking = fits.filter((h) => {
        const i = lastNamed.slots.findIndex((x) => x.key === h.slot.key);
        return i >= 0 && new RegExp(`^(?:[^<.;]{0,30} )?<P${i}> |(?:said|added|says|adds) <P${i}>\\.?$|<P${i}> (?:said|added|says|adds|told (?:journalists|reporters)(?: [a-z]+)?)\\.?$`).test(lastNamed.text);
      });
      if (speaking.length === 1) fits = speaking;
    }
    // (else, past the sentence's opening, the one of them the sentence before opened with: "She left it with Y, who …
    // X asked the minister to raise with Z …" is the one who left it)
    if (fits.length > 1 && at > 0 && prev) {
      const opened = prev.slots[Number(prev.text.match(OPENER)?.[1])]?.key;
      const subject = fits.filter((h) => h.slot.key === opened && !a.slots.some((x) => x.key === opened));
      if (subject.length === 1) fits = subject;
    }
    // (else "the Chadian leader" of a president and a prime minister of that state: the head of state)
    if (fits.length > 1 && word === "leader" && state) {
      const heads = fits.filter((h) => [...h.posts].some((p) => HEAD_OF_STATE_POST.test(p)));
      if (heads.length === 1) fits = heads;
    }
    if (fits.length !== 1) return all;
    slots.push(fits[0].slot);
    return `<P${slots.length - 1}>`;
  });
  // ("The Co-Chairs signed the Protocol": the record's two co-chairs)
  const cochairs = [...holders.values()].filter((h) => h.posts.has("co-chair"));
  const both = cochairs.length === 2 ? text.replace(/\b[Tt]he [Cc]o-[Cc]hairs\b/g, () => {
    slots.push(cochairs[0].slot, cochairs[1].slot);
    return `<P${slots.length - 2}> and <P${slots.length - 1}>`;
  }) : text;
  // (a style left before the post told: "asked HE the Minister to convey" reads "asked <P> to convey")
  // (and "the letter of <P>", once the post is read as the one named: the letter from <P>)
  const unstyled = both.replace(/\b(?:HE|H\.E\.|HH|HM|HRH|H\.H\.) (?=<P\d+>)/g, "").replace(/\b(the|a|an) (letter|message|note|reply) of (?=<P\d+>)/g, "$1 $2 from ");
  return unstyled === a.text ? a : { ...a, text: unstyled, slots };
}

/** "the visiting dignitary", "the visitor", "his guest": the one the article named as visiting ("Visiting Foreign
 * Minister X", "X arrived in L"). */
function withVisitorResolved(given: AbstractSentence, visitor: AbstractSentence["slots"][number] | undefined, guest?: AbstractSentence["slots"][number], host?: AbstractSentence["slots"][number]): AbstractSentence {
  // ("A meeting with Vice President Y, which had been scheduled for …, was cancelled": the visitor's, in a visit)
  const opening = visitor?.key ? given.text.match(/^(A|The) (?:planned |scheduled )?(meeting|courtesy call|call|audience) with (?=(?:the )?(?:<[NG]\d+> )?<P(\d+)>)/) : null;
  const a = opening && given.slots[Number(opening[3])]?.key !== visitor!.key ? { ...given, text: `${opening[1]} ${opening[2]} between <P${given.slots.length}> and ${given.text.slice(opening[0].length)}`, slots: [...given.slots, visitor!] } : given;
  // (and the host's "his guest": "Minister X asked his guest to convey to Y …"; and "the German visitor")
  const re = /\b[Tt]he (?:visiting (?:(?:foreign|deputy|vice|special|chief|senior) )?(?:dignitary|guest|minister|leader|president|premier|prime minister|envoy|official|adviser|advisor|diplomat|secretary)|(?:<N\d+> )?(?:visitor|guest))\b(?! of)|\b(?:his|her) guest\b(?! of)/g;
  // (or, with no visitor told, the one received last)
  const who = visitor?.key ? visitor : guest;
  // (and the guest's "his host": "Y conveyed to his host a message from Z", the one who hosted Y last)
  const b0 = host?.key && /\b(?:his|her|their) host\b/.test(a.text) ? { ...a, text: a.text.replace(/\b(?:his|her|their) host\b/g, `<P${a.slots.length}>`), slots: [...a.slots, host] } : a;
  // (and the one an invitation was extended to, the visitor told before: "Premier X extended the invitation in a
  // letter over the winter")
  // (or, with no visitor told, the one received last: "X hosted Y … The invitation had been issued by X in L")
  const invitee = visitor?.key ? visitor : guest;
  const extended = invitee?.key ? b0.text.match(/^(?:[^<.;]{0,30} )?<P(\d+)> (?:had )?extended the invitation(?= (?:in|over|last|by)\b|[.,;])/) : null;
  const b = extended && b0.slots[Number(extended[1])]?.key !== invitee!.key ? { ...b0, text: `${extended[0]} to <P${b0.slots.length}>${b0.text.slice(extended[0].length)}`, slots: [...b0.slots, invitee!] } : b0;
  if (!who?.key || !re.test(b.text)) return b;
  return { ...b, text: b.text.replace(re, `<P${b.slots.length}>`), slots: [...b.slots, who] };
}

/** "X called on (visited, paid a courtesy call on) Y": the caller (1). */
const CALLER = new RegExp(`<P(\\d+)>,? (?:(?:then|later|also|yesterday|today) )?(?:called on|visited|${PAID_CALL_ON}) (?:the )?<P\\d+>`);
/** The one who called on another in `a`, where what follows the pronoun hands them something ("A called on B. She
 * handed her a letter"): A, if the pronoun fits them and the sentence does not name them. */
function callerIn(a: AbstractSentence, rest: string, pronoun: string, genders: Map<string, Gender>, named: ReadonlySet<string | undefined>): AbstractSentence["slots"][number] | undefined {
  if (!/^ (?:then |later )?(?:handed|gave|passed|delivered|presented)\b/.test(rest)) return undefined;
  const m = a.text.match(CALLER);
  const slot = m ? a.slots[Number(m[1])] : undefined;
  return fitUnnamed(slot, pronoun, genders, named);
}

/** The subject of a clause of time of `a` in which they arrive or are received ("…, when A, envoy of B, was received
 * by C"), if the pronoun fits them and the sentence does not name them. */
function arrivingIn(a: AbstractSentence, pronoun: string, genders: Map<string, Gender>, named: ReadonlySet<string | undefined>): AbstractSentence["slots"][number] | undefined {
  // (or the main clause's one received: "On Thursday, before she flew back to L, A was received by B")
  const m = a.text.match(/\b(?:when|as|after) <P(\d+)>(?:, (?:[^<,;.]|<[PGNO]\d+>){1,70},)? (?:was received|was welcomed|arrived|landed|came)\b/) ?? a.text.match(/(?:^|, )<P(\d+)> (?:was|had been) (?:received|welcomed|hosted)\b/);
  return fitUnnamed(m ? a.slots[Number(m[1])] : undefined, pronoun, genders, named);
}

/** `slot`, if the pronoun fits them and the sentence does not name them. */
function fitUnnamed(slot: AbstractSentence["slots"][number] | undefined, pronoun: string, genders: Map<string, Gender>, named: ReadonlySet<string | undefined>): AbstractSentence["slots"][number] | undefined {
  return slot?.key && fits(pronoun, slot.key, genders) && !named.has(slot.key) ? slot : undefined;
}

/**
 * A sentence opening with "He" or "She" gets, for the rules, the person the previous sentence opened with (or the
 * only person it named) in the pronoun's place, as one more slot.
 */
export function withPronounResolved(given: AbstractSentence, prev: AbstractSentence | undefined, genders: Map<string, Gender> = new Map(), earlier: AbstractSentence[] = [], speakers: ReadonlySet<string> = new Set(), topic?: AbstractSentence["slots"][number], sole: Partial<Record<Gender, AbstractSentence["slots"][number]>> = {}): AbstractSentence {
  // (past a transcript's speaker, whose label is put back after: "<P>: He was received by …")
  const label = given.text.match(SPEAKER_LABEL)?.[0] ?? "";
  const a = label ? { ...given, text: given.text.slice(label.length) } : given;
  // (also past an opening phrase of time: "On Thursday he held talks with Y")
  // (and "His letter", "Her message" opening it: the same person's, "<P>'s letter")
  const m = a.text.match(OPENING_PRONOUN);
  if (!m || !prev) return given;
  const possessive = /(?:His|Her)$/.test(m[0]);
  const pronoun = possessive ? (m[0].endsWith("His") ? "he" : "she") : m[0].match(/(?:He|She|he|she)$/)![0].toLowerCase();
  // (past an opening adverbial: "Over the Easter weekend, CIA Director <P>", "By Thursday <P>")
  const opening = prev.text.match(OPENER)?.[1];
  const people = [...new Set(prev.slots.filter((x) => x.kind === "Person" && x.key && !speakers.has(x.key)).map((x) => x.key))];
  let referent = opening !== undefined && !speakers.has(prev.slots[Number(opening)]?.key ?? "") ? prev.slots[Number(opening)] : people.length === 1 ? prev.slots.find((x) => x.key === people[0]) : undefined;
  // (not one of two who opened it together: "A and B, who …, sat in on the meeting. He gave X a message" is the one before)
  if (PAIR_OPENING.test(prev.text)) {
    const before = otherReferent(pronoun, earlier, genders, new Set(a.slots.map((x) => x.key)));
    if (before?.key) referent = before;
  }
  // (not one the article gives the other gender: "Tanyi had given her a letter. In June she had carried it …" is the
  // last woman named, the sentences before it searched back)
  // (nor one the sentence names itself: "He requested a meeting with me", in X's answer, is not X)
  // (save one named only as the owner of his own count or words: "he and Y signed …, by X's own count")
  const ownOnly = (i: number) => new RegExp(`<P${i}>['’]s own\\b`).test(a.text);
  const named = new Set([...a.slots.filter((x, i) => !ownOnly(i)).map((x) => x.key), ...speakers]);
  // (the one the opener received, where the opener is ruled out, as the speaker of a quotation: "X received Y at L
  // together with Z. "He brought me a letter," X said" is Y)
  const guestOf = (k: string) => prev.slots[Number(prev.text.match(new RegExp(`<P${k}> (?:has |had )?(?:received|welcomed|hosted) (?:the )?<P(\\d+)>`))?.[1])];
  const guest = referent?.key && named.has(referent.key) && opening !== undefined ? guestOf(opening) : undefined;
  if (fitUnnamed(guest, pronoun, genders, named)) referent = guest;
  else if (referent?.key && (!fits(pronoun, referent.key, genders) || named.has(referent.key))) referent = otherReferent(pronoun, [...earlier, prev], genders, named);
  // (past a sentence that names no one: "X received me. We had forty minutes. She was precise" is X)
  // (or, of several the sentence before names, the one arriving or received in its clause of time: "…, when A, envoy
  // of B, was received by C. She handed him a letter from B to D" is A)
  // (or the caller, handing the one called on something: "…, A called on B. She handed her a letter" is A)
  // (or the one of them this sentence does not name: "…, A called on B. She handed B a letter" is A)
  else if (!referent && people.length > 1) {
    const unnamed = people.filter((k) => !named.has(k) && fits(pronoun, k, genders));
    const onlyUnnamed = unnamed.length === 1 && people.some((k) => named.has(k)) ? prev.slots.find((x) => x.key === unnamed[0]) : undefined;
    // (or the speaker of the quotation the sentence before closed with: "“…,” Mr. A said, to laughter. He asked B
    // to …")
    const said = prev.text.match(/["”],? (?:<P(\d+)> (?:said|added|says|adds)|(?:said|added|says|adds) <P(\d+)>)\b/);
    const speaker = said ? prev.slots[Number(said[1] ?? said[2])] : undefined;
    const quoted = fitUnnamed(speaker, pronoun, genders, named);
    referent = arrivingIn(prev, pronoun, genders, named) ?? callerIn(prev, a.text.slice(m[0].length), pronoun, genders, named) ?? quoted ?? onlyUnnamed;
  }
  else if (!referent && !people.length) referent = fitUnnamed(topic, pronoun, genders, named) ?? otherReferent(pronoun, earlier, genders, named);
  // (nor the opener the sentence before called by the other pronoun in a clause of its own: "X … carried a note, which
  // he handed to Y. She took the note back to L" is Y; not where the opener is that clause's object: "X met Y, and he
  // handed it to her. She …" is X)
  else if (referent?.key && opening !== undefined && referent === prev.slots[Number(opening)] && new RegExp(`, (?:which|who|and|where|when) ${pronoun === "she" ? "he" : "she"} `).test(prev.text) && !new RegExp(`\\b${pronoun}\\b`).test(prev.text) && !new RegExp(`\\b${pronoun === "she" ? "her" : "him"}\\b`).test(prev.text)) {
    referent = otherReferent(pronoun, [prev], genders, new Set([...named, referent.key])) ?? referent;
  }
  // (the one who says it, in a reporting aside: "On April 2, he says, Y handed him …" is the last to "say" so before)
  // (the one asked to carry a paper, who then travels or hands it over: "X asked Y … to deliver a letter by hand to
  // Z. She flew to Geneva and handed it to him" is Y, and "him" Z)
  // (a list's next step is the first step's: "First, he handed … The minister accepted. Second, he handed …")
  const step = /^(?:Second|Secondly|Third|Thirdly|Finally|Lastly),? /.test(a.text) ? [...earlier, prev].reverse().find((x) => /^(?:First|Firstly),? <P\d+>/.test(x.text)) : undefined;
  const stepper = step ? step.slots[Number(step.text.match(/^(?:First|Firstly),? <P(\d+)>/)![1])] : undefined;
  if (fitUnnamed(stepper, pronoun, genders, named)) referent = stepper;
  const carried = !possessive ? askedCarrier(a, prev) : undefined;
  if (fitUnnamed(carried?.carrier, pronoun, genders, named)) referent = carried!.carrier;
  const handedTo = carried?.recipient?.key && referent === carried.carrier && fits(/^him$/.test(a.text.match(/\bhanded (?:it|them) (?:over )?to (him|her)\b/)?.[1] ?? "") ? "he" : "she", carried.recipient.key, genders) ? carried.recipient : undefined;
  const aside = !possessive && /^ (?:says|said|recalls|recalled|claims|claimed|writes|wrote|adds|added), /.test(a.text.slice(m[0].length));
  if (aside) {
    const speaker = [...earlier, prev].reverse().map((x) => x.slots[Number(x.text.match(/<P(\d+)> (?:also )?(?:says|said|recalls|recalled|claims|claimed|states|stated|writes|wrote)\b/)?.[1])]).find((x) => !!fitUnnamed(x, pronoun, genders, named));
    if (speaker) referent = speaker;
  }
  // (else the one person named so far whom the article gives that gender: "… the Foreign Minister was supposed to go.
  // GBARWEA: That is correct. She was to stop in L" is the one woman named before)
  const only = sole[pronoun === "she" ? "f" : "m"];
  if (!referent?.key && only?.key && !named.has(only.key)) referent = only;
  if (!referent?.key) return given;
  // (and the same pronoun as the subject of a clause after: "She handed him a list, and she invited him")
  const rest0 = a.text.slice(m[0].length).replace(new RegExp(`(,? and |; )${pronoun}\\b`, "g"), `$1<P${a.slots.length}>`);
  // (the aside dropped, and the speaker in the clause as "him" or "her": "On April 2, he says, Y handed him Z's reply")
  // (not past one called on or met: "On Tuesday, he said, Y called on Z … and handed him a letter" is Z's)
  const objectPronoun = pronoun === "he" ? /\bhim\b/ : /\bher\b(?! [a-z])/;
  const calledOn = CALLED_ON_BEFORE.test(rest0.slice(0, rest0.search(objectPronoun) >>> 0));
  const rest = aside ? rest0.replace(/^ [a-z]+, /, "").replace(objectPronoun, (x) => (calledOn ? x : `<P${a.slots.length}>`)) : rest0;
  if (aside) return { ...a, text: `${label}${m[0].slice(0, -pronoun.length)}${rest}`, slots: [...a.slots, referent] };
  if (handedTo) {
    const text = `${label}${m[0].slice(0, -pronoun.length)}<P${a.slots.length}>${rest.replace(/\b(handed (?:it|them) (?:over )?to) (?:him|her)\b/, `$1 <P${a.slots.length + 1}>`)}`;
    return { ...a, text, slots: [...a.slots, referent, handedTo] };
  }
  return { ...a, text: `${label}${m[0].slice(0, -(possessive ? 3 : pronoun.length))}<P${a.slots.length}>${possessive ? "'s" : ""}${rest}`, slots: [...a.slots, referent] };
}

/** How far back a pronoun's sentence looks: three sentences, or as many more (up to seven) as it takes to reach one
 * that names a person, past quotations and asides that name no one ("He was given the job … "…," one official
 * recalled. "…" The envoy's method, people say, is patience. On May 12 he was received …" is the one given the job). */
function reach(all: AbstractSentence[], story: number): number {
  const names = (x: AbstractSentence | undefined) => !!x?.slots.some((s) => s.kind === "Person" && s.key);
  let n = 3;
  while (n < 7 && story - n > 0 && !all.slice(story - n, story + 1).some(names)) n++;
  return n;
}

/** The one the sentence before asked to carry a paper, and the one it was for, when this sentence's pronoun subject then
 * travels or hands it over: "X asked Y at that meeting to deliver a letter by hand to Z. She flew to L and handed it to
 * him". */
export function askedCarrier(a: AbstractSentence, prev: AbstractSentence | undefined): { carrier: AbstractSentence["slots"][number]; recipient?: AbstractSentence["slots"][number] } | undefined {
  if (!prev || !CARRIER_GOES.test(a.text)) return undefined;
  const v = prev.text.match(ASKED_TO_CARRY);
  const carrier = v ? prev.slots[Number(v[1])] : undefined;
  return carrier?.key ? { carrier, recipient: v?.[2] !== undefined ? prev.slots[Number(v[2])] : undefined } : undefined;
}

/** "X asked Y … to carry a letter to Z": the carrier (1), the one it is for (2). */
const ASKED_TO_CARRY = /<P\d+>(?:[^<.;]|<[GNLO]\d+>)*? asked <P(\d+)>(?:[^<.;]|<[GNLO]\d+>){0,60}? to (?:deliver|carry|take|hand|pass|convey|bring)\b(?:(?:[^<.;]|<[GN]\d+>){0,80}? to (?:the )?(?:<[GN]\d+> (?:[a-z-]+ ){0,3}[a-z-]+, )?<P(\d+)>)?/;
/** A sentence opening with two people as its subject: "A and B, who …, sat in on the meeting". */
const PAIR_OPENING = /^(?:[^<.;]{0,40}, )?<P\d+>(?:, <P\d+>)*,? and (?:the )?<P\d+>(?=[ ,])/;
/** An opening phrase of time before a sentence's subject: "On Thursday ", "Later that day, ". */
// (and a place things come out of: "From the folder he took a letter")
// (a date's year after its comma too: "On June 19, 2025, "; and a list's steps: "First, he handed …")
export const OPENING_PHRASE = '(?:(?:On|In|At|By|Later|Earlier|After|Before|During|That|This|Next|Last|From|First|Second|Third|Then|Finally|The (?:next|following|same) day)\\b[^<,.;"]{0,40}(?:, (?:19|20)\\d\\d)?,? |According to (?:[^<,.;"]|<[NGO]\\d+>){0,60}, )';
/** A sentence opening with "He" or "She" (past an opening phrase, or a date and a source: "On June 19, 2025, according
 * to the affidavit, he"), or with "His letter", "Her message". */
// (and a place after the date: "On January 9, 2005, at <L> in <L>, he and Y signed"; or the place alone: "At <L>, he
// and Y signed"; or one beside the one he meets: "With <P> at <P>'s side, he handed"; or a meal's course and where its
// tea came from: "Over tea, from <L> and from <L>, he invited")
const OPENING_PRONOUN = new RegExp(`^["“]?(?:${OPENING_PHRASE}(?:according to [^<,.;"]{0,60}, |(?:at|in) (?:the )?<L\\d+>(?:,? in <L\\d+>)?, )?|(?:At|In) (?:the )?<L\\d+>(?:,? in <L\\d+>)?,? |With (?:the )?<[PO]\\d+> (?:at|by) (?:<P\\d+>['’]s|his|her|the [a-z]+['’]s) side, |(?:Over|During|After|Before|At) [a-z]+(?: [a-z]+)?, (?:from|in|at) (?:the )?<L\\d+>(?: and (?:from|in|at) (?:the )?<L\\d+>)?, )?(?:He|She|he|she|(?:His|Her)(?= (?:[a-z-]+ )?(?:letter|message|note|reply|invitation|proposal|request|offer|talks|meeting)s?\\b))\\b`);
/** A pronoun subject who then travels or hands a paper over: "She flew to L and handed it to him". */
const CARRIER_GOES = new RegExp(`^${OPENING_PHRASE}?(?:He|She|he|she) (?:then |later )?(?:flew|travell?ed|went|drove|delivered|handed|carried|took|passed|brought|gave)\\b`);

/** The person a pronoun stands for when the sentence before opened with someone of the other gender: the latest
 * person the sentences before name (their openers first) whom the article gives the pronoun's gender. */
function otherReferent(pronoun: string, before: AbstractSentence[], genders: Map<string, Gender>, named: ReadonlySet<string | undefined> = new Set()): AbstractSentence["slots"][number] | undefined {
  // (one the article gives that gender first; else the latest not given the other)
  let unknown: AbstractSentence["slots"][number] | undefined;
  let source: typeof unknown;
  for (const x of [...before].reverse()) {
    const opening = x.text.match(OPENER)?.[1];
    const opener = opening !== undefined ? x.slots[Number(opening)] : undefined;
    const people = x.slots.filter((s) => s.kind === "Person" && s.key).reverse();
    // (one who only gives a quote is its source, not its subject: "Y has said so plainly: "X did not meet Z." … What
    // she did was …" is X, unless no one else will do)
    const quoted = QUOTE_SOURCE.exec(x.text)?.[1];
    for (const s of opener ? [opener, ...people] : people) {
      if (!s.key || !fits(pronoun, s.key, genders) || named.has(s.key)) continue;
      if (quoted !== undefined && s.key === x.slots[Number(quoted)]?.key) {
        source ??= s;
        continue;
      }
      if (genders.has(s.key)) return s;
      unknown ??= s;
    }
  }
  return unknown ?? source;
}

/** One who gives a quote, before it: "<P> has said so plainly: "…"", "<P> told reporters: "…"". */
export const QUOTE_SOURCE = /<P(\d+)> (?:has |had )?(?:said|told|stated|explained|added|insisted|wrote)\b[^<"]{0,30}: "/;

/** Verbs whose "him" or "her" is the one the sentence is with. */
const OBJECT_VERBS = "telephoned|phoned|called|rang|thanked|congratulated|invited|urged|asked|met|hosted|received|visited|pressed|handed|gave|given|told|is receiving|is hosting|is meeting|conveyed to|relayed to|extended to";
/** "him", or "her" as the object ("thanked her for", "handed her a letter", "met her."), not as a possessive before
 * what is hers ("hosted her Turkish counterpart", "met her counterpart"). */
const HER_OBJECT = "her(?! <[A-Z]\\d+>| (?!(?:to|on|in|at|and|or|but|for|with|about|by|from|of|as|after|before|during|over|again|twice|once|last|this|that|the|a|an|his|her|their|its|later|then|also|briefly|privately|personally|directly|warmly|alone|there|here|yesterday|today|tomorrow)\\b)[a-z])";
const OBJECT_PRONOUN = `(him|${HER_OBJECT})\\b`;
/** "<P3> later met him", "She handed him": the subject, a verb of contact and the pronoun after it. */
/** The post a state's possessive names before a subject's name: "<G0>'s foreign minister, " (of "<G0>'s foreign minister,
 * <P1>, received him"). */
const POST_BEFORE_NAME = "(?:<[GN]\\d+>['’]?s? (?:[a-z-]+ ){1,3}(?:[a-z-]+, )?)?";
/** A sentence's subject, past an opening phrase and the post before the name: its slot. */
const SUBJECT_SLOT = new RegExp(`^(?:[^<.;]{0,30}|[^<.;]{0,30}<L\\d+>,? )?${POST_BEFORE_NAME}<P(\\d+)>`);
// (past a place in the opening phrase: "Two days earlier, in <L>, <P> had handed him")
const OBJECT_AFTER_VERB = new RegExp(`^((?:[^<.;]{0,30}|[^<.;]{0,30}<L\\d+>,? )?${POST_BEFORE_NAME}(?:<P\\d+>|He|She),?[^<.;]{0,20}? (?:${OBJECT_VERBS}) )${OBJECT_PRONOUN}`);
/** The person a sentence opens with, past an opening phrase: "Over the weekend, <P>", "By Thursday <P>". */
// (past a speaker's label: "<P0> (Foreign Secretary): <P2> wrote to …" opens with <P2>)
// (past up to three phrases set off: "On June 19, 2025, according to the affidavit, <P>")
// (and a month and year: "In October 1988 <P>"; and past an interview's bold: "**<P> has been asking …**")
const OPENER = /^(?:\*\*)?(?:<P\d+>(?: \([^)]{1,120}\)){0,2}: (?=[^]*?<P))?(?:(?:[^<,.]{0,60}, ){1,3}|(?:At|In|Towards?|By) the (?:end|start|beginning|middle|close|turn) of (?:[A-Z][a-z]+|(?:1[89]|20)\d\d)(?: (?:1[89]|20)\d\d)? |(?:[A-Z][a-z]+ )(?:(?:[a-z]+|[A-Z][a-z]+|(?:1[89]|20)\d\d|[1-3]?\d) ){0,2})?<P(\d+)>/;

/** "<P> celebrated Mass …, when <P> met him": the main clause's subject (1), the pronoun (2). */
const WHEN_MET_HIM = /^(?:[^<.;]{0,40}?)?<P(\d+)>(?:[^.;<]|<[LOEDGP]\d+>){1,160}?, when (?:the )?(?:[A-Z][a-z]+ )?<P\d+> (?:met|received|welcomed|greeted|visited|hosted|called on) (him|her)\b/;

/**
 * "… Qaboos flew to Tehran. Obama telephoned him on September 27": a "him" or "her" right after a verb of contact, in
 * a sentence whose subject is someone else, is the person the previous sentence opened with; when that is the
 * subject, the last other person it named, else the sentence before it named ("Haugland went into talks with Dawit.
 * She told her counterpart … She also asked him to").
 */
export function withObjectResolved(a: AbstractSentence, before: AbstractSentence[], resolved: AbstractSentence = a, genders: Map<string, Gender> = new Map()): AbstractSentence {
  // ("X received Y …, and Y handed him a message": the first clause's subject)
  // ("Before X left L, Y gave him a message": the one the opening clause names)
  const second = /, and .* (?:him|her)\b/.test(a.text) ? a.text.match(SECOND_CLAUSE_OBJECT) : /^(?:Before|After|As|When|While) <P/.test(a.text) ? a.text.match(CLAUSE_OBJECT) : null;
  // (the same subject, the first clause's object: "X had asked Y to obtain guarantees, and X had given her a letter")
  if (second && second[1] === second[2]) {
    const first = a.text.slice(0, second.index! + second[0].length).match(new RegExp(`<P${second[1]}> (?:had |has |have )?(?:asked|told|urged|met|received|thanked) (?:the )?<P(\\d+)>`));
    const object = first ? a.slots[Number(first[1])] : undefined;
    if (object?.key && object.key !== a.slots[Number(second[1])]?.key && fits(second[3].slice(0, 3), object.key, genders)) {
      const at = second.index! + second[0].length - second[3].length;
      return { ...a, text: `${a.text.slice(0, at)}<P${first![1]}>${a.text.slice(at + second[3].length)}` };
    }
  }
  if (second && second[1] !== second[2]) {
    const subject = a.slots[Number(second[1])];
    if (subject?.key && fits(second[3].slice(0, 3), subject.key, genders)) {
      const at = second.index! + second[0].length - second[3].length;
      return { ...a, text: `${a.text.slice(0, at)}<P${a.slots.length}>${a.text.slice(at + second[3].length)}`, slots: [...a.slots, subject] };
    }
  }
  // ("X called on Y at L and handed him Z's letter, which invites him …": the one called on, each time; "X received Y,
  // who handed him a letter from Z inviting him to L": the one who received; "X said that Y had called on him … and
  // handed him a letter": the one who says it)
  // ("The late Pope X celebrated Mass at the shrine in November 2015, when Y met him there": the main clause's subject)
  for (const re of [CALLED_ON_AND_HANDED, RECEIVED_WHO_HANDED, SAID_CALLED_ON_HIM, WHEN_MET_HIM]) {
    const v = a.text.match(re);
    const who = v ? a.slots[Number(v[1])] : undefined;
    if (!v || !who?.key || !fits(v[2].slice(0, 3), who.key, genders)) continue;
    const at = v.index! + v[0].length - v[2].length;
    const rest = a.text.slice(at).replace(new RegExp(`\\b${v[2] === "him" ? "him" : HER_OBJECT}\\b`, "g"), `<P${a.slots.length}>`);
    return { ...a, text: `${a.text.slice(0, at)}${rest}`, slots: [...a.slots, who] };
  }
  const m = a.text.match(OBJECT_AFTER_VERB);
  const prev = before[before.length - 1];
  if (!m || !prev) return a;
  // (the subject as resolved: "She" is the one the sentence before was about)
  // (past the post that names it: "<G0>'s foreign minister, <P1>, received him")
  const subject = resolved.slots[Number(resolved.text.match(SUBJECT_SLOT)?.[1] ?? -1)]?.key;
  if (!subject) return a;
  // (not one the article gives the other gender: "He received her" is no man)
  const pronoun = m[2].slice(0, 3);
  // (not a transcript's speaker, whose label opens a line: "GBARWEA: Yes. X asked her to convey" is no Gbarwea)
  const opening = prev.text.replace(SPEAKER_LABEL, "").match(OPENER)?.[1];
  // (the one asked to carry a letter to the subject: "X asked Y to carry a letter to Z. Z received him" is Y)
  const asked = prev.text.match(ASKED_TO_CARRY);
  const carrier = asked?.[2] !== undefined && prev.slots[Number(asked[2])]?.key === subject ? prev.slots[Number(asked[1])] : undefined;
  let referent = carrier?.key && fits(pronoun, carrier.key, genders) ? carrier : opening !== undefined ? prev.slots[Number(opening)] : undefined;
  if (!referent?.key || referent.key === subject || !fits(pronoun, referent.key, genders))
    for (const b of [...before].reverse()) {
      // (nor one named by the label: they say "me")
      const may = [...b.text.replace(SPEAKER_LABEL, "").matchAll(/<P(\d+)>/g)].map((x) => b.slots[Number(x[1])]).filter((x) => x?.key && x.key !== subject && fits(pronoun, x.key, genders));
      // (one the article gives that gender before one it gives none: "A handed B (she) a letter from C. D asked her")
      referent = may.filter((x) => genders.has(x.key!)).pop() ?? may.pop();
      if (referent) break;
    }
  if (!referent?.key || referent.key === subject) return a;
  // (the same "him" again after another verb of the sentence: "handed him a list, and she invited him")
  const rest = a.text.slice(m[0].length).replace(new RegExp(`\\b(${OBJECT_VERBS}) ${m[2] === "him" ? "him" : HER_OBJECT}\\b`, "g"), `$1 <P${a.slots.length}>`);
  return { ...a, text: `${m[1]}<P${a.slots.length}>${rest}`, slots: [...a.slots, referent] };
}

/** "<P0> received <P1> …, and <P2> handed him": the object of a second clause, its subject another. */
// (a quotation's too: "\"I told the secretary I'd be honored, and I've asked her to carry …\"")
const SECOND_CLAUSE_OBJECT = new RegExp(`^["“]?(?:${OPENING_PHRASE})?<P(\\d+)> (?:[^.;<]|<[LGNO]\\d+>|<P\\d+>)*?, and (?:the [a-z]+ )?<P(\\d+)> (?:had |has |have )?(?:then |also |later )?(?:handed|gave|given|told|thanked|invited|briefed|showed|assured|asked) (him|her)\\b`);
/** "<P0> called on <P1> at <L> and handed him <P2>'s letter": the one called on (1), the pronoun (2) (the rules read
 * "handed him a letter from <P2>" themselves). */
const CALLED_ON_AND_HANDED = /^(?:[^<.;]{0,30})?<P\d+> (?:called on|visited|met|was received by) (?:the )?<P(\d+)>(?: (?:at|in) (?:the )?(?:<L\d+>|[a-z]+))?(?: on [A-Z][a-z]+day)? and (?:then |later |also )?(?:handed|gave|presented) (him|her)(?= <P\d+>['’]s )/;
/** "<P0> said that <P1> had called on him": the one who says it (1), the pronoun (2). */
const SAID_CALLED_ON_HIM = /<P(\d+)> (?:said|says|told (?:the )?[a-z]+|recalled|added) (?:that )?(?:<[GN]\d+>['’]s (?:[A-Za-z-]+ ){0,4})?<P\d+> (?:had |has )?(?:called on|visited|met|come to see|phoned|telephoned) (him|her)\b/;
/** "<P0> received <G>'s ambassador, <P1>, who handed him": the one who received (1), the pronoun (2). */
const RECEIVED_WHO_HANDED = /<P(\d+)> (?:received|welcomed|hosted|met) (?:the )?(?:<[GN]\d+>['’]?s? (?:[a-z-]+ ){0,2}[a-z-]+,? )?<P\d+>,? who (?:then |later |also )?(?:handed|gave|presented) (him|her)\b/;
/** "Before <P0> left <G>, <P1> gave him": the object, the one a clause of time before names. */
const CLAUSE_OBJECT = /^(?:Before|After|As|When|While) <P(\d+)> [^<,;.]{0,40}(?:<[GL]\d+>[^<,;.]{0,20})?, <P(\d+)> (?:then |also |later )?(?:handed|gave|told|thanked|invited|briefed|showed|assured|asked) (him|her)\b/;
/** A message only offered, expected or still to be carried ("offered to carry a message from A to B", "is expected to
 * deliver a letter next week"): no delivery is told. */
const UNDONE = /\b(?:(?:offer(?:ed|s)?|agreed|plans?|planned|intends?|intended|hopes?|hoped|wants?|wanted|(?:is|are|was|were) (?:expected|due|set|scheduled|supposed|ready|willing|prepared)|is to|are to|refused|declined|failed|volunteered|proposed) to|will|would|could|might|may|shall)\s+(?:\w+ ){0,2}?(?:deliver|carry|pass|relay|convey|hand|bring|take|send|transmit)\b/i;
const DELIVERY: ReadonlySet<string> = new Set(["CONVEYED_VIA", "CONVEYED_TO"]);
const NOT_DONE = /\b(?:not|never)\s+(?:\w+ly\s+)?(?:received|receive|got|sent|send|wrote|written|delivered|deliver|passed|told|tell|conveyed|relayed|called|phoned)\b|n['’]t\s+(?:\w+ly\s+)?(?:received|receive|sent|send|write|written|deliver|delivered|passed|tell|told|conveyed|relayed|call|called|phoned)\b/i;
/** Before a state that completes someone's post, not an end of a message: "the Dutch ambassador to Egypt, delivered",
 * "the UN envoy for Yemen, briefed", "the emir of Qatar, received a call". */
const POST_OF = /\b(?:ambassador|envoy|emissary|representative|consul|charg[eé] d'affaires|emir|king|queen|sultan|president|(?:prime |foreign )?minister|chancellor|leader|ruler|crown prince|coordinator|mediator) (?:to|for|of|in|at|on) (?:the )?$/i;

/** News outlets and assemblies one speaks to in public ("told Reuters", "told the Bundestag"): no recipient of a
 * diplomatic message. */
const AUDIENCE = new RegExp(
  `^(?:the )?(?:${NEWS_AGENCIES.map((n) => n.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("|")}|NPR|Fox News|Le Monde|CBS|NBC|ABC|Sky News|[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)* (?:News|Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Radio|Television|TV|Network)(?: [A-Z][\\w.-]*)*|Congress|Parliament|Senate|Bundestag|Knesset|Duma|State Duma|Diet|Majlis|(?:[A-Z][\\w.-]* )*Assembly|(?:[A-Z][\\w.-]* )*(?:Courier|Herald|Times|Post|News|Star|Observer|Standard|Nation|Tribune|Review|Today|Mail|Gazette|Chronicle)|House|House of [A-Z][a-z]+|(?:[A-Z][a-z]+ )*Committee)$`,
);
function anAudience(a: AbstractSentence, k: string): boolean {
  if (!k.startsWith("organization:")) return false;
  const m = a.slots.find((x) => x.key === k);
  return !!m && (AUDIENCE.test(m.text) || AUDIENCE.test(m.name ?? ""));
}

/** Whether the state `k` is named in the sentence only as what someone's post is of or to. */
function onlyInPost(a: AbstractSentence, k: string): boolean {
  if (!k.startsWith("government:")) return false;
  let seen = false;
  for (const m of a.text.matchAll(/<[A-Z](\d+)>/g)) {
    if (keyOf(a.slots[Number(m[1])]) !== k) continue;
    if (!POST_OF.test(a.text.slice(0, m.index))) return false;
    seen = true;
  }
  return seen;
}

function applyRule(rule: RelationRule, m: RegExpMatchArray, a: AbstractSentence, ctx: RelationContext, sink: RelationSink) {
  const g = m.groups ?? {};
  // (nor one not received, not sent: "has not received a letter from X", "never wrote to Y")
  const undone = UNDONE.test(a.text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length)) || NOT_DONE.test(m[0]);
  // (handed on by the carrier to another in a clause after it: "X carried a note from Z to W, …, which he handed to Y":
  // through X and Y, and X's hand reached Y, not W)
  // (read only for a rule that passes a message through a "mid": most rules emit none)
  const passes = rule.emit.some((e) => (e.relation === "CONVEYED_TO" && e.source === "mid") || (e.relation === "CONVEYED_VIA" && e.target === "mid"));
  const handedOn = passes ? a.text.slice(m.index! + m[0].length).match(HANDED_ON_WHICH) : null;
  const next0 = handedOn ? keyOf(a.slots[Number(handedOn[1])]) : undefined;
  // (handed on by the one it was handed to, where the rule names one: "X handed Y a message from Z to his counterpart,
  // which she delivered to W" went through Y to W, for W)
  const handedTo = !!next0?.startsWith("person:") && !!g.rcp && /\b(?:handed|gave|passed|brought|showed) (?:(?:the|his|her) )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,2}<P\d+> (?:a|an|the)\b/.test(m[0]);
  const holder = handedTo ? refKeys("rcp", g, a, ctx).filter((k) => k.startsWith("person:") && k !== next0) : [];
  const next = holder.length === 1 ? undefined : next0;
  if (holder.length === 1 && next0) {
    for (const s of refKeys("src", g, a, ctx).filter((k) => k !== holder[0] && k !== next0)) {
      sink.add("CONVEYED_VIA", s, holder[0], a.sentence, `${rule.reason}: handed on by the one it was handed to`);
      sink.add("CONVEYED_TO", s, next0, a.sentence, `${rule.reason}: handed on by the one it was handed to`);
    }
    sink.add("CONVEYED_TO", holder[0], next0, a.sentence, `${rule.reason}: handed on by the one it was handed to`);
  }
  // (a place named in a title is written back: "top adviser on <L2>" → "top adviser on Latin America")
  const words = (x: string | undefined) => x?.trim().replace(/<[A-Z](\d+)>/g, (_, i) => a.slots[Number(i)]?.text ?? "");
  for (const e of rule.emit) {
    if (undone && DELIVERY.has(e.relation)) continue;
    // (not for the one who handed it on: the sender's is for the one it reached)
    if (holder.length === 1 && e.relation === "CONVEYED_TO" && e.source === "src" && e.target === "rcp") continue;
    // (a state only named as what someone's post is of or to: no end of a message)
    const message = DELIVERY.has(e.relation);
    const sources = refKeys(e.source, g, a, ctx).filter((k) => !message || !onlyInPost(a, k));
    // (the one it was handed on to is no go-between when it was for them: "…addressed to B, which he handed to B")
    const forThem = e.relation === "CONVEYED_VIA" && e.target === "next" ? refKeys("rcp", g, a, ctx) : [];
    const targets = refKeys(e.target, g, a, ctx).filter((k) => (!message || (!onlyInPost(a, k) && !anAudience(a, k))) && (!e.personTarget || k.startsWith("person:")) && !forThem.includes(k));
    if (rule.reason.startsWith("analyst") && !slotsIn(g.p).some((i) => a.slots[i]?.titleIsAffiliation)) continue;
    const note = e.note ?? (e.noteGroup ? words(g[e.noteGroup]) : undefined);
    const title = e.title ?? (e.titleGroup ? words(g[e.titleGroup]) : undefined);
    // (a name given its own other post is not the one an apposition names: "Speaking to the Dutch ambassador,
    // President X commended …")
    const otherPost = (k: string) =>
      e.relation === "HOLDS_OFFICE" && !!e.titleGroup && !!title && slotsIn(g[e.source]).some((i) => {
        const m = a.slots[i];
        // (a style or rank before the name is no other post: "the Vatican's Secretary of State, Cardinal X"; nor is
        // one held before: "the AU's envoy, former Nigerian President X")
        // (nor is a post standing for its holder named elsewhere: "With the Brazilian envoy, the President discussed …")
        if (keyOf(m) === k && m.titleRef && !samePost(m.titleRef.title, title)) return true;
        return keyOf(m) === k && !!m.title && !m.titleIsAffiliation && OFFICE_WORDS.test(m.title) && !samePost(m.title, title) && !heldFormerly(ctx.article.text, m);
      });
    if (e.titleFromSlot) {
      for (const i of slotsIn(g[e.source])) {
        const m = a.slots[i];
        if (m?.kind !== "Person" || !m.key || !m.title || m.titleIsAffiliation) continue;
        for (const t of targets) sink.add(e.relation, m.key, t, a.sentence, rule.reason, { title: m.title });
      }
      continue;
    }
    // (the carrier's hand reached the one it was handed on to: "which he handed to Y")
    const mid = e.relation === "CONVEYED_TO" && e.source === "mid" && next?.startsWith("person:") ? [next] : undefined;
    for (const s of sources)
      if (!otherPost(s))
        for (const t of mid && !mid.includes(s) ? mid : targets)
          sink.add(e.relation, s, t, a.sentence, rule.reason, { ...(note ? { note } : {}), ...(title ? { title } : {}), ...(e.weak ? { weak: true } : {}) });
    // (and the letter went through that one too)
    // (or, where the rule names no one it was for, that one is: "X carried a letter from Z, which he handed to Y" is
    // Z's letter for Y, from X's hand)
    if (e.relation === "CONVEYED_VIA" && e.target === "mid" && next?.startsWith("person:") && !g.rcp && !rule.emit.some((x) => x.target === "rcp")) {
      for (const s of sources) if (s !== next) sink.add("CONVEYED_TO", s, next, a.sentence, `${rule.reason}: handed to the one it was for`);
      for (const c of refKeys("mid", g, a, ctx)) if (c !== next) sink.add("CONVEYED_TO", c, next, a.sentence, `${rule.reason}: handed to the one it was for`);
    } else if (e.relation === "CONVEYED_VIA" && e.target === "mid" && next?.startsWith("person:") && !refKeys("rcp", g, a, ctx).includes(next))
      // (not the one it was for: "a letter from Z to Y, which he handed to Y at the palace" went through no one more)
      for (const s of sources) sink.add("CONVEYED_VIA", s, next, a.sentence, `${rule.reason}: handed on to another`);
  }
  // (a letter handed to a head of state or government named so is for that one: "called on Prime Minister Y and handed
  // him a letter from Z"; the one met might otherwise be an envoy it goes through)
  // (the sender: the source of the carrier's CONVEYED_VIA; the recipient: the target of the carrier's CONVEYED_TO)
  const via = undone ? undefined : rule.emit.find((e) => e.relation === "CONVEYED_VIA" && g[e.source] && g[e.target]);
  const to = via ? rule.emit.find((e) => e.relation === "CONVEYED_TO" && e.source === via.target && g[e.target]) : undefined;
  // (not when the rule names the sender's addressee itself: "a letter from A, addressed to B, and handed it to
  // President C")
  // (read also where an apposition was collapsed away: the sentence as written)
  if (via && to && !/\baddressed to\b/.test(a.sentence.text) && !rule.emit.some((e) => e.relation === "CONVEYED_TO" && e.source === via.source && (e.target === to.target || !!g[e.target])))
    for (const i of slotsIn(g[to.target])) {
      const r = a.slots[i];
      if (r?.kind !== "Person" || !r.key || !LEADER_TITLE.test(r.title ?? r.titleRef?.title ?? "")) continue;
      for (const s of refKeys(via.source, g, a, ctx)) if (s !== r.key) sink.add("CONVEYED_TO", s, r.key, a.sentence, `${rule.reason}: handed to a leader, its addressee`);
    }
  // (the one it was handed to undertook to pass it on: "… to Y, who received her in L and undertook to place it
  // before President Z": the sender's, through Y, for Z)
  const onward = passes && g.src && g.rcp ? a.text.slice(m.index! + m[0].length).match(PASS_ON_PROMISED) : null;
  const last = onward ? keyOf(a.slots[Number(onward[1])]) : undefined;
  if (onward && last?.startsWith("person:") && !undone)
    for (const s of refKeys("src", g, a, ctx))
      for (const r of refKeys("rcp", g, a, ctx))
        if (r.startsWith("person:") && s !== last && r !== last) {
          sink.add("CONVEYED_VIA", s, r, a.sentence, `${rule.reason}: its recipient undertook to pass it on`);
          sink.add("CONVEYED_TO", s, last, a.sentence, `${rule.reason}: for the one its recipient undertook to pass it on to`);
        }
}
/** A head of state's or government's title before a name ("Prime Minister Modi", "King Charles"). */
const LEADER_TITLE = /^(?:President|Prime Minister|PM|King|Queen|Emir|Amir|Sultan|Chancellor|Premier|Pope|Crown Prince|Supreme Leader|Taoiseach)$/i;
/** "…, who received her in L and undertook to place it before <P>": the one a letter was handed to will pass it on. */
const PASS_ON_PROMISED = /^,? who (?:(?:[^.;<]|<[LGNOT]\d+>){0,80}? and )?(?:undertook|promised|agreed|pledged|offered) to (?:place|put|pass|hand|deliver|forward|transmit|take) (?:it|them)(?: on)? (?:before|to) (?:the )?(?:[A-Z][a-z]+ )?<P(\d+)>/;
/** A clause after a message carried that hands it on: ", which he handed to <P> over coffee", ", which he passed across
 * the table to <P>". */
const HANDED_ON_WHICH = /^(?:(?:[^.;<]|<[GNLO]\d+>){0,160}?,)? which (?:he|she) (?:later |then |duly )?(?:handed|gave|passed|delivered|presented)(?: over| on| across the table)?(?: it)?(?: to)? (?:the )?<P(\d+)>/;

/** Two names of one post: the same words, or one the end of the other ("Foreign Minister", "minister"). */
function samePost(x: string, y: string): boolean {
  const [a, b] = [x, y].map((t) => t.toLowerCase().replace(/^(?:then|former)[- ]/, "").trim());
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function keyOf(m: ResolvedMention | undefined): string | undefined {
  if (!m) return undefined;
  if (m.kind === "Demonym") return m.country ? `government:${m.country}` : undefined;
  return m.key;
}

function refKeys(ref: string, groups: Record<string, string | undefined>, a: AbstractSentence, ctx: RelationContext): string[] {
  if (ref.startsWith("@ownerOf:")) {
    return slotsIn(groups[ref.slice(9)])
      .map((i) => a.slots[i])
      .map((m) => (m?.owner && m.owner !== "@speaker" ? `government:${m.owner}` : m?.owner === "@speaker" ? speakerGovernment(a.sentence.index, ctx) : undefined))
      .filter((k): k is string => !!k);
  }
  // (the story's own state: its dateline's, or its officials')
  if (ref === "@home") return ctx.homeCountry ? [`government:${ctx.homeCountry}`] : [];
  if (ref.startsWith("@governmentOf:")) {
    return slotsIn(groups[ref.slice(14)])
      .map((i) => keyOf(a.slots[i]))
      .map((k) => (k ? (ctx.governmentOf.get(k) ?? ctx.weakGovernmentOf?.get(k)) : undefined))
      .filter((k): k is string => !!k);
  }
  // (not a state's possessive before a person of a list: "A and Thailand's B")
  return slotsIn(groups[ref]?.replace(/<G\d+>['’]s (?=<P)/g, "")).map((i) => keyOf(a.slots[i])).filter((k): k is string => !!k);
}

/** "our embassy" in a quote: the state of whoever speaks in that sentence, else of the previous sentence's subject. */
function speakerGovernment(sentence: number, ctx: RelationContext): string | undefined {
  const speaker = ctx.mentions.find((x) => x.sentence === sentence && x.kind === "Person" && x.key && ctx.governmentOf.has(x.key));
  if (speaker) return ctx.governmentOf.get(speaker.key!);
  const prev = ctx.mentions.find((x) => x.sentence === sentence - 1 && x.kind === "Government");
  return prev?.key ?? (ctx.homeCountry ? `government:${ctx.homeCountry}` : undefined);
}

/** A commissioner of the European Union's executive: "Trade Commissioner", "EU Commissioner for Enlargement" (not a
 * "High", "Police" or "Deputy Commissioner", posts of states too). */
const EU_COMMISSIONER = /^(?:EU |European )?(?:(?!(?:High|Police|Deputy|Assistant|Chief|Election|Electoral|Information|Human)\b)\p{Lu}[\p{L}-]+ ){0,2}Commissioner(?: for \p{Lu}[\p{L}, -]*)?$/u;
/** The Union's foreign-policy chief: "High Representative", "EU High Representative for Foreign Affairs and Security Policy". */
const EU_HIGH_REPRESENTATIVE = /^(?:EU |European Union )?High Representative(?: for Foreign Affairs and Security Policy)?$/;

/** The body of a post only the European Union has, when the title or the story names the EU: the Commission for a
 * commissioner, the Union for its High Representative. */
function euPost(title: string, ctx: RelationContext): string | undefined {
  const named = /^(?:EU|European) /.test(title) || ctx.mentions.some((x) => x.key === EUROPEAN_UNION || x.key === EUROPEAN_COMMISSION);
  if (!named) return undefined;
  if (EU_COMMISSIONER.test(title)) return EUROPEAN_COMMISSION;
  if (EU_HIGH_REPRESENTATIVE.test(title)) return EUROPEAN_UNION;
  return undefined;
}

/** "Japanese Foreign Minister Taro Kono" → Kono HOLDS_OFFICE Japan (title "Foreign Minister"). */
function officesFromTitles(ctx: RelationContext, sink: RelationSink) {
  // the state of a post the article refers them by ("President X … the Portuguese President"): theirs
  const referred = new Map<string, string>();
  for (const x of ctx.mentions) if (x.key && x.titleRef?.country && !referred.has(x.key)) referred.set(x.key, x.titleRef.country);
  // (and by the office they hold: "the Kazakh presidency's website" is that of the one "President X" of no state, when
  // the article names no president of Kazakhstan)
  const presidencies = new Set(ctx.mentions.filter((x) => x.country && (x.kind === "Demonym" || x.kind === "Government") && /^(?:['’]s)? [Pp]residency\b/.test(ctx.article.text.slice(x.end, x.end + 14))).map((x) => x.country!));
  if (presidencies.size === 1) {
    const [state] = presidencies;
    const president = (x: ResolvedMention) => x.kind === "Person" && !!x.key && !x.titleRef && /^President$/i.test(x.title ?? "");
    const bare = [...new Set(ctx.mentions.filter((x) => president(x) && !x.titleCountry).map((x) => x.key!))];
    const theirs = ctx.mentions.some((x) => president(x) && x.titleCountry === state);
    if (bare.length === 1 && !theirs && !referred.has(bare[0]) && !ctx.mentions.some((x) => x.key === bare[0] && x.titleCountry)) referred.set(bare[0], state);
  }
  /** The state a sentence told for a bare title, by person. */
  const given = new Map<string, string>();
  // (a state has one president, one prime minister: of several people the article titles so, the dateline's state's is
  // the one named most, "PM X" of a Vietnamese agency's story, not the Lao "Prime Minister Y" whose letter he received)
  const homeHead = mostNamedByHeadTitle(ctx);
  const inviters = invitersToCapitals(ctx);
  const visitHost = stateVisited(ctx);
  const carriers = carriersOfLetters(ctx, inviters);
  // (a head of state named by post alone where a visitor meets or hands them a letter at the dateline: "… that X handed to
  // the President during a courtesy call", the President named in full elsewhere)
  const hostedByPost = new Map<string, string>();
  for (const x of ctx.mentions) {
    const gov = x.kind === "Person" && x.key && x.titleRef && !hostedByPost.has(x.key) ? hostAtDateline(x, x.titleRef.title, ctx) : undefined;
    if (gov) hostedByPost.set(x.key!, gov);
  }
  for (const m of ctx.mentions) {
    // (named after a post of a state the sentence before gave: "G's Ambassador to H was also present. The ambassador, X, …")
    const namedAfter = m.kind === "Person" && m.key && !m.title ? postNamedBefore(m, ctx) : undefined;
    if (namedAfter && !given.has(m.key!)) {
      given.set(m.key!, namedAfter);
      sink.add("HOLDS_OFFICE", m.key!, namedAfter, ctx.sentences[m.sentence], "named after a post of a state the sentence before gave", { title: ctx.article.text.slice(ctx.sentences[m.sentence].start + 4, m.start).replace(/, .*$/, ""), weak: true });
    }
    if (m.kind !== "Person" || !m.key || !m.title || m.titleIsAffiliation) continue;
    // (nor is a leader's spouse's style: "Mozambique's First Lady, Y")
    if (/^first (?:lady|gentleman)$/i.test(m.title)) continue;
    // (a post held once is no office held: "Former Kenyan President Uhuru Kenyatta")
    if (heldFormerly(ctx.article.text, m)) continue;
    const s = ctx.sentences[m.sentence];
    const title = withoutThen(counterpartTitle(m, ctx) ?? m.title);
    // (a post only the European Union has, in a story that names the EU: "Trade Commissioner X", "High Representative Y")
    const eu = euPost(title, ctx);
    if (eu) {
      sink.add("HOLDS_OFFICE", m.key, eu, s, "a post only the European Union has", { title });
      continue;
    }
    if (m.titleOrgAt !== undefined) {
      // (or the organisation the post's words begin inside: "Ministry of External Affairs spokesperson X", read from
      // "External Affairs")
      const org = ctx.mentions.find((x) => x.start === m.titleOrgAt && x.kind === "Organization" && x.key) ?? ctx.mentions.find((x) => x.start < m.titleOrgAt! && x.end > m.titleOrgAt! && x.kind === "Organization" && x.key);
      // (a state's organ the press names by its seat or acronym: "State Department spokesman X", "MEA spokesperson Y")
      const organOf = org ? countryBySeat(org.text.replace(/^the /i, "")) : undefined;
      if (organOf) sink.add("HOLDS_OFFICE", m.key, `government:${organOf.key}`, s, "a title qualified by a state's organ named by its seat", { title });
      else if (org) sink.add("HOLDS_OFFICE", m.key, org.key!, s, "a title qualified by an organisation names an office", { title });
      // (a seat of government before the post: "Kremlin Spokesman X", "White House spokesperson Y")
      const seat = org ? undefined : ctx.mentions.find((x) => x.start === m.titleOrgAt && (x.kind === "Government" || x.kind === "Place"));
      const seatOf = seat ? (seat.country ?? countryOfPlace(seat.text)?.key) : undefined;
      if (seatOf) sink.add("HOLDS_OFFICE", m.key, `government:${seatOf}`, s, "a title qualified by a seat of government names an office", { title });
      continue;
    }
    if (m.titleCountry) {
      sink.add("HOLDS_OFFICE", m.key, `government:${m.titleCountry}`, s, "a title qualified by a state names an office", { title });
      continue;
    }
    // (one the sentence seats on a state's side: "Taking part on the Namibian side were Minister of Health X")
    const seated = knownTitle(title) ? sideSeated(m, ctx) : undefined;
    if (seated) {
      sink.add("HOLDS_OFFICE", m.key, `government:${seated}`, s, "a post of no state, held by one seated on a state's side", { title });
      continue;
    }
    // (a holder the gazetteer knows on the article's day: "foreign minister X", of no state, is the state's X serves)
    // (a state's: an organisation's posts are read from the organisation the article names, "the president of the
    // European Council, X")
    const gazetteer = knownOffice(m, ctx);
    if (gazetteer?.office.startsWith("government:")) {
      sink.add("HOLDS_OFFICE", m.key, gazetteer.office, s, "a post of no state, held by one the gazetteer of office holders knows", { title });
      continue;
    }
    // A bare title: a state right after the name ("President Xi Jinping in China"), else the dateline's.
    // ("President Xi Jinping of China", "... in China"; not "Kerry to Cuba", where he goes)
    if (NOT_A_STATE_OFFICE.test(title)) continue;
    // ("met his Vietnamese counterpart, Foreign Minister X": the counterpart's state)
    const counterpart = counterpartState(m, ctx);
    if (counterpart) {
      sink.add("HOLDS_OFFICE", m.key, counterpart, s, "a counterpart named by a state", { title });
      continue;
    }
    // (not a city-state one met them in: "reported that X met Minister Y in Singapore"; "met President Y in China" is his)
    const metThere = MEETS_OBJECT.test(ctx.article.text.slice(s.start, m.outerStart ?? m.start));
    const cityState = (x: ResolvedMention) => !!x.country && !!countryByKey(x.country)?.capitals.includes(x.text);
    const after = ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Government" && x.start > m.end && (metThere && cityState(x) ? /^ of (?:the )?$/ : /^ (?:of|in) (?:the )?$/).test(ctx.article.text.slice(m.end, x.start)));
    // (a monarch "of" a capital: "Crown Prince X of Abu Dhabi" is the Emirates')
    const seat = MONARCH.test(title) ? ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Place" && x.start > m.end && /^ of $/.test(ctx.article.text.slice(m.end, x.start))) : undefined;
    const seatState = seat ? countryOfPlace(seat.text) : undefined;
    // a title only one state uses ("Secretary of State Mike Pompeo" in a story from Seoul)
    // ("Deputy Secretary of State", "Assistant Secretary of State": the same state's)
    // ("Apostolic Nuncio to Ukraine": the post, wherever posted)
    const only = TITLE_OF_ONE_STATE[title.toLowerCase().replace(/^(?:(?:deputy|under|assistant|acting|principal deputy) )+/, "").replace(/^((?:apostolic )?nuncio) (?:to|in) .*$/, "$1")];
    // the state whose people the sentence quotes ("Israeli officials said a visit by Foreign Minister X ...")
    // (not of the state they are asked to visit: "Iran's agency said it included an invitation for King X to visit Iran")
    const visiting = ctx.mentions.find((x) => x.sentence === m.sentence && x.start > m.end && x.country && /^ to (?:visit|come to|travel to) (?:the )?$/.test(ctx.article.text.slice(m.end, x.start)))?.country;
    // (not the other side of the meetings it speaks of: "the Turkish spokesperson said Fidan's meetings with X")
    const voice = ctx.mentions.find(
      (x) => x.sentence === m.sentence && x.end <= m.start && x.country && x.country !== visiting && (x.kind === "Demonym" || x.kind === "Government") && VOICE.test(ctx.article.text.slice(x.end, x.end + 60)) && !/\b(?:meetings?|talks|met|meet|meeting) with\b/.test(ctx.article.text.slice(x.end, m.outerStart ?? m.start)),
    );
    // the dateline's state for a cabinet-level title; a head of state named without a country is often foreign,
    // unless the story is the national agency's of the dateline's state
    // (not for a portfolio the lexicon does not know, "Homeland Security Secretary": it may be anyone's)
    // (a national agency writing at home: its heads of state too)
    // (and the voice of an unnamed government there: "according to government spokesman X", from Athens; and "The
    // President of the Republic, X," as the country's own press names its president)
    // (not an organisation's post: "the EU's special envoy X", in a story from Ohrid)
    const orgOwned = ctx.mentions.some((x) => x.sentence === m.sentence && x.kind === "Organization" && /^['’]s $/.test(ctx.article.text.slice(x.end, m.outerStart ?? m.start)));
    // (not one named in the turn of a speaker of another state, in a transcript: "Y (of G): … Minister Z and
    // I initialled …")
    // (and a spokesperson after the organ capitalised, the post's own word: "Presidency spokesperson X")
    const organ = ctx.article.text.slice(Math.max(0, (m.outerStart ?? m.start) - 14), m.outerStart ?? m.start).match(/\b(Presidency|Government|Cabinet|State House) $/)?.[1];
    const organVoice = !!organ && HOME_VOICE.test(`${organ} ${title}`);
    // (one a visitor the story brings to a state calls on or meets: "X arrived in Kathmandu on a two-day official
    // visit … X on Thursday called on Prime Minister Y", that state's)
    // (or holds talks with: "On Wednesday, X and Foreign Secretary Y held talks at …")
    const withVisitor = ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.key !== m.key && ctx.article.text.slice(x.end, m.outerStart ?? m.start) === " and " && /^ (?:held talks|met)\b/.test(ctx.article.text.slice(m.end, m.end + 12)));
    const visitorsState = withVisitor?.key ? ctx.governmentOf.get(withVisitor.key) : undefined;
    // (a territory's "Premier", the one the story titles so most, its own: a state's premier the gazetteer knows)
    // (a head of the story's state too, where a visitor of another holds talks with them: "X and Premier Y held talks
    // at …", in a paper of Y's state)
    const hostsVisitor = !!visitorsState && !!ctx.homeCountry && visitorsState !== `government:${ctx.homeCountry}`;
    const home =
      ctx.homeCountry && !orgOwned && !foreignSpeaker(m, ctx) && (!HEAD_OF_STATE.test(title) || ((ctx.homeWire || /^premier$/i.test(title)) && homeHead.get(spelledOut(title)) === m.key) || hostsVisitor) && !NOT_HOME_TITLE.test(title) && (knownTitle(title) || HOME_VOICE.test(title) || organVoice)
        ? `government:${ctx.homeCountry}`
        : undefined;
    // (a head of government named with no state beside a minister of the story's state, also of none: "between Prime
    // Minister X and Foreign Minister Y", in a story from their state, both its own)
    const partner = ctx.homeCountry && !home && !orgOwned && HEAD_OF_STATE.test(title) && knownTitle(title) && !foreignSpeaker(m, ctx)
      ? ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Person" && x.key !== m.key && !!x.title && !x.titleCountry && knownTitle(x.title) && !HEAD_OF_STATE.test(x.title) && !NOT_HOME_TITLE.test(x.title) && (ctx.article.text.slice(m.end, x.outerStart ?? x.start) === " and " || ctx.article.text.slice(x.end, m.outerStart ?? m.start) === " and "))
      : undefined;
    const paired = partner ? `government:${ctx.homeCountry}` : undefined;
    // a sentence that opens in a state's capital, the person right after it: that state's ("In Islamabad, PM X said")
    const inCapital = ctx.article.text.slice(s.start, m.outerStart ?? m.start).match(/^In (\p{Lu}[\p{L}.' -]{1,30}?), $/u)?.[1];
    // (also two posts held together: "In Islamabad, Deputy PM and FM X told reporters")
    const capitalOf = inCapital && !NOT_HOME_TITLE.test(title) && title.split(" and ").some(knownTitle) ? countryOfPlace(inCapital) : undefined;
    const local = inCapital && capitalOf?.capitals.includes(inCapital) ? `government:${capitalOf.key}` : undefined;
    // the host one meets in their capital ("was in Kyiv, where he met President X"; "In Bamako, Y was received by Z")
    const host = knownTitle(title) && !NOT_HOME_TITLE.test(title) ? (hostInCapital(ctx.article.text.slice(s.start, m.outerStart ?? m.start), s.text) ?? hostAtDateline(m, title, ctx) ?? receivingInCapital(ctx.article.text.slice(m.end, s.end), s.text) ?? deliveredToInCapital(ctx.article.text.slice(s.start, m.outerStart ?? m.start), ctx.article.text.slice(m.end, s.end)) ?? metAtHomeInCapital(ctx.article.text.slice(s.start, m.outerStart ?? m.start), ctx.article.text.slice(m.end, s.end), s.text) ?? (HEAD_OF_STATE.test(title) ? hostedByPost.get(m.key) : undefined)) : undefined;
    const visited = visitHost && knownTitle(title) && !NOT_HOME_TITLE.test(title) && (MEETS_OBJECT.test(ctx.article.text.slice(s.start, m.outerStart ?? m.start)) || (visitorsState && visitorsState !== visitHost)) && !GATHERING.test(s.text) ? visitHost : undefined;
    // the side the sentence says the person led ("Vice Foreign Minister X headed the Chinese side", in a story from Manila)
    const side = ctx.mentions.find(
      (x) => x.sentence === m.sentence && x.start > m.end && x.country && (x.kind === "Demonym" || x.kind === "Government") && /\b(?:led|leads|headed|heads|leading|heading) (?:the )?$/.test(ctx.article.text.slice(Math.max(m.end, x.start - 20), x.start)) && (SIDE.test(ctx.article.text.slice(x.end, x.end + 30)) || /\b(?:side|delegation|team)$/i.test(x.text)),
    );
    // (a person the article gives a state elsewhere keeps it: "Chinese Foreign Minister Wang Yi … Foreign Minister Wang
    // Yi said", in a story from Canberra)
    const known = ctx.governmentOf.get(m.key);
    // the state that sends or names them ("Vietnam will send Deputy Foreign Minister X", in a story from Manila; "Ukraine was
    // represented by Foreign Minister X"; "The Congolese government delegation is led by the Minister of Y, X")
    const sender = ctx.mentions.find(
      (x) => x.sentence === m.sentence && x.end <= m.start && x.country && x.kind === "Government" && /^ (?:will |would |has |had |is to |also )*(?:send|sends|sent|dispatch(?:es|ed)?|appoint(?:s|ed)?|name[sd]?|(?:was|is|will be|were) represented(?: at the (?:table|talks|meeting|summit))? by|(?:government )?(?:delegation|side|team|negotiators) (?:is|was|are|were|will be|has been) (?:led|headed) by(?: the)?) (?:its |her |his )?$/.test(ctx.article.text.slice(x.end, m.outerStart ?? m.start)),
    );
    // the side the sentence says they sat on ("X took part in the talks on the Polish side, together with Interior Minister Y")
    // (each one's own, right after the name: "X attended on the Cambodian side and Y on the Vietnamese side")
    const onSide =
      ctx.mentions.find((x) => x.sentence === m.sentence && x.start > m.end && sideNamed(x, ctx.article.text) && /^(?: (?:also )?(?:took part|sat|participated|attended)(?: in)?(?: (?:the|those) (?:talks|meeting))?)? on the $/.test(ctx.article.text.slice(m.end, x.start))) ??
      ctx.mentions.find(
        (x) => x.sentence === m.sentence && sideNamed(x, ctx.article.text) && /\b(?:took part|taking part|takes part|sat|participated|participating)\b[^.;]{0,40}\bon the $/.test(ctx.article.text.slice(Math.max(s.start, x.start - 80), x.start)),
      );
    // the state of the titled name before it in a list ("Russian Foreign Minister X, Defence Minister Y and …")
    const prior = ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.end <= (m.outerStart ?? m.start) && x.titleCountry).pop();
    // (not the speaker after a reported clause: "… a message from UAE President X, Presidential Aide Y told reporters")
    const speaker = /^,? (?:told|said|says|tells|added|noted)\b/.test(ctx.article.text.slice(m.end, m.end + 12));
    // (or joined by "and" among those who accompanied someone: "accompanied by Bhutanese Prime Minister X and Foreign Minister Y")
    const between = prior ? ctx.article.text.slice(prior.end, m.outerStart ?? m.start) : "";
    const escorts = prior && / and $/.test(between) && /\baccompanied by (?:the )?$/.test(ctx.article.text.slice(Math.max(s.start, (prior.outerStart ?? prior.start) - 30), prior.outerStart ?? prior.start));
    const listed = prior && !speaker && (/^,\s*$/.test(between) || escorts) ? `government:${prior.titleCountry}` : undefined;
    const ref = referred.get(m.key);
    const realm = realmOf(title, m, ctx);
    // (the seat of government the sentence opens at: "At Casa Rosada, Chief of Cabinet X was asked …")
    const seatName = ctx.article.text.slice(s.start, m.outerStart ?? m.start).match(/^(?:At|In) (?:the )?(\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+)*),/u)?.[1];
    const atSeat = seatName ? countryBySeat(seatName) : undefined;
    // (a leader whose letter a state's minister or envoy carries, of no state told: that state's, "Icelandic Foreign
    // Minister X was at … to hand Y a letter from Prime Minister Z", "PNG's Deputy Prime Minister X … handed Y a letter
    // from Prime Minister Z")
    const carrier = HEAD_OF_STATE.test(title) ? carrierOf(m, ctx) : undefined;
    // (the state whose capital they invite someone to, "a letter from Prime Minister X inviting him to Ottawa"; and,
    // with no dateline, the carrier of a letter from a leader of a known state, that state's)
    const invites = knownTitle(title) && !NOT_HOME_TITLE.test(title) ? inviters.get(m.key) : undefined;
    const carries = knownTitle(title) && !NOT_HOME_TITLE.test(title) ? carriers.get(m.key) : undefined;
    // (a title one state is known by that another also uses, in a story from that other state: "External Affairs
    // Minister X", in a St Lucian paper, is the home state's; in one from Lima, India's still)
    const onlyHere = only && !(ctx.homeCountry && home && SHARED_ONE_STATE_TITLE[title.toLowerCase()]?.includes(ctx.homeCountry)) ? only : undefined;
    const told = after?.key ?? (seatState ? `government:${seatState.key}` : onlyHere ? `government:${onlyHere}` : side ? `government:${side.country}` : sender ? `government:${sender.country}` : envoyOfState(m, ctx) ?? (voice ? `government:${voice.country}` : onSide ? `government:${onSide.country}` : (listed ?? postNamedBefore(m, ctx))));
    if (told && !given.has(m.key)) given.set(m.key, told);
    // (one an earlier sentence gave a state keeps it: "Ambassador X of the Netherlands … Ambassador X said", in a story
    // from Dodoma, is not Tanzania's)
    // (a style only one state gives, between the post and the name: "Finance Minister Lyonpo X" is Bhutan's)
    const style = stateOfStyle(ctx.article.text.slice(m.outerStart ?? m.start, m.start));
    const styled = style ? `government:${style}` : undefined;
    const attending = knownTitle(title) && !NOT_HOME_TITLE.test(title) ? hostAttended(m, ctx) : undefined;
    // (a post whose portfolio names its state: "Minister of State for Overseas France")
    const overseas = title.match(/\bOverseas (\p{Lu}[\p{L}-]+)$/u)?.[1];
    const named = overseas ? countryByName(overseas)?.key : undefined;
    const gov = regionMinisterOf(m, title, ctx) ?? told ?? (named ? `government:${named}` : undefined) ?? known ?? given.get(m.key) ?? styled ?? regionOfPost(m, title, ctx) ?? ministryOf(m, title, ctx) ?? (ref ? `government:${ref}` : realm ?? (atSeat ? `government:${atSeat.key}` : undefined) ?? local ?? host ?? attending ?? visited ?? carrier ?? invites ?? home ?? paired ?? carries);
    if (gov) sink.add("HOLDS_OFFICE", m.key, gov, s, "a bare title, with the state from context", { title, weak: true });
  }
}

const HONOURED = "(?:the )?(?:(?:Right |Rt\\.? )?(?:Honourable|Hon\\.) )?";
/** Who welcomed, received or went with someone, listed: "was welcomed by …", "a delegation that included …". */
const HOSTS_OR_ESCORTS = new RegExp(`\\b(?:(?:welcomed|received|greeted|met|accompanied) by|delegation (?:that |which )?(?:included|includes|comprised|comprising|including)) ${HONOURED}$`);
/** Of those, the ones who went with someone: "was accompanied by (a delegation that included) …". */
const ESCORTS = new RegExp(`\\baccompanied by (?:a delegation (?:that |which )?(?:included|includes|comprised|comprising|including) )?${HONOURED}$`);
/** The words between two names of such a list: a comma or "and", past a post set off after the first name. */
const LISTED_NEXT = new RegExp(`^(?:,[^,;]{1,80})*(?:,|,? and) ${HONOURED}$`);

/** A region's or a city's post (its region and its "of" or "'s" read by the patterns that use it). */
// (in lower case too, as some papers write a region's: "the president of Occitanie, X")
/** The kind of a region named before its name, in a post's phrase: "the governor of the province of L". */
const REGION_KIND_OF = "(?:province|region|state|canton|county|department|prefecture) of ";
const REGION_POST = "((?:First |Governing |Lord |Deputy )?[Mm]ayor|(?:Vice[- ]|Lieutenant )?[Gg]overnor|(?:Vice[- ]|Deputy )?[Pp]remier|(?:Deputy )?First Minister|[Mm]inister-[Pp]resident|[Kk]ing['’]s [Cc]ommissioner|[Pp]refect|(?:Vice[- ])?[Pp]resident|(?:[Vv]ice[- ])?[Cc]hair(?:man|woman|person))";
/** Such a post set off before a name: "the Governor of Chubut, " (post 1, region 2), "Wallonia's Minister-President, "
 * (region 3, post 4), "Andalusia's regional president, ". */
const REGION_POST_SET_OFF = new RegExp(`(?:\\b${REGION_POST} of (?:the )?(?:${REGION_KIND_OF})?(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})|\\b(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})['’]s (?:regional |provincial |state |territorial )?${REGION_POST}), $`, "u");
/** A region's post named with its state before the region, set off: "the Governor of Iran's Sistan and Baluchestan
 * province, ", "the Premier of South Africa's Western Cape, " (post 1, state 2). */
const REGION_POST_OF_STATES = new RegExp(`\\b${REGION_POST} of (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)['’]s (?:\\p{Lu}[\\p{L}-]+(?: and)?(?: |(?=, $)))+(?:(?:province|region|state|prefecture|county|district)(?=, $))?, $`, "u");
/** A region's government's voice set off before a name: "A spokesman for the regional government of Friuli Venezia
 * Giulia, " (post 1, region 2). */
const REGION_GOVERNMENT_VOICE_OF = /\b(?:[Tt]he|[Aa]) ((?:chief )?spokes(?:man|woman|person)|press secretary) (?:of|for) the (?:regional |provincial |state )?government of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}), $/u;
/** Such a post after "its", set off, the region named just before: "Xinjiang Uygur Autonomous Region, led by its
 * vice-chairman, " (region 1, post 2). */
const REGION_POST_ITS = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3}), (?:[a-z]+ ){1,2}by its ${REGION_POST}, $`, "u");
/** Such a post after a region's adjective, set off: "the Canarian Vice-President, " (adjective 1, post 2). */
const REGION_ADJECTIVE_POST = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+) ${REGION_POST}, $`, "u");
/** A region's post named by its adjective, set off: "the President of the Sicilian Region, " (post 1, adjective 2). */
// (or of its assembly or council: "the president of the Corsican Assembly, ")
const REGION_OF_ADJECTIVE = new RegExp(`\\b${REGION_POST} of the (\\p{Lu}[\\p{L}-]+) (?:Region|Regional Government|Assembly|(?:Executive|Regional) Council|Parliament), $`, "u");
/** A regional government's voice or minister set off: "a Scottish Government spokeswoman, ", "the Scottish
 * Government's Cabinet Secretary for Rural Affairs, Land Reform and Islands, " (adjective 1, post 2). */
const REGION_GOVERNMENT_VOICE = /\b(\p{Lu}[\p{L}-]+) Government(?:['’]s)? ((?:chief |deputy )?(?:spokes(?:man|woman|person)|press secretary)|(?:Cabinet Secretary|Minister) for \p{Lu}[\p{L}-]+(?:,? (?:and )?\p{Lu}[\p{L}-]+){0,5}), $/u;
/** The text just before one's name and any post written before it, where a post set off before them stands. */
const textBeforePost = (m: ResolvedMention, ctx: RelationContext) => ctx.article.text.slice(Math.max(ctx.sentences[m.sentence].start, (m.outerStart ?? m.start) - 120), m.outerStart ?? m.start);
/** A regional government's voice or post set off at the end of `before`, if any: the region's adjective and the post. */
function regionalVoiceIn(before: string, after = ""): { adjective: string; post: string } | undefined {
  if (!before.endsWith(", ") && !after.startsWith(", ")) return undefined;
  const v = before.match(REGION_GOVERNMENT_VOICE) ?? before.match(REGION_ADJECTIVE_POST);
  if (v) return { adjective: v[1], post: v[2] };
  const named = before.match(REGION_OF_ADJECTIVE);
  if (named) return { adjective: named[2], post: named[1] };
  // (or its voice, the government in lower case: "The spokesman of the Navarrese government, ")
  // (or "X, spokesman for the Heilongjiang provincial government, ": the province's own)
  const voice = before.match(/\b(?:[Tt]he|[Aa]) ((?:chief )?spokes(?:man|woman|person)|press secretary) (?:of|for) the (\p{Lu}[\p{L}-]+) government, $/u) ?? after.match(/^, ((?:chief )?spokes(?:man|woman|person)) (?:of|for) the (\p{Lu}[\p{L}-]+) (?:provincial|regional|state|prefectural) government\b/u);
  return voice ? { adjective: voice[2], post: voice[1] } : undefined;
}
/** The voice of a region's government named by its own word, the article naming the region with it: "The Xunta's
 * spokesman, " where "the Xunta de Galicia" is named (its region as the adjective, for `countryOfRegionalAdjective`).
 */
function bodyOfRegionVoiceIn(before: string, text: string): { adjective: string; post: string } | undefined {
  const v = before.match(/\b[Tt]he (\p{Lu}[\p{L}-]+)['’]s ((?:chief )?spokes(?:man|woman|person)|press secretary), $/u);
  const region = v && !countryByName(v[1]) ? text.match(new RegExp(`\\b${v[1]} (?:de|of|d['’]|de la|del) (\\p{Lu}[\\p{L}-]+)`, "u"))?.[1] : undefined;
  return v && region ? { adjective: region, post: v[2] } : undefined;
}
/** A portfolio's post in lower case after a region's possessive, set off: "Alaska's transportation commissioner, "
 * (region 1, post 2). */
const REGION_PORTFOLIO_SET_OFF = /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})['’]s ((?:[a-z]+ ){1,3}(?:commissioner|minister|secretary)), $/u;
/** A minister's post of a portfolio after a region's possessive, set off: "Gilgit-Baltistan's Minister for Disaster
 * Management, " (region 1, post 2). */
const REGION_MINISTER_SET_OFF = /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})['’]s ((?:Minister|Secretary|Commissioner) (?:for|of) (?:the )?\p{Lu}[\p{L}-]+(?:,? (?:and )?\p{Lu}[\p{L}-]+){0,4}), $/u;
/** The region's post set off at the end of `before`, if any. */
function regionPostIn(before: string): { post: string; region: string } | undefined {
  // (each pattern ends with the comma that sets the post off: none to try without it)
  if (!before.endsWith(", ")) return undefined;
  const v = before.match(REGION_POST_SET_OFF);
  if (v) return { post: v[1] ?? v[4], region: v[2] ?? v[3] };
  // (or of a state's province named with the state: "the Governor of Iran's Sistan and Baluchestan province, ")
  const province = before.match(REGION_POST_OF_STATES);
  if (province) return { post: province[1], region: province[2] };
  // (or its government's voice: "A spokesman for the regional government of Friuli Venezia Giulia, ")
  const voice = before.match(REGION_GOVERNMENT_VOICE_OF);
  if (voice) return { post: voice[1], region: voice[2] };
  // (or a counterpart named by a city or a region: "his Gorizia counterpart, ")
  const counterpart = before.match(/\b(?:his|her|their) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) counterpart, $/u);
  if (counterpart && !countryByName(counterpart[1]) && !countryByDemonym(counterpart[1])) return { post: "counterpart", region: counterpart[1] };
  // (or of the region named just before it, "its": "a delegation from China's Xinjiang Uygur Autonomous Region, led
  // by its vice-chairman, X")
  const its = before.match(REGION_POST_ITS);
  if (its && countryOfRegion(its[1]) && !countryByName(its[1])) return { post: its[2], region: its[1] };
  const minister = before.match(REGION_MINISTER_SET_OFF);
  if (minister && !countryByName(minister[1])) return { post: minister[2], region: minister[1] };
  const portfolio = before.match(REGION_PORTFOLIO_SET_OFF);
  return portfolio && portfolio[2].split(" ").slice(0, -1).every((w) => PORTFOLIO_WORDS.has(w[0].toUpperCase() + w.slice(1))) ? { post: portfolio[2], region: portfolio[1] } : undefined;
}
/** A region's state ("the Brittany Region" is Brittany); of a region before a city of its name, but for a city's post:
 * "New Brunswick's transportation minister" is Canada's, "the Mayor of X" is of the city X. */
const stateOfRegion = (place: string, post = "") => {
  const name = place.replace(/(?<! Autonomous| Administrative) Region$/, "");
  // (or named with its kind: "South Gyeongsang Province")
  const bare = name.replace(/ (?:Province|Prefecture)$/, "");
  // (a mayor's town too small for the cities' index, of one state only: "the mayor of Kehl")
  if (/mayor/i.test(post)) return countryOfPlace(name) ?? (statesOfCity(name) ? undefined : countryOfTown(name));
  return countryOfRegion(name) ?? countryOfRegion(bare) ?? countryOfPlace(name);
};

/** A region's minister, the region named right before the post, of the region's state, whatever the story's own:
 * "B.C. Environment and Parks Minister X" in a paper from Seattle is Canada's. */
function regionMinisterOf(m: ResolvedMention, title: string, ctx: RelationContext): string | undefined {
  if (!/\b(?:Minister|MEC)$/.test(title)) return undefined;
  const at = m.outerStart ?? m.start;
  const place = ctx.mentions.find((x) => x.kind === "Place" && x.sentence === m.sentence && x.end <= at && /^\s$/.test(ctx.article.text.slice(x.end, at)));
  const state = place && !countryByName(place.text) ? countryOfRegion(place.text) : undefined;
  return state ? `government:${state.key}` : undefined;
}

/** The post of a region or a city is of the region's state: "Quebec Premier X", "Schleswig-Holstein's state premier X",
 * "Okinawa Governor X", "the Governor of Chubut, X" (the gazetteer's first-level divisions and cities of one state). */
const REGIONAL_POST = new RegExp(`^(?:${REGION_POST}|(?:Vice[- ]|Lieutenant |Lt\\. )?Gov\\.|Lt\\. Governor|Chief Minister)(?!\\w)`, "i");
function regionOfPost(m: ResolvedMention, title: string, ctx: RelationContext): string | undefined {
  if (!REGIONAL_POST.test(title)) return undefined;
  // (or set off before the name: "the Governor of Chubut, X")
  const of = title.match(/ of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})$/u)?.[1] ?? regionPostIn(textBeforePost(m, ctx))?.region;
  const place = of ?? ctx.mentions.find((x) => {
    // (or a place the model took for a name of no one, opening the sentence: "Maastricht mayor X")
    if (x.sentence !== m.sentence || (x.kind !== "Place" && (x.key || !countryOfPlace(x.text))) || x.end > m.start || x.end < (m.outerStart ?? m.start) - 30) return false;
    const gap = ctx.article.text.slice(x.end, m.start);
    return gap.toLowerCase().endsWith(` ${title.toLowerCase()} `) && /^(?:['’]s)?(?: (?:state|regional|provincial|island|city))? ?$/.test(gap.slice(0, -(title.length + 1)));
  })?.text;
  const state = place ? stateOfRegion(place, title) : undefined;
  return state ? `government:${state.key}` : undefined;
}

/** ", Governor of Al Mahra in the Republic of Yemen,": a region's post, the state (3) told after the region. */
const REGION_POST_IN_STATE = new RegExp(`^, (?:the )?(${REGION_POST}) of (?:the )?(?:\\p{Lu}[\\p{L}-]+ ){1,3}in (?:the )?(\\p{Lu}[\\p{L}-]+(?: (?:of )?(?:the )?\\p{Lu}[\\p{L}-]+){0,3})[,.]`, "u");
/** A region's post set off after a name: "X, the Premier of Nova Scotia,", "the President of the Regional Government of
 * the Azores". */
// (or of its council: "Z, president of Corsica's Executive Council,"; or in a clause: "Z, who is also mayor of L.")
// (or of "the province of L", "neighbouring L", "the European Collectivity of Alsace")
const REGION_POST_AFTER = new RegExp(`^, (?:who is (?:also )?)?(?:the )?(${REGION_POST}(?: of the Regional Government)?) of (?:the )?(?:(?:\\p{Lu}\\p{L}+ )?${REGION_KIND_OF}|neighbou?ring )?(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3}?(?: of \\p{Lu}[\\p{L}-]+)?)(?: People['’]s (?:Committee|Council)| Provincial (?:Government|Council|Administration|Assembly))?(?:['’]s (?:\\p{Lu}[\\p{L}-]+ ){0,2}(?:Council|Assembly|Government|Executive|Parliament|City|County|District|Prefecture))?[,.]`, "u");
/** A region's or a city's post set off before a name, of the region's state: "the Governor of Chubut, X",
 * "Wallonia's Minister-President, X"; and a regional government's spokesperson's. */
function regionalPostsSetOff(ctx: RelationContext, sink: RelationSink) {
  const governments = new Set([...ctx.article.text.matchAll(/\b(\p{Lu}[\p{L}-]+) Government\b/gu)].map((x) => countryOfRegionalAdjective(x[1])).filter((x) => !!x));
  const regionalGovernment = governments.size === 1 ? [...governments][0] : undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || ctx.governmentOf.has(m.key) || ctx.weakGovernmentOf?.has(m.key)) continue;
    const s = ctx.sentences[m.sentence];
    const before = textBeforePost(m, ctx);
    // (or after it: "X, the Premier of Nova Scotia,", "Y, the President of the Regional Government of the Azores,")
    const after = ctx.article.text.slice(m.end, m.end + 100).match(REGION_POST_AFTER);
    // (or of a region the gazetteer does not know, in the state told after it, "X, Governor of Al Mahra in the
    // Republic of Yemen,": Yemen's)
    const within = after ? null : ctx.article.text.slice(m.end, m.end + 100).match(REGION_POST_IN_STATE);
    const set = regionPostIn(before) ?? (after ? { post: after[1], region: after[3] } : within && countryByName(within[3]) ? { post: within[1], region: within[3] } : undefined);
    // (a city of several states' names, one of them the story's own: "the mayor of Pamplona", in a Spanish paper)
    const state = set ? (stateOfRegion(set.region, set.post) ?? (ctx.homeCountry && statesOfCity(set.region)?.has(countryByKey(ctx.homeCountry)?.cca2 ?? "") ? countryByKey(ctx.homeCountry) : undefined)) : undefined;
    if (state) sink.add("HOLDS_OFFICE", m.key, `government:${state.key}`, s, "a region's post set off next to the name, of the region's state", { title: set!.post, weak: true });
    // (and a regional government's voice: "a Scottish Government spokeswoman, X", "the Canarian Government's
    // spokesperson, X")
    // (or its post: "the Canarian Vice-President, X", "the President of the Sicilian Region, X")
    const voice = state ? undefined : (regionalVoiceIn(before, ctx.article.text.slice(m.end, m.end + 100)) ?? bodyOfRegionVoiceIn(before, ctx.article.text));
    const regional = voice ? (countryOfRegionalAdjective(voice.adjective) ?? countryOfRegion(voice.adjective)) : undefined;
    if (regional) sink.add("HOLDS_OFFICE", m.key, `government:${regional.key}`, s, "a regional government's spokesperson or post, of the region's state", { title: voice!.post, weak: true });
    // (and a regional post with no region told, in a story that names one regional government only: "First Minister X"
    // where "the Welsh Government" is the only one)
    const home = state || regional || !m.title || !/^(?:(?:Deputy )?First Minister|Cabinet Secretary\b.*|Minister-President|Premier)$/i.test(m.title) ? undefined : regionalGovernment;
    if (home) sink.add("HOLDS_OFFICE", m.key, `government:${home.key}`, s, "a regional post, of the one regional government the article names", { title: m.title, weak: true });
  }
}

/** "X came with Y, his transport councillor,": one set off as the post of another named before in the sentence, of
 * that one's government (the post, 1). */
const HIS_POST_AFTER = /^, (?:his|her) ((?:[a-z-]+ ){0,3}(?:councillor|councilor|minister|secretary|commissioner|adviser|advisor|spokes(?:man|woman|person)|deputy|envoy|aide|chief of staff|chief of protocol))(?=[,.;)]| in tow\b)/;
function postsOfTheirOwn(ctx: RelationContext, sink: RelationSink) {
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || ctx.governmentOf.has(m.key) || ctx.weakGovernmentOf?.has(m.key)) continue;
    const post = ctx.article.text.slice(m.end, m.end + 80).match(HIS_POST_AFTER)?.[1];
    const owner = post ? ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.key !== m.key && x.end <= m.start).pop() : undefined;
    const state = owner?.key ? (ctx.governmentOf.get(owner.key) ?? ctx.weakGovernmentOf?.get(owner.key)) : undefined;
    if (state && post) sink.add("HOLDS_OFFICE", m.key, state, ctx.sentences[m.sentence], "one set off as another's post ('Y, his transport councillor'), of that one's government", { title: post, weak: true });
  }
}

/** A region's own organ named by the region (1): "the Lang Son People's Committee", "Copperbelt Provincial
 * Administration", "the Heilongjiang Provincial Government". */
const REGION_OWN_ORGAN = /^(?:the |The )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) (?:(?:Provincial |Municipal |City )?People['’]s (?:Committee|Council)|(?:Provincial|Regional|Province|Region|State|County) (?:Administration|Government|Council|Assembly|Office))$/u;
/** The state of a region's own organ named `name`, where the gazetteer knows the region. */
const stateOfRegionOrgan = (name: string): Country | undefined => {
  const region = name.match(REGION_OWN_ORGAN)?.[1];
  return region && !countryByName(region) ? countryOfRegion(region) : undefined;
};

/** A post written before a name, of the body written before it, whose state the text gives: "U.S. Environmental
 * Protection Agency Administrator X" (the state before the body), "Copperbelt Provincial Administration spokesperson
 * Y" (a region's own organ). */
function postsOfBodies(ctx: RelationContext, sink: RelationSink) {
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || !m.title || ctx.governmentOf.has(m.key) || ctx.weakGovernmentOf?.has(m.key)) continue;
    const at = m.outerStart ?? m.start;
    const body = ctx.mentions.find((x) => x.kind === "Organization" && x.sentence === m.sentence && (x.start === at || (x.end >= at - 1 && x.end <= at) || (x.start >= at && x.end < m.start && ctx.article.text.slice(x.end, m.start).trim().toLowerCase() === m.title!.toLowerCase())));
    if (!body) continue;
    const of = ctx.mentions.find((x) => x.kind === "Government" && x.key?.startsWith("government:") && x.sentence === m.sentence && x.end >= body.start - 1 && x.end <= body.start);
    const organ = of?.key ? undefined : stateOfRegionOrgan(body.text);
    const state = of?.key ?? (organ ? `government:${organ.key}` : undefined);
    if (state) sink.add("HOLDS_OFFICE", m.key, state, ctx.sentences[m.sentence], "a post of a body written before it, of the state named before the body or of the region the body is the organ of", { title: m.title, weak: true });
  }
}

/** Mayors listed with their towns after the post, the items (1): "the mayors on either bank, X of Tui and Y of
 * Valença", each named with the town of which they are the mayor. */
const MAYORS_LISTED = /\bmayors\b[^.;]{0,40}?, ((?:(?:\p{Lu}[\p{L}'’-]+ ){1,4}of \p{Lu}[\p{L}-]+(?:,? and |, ))+(?:\p{Lu}[\p{L}'’-]+ ){1,4}of \p{Lu}[\p{L}-]+)/u;
/** Each mayor so listed holds office in the state of the town (of a name that several states' towns share, the state
 * among them that the article names). */
function mayorsListed(ctx: RelationContext, sink: RelationSink) {
  const lists = ctx.sentences.map((s) => (s.text.includes("mayors") ? s.text.match(MAYORS_LISTED)?.[1] : undefined));
  if (!lists.some((x) => x)) return;
  const named = new Set(ctx.mentions.flatMap((m) => (m.kind === "Government" && m.key?.startsWith("government:") ? [countryByKey(m.key.slice(11))?.cca2 ?? ""] : [])));
  for (const [i, s] of ctx.sentences.entries()) {
    const list = lists[i];
    for (const item of list ? list.split(/,? and |, /) : []) {
      const [, name, town] = item.match(/^(.+) of (\S+)$/u) ?? [];
      const m = ctx.mentions.find((p) => p.sentence === i && p.kind === "Person" && !!p.key && p.text === name);
      const state = m ? countryOfTown(town, named) : undefined;
      if (m && state) sink.add("HOLDS_OFFICE", m.key!, `government:${state.key}`, s, "a mayor listed with the town after the post, of the town's state", { title: "mayor", weak: true });
    }
  }
}

/** One with a post of no state in a list of those who welcomed, received or went with someone is of the state of
 * another in the list: "was welcomed by Prime Minister X and the Honourable Y, M.P., Minister of Foreign Affairs" (X's
 * state told in another sentence); or, of those who went with someone, of that one's: "President X was accompanied by
 * a delegation that included the Honourable A, M.P., Minister for Foreign Affairs, and the Honourable B, M.P., Minister
 * for Trade". */
function fellowHosts(ctx: RelationContext, sink: RelationSink) {
  const stateOf = (key: string) => ctx.governmentOf.get(key) ?? ctx.weakGovernmentOf?.get(key);
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || !m.title || m.titleCountry || !knownTitle(m.title) || stateOf(m.key)) continue;
    const s = ctx.sentences[m.sentence];
    const people = ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.key !== m.key && x.end <= (m.outerStart ?? m.start));
    // (the list back to its first name, each joined by "and" or a comma, past the post set off after a name)
    const list: ResolvedMention[] = [];
    let next: ResolvedMention = m;
    for (let k = people.length - 1; k >= 0 && LISTED_NEXT.test(ctx.article.text.slice(people[k].end, next.outerStart ?? next.start)); k--) list.unshift((next = people[k]));
    const opening = ctx.article.text.slice(Math.max(s.start, (next.outerStart ?? next.start) - 60), next.outerStart ?? next.start);
    if (!HOSTS_OR_ESCORTS.test(opening)) continue;
    const leader = ESCORTS.test(opening) ? people.filter((x) => x.end <= (next.outerStart ?? next.start) && !list.includes(x)).pop() : undefined;
    const state = list.map((x) => stateOf(x.key!)).find(Boolean) ?? (leader?.key ? stateOf(leader.key) : undefined);
    if (state) sink.add("HOLDS_OFFICE", m.key, state, s, "a post of no state, held by one listed with others of a known state", { title: m.title, weak: true });
  }
}

/** The state of the one whose envoy a name is, set off before its post: "a special envoy of President X of <G>,
 * Minister of Y Z" (that state, or X's). */
function envoyOfState(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const text = ctx.article.text;
  const lead = ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.end <= (m.outerStart ?? m.start)).pop();
  if (!lead || !/\b(?:envoy|emissary|representative|messenger)s? of (?:the )?$/i.test(text.slice(Math.max(0, (lead.outerStart ?? lead.start) - 40), lead.outerStart ?? lead.start))) return undefined;
  const between = text.slice(lead.end, m.outerStart ?? m.start);
  const of = ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Government" && x.start >= lead.end && x.end <= (m.outerStart ?? m.start) && /^ of (?:the )?$/.test(text.slice(lead.end, x.start)));
  if (!/^(?: of (?:the )?[^,;.]{1,40})?, $/.test(between)) return undefined;
  return of?.key ?? (lead.titleCountry ? `government:${lead.titleCountry}` : ctx.governmentOf.get(lead.key!));
}

/** The state of a post the sentence before named, for the one named after it: "Jordan's Ambassador to the UAE was also
 * present. The ambassador, X, has represented …" (X is Jordan's). */
function postNamedBefore(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const s = ctx.sentences[m.sentence];
  const post = ctx.article.text.slice(s.start, m.start).match(/^The (?:senior |new )?([Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Oo]fficial|[Dd]iplomat), (?:[A-Z][a-z]*\.? )*$/)?.[1]?.toLowerCase();
  const prev = post && m.sentence > 0 ? ctx.sentences[m.sentence - 1].text : "";
  const at = post ? prev.search(new RegExp(`\\b${post === "ambassador" || post === "high commissioner" ? post : "(?:ambassador|high commissioner|envoy|official|diplomat|(?:deputy |assistant )?(?:secretary-general|director-general|under-?secretary|permanent secretary))"}\\b`, "i")) : -1;
  const c = stateNamedBefore(prev, at);
  return c ? `government:${c.key}` : undefined;
}

/** "The accord was signed by A and B", also where and when: "the treaty was signed in <L> in December 1973 by then presidents A and B". */
// (a post after the first name: "was signed by <P>, Minister of State, and <P>")
// (or a relative clause of the post: "<P>, who is also the Prime Minister's Special Envoy for <O> to the <L>, and <P>")
const SIGNER_POST_AFTER = ", (?:the )?(?:[^<,;.]|<[GON]\\d+>){1,50}(?=, and <)|, who (?:is|was) (?:also )?(?:[^<,;.]|<[GONL]\\d+>){1,100}(?=, and <)";
// (or "It was signed by A and B", the document the sentence before named)
const SIGNED_BY_THEM = new RegExp(`(?:^It|\\b[Tt]he (?:[a-z-]+ )?(?:declaration|treaty|agreement|accord|pact|communique|charter|deal|memorandum|protocol|document|statement)s?) (?:was|were) (?:formally |jointly )?signed(?: (?:in|at) (?:the )?<L\\d+>(?:, <L\\d+>,?)?)?${SIGNED_THEN_BY}(<[PG]\\d+>(?:${SIGNER_POST_AFTER})?(?:(?:,| and|, and) <[PG]\\d+>)*)`);
// (also set off, at a venue in a city, the signers with their states: "led to the <D>, signed at the <L> in <L> on
// September 13th, 1993, by <G>'s <P> and <P>")
// (or past the parties and what it does: "the <D> between <G> and <G> establishing their boundaries in the <L>, signed
// at <O> in <L> … by <P> and <P>")
const DOC_SIGNED_BY_THEM = new RegExp(`<D(\\d+)>(?: (?:in|for|of|on) (?:the )?<[GL]\\d+>)?(?: between <G\\d+> and <G\\d+>(?: [a-z]+ing\\b(?:[^.;<,]|<[GL]\\d+>){0,80})?)?(?:(?:,? (?:which|that) (?:[^.;<]|<[PLGNO]\\d+>){0,100}?,)? (?:was|were|is|are) (?:formally |jointly )?|, )signed(?: (?:in|at) (?:(?:the )?<[LO]\\d+>|(?:a|an|the) (?:[a-z-]+ ){0,2}(?:hotel|palace|ministry|residence|office|hall|building|house|ceremony)\\b)){0,2}${SIGNED_THEN_BY}((?:<G\\d+>['’]s )?<P\\d+>(?:${SIGNER_POST_AFTER})?(?:(?:,| and|, and) (?:<G\\d+>['’]s )?<P\\d+>)*)(?!['’]s)`);
/** The words before a letter's sender: "a letter from (the) <sender>". */
const FROM_SENDER = /\b(?:letter|message|note|invitation)s? from (?:the )?$/;
/** A verb of handing a letter over. */
const HANDS_OVER = /\b(?:handed|hand|handing|gave|give|delivered|deliver|delivering|carried|carry|carrying|brought|bring|bringing|bearing|presented|present|conveyed|convey)\b/;
/** The last verb of handing over in a stretch of text. */
const LAST_HANDS_OVER = new RegExp(`${HANDS_OVER.source}(?![^]*${HANDS_OVER.source})`);
/** The state of the one who carries `m`'s letter in `m`'s sentence: "X, … handed Y a letter from Prime Minister <m>". */
function carrierOf(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const at = m.outerStart ?? m.start;
  const s = ctx.sentences[m.sentence];
  if (!FROM_SENDER.test(ctx.article.text.slice(Math.max(s.start, at - 30), at))) return undefined;
  const carrier = ctx.mentions.find(
    (x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.end <= at && x.key !== m.key && HANDS_OVER.test(ctx.article.text.slice(x.end, at)),
  );
  return carrier?.key ? (ctx.governmentOf.get(carrier.key) ?? (carrier.titleCountry ? `government:${carrier.titleCountry}` : undefined)) : undefined;
}

/** The one state a visitor of another state is told to have come to on a visit: "X arrived in Kathmandu on Wednesday on a
 * two-day official visit", "X, who is on an official visit to Nepal" (none if the story tells of visits to two). */
function stateVisited(ctx: RelationContext): string | undefined {
  const states = new Set<string>();
  for (const s of ctx.sentences) {
    const city = s.text.match(/\b(?:arrived|arrives|landed|lands) in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b[^.;]{0,60}?\bvisit\b/u)?.[1] ?? s.text.match(/\bon (?:an?|his|her) (?:[\w-]+ ){0,3}visit to (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u)?.[1];
    const state = city ? (countryByCapital(city) ?? countryByName(city)) : undefined;
    if (!state) continue;
    // (by one of another state: the visitor, the sentence's first person)
    const visitor = ctx.mentions.find((x) => x.sentence === s.index && x.kind === "Person" && x.key);
    const theirs = visitor?.key ? (ctx.governmentOf.get(visitor.key) ?? ctx.mentions.filter((x) => x.key === visitor.key && x.titleCountry).map((x) => `government:${x.titleCountry}`)[0]) : undefined;
    if (theirs && theirs !== `government:${state.key}`) states.add(`government:${state.key}`);
  }
  return states.size === 1 ? [...states][0] : undefined;
}

/** How one who invites is named before the place they invite to: "X invited Y to visit", "X's invitation to", "a letter
 * from X inviting him to", "a letter from X to Y inviting him to visit". */
const INVITES_TO = /^(?:['’]s invitation|,? (?:who |which )?(?:(?:has|had|also|formally|personally|have) )*invit(?:ed|es)(?: [^,;]{1,70}?)?|(?: to [^,;]{1,70}?,?)? inviting (?:him|her|them|[^,;]{1,70}?)) to (?:visit |come to |travel to |make (?:a|an) (?:[a-z]+ )?visit to )?(?:the )?$/;

/** Each person who invites someone to a capital (or a state named), by key: that state. "a letter from Prime Minister
 * X inviting him to Ottawa", "X invited Y to visit Kyiv" (not to a gathering there: "invited them to Brussels for the
 * summit"). */
function invitersToCapitals(ctx: RelationContext): Map<string, string> {
  const out = new Map<string, string>();
  const text = ctx.article.text;
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || out.has(m.key)) continue;
    const to = ctx.mentions.find((x) => x.sentence === m.sentence && x.start > m.end && x.start - m.end <= 120 && (x.kind === "Place" || x.kind === "Government"));
    if (!to) continue;
    const between = text.slice(m.end, to.start);
    if (!INVITES_TO.test(between)) continue;
    // (the letter's sender: "inviting" right after the one it is from)
    if (/ inviting /.test(between) && !/\bfrom (?:the )?$/.test(text.slice(Math.max(0, (m.outerStart ?? m.start) - 30), m.outerStart ?? m.start))) continue;
    if (GATHERING.test(text.slice(to.end, to.end + 40))) continue;
    const state = to.kind === "Government" && to.country && !countryByCapital(to.text) ? to.country : countryByCapital(to.text)?.key;
    if (state) out.set(m.key, `government:${state}`);
  }
  return out;
}

/** Each person who, as a sentence's first person, hands over a letter from someone of a known state (told, or by the
 * capital they invite to), by key: that state. "Foreign Minister X met Y … and gave him a letter from Prime Minister Z". */
function carriersOfLetters(ctx: RelationContext, inviters: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const text = ctx.article.text;
  for (const z of ctx.mentions) {
    if (z.kind !== "Person" || !z.key) continue;
    const at = z.outerStart ?? z.start;
    if (!FROM_SENDER.test(text.slice(Math.max(0, at - 30), at))) continue;
    const state = ctx.governmentOf.get(z.key) ?? (z.titleCountry ? `government:${z.titleCountry}` : undefined) ?? inviters.get(z.key);
    const s = ctx.sentences[z.sentence];
    // (the one who hands it: the sentence's subject, or the one named right before the verb, "X received Y, …, where Mr Y
    // delivered a message from Z" is Y; not "X met Y … and gave him a letter", X)
    const verbAt = text.slice(s.start, at).search(LAST_HANDS_OVER);
    const justBefore = verbAt < 0 ? undefined : ctx.mentions.filter((x) => x.sentence === z.sentence && x.kind === "Person" && x.end <= s.start + verbAt).pop();
    const adjacent = justBefore && /^\s+(?:(?:then|later|also|personally|had|has) )?$/.test(text.slice(justBefore.end, s.start + verbAt));
    const carrier = adjacent ? justBefore : ctx.mentions.find((x) => x.sentence === z.sentence && x.kind === "Person");
    if (!state || !carrier?.key || carrier.key === z.key || out.has(carrier.key)) continue;
    // (the subject who hands it: not "Y said X gave him …")
    if (/\b(?:said|says|told|according)\b/.test(text.slice(s.start, at)) || !HANDS_OVER.test(text.slice(carrier.end, at))) continue;
    out.set(carrier.key, state);
  }
  return out;
}

/** For each head's title, the person the article names most often with it (the first named, of equals). */
function mostNamedByHeadTitle(ctx: RelationContext): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of ctx.mentions) {
    if (m.kind !== "Person" || !m.key || !m.title || !HEAD_OF_STATE.test(m.title)) continue;
    const byKey = counts.get(spelledOut(m.title)) ?? new Map<string, number>();
    counts.set(spelledOut(m.title), byKey.set(m.key, (byKey.get(m.key) ?? 0) + 1));
  }
  const out = new Map<string, string>();
  for (const [title, byKey] of counts) out.set(title, [...byKey].reduce((best, x) => (x[1] > best[1] ? x : best))[0]);
  return out;
}

/** A meeting's object right before a name: "met", "talks with", "was received by". */
const MEETS_OBJECT = /\b(?:met|meet|meets|meeting|summit|saw|see|talks with|received by|hosted by|greeted by|welcomed by|calls? on|called on|paid a courtesy call on|audience with)(?: with)? $/;
const GATHERING = /\b(?:summit(?! with\b)|conference|forum|sidelines|margins|assembly|congress|ceremony|funeral|inauguration|G\d+|games)\b/i;
/** The state of the capital a meeting is told to happen in, for the one met there: "was in Kyiv, where he met", "flies to
 * Tashkent on Thursday, where he is to meet", "In Bamako, X was received by". `before`: the sentence up to the name. */
function hostInCapital(before: string, sentence: string): string | undefined {
  // (not at a gathering there: "flew to Tokyo, where he met President X at the G7" meets another guest)
  if (!MEETS_OBJECT.test(before) || GATHERING.test(sentence)) return undefined;
  const city =
    // ("left L for Niue on Thursday afternoon, where he is expected to meet Premier X")
    before.match(/\b(?:in|to|for) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?: on \p{Lu}\p{Ll}+(?: morning| afternoon| evening)?| later| next week| this week)?, where [^.;,]*$/u)?.[1] ??
    before.match(/^In (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), [^.;,]*$/u)?.[1] ??
    // ("is to travel to Vilnius next week to visit … and to meet President X"; "will travel to Canada next month for a
    // meeting with Prime Minister X")
    before.match(/\b(?:travel|travels|travelled|traveled|fly|flies|flew|go|goes|went|head|heads|headed) to (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b[^.;]{0,100}\b(?:to (?:meet|see|hold talks with)|for (?:a |an |the )?(?:[a-z-]+ )?(?:meeting|talks|summit) with) $/u)?.[1];
  const c = city ? countryOfPlace(city) : undefined;
  return c ? `government:${c.key}` : undefined;
}

/** The one a letter was delivered to in their capital: "… that X delivered to President Y at State House, Nairobi". */
function deliveredToInCapital(before: string, after: string): string | undefined {
  if (!/\b(?:delivered|handed(?: over)?|presented)(?: (?:it|them|the letter|the message))? to $/.test(before)) return undefined;
  const city = after.match(/^,? (?:at (?:the )?[^.;,]{1,40}, |in )(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b/u)?.[1];
  const c = city ? countryByCapital(city) : undefined;
  return c ? `government:${c.key}` : undefined;
}

/** The host who receives a visitor in a capital, the post named before: "Foreign Minister X received me at the foreign
 * ministry in Pyongyang" is North Korea's (not at a gathering there). */
function receivingInCapital(after: string, sentence: string): string | undefined {
  if (GATHERING.test(sentence)) return undefined;
  // ("President X on Monday received Y, …, at the Union Buildings in Pretoria")
  const city = after.match(/^,?\s+(?:on \p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))? )?(?:(?:also|later|then|warmly|formally|briefly) )?(?:received|receives|hosted|hosts|welcomed|welcomes)\b[^.;]{0,90}?\bin (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b/u)?.[1];
  const c = city ? countryByCapital(city) : undefined;
  return c ? `government:${c.key}` : undefined;
}

/** One who attended a reception by a leader of a known state, of no state told: that leader's ("he was received at the
 * palace by President X, in talks … also attended by Foreign Minister Y", in a story from the guest's state). */
function hostAttended(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const s = ctx.sentences[m.sentence];
  const host = ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.key !== m.key && x.end <= (m.outerStart ?? m.start) && /\b(?:received|welcomed|hosted)\b[^.;]{0,60}\bby (?:the )?$/.test(ctx.article.text.slice(Math.max(s.start, (x.outerStart ?? x.start) - 80), x.outerStart ?? x.start)));
  if (!host?.key || !/\b(?:attended by|in the presence of)\s+$/.test(ctx.article.text.slice(host.end, m.outerStart ?? m.start).slice(-40)) || !/^(?:[^.;]{0,120})$/.test(ctx.article.text.slice(host.end, m.outerStart ?? m.start))) return undefined;
  return ctx.governmentOf.get(host.key) ?? (host.titleCountry ? `government:${host.titleCountry}` : knownOffice(host, ctx)?.office);
}

/** The one met at their own seat in a capital: "called on Prime Minister X at Jamaica House in Kingston", "met President Y
 * at his residence in Lima" (a residence, an office, a palace, a house; not at a gathering there). */
function metAtHomeInCapital(before: string, after: string, sentence: string): string | undefined {
  if (!MEETS_OBJECT.test(before) || GATHERING.test(sentence)) return undefined;
  const city = after.match(/^,? (?:(?:on|last) \p{Lu}\p{Ll}+ )?at (?:the |his |her |their )?(?:official )?(?:[\p{L}'’-]+ ){0,3}(?:House|Palace|Mansion|Lodge|residence|Residence|office|Office|palace)(?: [^.;,<]{0,20}?)? in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b/u)?.[1];
  const c = city ? countryByCapital(city) : undefined;
  return c ? `government:${c.key}` : undefined;
}

/** The head a foreign visitor meets in the dateline's capital: "TEHRAN – … the prince held talks with President X" is
 * Iran's (not at a gathering there, and only when the one who meets X is another state's: the sentence's person before X,
 * else, for "the prince" or "he", the last person the sentence before named). */
function hostAtDateline(m: ResolvedMention, title: string, ctx: RelationContext): string | undefined {
  if (!ctx.homeCapital || !ctx.homeCountry || !HEAD_OF_STATE.test(title)) return undefined;
  const s = ctx.sentences[m.sentence];
  const before = ctx.article.text.slice(s.start, m.outerStart ?? m.start);
  // (or the one who receives the visitor: "Abu Dhabi: President X on Tuesday received Y, Deputy Prime Minister … of Jordan")
  const receives = /^,?\s+(?:on \p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening))? )?(?:received|receives|hosted|hosts|welcomed|welcomes)\b/u.test(ctx.article.text.slice(m.end, s.end));
  // (not one met after a journey on: "Quiroga flies on to meet President X next week")
  // (or the one a visitor hands a letter to there: "a letter from Z that X handed to the President during a courtesy call")
  const handedTo = /\b(?:handed|delivered|gave|presented)(?: (?:it|them|over|the letter|the message))? to (?:the )?$/.test(before);
  if ((!MEETS_OBJECT.test(before) && !receives && !handedTo) || GATHERING.test(s.text) || /\b(?:fl(?:y|ies|ew|own)|travel\w*|go(?:es)?|went|head(?:s|ed)?|leav(?:e|es|ing)|left|on to|continu\w+)\b/.test(before)) return undefined;
  const home = `government:${ctx.homeCountry}`;
  // (or the state the article gives them as someone's counterpart: "his Malaysian counterpart, Datuk Seri X")
  // (or the state of a post set off after the name: "received Y, Jordan's Deputy Prime Minister and …,")
  const setOff = (x: ResolvedMention) => {
    const c = stateNamedAfter(ctx.article.text.slice(x.end, x.end + 60));
    return c ? `government:${c.key}` : undefined;
  };
  const stateOf = (x: ResolvedMention) =>
    x.key ? (ctx.governmentOf.get(x.key) ?? (x.titleCountry ? `government:${x.titleCountry}` : undefined) ?? ctx.mentions.filter((y) => y.key === x.key && y.kind === "Person").map((y) => counterpartState(y, ctx)).find(Boolean) ?? setOff(x)) : undefined;
  const persons = (i: number, upTo: number) => ctx.mentions.filter((x) => x.sentence === i && x.kind === "Person" && x.key && x.key !== m.key && x.end <= upTo);
  const here = receives ? ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.key && x.key !== m.key && x.start > m.end).slice(0, 1) : persons(m.sentence, m.start);
  const visitor = here.length ? here[0] : /^(?:[^.;]{0,40}\b)?(?:[Hh]e|[Ss]he|[Tt]he (?:[a-z]+ ){0,2}[a-z]+)\b/.test(before) ? persons(m.sentence - 1, s.start).pop() : undefined;
  const theirs = visitor ? stateOf(visitor) : undefined;
  return theirs && theirs !== home ? home : undefined;
}

/** The state a post set off right after a name names: ", Jordan's Deputy Prime Minister" (Jordan). */
function stateNamedAfter(after: string): Country | undefined {
  const state = after.match(/^, (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})['’]s /u)?.[1];
  return state ? (countryByName(state) ?? undefined) : undefined;
}

/** Portfolios whose ministry a story names with its state ("the Algerian foreign ministry"). */
const PORTFOLIOS = "foreign|defen[cs]e|interior|finance|trade|economy|justice|health|energy";
/** A minister's portfolio in the title; a spokesperson's in the words before ("foreign ministry spokesperson X"). */
const PORTFOLIO_IN_TITLE = new RegExp(`\\b(${PORTFOLIOS})\\b`);
const PORTFOLIO_BEFORE = new RegExp(`\\b(${PORTFOLIOS}) ministry(?:['’]s)?\\s+$`);

/** A minister named by a bare title within three sentences after a state's ministry of that portfolio: "a statement from
 * the Algerian foreign ministry. … Foreign Minister X, speaking …" (in a story from Rabat) is Algeria's. */
function ministryOf(m: ResolvedMention, title: string, ctx: RelationContext): string | undefined {
  // (a minister of the portfolio, or the spokesperson of its ministry: "foreign ministry spokesperson X")
  const at = m.outerStart ?? m.start;
  const portfolio = /^spokes(?:person|man|woman)$/i.test(title)
    ? ctx.article.text.slice(Math.max(0, at - 40), at).toLowerCase().match(PORTFOLIO_BEFORE)?.[1]
    : /\bminister\b/i.test(title) ? title.toLowerCase().match(PORTFOLIO_IN_TITLE)?.[1] : undefined;
  if (!portfolio) return undefined;
  const cue = new RegExp(`^(?:['’]s)? ${portfolio} ministry\\b`, "i");
  const states = ctx.mentions.filter(
    (x) => x.sentence >= m.sentence - 3 && x.end <= m.start && x.country && (x.kind === "Demonym" || x.kind === "Government") && cue.test(ctx.article.text.slice(x.end, x.end + 30)),
  );
  const last = states[states.length - 1];
  return last ? `government:${last.country}` : undefined;
}

/** A monarch's title with no state: the one state the article names that has such a monarch ("King X" in a story of
 * Jordan and Portugal is Jordan's), else none. */
function realmOf(title: string, m: ResolvedMention, ctx: RelationContext, consort = true): string | undefined {
  if (!MONARCH.test(title)) return undefined;
  // (a queen named with her king, "King X (of G) and Queen Y", is of his realm)
  const king = consort && /^queen$/i.test(title) ? ctx.mentions.find((k) => k.sentence === m.sentence && k.kind === "Person" && !!k.key && k.end <= (m.outerStart ?? m.start) && /^king$/i.test(k.title ?? "") && /^(?: of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)? and (?:(?:His|Her) Majesty )?$/u.test(ctx.article.text.slice(k.end, m.outerStart ?? m.start))) : undefined;
  if (king?.key) {
    const of = nameOfAfter(ctx.article.text, king.end);
    const theirs = (of ? countryByName(of)?.key : undefined) ?? king.titleCountry;
    return theirs ? `government:${theirs}` : (ctx.governmentOf.get(king.key) ?? realmOf("King", king, ctx, false));
  }
  const states = new Set(ctx.mentions.filter((x) => x.country && (x.kind === "Government" || x.kind === "Demonym")).map((x) => x.country!));
  // (not a state whose monarch the article names as another: "King X and Queen Y granted an audience to the Bhutanese King",
  // who is Z)
  const ofState = (x: ResolvedMention) => {
    const name = nameOfAfter(ctx.article.text, x.end);
    return name ? countryByName(name)?.key : undefined;
  };
  const another = (c: string) =>
    ctx.mentions.some((x) => x.kind === "Person" && !!x.key && x.key !== m.key && (x.titleRef?.country === c || x.titleCountry === c || ctx.governmentOf.get(x.key) === `government:${c}` || ofState(x) === c) && (x.titleRef?.title ?? x.title ?? "").toLowerCase() === title.toLowerCase());
  const reigns = [...states].filter((c) => reignsAs(countryByKey(c), title) && !another(c));
  // (of several, the one the king's own sentence names: "a Moroccan proposal … a message from King X", in a story that
  // also names Spain)
  const here = reigns.length > 1 ? reigns.filter((c) => ctx.mentions.some((x) => x.sentence === m.sentence && x.country === c && (x.kind === "Government" || x.kind === "Demonym"))) : reigns;
  return here.length === 1 ? `government:${here[0]}` : undefined;
}

/** Whether `x` names a state's side: "the Polish side", "the Indian side of the table" (a state's name or demonym, with
 * "side" in it or right after it). */
const sideNamed = (x: ResolvedMention, text: string) =>
  !!x.country && (x.kind === "Demonym" || x.kind === "Government") && (/\bside$/.test(x.text) || /^ side\b/.test(text.slice(x.end, x.end + 6)));

/** The state whose side a sentence seats the person at `m` on: the nearest side named before them ("on the Cuban side were
 * A and B, and on the Namibian side C"), else the one after ("A and B are on the Indian side of the table"). */
function sideSeated(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const text = ctx.article.text;
  const sides = ctx.mentions.filter((x) => x.sentence === m.sentence && sideNamed(x, text) && /\bon the $/.test(text.slice(Math.max(0, x.start - 8), x.start)));
  // (one's own right after the name first: "X attended on the Cambodian side and Y on the Vietnamese side")
  const own = sides.find((x) => x.start >= m.end && /^(?: (?:also )?(?:attended|took part|sat|participated)(?: in)?(?: (?:the|those) (?:talks|meeting))?)? on the $/.test(text.slice(m.end, x.start)));
  return (own ?? sides.filter((x) => x.end <= (m.outerStart ?? m.start)).pop() ?? sides.find((x) => x.start >= m.end))?.country;
}

/** The office the gazetteer of office holders (general knowledge) gives the person at `m` on the article's day, unless
 * the article tells a post of theirs as once held ("former President X", "X, a former foreign minister,", "the late X"). */
function knownOffice(m: ResolvedMention, ctx: RelationContext): KnownOffice | undefined {
  if (m.kind !== "Person" || !m.key?.startsWith("person:")) return undefined;
  const known = knownOfficeOf(m.key.slice("person:".length), ctx.article.date);
  if (!known) return undefined;
  const text = ctx.article.text;
  const once = (x: ResolvedMention) => heldFormerly(text, x) || /\b(?:the late|then|then-)\s*(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(text.slice(Math.max(0, (x.outerStart ?? x.start) - 40), x.outerStart ?? x.start)) || /^,? (?:a |the |who was |now a )?(?:former|ex-)/.test(text.slice(x.end, x.end + 30));
  return ctx.mentions.some((x) => x.key === m.key && (once(x) || /^then\b/i.test(x.title ?? ""))) ? undefined : known;
}

/** People named with no post, or with none the rules could give a state, whom the gazetteer of office holders knows:
 * "Andrii Sybiha and I met in Lviv" (Ukraine's foreign minister); "Chairman of the CPPCC Wang Huning", an office of a
 * body of no side, is China's too. At their first mention. */
function officesKnown(ctx: RelationContext, sink: RelationSink) {
  const sided = (r: RelationRecord) => !r.weak && (r.target.startsWith("government:") || !!sideOfOrganization(r.target));
  const held = new Set(sink.out.filter((r) => r.relation === "HOLDS_OFFICE" && sided(r)).map((r) => r.source));
  for (const m of ctx.mentions) {
    if (!m.key || held.has(m.key)) continue;
    const known = knownOffice(m, ctx);
    if (!known) continue;
    held.add(m.key);
    sink.add("HOLDS_OFFICE", m.key, known.office, ctx.sentences[m.sentence], "a person the gazetteer of office holders knows", { title: known.post });
  }
}

/** An official release's post of a state, set off after the name: "X, Minister of Foreign Affairs of the Republic of
 * Chile,", ", President of " before the state. (Before the name, "Prime Minister of Mongolia Mr. X", the post is the
 * mention's own: find-mentions.) */
// (and in brackets after a speaker's name in a record: "Mr. X (High Commissioner of Canada to India, …):")
// (and a royal post, or two joined: "Prince X, Crown Prince and Prime Minister of the Kingdom of G")
const POST_OF_STATE_AFTER = /^(?:, | \()((?:(?:First |Deputy |Vice )?(?:Prime Minister|President|Vice President|Minister|Secretary|Speaker|Chairman|Chairperson|Ambassador|High Commissioner|Consul[- ]General|Consul|Crown Prince|King|Emir|Amir|Sultan|Ruler)(?: and (?:Deputy )?(?:Prime Minister|Minister of (?:Defen[cs]e|Foreign Affairs)))?)(?: (?:of|for) (?:the )?\p{Lu}[\p{L}&' -]*?(?:, \p{Lu}[\p{L}&' -]*?){0,3})?) of (?:the )?(?:Republic of (?:the )?)?$/u;

/** A local council's post written before a name: "council leader X" (its title "leader"), "the council's convener, Y,",
 * "A council spokesman, Z,". */
function localCouncilPost(m: ResolvedMention, text: string): string | undefined {
  const before = text.slice(Math.max(0, (m.outerStart ?? m.start) - 40), m.outerStart ?? m.start);
  if (m.title === "leader") return /\bcouncil $/.test(before) ? "council leader" : undefined;
  if (m.title) return undefined;
  const v = before.match(/(?:\b[Tt]he council['’]s (convener|leader|chief executive), |\b[Aa] council (spokes(?:man|woman|person)), )$/);
  // (or the town's the story is about: "the town's mayor, X,")
  const own = before.match(/\b[Tt]he (?:town|city|village|municipality)['’]s ((?:deputy )?mayor), $/);
  if (own) return own[1];
  // (or a town's, the town unknown to the gazetteer: "Norrtälje's municipal commissioner, X,")
  const town = before.match(/\b(\p{Lu}[\p{L}-]+)['’]s ((?:municipal|town|city|county|district) (?:commissioner|manager|council leader|chief executive)|mayor), $/u);
  return v ? (v[1] ?? v[2]) : town && !countryOfPlace(town[1]) && !countryByName(town[1]) ? town[2] : undefined;
}

function postsOfStatesAfterNames(ctx: RelationContext, sink: RelationSink) {
  const text = ctx.article.text;
  for (const m of ctx.mentions) {
    // (a local council's officer, of the story's state)
    const councilPost = m.kind === "Person" && m.key && !m.titleCountry && !m.titleRef && ctx.homeCountry && !ctx.governmentOf.has(m.key) ? localCouncilPost(m, text) : undefined;
    // (of the city the sentence has just named, where the gazetteer knows its state: "lunch in Porto on Wednesday
    // with the city's mayor, X")
    const city = councilPost && /\b[Tt]he (?:town|city)['’]s (?:deputy )?mayor, $/.test(text.slice(Math.max(0, (m.outerStart ?? m.start) - 30), m.outerStart ?? m.start)) ? ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Place" && x.end <= (m.outerStart ?? m.start)).pop() : undefined;
    const cityState = city ? countryOfPlace(city.text)?.key : undefined;
    if (councilPost) {
      sink.add("HOLDS_OFFICE", m.key!, `government:${cityState ?? ctx.homeCountry}`, ctx.sentences[m.sentence], "a local council's officer, in a story from its state", { title: councilPost, weak: true });
      continue;
    }
    // (a style is no post: "His Royal Highness Prince X, Minister of Defense,")
    if (m.kind !== "Person" || !m.key || (m.title && !/^(?:Prince|Princess|Sheikh|Sheikha|Sayyid)$/.test(m.title)) || m.titleRef) continue;
    const after = ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Government" && x.country && x.start > m.end && /^(?:, | \()(?:[^,;<()]|, (?=\p{Lu})){2,120}$/u.test(text.slice(m.end, x.start)) && /^(?: (?:to|in) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?(?:\s*[,.;()]|[ \t]*(?:\n|$))/u.test(text.slice(x.end, x.end + 40)));
    const post = after ? text.slice(m.end, after.start).match(POST_OF_STATE_AFTER)?.[1] : undefined;
    if (!after || !post || /^(?:Minister|Secretary) (?:of|for) (?:the )?Republic$/.test(post)) {
      // (a cabinet post alone, set off after the name in a story with a dateline: "Riyadh, Oct 20, SPA -- His Royal
      // Highness Prince X, Minister of Defense, received …" is the dateline's state's)
      // ("…, Foreign Minister, received", "…, Undersecretary of the Foreign Ministry for Political Affairs.")
      // (and "X, the Minister of State for European Affairs.", "X, now Tánaiste and Minister for Finance,")
      // (and "X, the Premier,", "X, the Governor,", a territory's own, as its paper writes them)
      const alone = !after && !m.titleCountry ? text.slice(m.end, m.end + 120).match(/^, (?:the |now )?((?:First |Deputy |Vice )?(?:(?:Foreign|Defen[cs]e|Interior|Finance) )?(?:Crown Prince|Prime Minister|Minister|Secretary|Undersecretary|Under-Secretary|Deputy Prime Minister|Tánaiste|Tanaiste|Premier|Governor)(?: (?:[A-Z][\w-]+|of|for|and|the|&))*)[,.]/)?.[1] : undefined;
      const ownState = ctx.homeCountry ?? ctx.namedMost;
      const home = alone && ownState && !ctx.governmentOf.has(m.key) && alone.split(/ and (?=[A-Z])/).every((t) => knownTitle(t) || /^(?:Crown Prince|Premier|Governor)$/.test(t)) && !NOT_HOME_TITLE.test(alone);
      if (home) sink.add("HOLDS_OFFICE", m.key, `government:${ownState}`, ctx.sentences[m.sentence], "a cabinet post set off after the name, in a story from that state", { title: alone, weak: true });
      // (or a town's council's head: "X, Chairman of Dhofar Municipality,", the story's state's)
      const municipal = !after && !m.titleCountry && !home && ownState && !ctx.governmentOf.has(m.key) ? text.slice(m.end, m.end + 100).match(/^, (?:the )?((?:Deputy |Vice )?(?:Chairman|Chairwoman|Chairperson|President|Head|Mayor) of (?:the )?(?:\p{Lu}[\p{L}-]+ ){1,3}(?:Municipality|Municipal Council|City Council|Town Council|Municipal Corporation))[,.]/u)?.[1] : undefined;
      if (municipal) sink.add("HOLDS_OFFICE", m.key, `government:${ownState}`, ctx.sentences[m.sentence], "a town council's head set off after the name, in a story from that state", { title: municipal, weak: true });
      // (or before it: "attended by the Minister of Foreign Affairs, International Cooperation and …, Hon. X", "The
      // Presidency's spokesman, X,", "our ambassador in Conakry, X,")
      // (a state named later in the sentence, with no post of it after the name, is no matter: "X, said there was no
      // truth in a report that Y had met Taiwan's top representative")
      const before = !(after && post) && !m.titleCountry && !home && ctx.homeCountry && !ctx.governmentOf.has(m.key) ? HOME_POSTS_BEFORE.map((x) => ({ ...x, title: text.slice(Math.max(0, (m.outerStart ?? m.start) - x.window), m.outerStart ?? m.start).match(x.post)?.[1] })).find((x) => x.title) : undefined;
      if (before?.title && (!before.known || (knownTitle(before.title.split(",")[0].replace(/ (?:at|in) the .*$/, "")) && !NOT_HOME_TITLE.test(before.title)))) sink.add("HOLDS_OFFICE", m.key, `government:${ctx.homeCountry}`, ctx.sentences[m.sentence], before.reason, { title: before.title, weak: true });
      // ("X, the ministry's deputy minister for political affairs, sat in", in a story the home state's foreign ministry
      // is the source of: that ministry's)
      const ministry = !after && !m.titleCountry && !ctx.governmentOf.has(m.key) ? text.slice(m.end, m.end + 100).match(/^, the ministry['’]s ((?:deputy |vice |first |second )?(?:minister|director[- ]general|director|spokes(?:man|woman|person)|secretary|ambassador)\b[^,;.]{0,60}),/)?.[1] : undefined;
      const own = ministry && ctx.homeCountry ? countryByKey(ctx.homeCountry) : undefined;
      if (ministry && own && [own.name, ...own.capitals].some((n) => text.includes(`${n}'s foreign ministry`) || text.includes(`${n}’s foreign ministry`)))
        sink.add("HOLDS_OFFICE", m.key, `government:${own.key}`, ctx.sentences[m.sentence], "a post of 'the ministry' the story's own foreign ministry is", { title: ministry, weak: true });
      continue;
    }
    const title = post.replace(/ of the Republic$/, "");
    sink.add("HOLDS_OFFICE", m.key, `government:${after.country}`, ctx.sentences[m.sentence], "the post of a state next to the name (an official release's style)", { title });
  }
}

/** "The foreign ministers of the three countries – A of Mali, B of Burkina Faso and C of Niger –": an untitled person
 * named with "of" a state in a list of such serves it (the post the sentence names for them all, if any). */
function statesAfterNames(ctx: RelationContext, sink: RelationSink) {
  const text = ctx.article.text;
  const ofState = (m: ResolvedMention) => ctx.mentions.find((x) => x.sentence === m.sentence && x.kind === "Government" && x.country && x.start > m.end && /^ of (?:the )?$/.test(text.slice(m.end, x.start)) && /^(?:\s*[,;–—)]| and\b|\.)/.test(text.slice(x.end, x.end + 5)));
  const listed = ctx.mentions.filter((m) => m.kind === "Person" && m.key && !m.title && !m.titleRef).map((m) => ({ m, state: ofState(m) })).filter((x) => x.state);
  const perSentence = new Map<number, number>();
  for (const { m } of listed) perSentence.set(m.sentence, (perSentence.get(m.sentence) ?? 0) + 1);
  for (const { m, state } of listed) {
    // (two at least in one sentence: a list, not "Pope Leo of Rome")
    if (perSentence.get(m.sentence)! < 2 || ctx.governmentOf.has(m.key!)) continue;
    const s = ctx.sentences[m.sentence];
    const post = text.slice(s.start, m.start).match(/\b(foreign ministers|defen[cs]e ministers|prime ministers|presidents|ministers|leaders|heads of state|envoys|ambassadors)\b/i)?.[1].toLowerCase();
    const title = post === "heads of state" ? "head of state" : post?.replace(/s$/, "");
    sink.add("HOLDS_OFFICE", m.key, `government:${state!.country}`, s, "a person named with a state in a list of such", { ...(title ? { title } : {}), weak: true });
  }
}

/** "Russian Foreign Minister X and his Ukrainian counterpart Y": Y's title is X's. */
/** "his Vietnamese counterpart, (Foreign Minister) X", "her Turkish counterpart X", "X, his Polish counterpart,": X's state. */
function counterpartState(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const at = m.outerStart ?? m.start;
  const before = ctx.article.text.slice(Math.max(0, at - 60), at);
  const cue = before.match(/\b(?:his|her|their|its) (?:\S+ ){0,4}(?:counterparts?|peers?),?\s*$/);
  // (or set off after the name: "held talks with X, his Polish counterpart,")
  const after = cue ? undefined : ctx.article.text.slice(m.end, m.end + 60).match(/^, (?:his|her|their|its) (?:\S+ ){0,2}(?:counterpart|peer)(?=[,.;]| (?:at|in|on|and|who)\b)/);
  if (!cue && !after) return undefined;
  const [from, to] = cue ? [at - before.length + cue.index!, at] : [m.end, m.end + after![0].length];
  const state = ctx.mentions.find((x) => x.sentence === m.sentence && x.start >= from && x.end <= to && x.country && (x.kind === "Demonym" || x.kind === "Government"));
  return state ? `government:${state.country}` : undefined;
}

/** "… met her Turkish counterpart, Hakan Yildirim": an untitled person named as a state's counterpart holds the post
 * the sentence's other person holds, for that state. */
function counterpartsNamed(ctx: RelationContext, sink: RelationSink) {
  for (const m of ctx.mentions) {
    // (a style is no post: "his Emirati counterpart, Sheikh X")
    if (m.kind !== "Person" || !m.key || (m.title && !NOT_A_STATE_OFFICE.test(m.title)) || m.titleRef) continue;
    const state = counterpartState(m, ctx);
    if (!state) continue;
    const post = counterpartPost(m, ctx);
    sink.add("HOLDS_OFFICE", m.key, state, ctx.sentences[m.sentence], "a counterpart named by a state", { title: post ? withoutThen(post) : "counterpart" });
  }
}

const isCounterpart = (t: string) => /^counterparts?$/i.test(t);

function counterpartTitle(m: ResolvedMention, ctx: RelationContext): string | undefined {
  return isCounterpart(m.title ?? "") ? counterpartPost(m, ctx) : undefined;
}

/** The post of the one whose counterpart `m` is: the sentence's subject's (as the article titles them anywhere: "Bourita
 * … was received by Mauritanian President X and later held talks with his Mauritanian counterpart, Y" is a foreign
 * minister's), else that of the last titled person before it in the sentence. */
function counterpartPost(m: ResolvedMention, ctx: RelationContext): string | undefined {
  const before = ctx.mentions.filter((x) => x.sentence === m.sentence && x.kind === "Person" && x.end <= (m.outerStart ?? m.start) && x.key !== m.key);
  // (a letter's sender's counterpart: "a letter from Prime Minister A to his Papua New Guinea counterpart, B" is A's)
  const sender = before[before.length - 1];
  const senderTitled = sender?.key && /^ (?:to|for) (?:his|her|their) /.test(ctx.article.text.slice(sender.end, m.outerStart ?? m.start)) ? ctx.mentions.find((x) => x.key === sender.key && x.title && !isCounterpart(x.title) && !x.titleIsAffiliation) : undefined;
  if (senderTitled?.title) return senderTitled.title;
  const subject = before[0];
  if (subject?.key && ctx.article.text.slice(ctx.sentences[m.sentence].start, subject.outerStart ?? subject.start).trim() === "") {
    const titled = subject.title && !isCounterpart(subject.title) ? subject : ctx.mentions.find((x) => x.key === subject.key && x.title && !isCounterpart(x.title) && !x.titleIsAffiliation);
    if (titled?.title) return titled.title;
  }
  return before.filter((x) => x.title && !isCounterpart(x.title)).pop()?.title;
}

/** State organs named with their owner ("North Korea's ruling Workers' Party") belong to that state. */
function ownersOfOrganisations(ctx: RelationContext, sink: RelationSink) {
  for (const m of ctx.mentions) {
    // (or a region's own organ, named by the region: "the Lang Son People's Committee")
    const regionState = m.kind === "Organization" && m.key && !m.owner ? stateOfRegionOrgan(m.name) : undefined;
    if (regionState) sink.add("AFFILIATED_WITH", m.key!, `government:${regionState.key}`, ctx.sentences[m.sentence], "a region's own organ, of the region's state");
    if (m.kind !== "Organization" || !m.key || !m.owner) continue;
    const s = ctx.sentences[m.sentence];
    const owner = m.owner === "@speaker" ? speakerGovernment(m.sentence, ctx) : `government:${m.owner}`;
    if (owner && /\b(Ministry|Embassy|Consulate|Mission|Party|Army|Navy|Force|Forces|Cabinet|Bureau|Office|Agency|Council|Commission|Committee|Parliament|Assembly|Government|Junta|Xunta|Generalitat|Guard|Command|Service|Delegation|embassy|consulate|mission)\b/.test(m.name))
      sink.add("AFFILIATED_WITH", m.key, owner, s, "a state organ named with its owner");
  }
}

/** "Y, received him instead and accepted the letter on Tiani's behalf": the last letter's carrier handed it to Y, who
 * took it for its addressee: from its sender through the carrier, to Y. */
const TAKEN_ON_BEHALF = new RegExp(`^(?:[^<.;]{0,40}?)?${POST_BEFORE_NAME}<P(\\d+)>[^.;]{0,120}?\\b(?:accepted|took|received|collected|took delivery of) (?:the|his|her|a) (?:[a-z-]+ )?(?:letter|message|note|invitation|reply)s? on (?:<P\\d+>['’]s|his|her|their|its) behalf\\b`);
function takenOnBehalf(a: AbstractSentence, sink: RelationSink) {
  if (!a.text.includes(" behalf") && !a.text.includes(" addressed to ") && !a.text.includes(" received by ")) return;
  const m = a.text.match(TAKEN_ON_BEHALF);
  // ("Y took delivery of the letter addressed to President Z and said he would hand it to him": the same, for Z)
  const addressed = m ? null : a.text.match(TAKEN_ADDRESSED);
  // ("The letter was received by Argentina's foreign minister Y": the same, for its addressee unnamed)
  const passive = m || addressed ? null : a.text.match(TAKEN_PASSIVE);
  const which = m ?? addressed ?? passive;
  const taker = which ? keyOf(a.slots[Number(which[1])]) : undefined;
  if (!taker?.startsWith("person:")) return;
  // (of a letter, the last letter carried, not a spoken message since)
  const letter = (r: { evidence: { text: string } }) => !addressed || /\bletter\b/i.test(r.evidence.text);
  const last = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_VIA" && r.evidence.start < a.sentence.start && r.target !== taker && letter(r));
  if (!last) return;
  sink.add("CONVEYED_VIA", last.source, taker, a.sentence, "a letter taken on its addressee's behalf: from its sender, through the one who took it");
  sink.add("CONVEYED_TO", last.target, taker, a.sentence, "a letter taken on its addressee's behalf: handed by its carrier");
  const addressee = addressed ? keyOf(a.slots[Number(addressed[2])]) : undefined;
  if (addressee?.startsWith("person:") && addressee !== taker && addressee !== last.source) sink.add("CONVEYED_TO", last.source, addressee, a.sentence, "a letter taken for its addressee: from its sender, for him");
}
/** "Y took delivery of the letter addressed to President Z": one who took a letter for another. */
const TAKEN_ADDRESSED = new RegExp(`^(?:(?:[^<.;]|<[NGO]\\d+>){0,60}?)?${POST_BEFORE_NAME}<P(\\d+)>[^.;<]{0,60}?\\b(?:accepted|took|received|collected|took delivery of) (?:the|his|her|a) (?:[a-z-]+ )?(?:letter|message|note|invitation)s? addressed to (?:the )?(?:[A-Za-z-]+ ){0,3}<P(\\d+)>`);
/** "The letter was received by Y": one who took the last letter carried. */
const TAKEN_PASSIVE = new RegExp(`^(?:[^<.;]{0,40}?)?[Tt]he (?:[a-z-]+ )?(?:letter|message|invitation)s? (?:was|were|has been|had been) (?:received|accepted|collected) by (?:the )?${POST_BEFORE_NAME}<P(\\d+)>`);

/** "Y arrived in L and handed the letter to Z": the last letter Y carried, from its sender, for Z. */
function letterHandedOn(a: AbstractSentence, sink: RelationSink) {
  // (or "Y took the note back to L and handed it to Z", "Y carried it back to the capital and handed it to Z")
  const m = / (?:the (?:letter|message|note)s?|it) to /.test(a.text) ? a.text.match(/<P(\d+)>(?:[^.;<]|<L\d+>){0,60}?\b(?:handed|delivered|gave|passed|presented)(?: over| on)? (?:the (?:letter|message|note)s?|(?<=(?:\bthe (?:letter|message|note)|\b(?:carried|took|brought) it)\b[^.;<]{0,60}(?:<L\d+>[^.;<]{0,20})?(?:handed|delivered|gave|passed|presented)(?: over| on)? )it) to (?:the )?(?:<[NG]\d+> )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>/) : null;
  const [mid, rcp] = m ? [keyOf(a.slots[Number(m[1])]), keyOf(a.slots[Number(m[2])])] : [];
  if (!mid?.startsWith("person:") || !rcp?.startsWith("person:") || mid === rcp) return;
  const last = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_VIA" && r.evidence.start < a.sentence.start && r.target === mid);
  if (!last || last.source === rcp) return;
  sink.add("CONVEYED_VIA", last.source, mid, a.sentence, "the letter its carrier was told to carry, handed on: the carrier an intermediary");
  sink.add("CONVEYED_TO", mid, rcp, a.sentence, "the letter its carrier was told to carry, handed on");
  sink.add("CONVEYED_TO", last.source, rcp, a.sentence, "the letter its carrier was told to carry, handed on: from its sender");
  // ("…, which is addressed to President Z": for Z, through the one it was handed to)
  const to = a.text.slice(m!.index! + m![0].length).match(/^,? (?:which|that) (?:is|was) addressed to (?:the )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>/);
  const addressee = to ? keyOf(a.slots[Number(to[1])]) : undefined;
  if (!addressee?.startsWith("person:") || addressee === rcp || addressee === last.source) return;
  sink.add("CONVEYED_VIA", last.source, rcp, a.sentence, "the letter its carrier was told to carry, handed on for another: the one it was handed to an intermediary");
  sink.add("CONVEYED_TO", last.source, addressee, a.sentence, "the letter its carrier was told to carry, handed on for another: from its sender, for its addressee");
}

/** "X … gave him a message for the PM and asked him to deliver it personally. Y did so on Tuesday.": the one asked
 * handed it to the one it was for. */
function didAsAsked(a: AbstractSentence, sink: RelationSink) {
  // (or "she", the one asked last: "The memo records that she did so in person")
  const m = / did /.test(a.text) ? a.text.match(/^(?:[^<.;]{0,40} )?(?:<P(\d+)>|he|she) (?:duly )?did (?:so|just that|as (?:he|she) was asked)\b/) : null;
  const named = m?.[1] !== undefined ? keyOf(a.slots[Number(m[1])]) : undefined;
  if (!m || (m[1] !== undefined && !named?.startsWith("person:"))) return;
  const asked = [...sink.out].reverse().find((r) => r.relation === "ASKED" && (!named || r.target === named) && r.evidence.start < a.sentence.start && a.sentence.start - r.evidence.end < 400);
  if (!asked) return;
  const [src, mid] = [asked.source, asked.target];
  // (to the one it was for, told as the sender's or as the one asked's: "asked him to deliver it to Z", "asked Y to
  // convey to Z his greetings"; the sender's reached Z too)
  const told = sink.out.filter((r) => r.relation === "CONVEYED_TO" && r.evidence.start === asked.evidence.start && (r.source === src || r.source === mid) && r.target !== mid && r.target !== src && r.target.startsWith("person:"));
  for (const r of told) {
    sink.add("CONVEYED_TO", mid, r.target, a.sentence, "one asked to deliver a message 'did so': to the one it was for");
    sink.add("CONVEYED_TO", src, r.target, a.sentence, "one asked to deliver a message 'did so': the sender's, to the one it was for");
  }
}

/** "Z carried it across to 7, Lok Kalyan Marg the same evening": one the last letter went through took it to a place
 * (its addressee's office or home), so to the one it is addressed to. */
// (or to the addressee's office: "Y walked the letter across to Z's office")
const TOOK_IT_TO_PLACE = /^(?:[^<.;]{0,30} )?<P(\d+)> (?:then |later |duly |personally )?(?:carried|took|brought|delivered|ran|walked) (?:it|the (?:letter|message|note)) (?:across |over |round |back |straight )?to (?:the )?(?:(?:[^<.;]{0,12})?<L\d+>|<P\d+>['’]s (?:office|residence|desk)\b)/;
function letterTakenToAddressee(a: AbstractSentence, sink: RelationSink) {
  const m = / to /.test(a.text) ? a.text.match(TOOK_IT_TO_PLACE) : null;
  const mid = m ? keyOf(a.slots[Number(m[1])]) : undefined;
  if (!mid?.startsWith("person:")) return;
  const via = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_VIA" && r.target === mid && r.evidence.start < a.sentence.start);
  if (!via) return;
  const told = sink.out.filter((r) => r.relation === "CONVEYED_TO" && r.evidence.start === via.evidence.start);
  const addressee = told.find((r) => r.source === via.source && r.target !== mid && r.target.startsWith("person:") && !told.some((x) => x.source === mid && x.target === r.target))?.target;
  if (addressee) sink.add("CONVEYED_TO", mid, addressee, a.sentence, "the last letter taken by one it went through to a place: to the one it is addressed to");
}

/** "At right is Japan's Ambassador to Solomon Islands. … The ambassador, X, took up his post …": the post told just
 * before with no name, X's. */
/** A letter's signature: a name alone on its line, its post on the next ("Director of Communications, <O>, <L>",
 * "Ambassador of the <G> to <G>, <L>"): the post is held, of the state named in it, else of the body. Not one held
 * once ("Ambassador (retd.)"). */
const POST_LINE = /^\s*((?:[A-Z][\w-]*|of|for|and|the)(?: (?:[A-Z][\w-]*|of|for|and|the))*?)(?: of the <G(\d+)>(?: to (?:the )?<G\d+>)?)?, (?:<O(\d+)>, )?<[GLO]\d+>\s*$/;
function signedPostLine(a: AbstractSentence, abstracts: AbstractSentence[], sink: RelationSink) {
  const i = abstracts.indexOf(a);
  const name = abstracts[i - 1]?.text.match(/^\s*<P(\d+)>\s*$/)?.[1];
  const v = name !== undefined ? a.text.match(POST_LINE) : null;
  const who = v ? keyOf(abstracts[i - 1].slots[Number(name)]) : undefined;
  if (!v || !who?.startsWith("person:") || !STATE_POST_WORD.test(v[1]) || /\b(?:retd|rtd|retired|former)\b/i.test(a.text)) return;
  const where = keyOf(a.slots[Number(v[2] ?? v[3])]);
  if (where) sink.add("HOLDS_OFFICE", who, where, a.sentence, "a letter's signature: the post on the line under the name", { title: v[1] });
}
/** A post's word: "Director of Communications", "Ambassador", "Minister". */
const STATE_POST_WORD = /\b(?:[Dd]irector|[Mm]inister|[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Ss]ecretary|[Aa]dviser|[Aa]dvisor|[Ss]pokes(?:man|woman|person)|[Hh]ead|[Cc]hief|[Cc]onsul|[Cc]ounsellor|[Aa]ttach[ée]|[Cc]hargé)\b/;

function envoyNamedAfter(a: AbstractSentence, abstracts: AbstractSentence[], sink: RelationSink) {
  const m = /^The /.test(a.text) ? a.text.match(/^The (ambassador|high commissioner|envoy|consul general|consul), <P(\d+)>,/i) : null;
  const person = m ? keyOf(a.slots[Number(m[2])]) : undefined;
  if (!m || !person?.startsWith("person:")) return;
  const i = abstracts.indexOf(a);
  for (const b of abstracts.slice(Math.max(0, i - 3), i).reverse()) {
    const post = b.text.match(new RegExp(`<G(\\d+)>['’]s ((?:[A-Z][a-z]+ )?${m[1]}) (?:to|in) (?:the )?<[GL]\\d+>(?!,? (?:[A-Z][a-z]+ )?<P)`, "i"));
    const state = post ? keyOf(b.slots[Number(post[1])]) : undefined;
    if (state?.startsWith("government:")) return sink.add("HOLDS_OFFICE", person, state, a.sentence, "a post told with no name, named in the sentence after", { title: post![2] });
  }
}

/** "X handed the letter to Y. … The letter, from president Z, invited Y to L": the letter handed just before was Z's,
 * carried by X, for Y. */
function letterSenderNamedAfter(a: AbstractSentence, sink: RelationSink) {
  const m = /^The (?:letter|message), from /.test(a.text) ? a.text.match(/^The (?:letter|message), from (?:the )?(?:[a-z-]+ ){0,2}<P(\d+)>,/) : null;
  const sender = m ? keyOf(a.slots[Number(m[1])]) : undefined;
  if (!sender?.startsWith("person:")) return;
  // (a letter handed in the two sentences before, told as handed, with no sender of its own)
  const handed = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_TO" && r.evidence.start < a.sentence.start && a.sentence.start - r.evidence.start < 600 && /\bhanded\b[^.;]*\b(?:letter|message)\b/.test(r.evidence.text));
  if (!handed || handed.source === sender || handed.target === sender || sink.out.some((r) => r.relation === "CONVEYED_VIA" && r.target === handed.source)) return;
  sink.add("CONVEYED_VIA", sender, handed.source, a.sentence, "the letter handed just before, its sender named after: through the one who handed it");
  sink.add("CONVEYED_TO", sender, handed.target, a.sentence, "the letter handed just before, its sender named after: for the one handed it");
}

/** "The letter was carried by X, the apostolic nuncio to G, who handed it to Y in L", "the letter had been handed over
 * by X to Y in L, and had been presented by Y to Z the following day": "the letter" is the one told just before as sent
 * to the chain's last recipient, so through each one who handed it on. */
const LETTER_CARRIED_ON = /^The (?:letter|message|note|reply|invitation)s? (?:was|were|had been) (?:carried|delivered|taken|brought) (?:(?:to|in) (?:the )?<[LG]\d+> )?by (?:the )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>(?:, (?:[^<,;.]|<[GNOP]\d+>){1,80},)? who (?:then |later |personally )?(?:handed|delivered|gave|passed)(?: it| them)?(?: over| on)? to (?:the )?<P(\d+)>/;
const LETTER_HANDED_BY = /\b[Tt]he (?:letter|message|note|reply)s? (?:was|were|had been|has been) (?:handed over|handed|delivered|passed on|presented) by (?:the )?<P(\d+)> to (?:the )?<P(\d+)>/;
/** (or in a clause of the letter's own: "The letter, which X passed to Y on Monday evening, invites him to L") */
const THE_LETTER_WHICH_HANDED = /^[Tt]he (?:letter|message|note|reply)s?, which <P(\d+)> (?:later |then |duly |personally )?(?:handed|passed|delivered|gave|took)(?: it| them)?(?: over| on)? to (?:the )?<P(\d+)>/;
/** The hop after: "…, and had been presented by Y to Z". */
const AND_HANDED_BY = /^(?:[^.;<]|<[LGNTDO]\d+>)*?,? and (?:had been |was |were |then )?(?:handed over|handed|delivered|passed on|presented) by (?:the )?<P(\d+)> to (?:the )?<P(\d+)>/;
function letterCarriedOn(a: AbstractSentence, sink: RelationSink) {
  const m = /^The [a-z]+ (?:was|were|had been) [a-z]+ /.test(a.text) ? a.text.match(LETTER_CARRIED_ON) : null;
  const handed = m ? null : (a.text.match(LETTER_HANDED_BY) ?? a.text.match(THE_LETTER_WHICH_HANDED));
  const first = m ?? handed;
  if (!first) return;
  const hops = [[first[1], first[2]]];
  const next = handed ? a.text.slice(handed.index! + handed[0].length).match(AND_HANDED_BY) : null;
  if (next) hops.push([next[1], next[2]]);
  const keys = hops.map((h) => h.map((i) => keyOf(a.slots[Number(i)])));
  if (keys.some(([mid, rcp]) => !mid?.startsWith("person:") || !rcp?.startsWith("person:") || mid === rcp)) return;
  const rcp = keys[keys.length - 1][1];
  const mids = new Set(keys.map(([mid]) => mid));
  // (sent to that recipient in the two sentences before, and by someone else)
  const sent = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_TO" && r.target === rcp && !mids.has(r.source) && r.evidence.start < a.sentence.start && a.sentence.start - r.evidence.start < 600);
  if (!sent) return;
  for (const [mid, to] of keys) {
    sink.add("CONVEYED_VIA", sent.source, mid!, a.sentence, "the letter told just before, carried by X, who handed it on: through X");
    sink.add("CONVEYED_TO", mid!, to!, a.sentence, "the letter told just before, carried by X, who handed it on: X handed it on");
  }
}

/** "a letter from A to B, which C, in his capacity as Special Envoy, handed to D in L on 20 October for delivery to the
 * President": A's letter, through C, for B; through D too when D is not B. */
const LETTER_WHICH_HANDED = new RegExp(`\\b(?:letter|message|note)s? from ${SENDER_POST}<P(\\d+)> (?:to|for|addressed to) (?:the )?(?:<[NG]\\d+> )?(?:[A-Za-z-]+ ){0,2}<P(\\d+)>,? which <P(\\d+)>(?:, (?:[^<,;.]|<[GNO]\\d+>){1,60},)? (?:then |later |personally )?(?:handed|delivered|gave|passed|presented)(?: it)?(?: over| on)? to (?:the )?(?:<[NG]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P(\\d+)>`);
function letterWhichHanded(a: AbstractSentence, sink: RelationSink) {
  const m = / which </.test(a.text) ? a.text.match(LETTER_WHICH_HANDED) : null;
  if (!m) return;
  const [src, to, mid, rcp] = [m[1], m[2], m[3], m[4]].map((x) => keyOf(a.slots[Number(x)]));
  if (![src, to, mid, rcp].every((k) => k?.startsWith("person:")) || src === mid || mid === rcp || src === to) return;
  const why = "a letter from A to B, which C handed to D";
  sink.add("CONVEYED_VIA", src!, mid!, a.sentence, `${why}: through C`);
  sink.add("CONVEYED_TO", mid!, rcp!, a.sentence, `${why}: C handed it to D`);
  sink.add("CONVEYED_TO", src!, to!, a.sentence, `${why}: for B`);
  if (rcp !== to) sink.add("CONVEYED_VIA", src!, rcp!, a.sentence, `${why}: through D, on the way to B`);
}

/** "Z's minister had brought a letter from W for V. … the minister handed the letter to Y, who delivered it to V": the
 * letter the two sentences before told of, from W, through the minister and Y, for V. */
const HANDED_TO_WHO = /<P(\d+)> (?:then |later )?(?:handed|gave|passed)(?: over)? (?:the|that) (?:letter|message|note|invitation)s? to (?:the )?<P(\d+)>, who (?:then |later |personally )?(?:delivered|handed|passed|gave|took|carried)(?: it| them)?(?: on| over)? to (?:the )?<P(\d+)>/;
function letterHandedToWho(a: AbstractSentence, abstracts: AbstractSentence[], sink: RelationSink) {
  const m = / who /.test(a.text) ? a.text.match(HANDED_TO_WHO) : null;
  if (!m) return;
  const [mid, relay, rcp] = [m[1], m[2], m[3]].map((x) => keyOf(a.slots[Number(x)]));
  const i = abstracts.indexOf(a);
  const told = abstracts.slice(Math.max(0, i - 2), i).reverse().map((b) => [b, b.text.match(/\b(?:letter|message|note|invitation|reply)s? from (?:the )?(?:(?:[^<.;,]|<[GN]\d+>){0,30}, )?<P(\d+)>/)] as const).find(([, x]) => !!x);
  const src = told ? keyOf(told[0].slots[Number(told[1]![1])]) : undefined;
  if (![mid, relay, rcp, src].every((k) => k?.startsWith("person:")) || new Set([mid, relay, rcp, src]).size < 4) return;
  const why = "the letter told just before, handed to Y, who delivered it to Z";
  sink.add("CONVEYED_VIA", src!, mid!, a.sentence, `${why}: through the one who handed it`);
  sink.add("CONVEYED_VIA", src!, relay!, a.sentence, `${why}: through Y`);
  sink.add("CONVEYED_TO", mid!, relay!, a.sentence, `${why}: handed to Y`);
  sink.add("CONVEYED_TO", relay!, rcp!, a.sentence, `${why}: Y delivered it`);
  sink.add("CONVEYED_TO", src!, rcp!, a.sentence, `${why}: for Z`);
}

/** "The invitation came in a letter from Z. It was delivered to Y at L on 5 March by X": the letter the sentence before
 * (or the one before that) told of, from Z, through X, for Y. */
const DELIVERED_TO_BY = /^(?:[^<.;]{0,20} )?(?:It|[Tt]he (?:letter|message|note|invitation|reply))(?: itself)? (?:was|had been|has been) (?:personally )?(?:delivered|handed over|handed|brought|taken|carried) to (?:the )?<P(\d+)>(?:[^<.;]|<[LT]\d+>){0,60}? by (?:the )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>/;
function letterDeliveredBy(a: AbstractSentence, abstracts: AbstractSentence[], sink: RelationSink) {
  const m = / by </.test(a.text) ? a.text.match(DELIVERED_TO_BY) : null;
  if (!m) return;
  const [rcp, mid] = [keyOf(a.slots[Number(m[1])]), keyOf(a.slots[Number(m[2])])];
  const i = abstracts.indexOf(a);
  const told = abstracts.slice(Math.max(0, i - 2), i).reverse().map((b) => [b, b.text.match(/\b(?:letter|message|note|invitation|reply)s? from (?:the )?(?:(?:[^<.;,]|<[GN]\d+>){0,30}, )?<P(\d+)>/)] as const).find(([, x]) => !!x);
  const src = told ? keyOf(told[0].slots[Number(told[1]![1])]) : undefined;
  if (!rcp?.startsWith("person:") || !mid?.startsWith("person:") || !src?.startsWith("person:") || new Set([rcp, mid, src]).size < 3) return;
  sink.add("CONVEYED_VIA", src, mid, a.sentence, "the letter told just before, delivered to Y by X: through X");
  sink.add("CONVEYED_TO", mid, rcp, a.sentence, "the letter told just before, delivered to Y by X: X delivered it");
  sink.add("CONVEYED_TO", src, rcp, a.sentence, "the letter told just before, delivered to Y by X: for Y");
}

/** "his intention has been conveyed to Mr. Jong Un": the last message's recipient passed it on. */
function passiveConveyance(a: AbstractSentence, ctx: RelationContext, sink: RelationSink) {
  const m = a.text.match(/(?:has been|had been|was|were|is being|been|got) (?:conveyed|relayed|passed on|delivered|communicated|forwarded) to (?:the )?(<[PGO]\d+>)(?! by)/);
  if (!m) return;
  const rcp = keyOf(a.slots[slotsIn(m[1])[0]]);
  const last = [...sink.out].reverse().find((r) => r.relation === "CONVEYED_TO" && r.evidence.start < a.sentence.start && r.target.startsWith("person:"));
  if (!rcp || !last || last.target === rcp) return;
  sink.add("CONVEYED_TO", last.target, rcp, a.sentence, "a passive 'conveyed to' continues the last message through its recipient");
  sink.add("CONVEYED_VIA", last.source, last.target, a.sentence, "a passive 'conveyed to' makes the last recipient an intermediary");
}

/**
 * "The declaration they signed", "the two leaders signed <D>": the signers are the people just named (this
 * sentence's, else the previous sentence's), the document is the one named here or the last one named.
 */
function documentTheySigned(a: AbstractSentence, all: AbstractSentence[], ctx: RelationContext, sink: RelationSink) {
  // "Shoigu signed the agreement with Akar and Guterres": the document last named before, by them all
  // ("X attended instead of Y and signed the document on behalf of Z": X, not Y)
  // ("X, the UAE's minister of …, signed the framework agreement with Y": past the apposition, any kind of agreement)
  const known = a.text.match(/(<[PG]\d+>(?:(?:,| and|, and) <[PG]\d+>)*)(?:, (?:[^<;]|<[GONL]\d+>){2,160}?,)?(?: (?!and\b)[a-z]+){0,2} signed the (?:[a-z-]+ ){0,2}(?:agreement|accord|deal|declaration|treaty|document|memorandum|protocol|pact)(?: with (?:the )?(<[PG]\d+>(?:(?:,| and|, and) (?:the )?<[PG]\d+>)*))?(?=[ ,.;])/) ??
    a.text.match(/^(?:[^<.;]{0,40}, )?(<P\d+>)(?: [a-z]+){1,3} (?:instead of|in place of|on behalf of|for) <[PG]\d+> and (?:then |also )?signed the (?:agreement|accord|deal|declaration|treaty|document|memorandum|protocol|pact)(?=[ ,.;])/);
  const told = known ? ctx.mentions.filter((x) => x.start < a.sentence.start && x.kind === "Document" && x.key).pop() : undefined;
  if (known && told?.key)
    for (const i of [...slotsIn(known[1]), ...slotsIn(known[2])]) {
      const who = a.slots[i];
      if (who?.key && (who.kind === "Person" || who.kind === "Government")) sink.add("SIGNED", who.key, told.key, a.sentence, "'signed the agreement (with Y)': the document named before");
    }
  // "… a memorandum of understanding on …, which was inked by the Secretary-General of the <O>, A, and the Philippine
  // Undersecretary for …, B": that document, by each of the two named after their posts
  const inked = /, (?:which|that) (?:was|were) (?:\w+ly )?(?:signed|inked) by /.test(a.text) ? a.text.match(SIGNED_BY_POSTS) : null;
  if (inked) {
    const doc = slotsIn(a.text.slice(0, inked.index!)).map((i) => a.slots[i]).filter((x) => x?.kind === "Document" && x.key).pop();
    for (const i of doc?.key ? [Number(inked[1]), Number(inked[2])] : []) {
      const who = a.slots[i];
      if (who?.key && who.kind === "Person") sink.add("SIGNED", who.key, doc!.key!, a.sentence, "'a memorandum …, which was inked by A and B': that document, by them");
    }
  }
  // "… witnessed the signing of a memorandum … by A and the Permanent Secretary of …, B": that document, by the two
  const signing = / the signing of /.test(a.text) ? a.text.match(SIGNING_OF_BY) : null;
  const signed = signing ? a.slots[Number(signing[1])] : undefined;
  if (signing && signed?.key && signed.kind === "Document")
    for (const i of [Number(signing[2]), Number(signing[3])]) {
      const who = a.slots[i];
      if (who?.key && who.kind === "Person") sink.add("SIGNED", who.key, signed.key, a.sentence, "'the signing of <D> by A and B': that document, by them");
    }
  // "The Prespa Agreement, which X refers to, was signed at L on 17 June 2018 by the then foreign ministers A and B":
  // that document, by them
  const docBy = / signed /.test(a.text) ? a.text.match(DOC_SIGNED_BY_THEM) : null;
  const docSigned = docBy ? a.slots[Number(docBy[1])] : undefined;
  if (docBy && docSigned?.key)
    for (const i of slotsIn(docBy[2].replace(new RegExp(SIGNER_POST_AFTER), "").replace(/<G\d+>['’]s /g, ""))) {
      const who = a.slots[i];
      if (who?.key && (who.kind === "Person" || who.kind === "Government")) sink.add("SIGNED", who.key, docSigned.key, a.sentence, "'<D>, which …, was signed at L by A and B': that document, by them");
    }
  // "The accord was signed by A and B": the document last named before, by them
  const passive = a.text.match(SIGNED_BY_THEM);
  const earlier = passive ? ctx.mentions.filter((x) => x.start < a.sentence.start && x.kind === "Document" && x.key).pop() : undefined;
  if (passive && earlier?.key)
    for (const i of slotsIn(passive[1].replace(new RegExp(SIGNER_POST_AFTER), ""))) {
      const who = a.slots[i];
      if (who?.key && (who.kind === "Person" || who.kind === "Government")) sink.add("SIGNED", who.key, earlier.key, a.sentence, "'the accord was signed by X': the document named before");
    }
  // "The Memorandum was signed by the Director-General of IDFR, X, who joined the meeting, and by Y on behalf of the
  // University": the document named before (or this one, named in full), by each "by"
  const byEach = a.text.match(/(?:<D(\d+)>|\b[Tt]he (?:[a-z-]+ )?(?:declaration|treaty|agreement|accord|pact|memorandum|protocol)s?) (?:was|were) (?:formally |jointly )?signed by ((?:[^.;]|<[A-Z]\d+>)*?,? and by (?:[^.;]|<[A-Z]\d+>)*)/);
  if (byEach) {
    const named = byEach[1] !== undefined ? a.slots[Number(byEach[1])] : undefined;
    const generic = !named || /^(?:the )?(?:declaration|treaty|agreement|accord|pact|memorandum|protocol)$/i.test(named.text);
    const doc = generic ? ctx.mentions.filter((x) => x.start < a.sentence.start && x.kind === "Document" && x.key).pop() : named;
    for (const part of doc?.key ? byEach[2].split(/,? and by /) : []) {
      const who = a.slots[Number(part.match(/<P(\d+)>/)?.[1] ?? -1)];
      if (who?.key && who.kind === "Person") sink.add("SIGNED", who.key, doc!.key!, a.sentence, "'the memorandum was signed by X, …, and by Y': each");
    }
  }
  // "a memorandum of understanding on a ferry service between A and B, signed by the two foreign ministers, X of A and
  // Y of B": the document of the clause, by them
  const clause = a.text.match(/<D(\d+)>(?:[^.;<,]|<[GLON]\d+>){0,120}?, (?:jointly |formally |later )?signed by (?:the (?:two |three )?(?:[a-z-]+ ){0,3}(?:[a-z-]+, )?)?(<P\d+>(?: of (?:the )?<G\d+>)?(?:(?:,| and|, and) <P\d+>(?: of (?:the )?<G\d+>)?)*)/);
  const clauseDoc = clause ? a.slots[Number(clause[1])] : undefined;
  if (clause && clauseDoc?.key)
    for (const i of slotsIn(clause[2].replace(/ of (?:the )?<G\d+>/g, ""))) {
      const who = a.slots[i];
      if (who?.key && who.kind === "Person") sink.add("SIGNED", who.key, clauseDoc.key, a.sentence, "'a document …, signed by X and Y': by them");
    }
  // "A, …, and B, …, met at the ministry in L and signed a protocol": those who met signed it (and "…, and at the end
  // of their talks signed …")
  const metAndSigned = a.text.match(/^((?:[^.;<]|<[A-Z]\d+>)*?)\b(?:met|meet|held (?:talks|a (?:[a-z-]+ )?meeting)|sat down)\b(?:[^.;<]|<[LTO]\d+>){0,80}? and (?:then |later |also |(?:at the end of|after|following) (?:their|the) (?:talks|meeting),? )?(?:jointly |formally )?(?:signed|sign) (?:a |an |the )?(?:[a-z-]+ ){0,3}<D(\d+)>/);
  const metDoc = metAndSigned ? a.slots[Number(metAndSigned[2])] : undefined;
  const metPeople = metAndSigned ? [...new Set(peopleBefore(a, metAndSigned[1].length))] : [];
  if (metDoc?.key && metPeople.length >= 2) for (const p of metPeople) sink.add("SIGNED", p, metDoc.key, a.sentence, "'A and B met … and signed a document': both signed it");
  const anaphor = a.text.match(/\b(?:the|The) (?:declaration|treaty|agreement|accord|pact|communique|charter)(?: that| which)? they signed\b/);
  // (and "held talks with Y at L, after which the two signed a <D>": the two of the talks)
  const pair = a.text.match(/\b(?:[Tt]he two leaders|[Bb]oth leaders|[Tt]he two sides|[Bb]oth sides|[Tt]he two men|[Tt]he two women|[Bb]oth men|[Tt]he pair|[Tt]he two (?:(?:deputy|vice|first|foreign|defen[cs]e|trade|finance|economy|interior|Foreign) )*(?:[Pp]rime )?[Mm]inisters|[Bb]oth ministers|[Bb]oth presidents|[Tt]he two presidents|[Tt]he leaders|[Tt]he (?:two )?heads of state|(?<=, and |\b(?:after|following) which )the two|^The two|[Tt]hey(?: and (?:[^<.;,]{0,40} )?<P\d+>)?)(?: \w+){0,2}(?:(?<=(?:^They|\b(?:two|both) (?:[a-z]+ )?(?:ministers|leaders|presidents|prime ministers|sides|men|women)) [a-z]+) (?:[^.;<]|<[LNO]\d+>){1,100}?(?:, and|(?<![,;]) and)(?: then| later| also)?)? (?:signed|sign(?<=\b(?:two|They|pair) sign))(?: (?!for\b|up\b|off\b)(?:and exchanged )?(?:the |a |an )?(?:(?:separate|identical|new|historic|landmark|formal|final) )*(?:<D(\d+)>)?|(?<=which (?:both|the two) (?:men|women|leaders|ministers|governors|presidents) signed)(?=[,.;]))/);
  if (!anaphor && !pair) return;
  const named = pair?.[1] !== undefined ? a.slots[Number(pair[1])] : undefined;
  // (or the one the clause is about: "the <D>, which the two presidents signed")
  const which = pair ? a.text.slice(0, pair.index!).match(/<D(\d+)>,? (?:which|that) $/) : null;
  const doc = named ?? (which ? a.slots[Number(which[1])] : undefined) ?? ctx.mentions.filter((x) => x.start < a.sentence.start && x.kind === "Document" && x.key).pop();
  if (!doc?.key) return;
  const at = (anaphor ?? pair)!.index!;
  let people = pair ? peopleBefore(a, at) : [];
  // (else the people of the sentence before, or of the one before that: "The pair signed X. They also signed Y.")
  const here = all.findIndex((x) => x.sentence.index === a.sentence.index);
  for (let back = 1; people.length < 2 && back <= 2 && here - back >= 0; back++) {
    const prev = all[here - back];
    people = peopleBefore(prev, prev.text.length);
  }
  // ("the two ministers signed" after talks held in the presence of a third: the two who held them)
  const two = pair && /\b(?:[Tt]wo|[Bb]oth|pair)\b/.test(pair[0]);
  // ("when they and Y signed": the ones before and Y)
  const withThem = pair?.[0].match(/^[Tt]hey and (?:[^<.;,]{0,40} )?<P(\d+)>/);
  const also = withThem ? a.slots[Number(withThem[1])] : undefined;
  const signers = [...new Set([...people.filter((p) => p !== also?.key), ...(also?.key && also.kind === "Person" ? [also.key] : [])])].slice(0, two ? 2 : undefined);
  if (signers.length < 2 && pair) return;
  for (const p of signers) sink.add("SIGNED", p, doc.key, a.sentence, "'they signed': the people just named signed the document");
}

/** "The visit came at the invitation of X", the visit the sentence before told: its visitor is the first person that
 * sentence names other than X ("… in L, where A and X talked shop …. The visit came at the invitation of X"). */
function visitAtInvitation(a: AbstractSentence, all: AbstractSentence[], sink: RelationSink) {
  const m = a.text.match(/^(?:The|This|That) (?:visit|trip) (?:came|was made|comes|is being made) at the invitation of (?:the )?(?:[a-z-]+ ){0,3}<P(\d+)>/);
  const host = m ? a.slots[Number(m[1])]?.key : undefined;
  const prev = host ? all[all.findIndex((x) => x.sentence.index === a.sentence.index) - 1] : undefined;
  if (!host || !prev || prev.sentence.index !== a.sentence.index - 1) return;
  const guest = peopleBefore(prev, prev.text.length).find((k) => k !== host);
  if (guest) sink.add("INVITED", host, guest, a.sentence, "'The visit came at the invitation of X': X invited the visitor the sentence before named first");
}

/** The people sentence `x` names before `upto`, in order (not one named in a relative clause: "A, and B, who
 * accompanied C on the journey, held a meeting"). */
function peopleBefore(x: AbstractSentence, upto: number): string[] {
  return slotsIn(listedNames(x.text.slice(0, upto))).map((i) => x.slots[i]).filter((m) => m?.kind === "Person" && m.key).map((m) => m!.key!);
}

/** A message sent via an organisation that acts for another state reaches that state. */
function intermediariesDeliver(ctx: RelationContext, sink: RelationSink) {
  const owner = new Map<string, string>();
  for (const r of sink.out) if (r.relation === "AFFILIATED_WITH" && r.target.startsWith("government:")) owner.set(r.source, r.target);
  for (const r of [...sink.out]) {
    if (r.relation !== "CONVEYED_VIA") continue;
    const state = owner.get(r.target);
    if (state && state !== r.source && ctx.governmentOf.get(r.source) !== state) {
      const s = ctx.sentences.find((x) => x.start === r.evidence.start)!;
      sink.add("CONVEYED_TO", r.target, state, s, "an intermediary acting for a state delivers to that state");
    }
  }
}

/** "deputy director general at the Foreign Ministry": an office, not a mere affiliation. */
function officeTitlesAsHoldsOffice(sink: RelationSink) {
  const held = new Set(sink.out.filter((r) => r.relation === "HOLDS_OFFICE").map((r) => `${r.source}|${r.target}|${r.evidence.start}`));
  for (let i = 0; i < sink.out.length; i++) {
    const r = sink.out[i];
    if (r.relation !== "AFFILIATED_WITH" || !r.source.startsWith("person:") || !r.note) continue;
    if (OFFICE_WORDS.test(r.note) && !AFFILIATION.test(r.note)) {
      // (the same office already read from the same sentence by an office rule: once)
      if (held.has(`${r.source}|${r.target}|${r.evidence.start}`)) {
        sink.out.splice(i--, 1);
        continue;
      }
      r.relation = "HOLDS_OFFICE";
      r.title = r.note;
      delete r.note;
    }
  }
}

