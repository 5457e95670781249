// Finds mentions in one sentence: capitalised runs split into countries, demonyms, titles, honorifics,
// person names, organisations, events and documents, plus the lower-case phrases that name a state
// ("the Japanese government", "the North Korean side", "the North"). Offsets are into the article text.
import type { EntityKind } from "../../graph/schema.js";
import type { Sentence } from "../../graph/types.js";
import { statesOfCity, statesOfRegion } from "./gazetteer/cities.js";
import { words, type Word } from "../text/words.js";
import { monthNumber } from "../text/dates.js";
import { countryByCapital, countryByCity, countryByDemonym, countryByName, countryBySeat, countryOfPlace, countryOfRegion, countryOfRegionalAdjective, countrySurfaceForms, isRegion, type Country } from "./gazetteer/countries.js";
import { ENDS_SIGNING } from "./lexicon/signing.js";
import { AFFILIATION_TITLES, DESCRIPTIVE_TITLES, HONORIFICS, NOT_NAME_WORDS, OFFICE_TITLES, PORTFOLIO_WORDS, isPostNominal, RUN_BREAKERS, STATE_OF_TITLE, STYLE_HOLDERS, twoHeads } from "./lexicon/titles.js";
import { DOCUMENT_HEADS, EVENT_HEADS, knownOrganization, MEDIA_NOUNS, NEWS_AGENCIES, ORG_HEADS, PLACE_HEADS, STATE_ORGAN_HEADS } from "./lexicon/organizations.js";
import { isKnownHolderName } from "./gazetteer/office-holders.js";

export type MentionKind = EntityKind | "Demonym";

export interface FoundMention {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  sentence: number;
  kind: MentionKind;
  /** The name proper: without "the", honorifics or titles. */
  name: string;
  /** Governments and demonyms: the country's key. */
  country?: string;
  /** A capital or country used as a location ("in Pyongyang"). */
  locative?: boolean;
  /** People: the title before the name, and the country or organisation that qualifies it. */
  title?: string;
  titleCountry?: string;
  titleIsAffiliation?: boolean;
  /** A title standing for its holder ("the Japanese prime minister"): resolved to the person the article names. */
  titleRef?: { country: string; title: string };
  /** Start offset of the organisation mention that qualifies the title ("U.N." in "U.N. Secretary-General"). */
  titleOrgAt?: number;
  /** People: a military rank worn between the post and the name ("Senior General"), a post for anaphors later. */
  rank?: string;
  honorific?: boolean;
  /** Organisations: the owner a possessive or demonym names (country key). */
  owner?: string;
  /** Organisations and events: the head noun ("Ministry", "Forum"). */
  head?: string;
  /** Documents: one named only by what it is ("a memorandum of understanding"): this article's own, never merged
   * with another article's by name. */
  generic?: boolean;
  /** Single capitalised word not otherwise classified: resolved later against the article's names. */
  bare?: boolean;
  /** Start of the whole phrase naming a person with title and qualifier ("Japan's Foreign Minister Taro Kono"). */
  outerStart?: number;
  /** First word of its sentence: its capital letter says nothing. */
  initial?: boolean;
  /** Type the NER model gave this stretch, when one ran. */
  ner?: string;
}

/** A capitalised post set off right before a name: the words "the Deputy Prime Minister, " before X in "…, the Deputy
 * Prime Minister, X,". */
const POST_SET_OFF_BEFORE = /\b[Tt]he (?:(?:Deputy|Vice|Lieutenant|Prime|Foreign|First) )*(?:Prime Minister|Minister|Governor|President|Premier|Secretary|Speaker|Chancellor|Ambassador|Mayor|Commissioner),\s+$/;

/** Named-entity spans from a model, as character ranges; used to type runs the rules leave open. */
export interface NerHint {
  start: number;
  end: number;
  type: "PER" | "ORG" | "LOC" | "MISC";
}

export interface MentionContext {
  /** Countries named anywhere in the article, for "the North" and "the South". */
  articleCountries: Set<string>;
  ner?: NerHint[];
}

const AGENCIES = new Set(NEWS_AGENCIES);
const GOV_NOUNS = new Set(["government", "side", "authorities", "administration", "regime", "leadership", "state", "republic"]);
/** Adjectives of regions and peoples beyond one state, never a name alone. */
const REGIONAL_ADJECTIVES = new Set(["European", "African", "Asian", "Arab", "Latin", "Nordic", "Western", "Eastern", "Central", "Southern", "Northern", "Euro-Atlantic", "Transatlantic"]);
/** Capitalised words of the news that name no one: events, seasons and feasts ("friction over Brexit"). */
const NO_ONE = new Set(["Brexit", "Covid", "Covid-19", "COVID-19", "Ramadan", "Christmas", "Easter", "Eid", "Diwali", "Hanukkah", "Nowruz"]);
/** The nations of the United Kingdom, places whatever the model reads ("the Northern Ireland protocol"). */
/** "HM", a royal style but no honorific of a name's own ("HM Treasury" is a body). */
const ROYAL_STYLE = /^HM$/;
const UK_NATIONS = new Set(["Northern Ireland", "Scotland", "Wales", "England"]);
/** State organs that are never a person, whatever the model read ("the Cabinet agreed"). */
const ORGAN_NOUNS = new Set(["Cabinet", "Parliament", "Ministry", "Embassy", "Presidency", "Secretariat", "Commission", "Congress", "Senate"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "from", "across", "around", "inside", "to", "via", "toward", "towards"]);
const TRAVEL = /\b(visit|visits|visited|visiting|trip|travel|travelled|traveled|invite|invited|inviting|go|went|gone|come|came|fly|flew|flown|return|returned|returning|arrive|arrived|moved|sent|send|back)\b/i;
const PLACE_NOUNS = new Set(["city", "region", "province", "port", "island", "islands", "town", "capital", "coast", "county", "district", "prefecture", "peninsula", "border", "village", "state",
  // (and the walled towns, communes and parishes of local news: "the fortress of Valença", "the commune of L")
  "fortress", "citadel", "municipality", "commune", "borough", "parish", "suburb", "resort"]);
export const GEO_HEADS = new Set(["Peninsula", "Sea", "Ocean", "River", "Harbour", "Harbor", "Beach", "Wharf", "Marina", "Mountains", "Mountain", "Island", "Islands", "Strait", "Bay", "Gulf", "Palace", "Square", "Airport", "Valley", "Lake", "Desert", "Zone", "Hotel", "Hall", "House", "Building", "Village", "Base", "Guesthouse", "Residence", "Cosmodrome", "Estate", "Compound", "Ranch", "Resort", "District", "County", "Province", "Prefecture", "Governorate", "Diwan", "Barracks", "Lodge", "Manor", "Chateau", "Château", "Castle", "Villa", "Mausoleum", "Stadium", "Memorial", "Cemetery", "Monument", "Bridge", "Arena", "Cathedral", "Mosque", "Tomb", "Shrine", "Street", "Road", "Avenue", "Boulevard", "Marg"]);
/** Lower-case nouns after a name that make it the name of a venue. */
const VENUE_NOUNS = new Set(["estate", "resort", "ranch", "compound", "cosmodrome", "spaceport", "palace", "residence", "retreat", "guesthouse", "airbase"]);
const CONNECTORS = new Set(["of", "for", "and", "&", "on", "in", "the"]);
/** Particles inside personal names ("Faisal bin Farhan", "Ursula von der Leyen"): part of the run, never a split. */
const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "binti", "al", "el", "abu", "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "y", "e", "dos", "das"]);

// (a possessive is a word of its own, as the text's words are: "king's commissioner" is three of them)
const titleWords = (list: string[]) => list.map((t) => t.replace(/(?<=\p{L})(['’]s)\b/gu, " $1").split(" ")).sort((a, b) => b.length - a.length);
const OFFICE = titleWords(OFFICE_TITLES);
const DESCRIPTIVE = titleWords([...DESCRIPTIVE_TITLES, ...AFFILIATION_TITLES]);
const AFFILIATION = new Set(AFFILIATION_TITLES);
const ORG_HEAD = new Set(ORG_HEADS);
const EVENT_HEAD = new Set(EVENT_HEADS);
const DOC_HEAD = new Set(DOCUMENT_HEADS);
const PLACE_HEAD = new Set(PLACE_HEADS);
const STATE_ORGAN = new Set(STATE_ORGAN_HEADS.map((s) => s.toLowerCase()));
const HONORIFIC = new Set(HONORIFICS.map((h) => h.replace(/\.$/, "")));

const bareText = (w: Word) => w.text.replace(/\.$/, "");
/** A diplomat's post right before "in" at word `at` ("Consul General in", "Ambassador in"): its words and first word.
 */
function postBeforePosting(W: Word[], at: number): { title: string; start: number } | undefined {
  for (const n of [2, 1]) {
    const s = at - n;
    if (s < 0 || !W.slice(s, at).every((w) => w.cap)) continue;
    const title = W.slice(s, at).map((w) => bareText(w)).join(" ");
    if (/^(?:Consul General|Consul-General|Consul|Ambassador|High Commissioner|Envoy|Representative|Trade Commissioner)$/.test(title.replace(" - ", "-"))) return { title, start: s };
  }
  return undefined;
}
/** A Korean district's suffix joined to a place's name by a hyphen: "-dong" of "Yeon-dong", "-gu" of "Jongno-gu". */
const koreanDistrict = (w?: Word): boolean => !!w?.hyphen && /^(?:dong|gu|si|ri|myeon|eup|gun)$/.test(w.text);
/** Whether "Jan" opening the run W[a..b) is the given name ("Jan Lipavsky met …"), not January, which a day follows
 * ("Jan 5", "Jan. 5"). */
const givenJan = (W: Word[], a: number, b: number): boolean =>
  W[a].text === "Jan" && b - a >= 2 && /^\p{Lu}\p{Ll}+$/u.test(W[a + 1].text) && !NOT_NAME_WORDS.has(W[a + 1].text);
/** Whether W[n] is a style before a name. Myanmar's "Ko" is one only before a Burmese given name ("Ko Htet Aung");
 * before a hyphenated given name or a verb it is the Korean family name ("spokesperson Ko Eun-jung", "Ko said"). */
const honorificAt = (W: Word[], n: number): boolean =>
  HONORIFIC.has(bareText(W[n])) && (W[n].text !== "Ko" || (/^\p{Lu}\p{Ll}+$/u.test(W[n + 1]?.text ?? "") && !W[n + 2]?.hyphen));
/** The last word of a post named by its portfolio or rank ("External Affairs Minister", "Joint Secretary"). */
const POST_WORD = /^(?:Minister|Naalakkersuisoq|Secretary|Adviser|Advisor|Commissioner|Undersecretary|Spokesperson|Spokesman|Spokeswoman|Director|Ambassador|Envoy|Coordinator)$/;
/** Ranks before a post ("Joint Secretary", "Additional Secretary", "Deputy Minister"). */
const RANKS = new Set(["High", "Joint", "Additional", "Deputy", "Assistant", "Under", "Principal", "Permanent", "Special", "Senior", "Chief", "Vice", "First", "Second", "Third", "State", "Acting", "Official", "Prime", "Cabinet", "Parliament", "Parliamentary", "Federal", "Union"]);
/** Nouns whose possessive is part of a name ("People's Party"), not an owner. */
const NAME_POSSESSORS = new Set(["People", "Peoples", "Women", "Children", "Citizens", "Farmers", "Peasants", "Patriots", "Veterans", "Martyrs", "Nation", "Nations", "Students", "Workers", "Men"]);
const isPossessive = (w?: Word) => !!w && /^['’][sS]$/.test(w.text);

const TIME_ZONE = /^(?:IST|GMT|BST|CET|CEST|EST|EDT|PST|PDT|UTC|JST|KST|MYT|SGT|AEST|AEDT|WIB|PKT|EAT|WAT|SAST|MSK)$/;

export function findMentions(article: string, sentence: Sentence, ctx: MentionContext): FoundMention[] {
  const W = words(sentence.text, sentence.start);
  const out: FoundMention[] = [];
  const slice = (a: number, b: number) => article.slice(W[a].start, W[b - 1].end);
  const add = (a: number, b: number, m: Omit<FoundMention, "start" | "end" | "text" | "sentence">) => {
    // (a time zone after a clock time, "10:41 PM IST", is no one, whatever title the clock's half reads as)
    if (m.kind === "Person" && b - a === 1 && TIME_ZONE.test(W[a].text) && /\d[:.]\d\d(?:\s*[AP]M)?\s*$/.test(article.slice(Math.max(0, W[a].start - 12), W[a].start))) return;
    // (nor a post's own name in the state's tongue, bracketed between post and name: "governor (Landeshauptmann) X")
    if (m.kind === "Person" && b - a === 1 && W[a - 1]?.text === "(" && W[b]?.text === ")" && W[b + 1]?.cap && !!W[a - 2] && !W[a - 2].cap && /^\p{Ll}+$/u.test(W[a - 2].text) && DESCRIPTIVE.some((t) => t.length === 1 && t[0] === W[a - 2].text)) return;
    // (nor a Korean place's name before its district's suffix: "the government complex in Yeon-dong", "Jongno-gu")
    if (m.kind === "Person" && (koreanDistrict(W[b]) || (b - a === 2 && koreanDistrict(W[a + 1])))) return;
    // (nor the second half of a hyphened post read as a name: "Deputy Secretary-General" names no General)
    if (m.kind === "Person" && !m.titleRef && b - a === 1 && W[a].hyphen && /^(?:General|Minister|Secretary|President|Chairman|Chief|Director)$/.test(W[a].text)) return;
    // (a post's number and the styles after it are no words of the name: "Minister of Foreign Affairs II Dato Seri
    // Setia Awang Haji X")
    if (m.kind === "Person" && !m.titleRef && m.name === slice(a, b) && /^(?:II|III|IV)$/.test(W[a].text) && b - a > 2) {
      const from = a;
      a++;
      while (b - a > 2 && honorificAt(W, a)) a++;
      m = { ...m, name: slice(a, b), honorific: true, outerStart: m.outerStart ?? W[from].start };
    }
    // (a post only one state has: "Te Beretitenti X" is Kiribati's)
    // (also with its portfolio: "Naalakkersuisoq for Foreign Affairs X")
    const own = m.kind === "Person" && m.title && !m.titleCountry ? (STATE_OF_TITLE[m.title.toLowerCase()] ?? STATE_OF_TITLE[m.title.toLowerCase().replace(/ (?:for|of) .*$/, "")]) : undefined;
    // (the rank worn between a post and the name, kept for "the Senior General" later:
    // "Prime Minister Senior General X")
    const rank = m.kind === "Person" && m.title && (m.outerStart ?? W[a].start) < W[a].start ? article.slice(Math.max(m.outerStart ?? 0, W[a].start - 30), W[a].start).match(WORN_RANK)?.[1] : undefined;
    out.push({ start: W[a].start, end: W[b - 1].end, text: slice(a, b), sentence: sentence.index, ...m, ...(own ? { titleCountry: own } : {}), ...(rank ? { rank } : {}) });
  };

  let i = 0;
  while (i < W.length) {
    const w = W[i];
    // "the North" / "the South" naming a North X / South X country of this article
    if ((w.text === "North" || w.text === "South") && W[i - 1]?.text.toLowerCase() === "the" && !W[i + 1]?.cap) {
      const c = [...ctx.articleCountries].find((k) => k.startsWith(`${w.text.toLowerCase()}-`));
      if (c) {
        add(i - 1, i + 1, { kind: "Government", name: `the ${w.text}`, country: c });
        i++;
        continue;
      }
    }
    if (!w.cap && !/^\d/.test(w.text)) {
      i++;
      continue;
    }
    // "The North rejected ...": the capital T starts the sentence, the phrase is still "the North"
    if (w.text === "The" && (W[i + 1]?.text === "North" || W[i + 1]?.text === "South") && !W[i + 2]?.cap) {
      const c = [...ctx.articleCountries].find((k) => k.startsWith(`${W[i + 1].text.toLowerCase()}-`));
      if (c) {
        add(i, i + 2, { kind: "Government", name: `the ${W[i + 1].text}`, country: c });
        i += 2;
        continue;
      }
    }
    // ("the two Heads of State", "Heads of Government": leaders in capitals, no one's name)
    if (HEADS_OF(W, i) && W[i - 1]?.text !== "of") {
      i += 3;
      continue;
    }
    // a dateline: "LA PAZ, May 21, 2025 —", "TOKYO •"
    const dl = i === 0 ? datelineEnd(W) : 0;
    if (dl) {
      const name = article.slice(W[0].start, W[dl - 1].end).toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
      const cap = countryByCapital(name);
      add(0, dl, { kind: "Place", name, locative: true, ...(cap ? {} : {}) });
      i = dl;
      // (the agency after the city's period: "ASTANA. KAZINFORM –", an agency, not a name)
      if (W[i]?.text === "." && W[i + 1] && /^\p{Lu}{3,}$/u.test(W[i + 1].text) && /^[–—-]$/.test(W[i + 2]?.text ?? "")) i += 2;
      continue;
    }
    const end = runEnd(W, i);
    // a capital (or a known city) whose name has a lower-case word, read whole: "Port of Spain", "Dar es Salaam"
    const capital = W[i + 1] && /^(?:of|es|de|al|el|da|do|la|du|des|del|di|am|upon)$/.test(W[i + 1].text) ? [5, 4, 3].find((k) => {
      if (i + k > W.length || !W[i + k - 1].cap) return false;
      const name = article.slice(W[i].start, W[i + k - 1].end);
      return !!(countryByCapital(name) ?? countryByCity(name));
    }) : undefined;
    if (capital) {
      add(i, i + capital, { kind: "Place", name: article.slice(W[i].start, W[i + capital - 1].end), locative: true });
      i += capital;
      continue;
    }
    // (and a place of Portuguese or Spanish name, after "in", "of", "at", "from": "Santana do Livramento", "Rio Grande do
    // Sul", "Santa Cruz de la Sierra"; not a person's "da Silva")
    const joined = /^(?:in|of|at|from|to|near)$/i.test(W[i - 1]?.text ?? "") ? placeWithParticle(W, i, end, ctx) : 0;
    if (joined) {
      add(i, joined, { kind: "Place", name: article.slice(W[i].start, W[joined - 1].end), locative: true });
      i = joined;
      continue;
    }
    // a known organisation whose name has a lower-case word: "Commonwealth of Independent States"
    const org = W[i + 1] && /^(?:of|for|and)$/.test(W[i + 1].text) && W[i].cap ? [8, 7, 6, 5, 4, 3].find((k) => i + k <= W.length && W[i + k - 1].cap && !!knownOrganization(article.slice(W[i].start, W[i + k - 1].end))) : undefined;
    if (org) {
      add(i, i + org, { kind: "Organization", name: article.slice(W[i].start, W[i + org - 1].end), head: "organization" });
      i += org;
      continue;
    }
    const long = countryAt(W, i, Math.min(W.length, i + 8), article);
    // (or as long, when a possessive is inside it: "Democratic People's Republic of Korea")
    if (long && (long.end > end || (long.end === end && W.slice(i, end).some(isPossessive)))) {
      add(i, long.end, { kind: long.demonym ? "Demonym" : "Government", name: long.country.name, country: long.country.key });
      i = long.end;
      continue;
    }
    // the wire a story came from, in its dateline: "ANKARA, April 5 (Example Wire) -"
    if (sentence.index === 0 && i <= 12 && W[i - 1]?.text === "(" && W[end]?.text === ")" && /^[-—–]$/.test(W[end + 1]?.text ?? "")) {
      i = end;
      continue;
    }
    // a cable's paragraph marking: "(C)", "(SBU)"
    if (article[W[i].start - 1] === "(" && article[W[end - 1].end] === ")" && end - i === 1 && /^(?:U|C|S|SBU|TS|NF)$/.test(W[i].text)) {
      i = end;
      continue;
    }
    // a photograph's credit: "(Sokha Vann/AFP)", "(Photo: Jane Roe/Reuters)" names no one of the story
    if (article[W[i].start - 1] === "(" && /^\/[^\n)]{1,40}\)/.test(article.slice(W[end - 1].end))) {
      i = end;
      continue;
    }
    // "the G20 summit", "an ASEAN summit", "the African Union summit": an event a group's name and a lower-case head name
    const from = W[i].text === "The" ? i + 1 : i;
    const event = from < end ? eventAfter(W, from, end, article) : undefined;
    if (event) {
      add(from, end + 1, { kind: "Meeting", name: event, head: W[end].text });
      i = end + 1;
      continue;
    }
    analyseRun(W, i, end, article, ctx, add);
    i = end;
  }
  attachLowercaseMentions(W, article, sentence, ctx, out, add);
  ministriesListedOn(article, out);
  // (a capital named by its official Portuguese name is that capital: "Cidade da Praia" is Praia)
  for (const m of out) if (m.kind === "Place" && /^Cidade d[aeo] \p{Lu}/u.test(m.name) && countryByCapital(m.name.slice(10))) m.name = m.name.slice(10);
  // (a body's acronym run into the name after it: "former ambassador to ASEAN Carmela Ocampo" is Carmela Ocampo)
  for (const m of out) {
    const acronym = m.kind === "Person" && !m.title ? m.text.match(/^([A-Z]{2,6}) (?=\p{Lu}\p{Ll}+ \p{Lu})/u) : null;
    if (!acronym || !knownOrganization(acronym[1]) || !/\b(?:to|of|at|for)\s+$/.test(article.slice(Math.max(0, m.start - 5), m.start))) continue;
    [m.start, m.text, m.name] = [m.start + acronym[0].length, m.text.slice(acronym[0].length), m.name.replace(/^[A-Z]{2,6} /, "")];
  }
  namesAfterPosts(article, out);
  documentTitleLists(W, article, out);
  titlesInApposition(W, article, ctx, out);
  // (a word of a post set off before a name is no one: "France's Minister Delegate for Europe, X" names no "Delegate"
  // and no "Europe")
  for (let k = out.length - 1; k >= 0; k--) {
    const x = out[k];
    if (x.kind !== "Person" || (x.titleRef && !x.title)) continue;
    const words = x.name.split(" ");
    // (nor one set off after it: "X, Government Counsellor-Minister for External Relations and Cooperation,")
    const within = (p: FoundMention) => (p.outerStart !== undefined && p.outerStart <= x.start && x.end <= p.start) || (x.start > p.end && article.startsWith(`, ${p.title}`, p.end) && x.end <= p.end + 2 + p.title!.length);
    if (out.some((p) => p !== x && p.kind === "Person" && p.title && within(p) && words.every((w) => p.title!.split(/[\s-]+/).includes(w) || p.title!.split(/\s+/).includes(w)))) out.splice(k, 1);
  }
  // (nor a paper a word of such a post names: "the Cabinet Secretary for Constitution, External Affairs and
  // Culture, X")
  for (let k = out.length - 1; k >= 0; k--) {
    const x = out[k];
    if (x.kind === "Document" && out.some((p) => p.kind === "Person" && p.title && p.outerStart !== undefined && p.outerStart <= x.start && x.end <= p.start && p.title.includes(x.text))) out.splice(k, 1);
  }
  // (a region's or a city's name before its post's possessive is the place, not a person: "Wallonia's
  // Minister-President, X", "Alaska's transportation commissioner, Y", "Andalusia's regional president, Z"; and a
  // region's own name before any possessive: "Corsica's Executive Council")
  for (const x of out) {
    if (x.kind !== "Person" || x.title || countryByName(x.text)) continue;
    const after = article.slice(x.end, x.end + 50);
    if ((x.bare && POST_POSSESSIVE.test(after) && countryOfPlace(x.text)) || (!x.titleRef && !x.honorific && /^['’]s\b/.test(after) && countryOfRegion(x.text))) x.kind = "Place";
  }
  // (a body of a state whose name has "and", cut at it: "the Territorial Council of St. Pierre | and Miquelon")
  for (const o of out) {
    const of = o.kind === "Organization" ? o.name.match(/ of (?:the )?((?:\p{Lu}[\p{L}.-]*)(?: \p{Lu}[\p{L}.-]*){0,2})$/u)?.[1] : undefined;
    const rest = of ? article.slice(o.end).match(/^ and (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u) : null;
    if (!rest || !countryByName(`${of} and ${rest[1]}`.replace(/^St\.? /, "Saint "))) continue;
    const end = o.end + rest[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k] !== o && out[k].start >= o.end && out[k].end <= end) out.splice(k, 1);
    Object.assign(o, { end, text: article.slice(o.start, end), name: `${o.name}${rest[0]}` });
  }
  // (a city's name, a rank its first word, is no one: "in General Santos City")
  for (const m of out) {
    if (m.kind !== "Person" || m.honorific || !/ City$/.test(m.name) || (m.title && !m.rank)) continue;
    const start = m.rank && m.outerStart !== undefined ? m.outerStart : m.start;
    Object.assign(m, { kind: "Place", start, text: article.slice(start, m.end), name: article.slice(start, m.end), bare: true });
    for (const k of ["title", "rank", "outerStart", "titleOrgAt"] as const) delete m[k];
  }
  regionalPosts(article, out);
  pluralPostBeforePair(article, out);
  stackedPosts(article, out);
  aidesOfPosts(article, out);
  postsBeforeStyles(article, sentence, out);
  // (a style before the post of one named next is theirs: "His Majesty the King of Bhutan, X")
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m.titleRef && /^(?:His|Her|Their) /.test(m.text) && out.some((p) => p.kind === "Person" && p.outerStart !== undefined && p.outerStart > m.end && /^,? $/.test(article.slice(m.end, p.outerStart)) && /^the /i.test(article.slice(p.outerStart)))) out.splice(k, 1);
  }
  // (one capitalised word after a post's possessive is a thing named after the post, no one: "the President's Box")
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m.kind === "Person" && !m.title && !m.titleRef && !/\s/.test(m.text) && /\b(?:President|Prime Minister|Speaker|Queen|King|Governor|Premier|Chancellor|Pope)['’]s $/.test(article.slice(Math.max(0, m.start - 20), m.start))) out.splice(k, 1);
  }
  documentsSigned(W, article, add);
  organisationsOfPosts(W, out, ctx);
  // (a name a post is of, then a state's, is a body: "Chairman of the Halk Maslahaty of Turkmenistan X")
  for (const m of out) {
    if (m.kind !== "Person" || m.title || m.titleRef || m.honorific) continue;
    const before = article.slice(Math.max(0, m.start - 40), m.start);
    if (/\b(?:Chairman|Chairwoman|Chairperson|Speaker|President|Secretary|Member|Head) of the $/.test(before) && /^ of (?:the )?\p{Lu}/u.test(article.slice(m.end, m.end + 8)) && out.some((x) => x.kind === "Government" && x.start === m.end + (article.startsWith(" of the ", m.end) ? 8 : 4))) [m.kind, m.head] = ["Organization", m.name.split(" ").pop()];
  }
  // (a post that names its state at its end: "Spokesperson of the Ministry of Foreign Affairs of
  // the Kingdom of Thailand X")
  for (const m of out) {
    const state = m.kind === "Person" && m.title && !m.titleCountry && !m.titleRef ? stateEndingPost(m.title) : undefined;
    if (state) m.titleCountry = state;
  }
  // (a line all in capitals, a cable's subject or a heading, "FM KULUBAEV SAYS BATKEN SUMMIT IS OFF", names no one the
  // capitals can tell: only the states and places the gazetteer knows)
  const capitals = W.length >= 3 && !/\p{Ll}/u.test(sentence.text) && /\p{Lu}{2}/u.test(sentence.text);
  return out.filter((m) => !capitals || ((m.kind === "Government" || m.kind === "Demonym" || m.kind === "Place") && (!!m.country || m.locative))).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Past a bracketed aside of up to four words opening at word i ("(EAM)", "(Indian Ocean Region)"); else i. */
function pastBrackets(W: Word[], i: number): number {
  if (W[i]?.text !== "(") return i;
  for (let k = i + 2; k <= i + 5 && k < W.length; k++) if (W[k].text === ")") return k + 1;
  return i;
}

/** The end of the longest official name of a state of two to seven words from i, with "of the" inside ("Democratic
 * Republic of the Congo"), else i. */
function officialNameEnd(W: Word[], i: number): number {
  for (let e = Math.min(W.length, i + 7); e >= i + 2; e--) {
    const ws = W.slice(i, e);
    // (a possessive inside too: "Democratic People's Republic of Korea")
    if (!ws[0].cap || !ws[ws.length - 1].cap || ws.some((w) => !w.cap && !/^(?:of|the)$/.test(w.text) && !isPossessive(w))) continue;
    if (countryByName(ws.map((w, k) => (k && !isPossessive(w) ? " " : "") + w.text.replace(/’/g, "'")).join(""))) return e;
  }
  return i;
}

/** The words of an envoy's post, sent to a state: "Ambassador", "High Commissioner", "Envoy". */
const ENVOY_WORDS = /^(?:Ambassador|Commissioner|Envoy|Representative)$/;
/** The end of a state's name of up to five words from i (all capitalised but "of", "the"), else 0. */
function stateNameEnd(W: Word[], i: number): number {
  for (let e = Math.min(W.length, i + 5); e > i; e--) {
    const ws = W.slice(i, e);
    if (ws[0].cap && ws.every((w) => w.cap || /^(?:of|the)$/.test(w.text)) && countryByName(ws.map((w) => w.text).join(" "))) return e;
  }
  return 0;
}

/** "Heads of State", "Heads of Government" at word i. */
const HEADS_OF = (W: Word[], i: number) => W[i].text === "Heads" && W[i + 1]?.text === "of" && /^(?:State|Government)s?$/.test(W[i + 2]?.text ?? "");

/** The end (exclusive) of a run of capitalised words starting at i, bridging connectors and plural possessives. */
/** A headline's capitalised prepositions, inside no name (not "In", "To", "Of": "Moon Jae In", "To Lam", "Bank Of"),
 * and its verbs ("The President Has Never Met Captain X", "Ministry Takes Callers On …"). */
const TITLE_CASE_BREAKERS = new Set(["At", "For", "With", "On", "From", "By", "After", "Amid", "Over", "Into", "Ahead", "Before", "Against", "Via", "Has", "Have", "Had", "Never", "Is", "Are", "Was", "Were", "Met", "Meets", "Says", "Takes", "Took"]);
const VENUE_BEFORE_POST = /^(?:Palace|Hotel|Airport|Guesthouse|Residence|Diwan)$/;
/** Whether a state's name in its possessive begins at word `j`: "Djibouti's", "South Sudan's". */
function stateOwnsNext(W: Word[], j: number): boolean {
  for (let k = 1; k <= 3 && j + k < W.length; k++) if (isPossessive(W[j + k]) && countryByName(W.slice(j, j + k).map((x) => x.text).join(" "))) return true;
  return false;
}

function runEnd(W: Word[], i: number): number {
  let j = i + 1;
  while (j < W.length) {
    const w = W[j];
    if (w.cap && !isSentencePunct(w)) {
      if (RUN_BREAKERS.has(w.text) && !w.hyphen) break;
      // ("the bloc's Heads of State": leaders in capitals, no name; not inside one, "Assembly of Heads of State and
      // Government")
      if (HEADS_OF(W, j) && W[j - 1].cap) break;
      // (a headline in title case: "Address At State Dinner For PNG Prime Minister Marape" is three runs)
      if (TITLE_CASE_BREAKERS.has(w.text) && W[j + 1]?.cap) break;
      // (a venue's name ends where a post begins: "received at Al Sakhir Palace Deputy Foreign Minister X")
      if (VENUE_BEFORE_POST.test(W[j - 1].text) && j - 1 > i && titleAt(W, j, W.length, OFFICE)) break;
      // (a city's name ends where a state's possessive begins: "received at his office in Addis Ababa Djibouti's
      // Minister of Foreign Affairs, X")
      if (stateOwnsNext(W, j) && !!(countryByCapital(W.slice(i, j).map((x) => x.text).join(" ")) ?? countryByCity(W.slice(i, j).map((x) => x.text).join(" ")))) break;
      j++;
      continue;
    }
    // a post's acronym or remit in brackets before the name: "External Affairs Minister (EAM) S. Jaishankar"
    if (w.text === "(" && POST_WORD.test(bareText(W[j - 1]))) {
      const after = pastBrackets(W, j);
      if (after > j && W[after]?.cap && W.slice(j + 1, after - 1).every((x) => x.cap)) {
        j = after;
        continue;
      }
    }
    // a possessive inside a name: "Tigray People's Liberation Front", "People's Liberation Army"
    if (isPossessive(w) && NAME_POSSESSORS.has(W[j - 1].text) && W[j - 1].end === w.start && W[j + 1]?.cap) {
      j++;
      continue;
    }
    // a possessive that ends a place's name: "St George's", "St. John's"
    if (isPossessive(w) && W[j - 1].end === w.start && /^St\.?$/.test(W[i].text) && countryOfPlace(`${W.slice(i, j).map((x) => x.text).join(" ")}'s`)) {
      j++;
      continue;
    }
    // plural possessive inside a name: "Workers' Party"
    if ((w.text === "'" || w.text === "’") && W[j - 1].text.endsWith("s") && W[j - 1].end === w.start && W[j + 1]?.cap) {
      j++;
      continue;
    }
    if (w.hyphen && !w.cap && hyphenatedGivenName(W, i, j)) {
      j++; // romanised given names written with a lower-case hyphenated part: "Jae-in", "Yo-jong", "Ki-moon"
      continue;
    }
    // "International Committee of the Red Cross", "Summit of the Americas": "of the" after a head noun
    // (and after a building's or place's: "the Great Hall of the People")
    if (ofThe(W, j) && !isSentencePunct(W[j + 2]) && W.slice(i, j).some((x) => isHead(x) || GEO_HEADS.has(bareText(x)))) {
      j += 2;
      continue;
    }
    // (and a post's: "President of the Republic of Chile Mr. X", an official release's style)
    // (and of its adjectives: "of the Islamic Republic of Pakistan")
    // (and of another form, or an adjective, after a post alone, no name before it: "Minister of Foreign Affairs of the
    // Kingdom of Bahrain X", "… of the Islamic Republic of Pakistan HE Y"; not "Ambassador X of the Kingdom of
    // the Netherlands")
    const postAlone = () => W.slice(i, j).every((x) => POST_WORD.test(bareText(x)) || PORTFOLIO_WORDS.has(x.text) || RANKS.has(x.text) || HONORIFIC.has(bareText(x)) || /^(?:of|for|and|the|at|President|Chairman|Chairperson|Speaker|Minister|Ministry)$/.test(x.text));
    // (or a state's official name of several words with "the": "Minister of … of the Syrian Arab Republic X", "… of the
    // Democratic Republic of the Congo Y", the whole name)
    const official = ofThe(W, j) && postAlone() ? officialNameEnd(W, j + 2) : j;
    if (official > j + 2 && W[official]?.cap && W.slice(i, j).some((x) => POST_WORD.test(bareText(x)))) {
      j = official;
      continue;
    }
    if (ofThe(W, j) && (W[j + 2]?.text === "Republic" || ((STATE_FORMS.test(W[j + 2]?.text ?? "") || (STATE_FORM_ADJECTIVES.has(W[j + 2]?.text ?? "") && W[j + 3]?.text === "Republic") || official > j + 2) && postAlone())) && W.slice(i, j).some((x) => POST_WORD.test(bareText(x)) || /^(?:President|Chairman|Chairperson|Speaker)$/.test(x.text))) {
      j += 2;
      continue;
    }
    // (an envoy's post runs on through the state they are sent to, before the name: "Ambassador of the Republic of G to
    // H X Y")
    const sentTo = w.text === "to" && W.slice(i, j).some((x) => ENVOY_WORDS.test(x.text)) && W.slice(i, j).some((x) => x.text === "of") ? stateNameEnd(W, W[j + 1]?.text === "the" ? j + 2 : j + 1) : 0;
    if (sentTo && W[sentTo]?.cap && W[sentTo + 1]?.cap) {
      j = sentTo;
      continue;
    }
    // a document's title runs on through "on the", "to": "Agreement on the Path to Normalisation"
    const docLink = docModifier(W, j);
    if (docLink && W.slice(i, j).some((x) => DOC_HEAD.has(bareText(x)))) {
      j += docLink;
      continue;
    }
    // ("Giovanni d'Aniello", "Valéry d'Estaing": an elided particle joined to the surname)
    if (/^[dl]['’]\p{Lu}/u.test(w.text) && j > i) {
      j++;
      continue;
    }
    if ((CONNECTORS.has(w.text) || NAME_PARTICLES.has(w.text)) && W[j + 1]?.cap && !NOT_NAME_WORDS.has(W[j + 1].text) && j > i) {
      j++;
      continue;
    }
    // (a German town named by its river or its hill: "Frankfurt am Main", "Steinach am Brenner")
    if (w.text === "am" && j === i + 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(W[i].text) && /^\p{Lu}\p{Ll}{2,}$/u.test(W[j + 1]?.text ?? "") && !NOT_NAME_WORDS.has(W[i].text)) {
      j++;
      continue;
    }
    // two particles in a row: "Humberto de la Calle", "Ursula von der Leyen"
    if (NAME_PARTICLES.has(w.text) && NAME_PARTICLES.has(W[j + 1]?.text ?? "") && W[j + 2]?.cap && !NOT_NAME_WORDS.has(W[j + 2].text) && j > i) {
      j += 2;
      continue;
    }
    break;
  }
  // never end on a connector (a hyphenated name part such as "Jae-in" is not one)
  while (j > i + 1 && CONNECTORS.has(W[j - 1].text) && !W[j - 1].hyphen) j--;
  return j;
}

/** Right after a verb that takes a person ("met Hun Sen"): a name there the model calls MISC is a person's. */
/** Whether `name` ("Nandi-Ndaitwah") ended a longer name earlier in the article ("Netumbo Nandi-Ndaitwah"): a surname,
 * whatever the model read of it alone. */
function surnameOfOneNamedBefore(name: string, article: string, at: number): boolean {
  return /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(name) && namedInFullBefore(name, article, at);
}

/** Whether `name` ended a longer name, one more capitalised word before it, earlier in the article. */
function namedInFullBefore(name: string, article: string, at: number): boolean {
  return new RegExp(`\\p{Lu}\\p{Ll}+ ${name}(?![\\p{L}-])`, "u").test(article.slice(0, at));
}

function metBefore(W: Word[], a: number, article: string): boolean {
  return /\b(?:met|meets|meet|meeting with|talks with|told|phoned|called|urged|asked|invited|received|hosted|thanked|congratulated)\s+$/.test(article.slice(Math.max(0, W[a].start - 16), W[a].start));
}

/** Heads of a body named by what it is of: "House of Representatives", "Government of National Unity". */
/** A region's government as the region names it in its own language, before "de": "the Junta de Andalucía". */
const REGION_BODY_HEADS = new Set(["Junta", "Xunta", "Generalitat"]);
const OF_HEADS = new Set(["House", "Government", "Council", "Chamber", "Court", "Ministry", "Department", "Office", "Commission", "Committee", "Assembly", "Organization", "Organisation", "League", "Union", "Plan", "Treaty", "Charter", "Declaration", "Convention"]);

/** Styles that may follow a post before a name: "Foreign Minister Prince Faisal", "Emir Sheikh Tamim". */
const STYLES = new Set(["Prince", "Princess", "Sheikh", "Sheikha", "Sayyid", "Ayatollah", "Archbishop", "Cardinal", "Dr", "Dr."]);
/** A style or honorific at word `n` (also "His Highness", "Her Majesty" after a post: "President His Highness Sheikh X"). */
/** A military rank worn after a post, before the name, as the press shortens it or not: "Gen", "Lt", "Col". */
const RANK_WORDS = new Set(["gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig", "brigadier", "adm", "admiral", "capt", "captain"]);
/** A rank or style worn between a post and a name: "Navy Spokesman Commander X", "Mutare Mayor Councillor Y",
 * "Cabinet Spokesman Minister Z" (with two words of a name at least after it). */
const STYLE_AFTER_POST = /^(?:Cde|Comrade|Councillor|Councilor|Commander|Minister|Captain|Colonel|General|Brigadier|Major|Admiral|Commodore|Engineer|Engr|Advocate|Alhaji|Hon|Honourable|Honorable|Senator|Professor)$/;
/** The state an official's post ends with: "… of the Kingdom of Thailand", "… of the Republic of Korea". */
function stateEndingPost(title: string): string | undefined {
  const named = title.match(/ of (?:the )?((?:(?:Kingdom|Republic|State|Sultanate|Principality|Commonwealth|Federation|Union) of (?:the )?)?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$/u)?.[1];
  return named ? countryByName(named)?.key : undefined;
}

/** A rank written right before a name, its grade included. */
const WORN_RANK = /((?:(?:Senior|Vice-Senior|Lieutenant|Major|Brigadier|Rear|Vice|Air|Field) )?(?:General|Admiral|Marshal|Colonel|Commodore))\s+$/;
/** A rank's grade before the rank: the "Senior" of "Senior General". */
const RANK_GRADE = /^(?:Senior|Vice-Senior|Lieutenant|Major|Brigadier|Rear|Vice|Air|Field)$/;
/** A state's post, not an organisation's: the second of two stacked posts. */
const STATE_POST = /^(?:Deputy )?(?:Prime Minister|President|Vice President|Premier|Chancellor)$/;
/** Past the styles and honorifics after a post, from `n`, up to the name before `b`. */
const pastStyles = (W: Word[], n: number, b: number): number => {
  // (and a post's number, Brunei's "Minister of Foreign Affairs II Dato Seri Setia X")
  if (n < b - 2 && /^(?:II|III|IV)$/.test(W[n].text)) n++;
  // (and a rank of two words: "Prime Minister Senior General X", "Deputy Prime Minister Vice-Senior General Y")
  while (n < b - 1 && (styleAt(W, n) || (STYLE_AFTER_POST.test(bareText(W[n])) && b - n >= 3) || (RANK_GRADE.test(W[n].text) && STYLE_AFTER_POST.test(bareText(W[n + 1])) && b - n >= 4))) n++;
  return n;
};
const styleAt = (W: Word[], n: number) => STYLES.has(W[n].text) || honorificAt(W, n) || (/^(?:His|Her|Their)$/.test(W[n].text) && !!W[n + 1] && honorificAt(W, n + 1));

/** Lower-case heads of an event named by the group that holds it: "the G20 summit", "an OSCE ministerial". */
const GROUP_EVENT_HEADS = new Set(["summit", "summits", "conference", "forum", "ministerial", "ministerial meeting"]);
/** The name of the event at [a, b) and the word after it, when the run is a group's name: an acronym ("G20", "ASEAN",
 * "COP28") or an organisation the lexicon knows ("African Union"). */
function eventAfter(W: Word[], a: number, b: number, article: string): string | undefined {
  const head = W[b];
  if (!head || head.cap || !GROUP_EVENT_HEADS.has(head.text) || b - a > 4) return undefined;
  const name = article.slice(W[a].start, W[b - 1].end);
  const group = (b - a === 1 && /^(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Za-z]*\d*$/.test(name) && !/^[A-Z][a-z]+$/.test(name)) || !!knownOrganization(name);
  return group && !countryByName(name) ? `${name} ${head.text.replace(/s$/, "")}` : undefined;
}

/** Lower-case nouns of the members of a group: after a one-word name, the name is the group's ("Houthi officials"). */
const GROUP_NOUNS = new Set(["officials", "leaders", "delegation", "delegates", "negotiators", "fighters", "rebels", "militants", "militia", "militias", "forces", "representatives", "commanders", "diplomats", "mediators", "envoys", "members"]);

/** Lower-case syllables that never continue a name after a hyphen: "Trump-era", "Kim-led", "Iran-backed". */
const HYPHEN_SUFFIXES = new Set(["led", "era", "run", "born", "made", "based", "backed", "owned", "style", "type", "wide", "like", "free", "only", "level", "bound", "linked", "aligned", "friendly", "held", "ruled", "class", "sized", "scale", "speed", "proof", "ready", "first", "month", "year", "week", "days", "hours", "party", "state", "plus", "sector", "nation", "policy", "border", "funded", "minded", "called", "shaped", "ending", "making", "period", "member", "region", "armed", "strong", "long", "term", "round", "track", "phase", "stage", "power", "weight", "elect"]);

/**
 * W[j] is the lower-case part after a hyphen of a romanised given name ("Jae-in", "Ki-moon", "Jong-un"): the word
 * before it is a short name part after at least one other ("Moon Jae-in"), and the syllable is short.
 */
function hyphenatedGivenName(W: Word[], i: number, j: number): boolean {
  const prev = W[j - 1];
  if (j - 1 <= i || prev.end !== W[j].start - 1 || !/^\p{Lu}\p{Ll}{0,5}$/u.test(prev.text)) return false;
  // (up to six letters: "Jae-myung", "Ki-hyun", "Myoung-gyon", "Hyeong-gyeong"; "-style", "-based" and the like are
  // not names)
  return /^\p{Ll}{1,6}$/u.test(W[j].text) && !HYPHEN_SUFFIXES.has(W[j].text);
}

function isSentencePunct(w: Word) {
  return /^[^\p{L}\p{N}]/u.test(w.text);
}

type Adder = (a: number, b: number, m: Omit<FoundMention, "start" | "end" | "text" | "sentence">) => void;

/** Longest country name or demonym starting at word a and ending by b. */
function countryAt(W: Word[], a: number, b: number, article: string): { end: number; country: Country; demonym: boolean } | undefined {
  for (let e = Math.min(b, a + 7); e > a; e--) {
    if (W[e - 1].text === "'" || W[e - 1].text === "’") continue;
    const s = article.slice(W[a].start, W[e - 1].end).replace(/’/g, "'");
    const c = countryByName(s);
    if (c) return { end: e, country: c, demonym: false };
    // ("Americans", "Israelis": the people of a state, as their demonym)
    const d = countryByDemonym(s) ?? (/[a-z]s$/.test(s) ? countryByDemonym(s.slice(0, -1)) : undefined);
    if (d) return { end: e, country: d, demonym: true };
  }
  return undefined;
}

/** Whether words a..b name a city or a region the gazetteer knows, of more than one word and not a state: "San Juan",
 * "Quintana Roo". */
function placeOfWords(W: Word[], a: number, b: number, article: string): boolean {
  if (b - a < 2 || !W.slice(a, b).every((w) => w.cap && !w.hyphen)) return false;
  const name = article.slice(W[a].start, W[b - 1].end);
  return !countryByName(name) && !!countryOfPlace(name) && !knownOrganization(name);
}

/** A post's possessive after a name: "'s Minister-President, ", "'s transportation commissioner, ". */
const POST_POSSESSIVE = /^['’]s (?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?|(?:[a-z]+ ){1,2}(?:minister|secretary|commissioner|governor|mayor|premier|president|spokes(?:man|woman|person))), /u;

/** Titles grouped by their first word, longest first, so a lookup only tries the titles that can match. */
const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();
function titleAt(W: Word[], a: number, b: number, table: string[][]): number {
  if (a >= W.length) return 0;
  let index = byFirstWord.get(table);
  if (!index) {
    index = new Map();
    for (const t of table) {
      const list = index.get(t[0]) ?? [];
      list.push(t);
      index.set(t[0], list);
    }
    byFirstWord.set(table, index);
  }
  const first = W[a].text.replace(/\.$/, "").toLowerCase();
  for (const t of index.get(first) ?? []) {
    if (a + t.length > b) continue;
    let ok = true;
    for (let k = 0; k < t.length && ok; k++) ok = bareText(W[a + k]).toLowerCase() === t[k];
    // ("Sultan bin Saad Al-Muraikhi": a given name right before the father's, no sultan's style)
    // (nor before a family name: "Sultan Al Jaber", "Sultan al-Muraikhi")
    if (ok && t.length === 1 && t[0] === "sultan" && /^(?:bin|ibn|bint|[Aa]l|[Aa]l-\p{L}.*)$/u.test(W[a + 1]?.text ?? "")) continue;
    if (ok) return t.length;
  }
  return 0;
}

/** A post in the plural at word a ("Foreign Ministers", "Presidents", "Prime Ministers"): its words and the post
 * in the singular, as written ("Foreign Minister"). */
function pluralTitleAt(W: Word[], a: number, b: number): { words: number; title: string } | undefined {
  for (let e = a + 1; e <= Math.min(b, a + 4); e++) {
    const w = bareText(W[e - 1]);
    const one = /[^aeiou]ies$/.test(w) ? `${w.slice(0, -3)}y` : /[^s]s$/.test(w) ? w.slice(0, -1) : undefined;
    if (!one || !W[e - 1].cap) continue;
    const words = [...W.slice(a, e - 1).map(bareText), one].join(" ");
    if (OFFICE.some((t) => t.length === e - a && t.join(" ") === words.toLowerCase())) return { words: e - a, title: words };
  }
  return undefined;
}

/** The end of a place's name that goes on past "do", "dos", "da", "das", "de la", "del" from the run i..end ("Santana do
 * Livramento"), when the model reads the run before the particle as a place; else 0. */
function placeWithParticle(W: Word[], i: number, end: number, ctx: MentionContext): number {
  let k = end;
  let e = 0;
  while (W[k] && /^(?:do|dos|da|das|de|del)$/.test(W[k].text)) {
    const at = W[k].text === "de" && /^(?:la|las|los)$/.test(W[k + 1]?.text ?? "") ? k + 2 : k + 1;
    if (!W[at]?.cap) break;
    // (up to an "and": "Santana do Livramento and Rivera" are two)
    k = runEnd(W, at);
    const and = W.slice(at, k).findIndex((w) => w.text === "and");
    if (and >= 0) k = at + and;
    e = k;
  }
  if (!e || e - i > 6 || e - i < 3) return 0;
  // (its first part read as a place: "Santana", "Rio Grande")
  const t = nerTypeOf(ctx, W[i].start, W[end - 1].end);
  return t === "LOC" ? e : 0;
}

function nerTypeOf(ctx: MentionContext, start: number, end: number): string | undefined {
  let best: string | undefined;
  let bestOverlap = 0;
  for (const h of ctx.ner ?? []) {
    const o = Math.min(end, h.end) - Math.max(start, h.start);
    if (o > bestOverlap) [best, bestOverlap] = [h.type, o];
  }
  return best;
}

/** Whether the model read a run as two things of different kinds ("Victoria" a place, "Reyes-Gonzales" something
 * else): no reading of the whole, which is then judged by its words. */
function splitByModel(ctx: MentionContext, start: number, end: number): boolean {
  return new Set((ctx.ner ?? []).filter((h) => h.start < end && h.end > start).map((h) => h.type)).size >= 2;
}

/** Verbs of the news in "-ing" that open a sentence before a name ("Inviting Prabowo to …", "Meeting Xi was …"); not
 * given names that end so ("Channing", "Golding"). */
const OPENING_VERB_ING = /^(?:Invit|Hold|Meet|Send|Sign|Ask|Host|Receiv|Writ|Speak|Accept|Deliver|Propos|Hand|Carry|Visit|Announc|Report|Tell|Urg|Welcom|Thank|Brief)ing$/;

/** Posts at the head of a body ("Head of the …", "Director of the …") and the nouns a body's name ends with. */
// (and a council's secretary: "Secretary of the Security Council of Armenia X")
const HEAD_OF_BODY = /^(?:Head|head|Director|director|Chief|chief|Chairman|chairman|Chairperson|chairperson|Governor|governor|President|Speaker|Secretary)$/;
const BODY_HEAD = /^(?:Service|Agency|Authority|Council|Commission|Directorate|Bureau|Committee|Ministry|Department|Office|Institute|Bank|Fund|Assembly|Senate|Parliament|Chamber|Congress|Administration|Secretariat)$/;

function analyseRun(W: Word[], a: number, b: number, article: string, ctx: MentionContext, add: Adder, headed = false, compoundPart = false): void {
  // drop leading function words ("The", "In") and honorific handling
  // (not a word a title starts with: "Under Secretary of State X")
  // (and a year before a name: "In August 2013 Omani Sultan Qaboos …" made one run of "2013 Omani Sultan Qaboos")
  // (nor a verb's contraction opening a question: "Wasn't Eide supposed to go?")
  // (nor the first word of a name the gazetteer knows, mid-sentence: "took To Lam's letter")
  // (or past a style before it: "Mawlawi Amir Khan Zadran", a known holder whose name opens with a post's word)
  const styledHolder = b - a >= 3 && honorificAt(W, a) && isKnownHolderName(article.slice(W[a + 1].start, W[b - 1].end));
  const holder = b - a >= 2 && !sentenceInitial(W, a) && (styledHolder || isKnownHolderName(article.slice(W[a].start, W[b - 1].end)));
  while (!holder && a < b && (/n['’]t$/.test(W[a].text) || ((NOT_NAME_WORDS.has(bareText(W[a])) || RUN_BREAKERS.has(bareText(W[a]))) && !honorificAt(W, a) && !givenJan(W, a, b) && !(b - a > 2 && (titleAt(W, a, b, OFFICE) > 1 || pluralTitleAt(W, a, b)))) || CONNECTORS.has(W[a].text) || ((/^(?:1[89]|20)\d\d,?$/.test(W[a].text) || /^\d{1,2}(?:\.\d{1,2})*\.?$/.test(W[a].text)) && b - a > 1))) a++;
  // ("DRC Consul General in Ndola Jean-Pierre Mwamba": the posting's city, then the holder, named with the post)
  const posted = W[a - 1]?.text === "in" ? postBeforePosting(W, a - 1) : undefined;
  if (posted) {
    for (let k = 1; k <= 2 && b - (a + k) >= 2; k++) {
      const city = article.slice(W[a].start, W[a + k - 1].end);
      if (!(countryOfPlace(city) || statesOfCity(city)) || !W.slice(a + k, b).every((w) => w.cap || w.hyphen) || b - (a + k) > 4) continue;
      add(a, a + k, { kind: "Place", name: city, locative: true });
      const q = qualifierBefore(W, posted.start, article, ctx);
      add(a + k, b, { kind: "Person", name: article.slice(W[a + k].start, W[b - 1].end), title: posted.title, titleCountry: q?.country, outerStart: q?.start ?? W[posted.start].start });
      return;
    }
  }
  // ("Steinach am Brenner": a German town named by its river or hill, a place)
  if (b - a === 3 && W[a + 1].text === "am") {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: isLocative(W, a, b) });
    return;
  }
  // (an honorific before a post, the name after it: "HE Minister of State for Foreign Affairs Dr X")
  if (b - a > 3 && honorificAt(W, a) && !STYLES.has(W[a].text) && titleAt(W, a + 1, b, OFFICE) > 0) a++;
  // (a post's remit, then the name, after "for": "China's Special Envoy for Pacific Island Affairs Qian Bo")
  const remit = a >= 2 && W[a - 1].text === "for" && POST_WORD.test(bareText(W[a - 2])) ? W.slice(a, b - 2).findIndex((w) => /^(?:Affairs|Issues|Relations|Questions)$/.test(w.text)) : -1;
  // (a name, in capitals: not "… Affairs of the X")
  if (remit >= 0 && W[a + remit + 1].cap) {
    let p = a - 2;
    while (p > 0 && W[p - 1].cap && !isPossessive(W[p - 1]) && titleAt(W, p - 1, a - 1, OFFICE) === a - p) p--;
    const n = a + remit + 1;
    // (the name ends at a word in lower case: "… Qian Bo in Suva" is Qian Bo, then Suva)
    const lower = W.slice(n, b).findIndex((w) => !w.cap);
    const e = lower > 0 ? n + lower : b;
    const q = qualifierBefore(W, p, article, ctx);
    // (past the styles before the name: "… for Consular Affairs HE Dr X")
    const named = pastStyles(W, n, e);
    add(named, e, { kind: "Person", name: article.slice(W[named].start, W[e - 1].end), title: article.slice(W[p].start, W[n - 1].end), ...(q?.country ? { titleCountry: q.country } : {}), outerStart: q?.start ?? W[p].start });
    if (e < b) analyseRun(W, e, b, article, ctx, add, headed, compoundPart);
    return;
  }
  // (a state's possessive right after a titled name is no word of it: "to pass on to President X Samoa's thanks"; nor
  // after a surname alone that the story gave in full before: "to carry back to Simina Guam's request")
  if (isPossessive(W[b]) && W[b - 1].end === W[b].start) {
    const t = titleAt(W, a, b, OFFICE);
    const surname = (n: number) => b - n - a === 1 && new RegExp(`\\p{Lu}[\\p{L}.-]+ ${W[a].text}\\b`, "u").test(article.slice(0, W[a].start));
    const k = [2, 1].find((n) => (t > 0 || surname(n)) && b - n - a - t >= 1 && W.slice(a + t, b - n).every((w) => w.cap && !CONNECTORS.has(w.text)) && !!countryByName(article.slice(W[b - n].start, W[b - 1].end)));
    if (k) {
      analyseRun(W, a, b - k, article, ctx, add, headed, compoundPart);
      analyseRun(W, b - k, b, article, ctx, add, headed, compoundPart);
      return;
    }
  }
  // (a sentence's opening verb in "-ing" is no given name: "Inviting Prabowo to open a market is symbolic")
  if (b - a >= 2 && sentenceInitial(W, a) && OPENING_VERB_ING.test(W[a].text)) a++;
  // (nor a post-nominal's letters written on after a name, with no comma: "the Hon Dr Joseph X MP and …")
  while (b - a > 2 && /^\p{Lu}{2,}$/u.test(W[b - 1].text) && isPostNominal(W[b - 1].text) && /^\p{Lu}\p{Ll}/u.test(W[b - 2].text)) b--;
  if (a >= b) return;
  // (a name the gazetteer knows whose first word reads as a post, and is a given name too: "Amir Khan Muttaqi" is no
  // Amir)
  const given = styledHolder && honorificAt(W, a) ? a + 1 : a;
  if (holder && /^(?:Amir|Sultan|Malik)$/.test(W[given].text) && titleAt(W, given, b, OFFICE) === 1 && b - given > 2) {
    add(given, b, { kind: "Person", name: article.slice(W[given].start, W[b - 1].end), ...(styledHolder ? { honorific: true } : {}) });
    return;
  }
  // (a weekday written short before its date, a report's heading: "Mon, April 20")
  if (b - a === 1 && /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(W[a].text) && W[b]?.text === "," && monthNumber(W[b + 1]?.text ?? "") !== undefined) return;
  // (a place whose name ends in a possessive, joined by runEnd: "St George's")
  if (b - a >= 2 && isPossessive(W[b - 1]) && /^St\.?$/.test(W[a].text) && countryOfPlace(article.slice(W[a].start, W[b - 1].end))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: true });
    return;
  }
  // ("Ministry of Foreign and Caricom Affairs in Port of Spain": a ministry of two portfolios joined by "and", then the
  // place after it)
  if (W[a].text === "Ministry" && W[a + 1]?.text === "of") {
    const affairs = W.slice(a + 2, Math.min(b, a + 9)).findIndex((w) => w.text === "Affairs");
    const e = a + 2 + affairs + 1;
    if (affairs > 0 && W.slice(a + 2, e).some((w) => w.text === "and")) {
      add(a, e, { kind: "Organization", name: article.slice(W[a].start, W[e - 1].end), head: "Ministry" });
      const rest = e + 1 < b && CONNECTORS.has(W[e].text) ? article.slice(W[e + 1].start, W[b - 1].end) : undefined;
      if (rest && countryOfPlace(rest)) add(e + 1, b, { kind: "Place", name: rest, locative: true });
      else if (rest) analyseRun(W, e + 1, b, article, ctx, add);
      return;
    }
  }
  // (a building named with a title's word: "the ministry's General Diwan", "the Royal Palace" is a place, not a person)
  if (b - a === 2 && GEO_HEADS.has(W[b - 1].text) && titleAt(W, a, a + 1, OFFICE) === 1) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: false });
    return;
  }
  // (a letter's salutation names no one: "Dear Editor,")
  if (b - a === 1 && /^(?:Editor|Sir|Madam|Colleagues?|Friends?|Readers?)$/.test(W[a].text) && W[a - 1]?.text === "Dear") return;
  // the head of a state's cabinet, named after it: "Chairman of the Cabinet of Ministers X" (the run after "of" opens
  // with "Ministers")
  if (!headed && W[a].text === "Ministers" && W[a - 1]?.text === "of" && /^(?:Cabinet|Council)$/.test(W[a - 2]?.text ?? "") && W[a - 3]?.text === "the" && W[a - 4]?.text === "of" && HEAD_OF_BODY.test(W[a - 5]?.text ?? "") && b - a >= 3 && b - a <= 4 && W.slice(a + 1, b).every((w) => w.cap && !titleAt(W, a + 1, b, OFFICE))) {
    add(a + 1, b, { kind: "Person", name: article.slice(W[a + 1].start, W[b - 1].end), title: article.slice(W[a - 5].start, W[a].end), outerStart: W[a - 5].start });
    return;
  }
  // the head of a body, named after it with no comma: "Head of the General Intelligence Service Hassan Rashad" (the body,
  // then its head; not a rank "General")
  // (not one with a state's word or a rank in it: "Chairman of the Sudanese Sovereign Council General X" is read below)
  if (!headed && W[a - 1]?.text === "the" && W[a - 2]?.text === "of" && HEAD_OF_BODY.test(W[a - 3]?.text ?? "") && !countryAt(W, a, a + 1, article)) {
    let k = W.slice(a + 1, b).findIndex((w) => BODY_HEAD.test(w.text)) + a + 1;
    // (a body inside another: "Head of the Foreign Policy Affairs Department of the Presidential Administration X")
    const inner = k > a ? W.slice(k + 1, b).findIndex((w, i) => BODY_HEAD.test(w.text) && W[k + 1].text === "of" && i > 1) : -1;
    if (inner > 0 && W.slice(k + 2, k + 1 + inner).every((w) => w.cap || w.text === "the")) k += 1 + inner;
    if (k > a && b - (k + 1) >= 2 && b - (k + 1) <= 3 && W.slice(k + 1, b).every((w) => w.cap && !BODY_HEAD.test(w.text) && !RANKS.has(w.text) && !STYLES.has(w.text) && !titleAt(W, k + 1, b, OFFICE))) {
      add(a, k + 1, { kind: "Organization", name: article.slice(W[a].start, W[k].end), head: W[k].text });
      add(k + 1, b, { kind: "Person", name: article.slice(W[k + 1].start, W[b - 1].end), title: W[a - 3].text, titleOrgAt: W[a].start, outerStart: W[a - 3].start });
      return;
    }
    // (the body of a state named after it, then its head's name: "President of the National Assembly of Armenia Alen
    // Simonyan", "Speaker of the Senate of Chile X")
    const hb = k > a ? k : BODY_HEAD.test(W[a].text) ? a : -1;
    const state = hb >= a && W[hb + 1]?.text === "of" ? countryAt(W, hb + 2, b, article) : undefined;
    if (state && !state.demonym && b - state.end >= 2 && b - state.end <= 3 && W.slice(state.end, b).every((w) => w.cap && !BODY_HEAD.test(w.text) && !RANKS.has(w.text) && !titleAt(W, state.end, b, OFFICE))) {
      add(a, state.end, { kind: "Organization", name: article.slice(W[a].start, W[state.end - 1].end), head: W[hb].text });
      add(state.end, b, { kind: "Person", name: article.slice(W[state.end].start, W[b - 1].end), title: W[a - 3].text, titleOrgAt: W[a].start, titleCountry: state.country.key, outerStart: W[a - 3].start });
      return;
    }
  }
  // (the last pieces of a portfolio listed with commas, and the name after it: "Minister of Foreign Affairs,
  // Migration and Tunisians Abroad X", "Minister of …, the National Community Abroad and African Affairs of
  // Algeria Y")
  const list = headed ? undefined : portfolioListStart(W, a, article);
  if (list !== undefined) {
    let k = a;
    while (k < b && (portfolioWord(W, k, article) || (W[k].text === "and" && k + 1 < b && portfolioWord(W, k + 1, article)))) k++;
    if (k === b) return;
    const state = W[k].text === "of" ? countryAt(W, W[k + 1]?.text === "the" ? k + 2 : k + 1, b, article) : undefined;
    const n = state && !state.demonym ? state.end : k;
    if (k > a && b - n >= 2 && W.slice(n, b).every((w) => w.cap && !CONNECTORS.has(w.text))) {
      if (state) add(W[k + 1].text === "the" ? k + 2 : k + 1, state.end, { kind: "Government", name: state.country.name, country: state.country.key });
      // (or the state's possessive before the post: "Zimbabwe's Minister of Lands, Agriculture, …, Water and Rural
      // Development X")
      const q = state ? undefined : qualifierBefore(W, list, article, ctx);
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[list].start, W[k - 1].end), titleCountry: state?.country.key ?? q?.country, outerStart: q?.country ? q.start : W[list].start });
      return;
    }
  }
  // (a body's name, then an honorific and a name: "Ministry of Foreign Affairs Dr X", after "Minister of State at the")
  const honorific = isHead(W[a]) && !headed ? W.findIndex((w, j) => j > a + 1 && j < b - 1 && INNER_HONORIFIC.test(w.text) && W[j + 1].cap) : -1;
  if (honorific > 0) {
    analyseRun(W, a, honorific, article, ctx, add);
    analyseRun(W, honorific, b, article, ctx, add);
    return;
  }
  // ("Leader of the Opposition X": the post, then the name)
  if (!headed && W[a].text === "Opposition" && W[a - 1]?.text === "the" && W[a - 2]?.text === "of" && /^(?:Leader|Head)$/.test(W[a - 3]?.text ?? "") && b - a >= 3 && W.slice(a + 1, b).every((w) => w.cap || w.hyphen)) {
    add(a + 1, b, { kind: "Person", name: article.slice(W[a + 1].start, W[b - 1].end), title: article.slice(W[a - 3].start, W[a].end), outerStart: W[a - 3].start });
    return;
  }
  // (a post's number, "Minister of Foreign Affairs II", names no one)
  if (b - a === 1 && POST_NUMBER.test(W[a].text)) return;
  // (a record's co-chair is a post: "the Montenegrin Co-Chair")
  if (/^Co-(?:Chair|Chairs|Chairman|Chairwoman|Chairperson)$/.test(article.slice(W[a].start, W[b - 1].end))) return;
  // (a time zone names no one: "Japan Standard Time", "Eastern Daylight Time", "Greenwich Mean Time")
  if (b - a >= 2 && W[b - 1].text === "Time" && /^(?:Standard|Daylight|Summer|Mean|Universal)$/.test(W[b - 2].text)) return;
  // (an honorific alone names no one: "H.E." before "President X")
  if (b - a === 1 && honorificAt(W, a)) return;
  const last = headed ? bareText(lastHead(W, a, b)) : bareText(W[b - 1]);
  if (W[b]?.text.startsWith("$") || W[b]?.text === "$") return; // "US$20", "S$26"
  // a world region ("Latin America", "the Western Balkans") is a place, whatever the model thinks
  if (isRegion(article.slice(W[a].start, W[b - 1].end))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: isLocative(W, a, b) });
    return;
  }

  // an Irish county, "Co Down", "Co. Kerry", is a place
  if (b - a === 2 && /^Co\.?$/.test(W[a].text) && W[a + 1].cap) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: isLocative(W, a, b) });
    return;
  }
  // a province's post before the name: "Osaka Prefecture Governor Yoshimura Hirofumi" (the province, then its head, of the
  // province's state)
  for (let t = a + 2; t < b - 1 && t <= a + 4; t++) {
    if (!/^(?:Prefecture|Province|State|Region|County|Governorate|Oblast)$/.test(W[t - 1].text)) continue;
    const n = titleAt(W, t, b, OFFICE);
    if (!n || t + n >= b || !W.slice(t + n, b).every((w) => w.cap || w.hyphen)) continue;
    const state = countryByCity(article.slice(W[a].start, W[t - 2].end));
    add(a, t, { kind: "Place", name: article.slice(W[a].start, W[t - 1].end), locative: false });
    add(t + n, b, { kind: "Person", name: article.slice(W[t + n].start, W[b - 1].end), title: article.slice(W[t].start, W[t + n - 1].end), titleCountry: state?.key, outerStart: W[a].start });
    return;
  }
  // an envoy's post "to" a state before the name: "Lao Ambassador to Việt Nam Khamphao Ernthavanh" (the run after "to")
  // (also "to the State of Qatar HE X", the state's style and an honorific before the name)
  const styledState = W[a - 1]?.text === "the" && W[a - 2]?.text === "to" && /^(?:State|Republic|Kingdom|Sultanate)$/.test(W[a].text) && W[a + 1]?.text === "of" ? 1 : 0;
  const envoy = a - 2 - styledState;
  if (!headed && W[envoy + 1]?.text === "to" && ENVOY_POST.test(W[envoy]?.text ?? "")) {
    // (or to its capital: "U.S. Ambassador to Ankara Tom Barrack")
    const capital = countryByCapital(W[a].text) && W[a].cap && !W[a].text.includes(".") ? { end: a + 1, country: countryByCapital(W[a].text)!, demonym: false } : undefined;
    // (or "Korea" alone, as envoys' posts name South Korea: "Chinese Ambassador to Korea Dai Bing")
    const korea = W[a].text === "Korea" && b - a >= 3 ? { end: a + 1, country: countryByName("South Korea")!, demonym: false } : undefined;
    const c = styledState ? countryAt(W, a + 2, b, article) : (countryAt(W, a, b, article) ?? capital ?? korea);
    let n = c?.end ?? b;
    while (n < b - 1 && honorificAt(W, n)) n++;
    if (c && n < b && !c.demonym && W.slice(n, b).every((w) => w.cap || NAME_PARTICLES.has(w.text) || w.hyphen) && W[n].cap) {
      const post = W[envoy].text === "Commissioner" && W[envoy - 1]?.text === "High" ? envoy - 1 : envoy;
      const q = qualifierBefore(W, post, article, ctx);
      add(styledState ? a + 2 : a, c.end, c === capital ? { kind: "Place", name: W[a].text, locative: false } : { kind: "Government", name: c === korea ? "Korea" : c.country.name, country: c.country.key });
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[post].start, W[c.end - 1].end), titleCountry: q?.country, outerStart: q?.start ?? W[post].start });
      return;
    }
  }
  // an official release's post of a state before the name: "Prime Minister of Mongolia Mr. X", "Minister of Mining and
  // Heavy Industry of Mongolia Mr. X", "President of the Republic of Chile Mr. X"
  if (!headed) {
    const done = postOfStateBeforeName(W, a, b, article, add);
    // (a second post and name after "and": "Minister of Foreign Affairs of Kazakhstan X and Minister of … of
    // Azerbaijan Y")
    if (typeof done === "number") analyseRun(W, done, b, article, ctx, add);
    if (done !== false) return;
  }
  // A head noun inside the run with "of/for/in" modifiers after it: "General Association of Korean Residents in Japan"
  for (let h = b - 2; h >= a && !headed; h--) {
    if (!isHead(W[h])) continue;
    const hw = bareText(W[h]);
    let e = h + 1;
    // (an event's "in"/"on" says where or when: "Summit of the Americas in Panama")
    while (e < b) {
      const link = DOC_HEAD.has(hw) ? docModifier(W, e) : 0;
      if (link) {
        e += link + 1;
      } else if (DOC_HEAD.has(hw) && e > h + 1 && W[e].text === "and" && W[e + 1]?.cap && !titleAt(W, e + 1, b, OFFICE) && !countryAt(W, e + 1, b, article)) {
        // (what a document is on goes on past "and": "Port Vila Declaration on Ocean and Climate Security")
        e += 1;
      } else if (/^(of|for|in|on)$/.test(W[e].text) && (W[e + 1]?.cap || ofThe(W, e)) && !(/^(in|on)$/.test(W[e].text) && (ORG_HEAD.has(bareText(W[e - 1])) || EVENT_HEAD.has(hw) || DOC_HEAD.has(hw) || organInCity(W, e, hw, e > h + 1)))) {
        e += ofThe(W, e) ? 3 : 2;
      } else break;
      while (e < b && W[e].cap) e++;
    }
    if (e === h + 1) break;
    analyseRun(W, a, e, article, ctx, add, true);
    if (e < b) analyseRun(W, e, b, article, ctx, add);
    return;
  }
  // Hyphenated compounds of names ("Trump-Kim", "Japan-North Korea", "North-South Korean"): each part alone
  // (not a state's own hyphenated name: "Guinea-Bissau", "Timor-Leste")
  if (!headed && W.slice(a + 1, b).some((w) => w.hyphen && w.cap) && !countryByName(article.slice(W[a].start, W[b - 1].end))) {
    const parts = splitCompound(W, a, b);
    // (or after one more word: "the Tui-Valença iron bridge", "the Vigo-Porto high-speed line")
    const follows = [W[b], W[b + 1]].some((w, i) => w && !w.cap && COMPOUND_NOUNS.has(w.text.toLowerCase()) && (i === 0 || isFieldWord(W[b])));
    const allStates = parts.every(([s, e]) => COMPASS.has(W[s].text) || countryAt(W, s, e, article)?.end === e || (e - s === 1 && countryByCapital(W[s].text)));
    if (parts.length > 1 && (follows || allStates)) {
      for (const [i, [s, e]] of parts.entries()) {
        const next = parts[i + 1];
        if (e - s === 1 && COMPASS.has(W[s].text) && next && COMPASS.has(W[next[0]].text) && next[1] - next[0] > 1) {
          // "North-South Korean": the bare compass word borrows the rest of the next part
          const rest = article.slice(W[next[0] + 1].start, W[next[1] - 1].end);
          const c = countryByDemonym(`${W[s].text} ${rest}`) ?? countryByName(`${W[s].text} ${rest}`);
          if (c) add(s, e, { kind: "Demonym", name: `${W[s].text} ${rest}`, country: c.key });
          continue;
        }
        analyseRun(W, s, e, article, ctx, add, false, true);
      }
      return;
    }
  }
  // Documents and events and organisations by their head noun (not a seat of government: "the Oval Office")
  const seat = b - a === 2 && !!countryBySeat(article.slice(W[a].start, W[b - 1].end));
  // (a church's standing body is no event: "the Catholic Bishops' Conference of the Philippines")
  const body = EVENT_HEAD.has(last) && /\b(?:Bishops['’]?|Episcopal) Conference\b/.test(article.slice(W[a].start, W[b - 1].end));
  // (a document named head first: "the Protocol of the Fourth Session of the Joint Commission", "Treaty of Rome")
  // (and "the Exchange of Letters (Notes)", a treaty's form)
  const docFirst = b - a > 2 && (DOC_HEAD.has(W[a].text) || (W[a].text === "Exchange" && /^(?:Letters|Notes)$/.test(W[a + 2]?.text ?? ""))) && W[a + 1]?.text === "of";
  const headKind: MentionKind | undefined = seat ? undefined : DOC_HEAD.has(last) || docFirst ? "Document" : EVENT_HEAD.has(last) && b - a > 1 && !body ? "Meeting" : (ORG_HEAD.has(last) || body) && b - a > 1 ? "Organization" : undefined;
  if (headKind || (ORG_HEAD.has(last) && b - a === 1 && STATE_ORGAN.has(last.toLowerCase()))) {
    let s = a;
    let owner: string | undefined;
    const c = countryAt(W, a, b - 1, article);
    // (a state's short name that is its demonym too: "Saudi Ministry of Defense")
    const demonym = !!c && (c.demonym || !!countryByDemonym(article.slice(W[a].start, W[c.end - 1].end)));
    if (c && (demonym || W[c.end]?.hyphen || headKind === "Document")) {
      owner = c.country.key;
      // "Japan-North Korea Pyongyang Declaration": a compound of countries before the name proper
      s = c.end;
      while (s < b - 1 && W[s].hyphen) {
        const c2 = countryAt(W, s, b - 1, article);
        if (!c2) break;
        s = c2.end;
      }
      if (headKind !== "Document" && STATE_ORGAN.has(last.toLowerCase()) && demonym) s = a; // "Japanese Foreign Ministry"
    }
    add(a, b, {
      kind: headKind ?? "Organization",
      name: article.slice(W[s].start, W[b - 1].end),
      owner,
      head: docFirst ? W[a].text : last,
    });
    return;
  }
  // A post of a portfolio before the name: "Minister of Foreign Affairs Cho Tae-yul", "Secretary of State for
  // Defence X" (the portfolio's words are known ones; the name starts at the first other word and ends before a
  // connector: "… in Seoul" is read on its own)
  // (after the state's demonym or name too: "Lao Minister of Foreign Affairs X", "Mongolia's Minister of Y X")
  let pa = countryAt(W, a, Math.min(b, a + 3), article)?.end ?? a;
  if (pa > a && isPossessive(W[pa])) pa++;
  // (past ranks: "U.S. Deputy Assistant Secretary of State for Arabian Peninsula Affairs X")
  const ranked = pa;
  // (or past a union, part of the title: "EU Commissioner for Enlargement X")
  if (pa === a && /^(?:EU|European)$/.test(W[a].text) && W[a + 1]?.text === "Commissioner") pa++;
  while (pa < b - 3 && RANKS.has(W[pa].text)) pa++;
  if (pa > a && !/^(?:Minister|Secretary|Commissioner|Director)$/.test(W[pa]?.text ?? "")) pa = a;
  if (/^(?:Minister|Naalakkersuisoq|Secretary|Commissioner|Undersecretary|Under-Secretary|Director|Director-General|Coordinator)$/.test(W[pa].text) && /^(?:of|for)$/.test(W[pa + 1]?.text ?? "")) {
    let k = pa + 2;
    if (W[k]?.text === "State" && W[k + 1]?.text === "for") {
      k += 2;
      // (a region's affairs: "for Arabian Peninsula Affairs")
      let f = k;
      while (f < b && f < k + 4 && W[f].cap && W[f].text !== "Affairs") f++;
      if (f > k && W[f]?.text === "Affairs") k = f + 1;
    }
    // ("Minister of State Mohammed Al-Khulaifi": a minister of state, the name after it)
    else if (W[k]?.text === "State" && W[pa].text === "Minister") k += 1;
    while (k < b && (PORTFOLIO_WORDS.has(W[k].text) || (W[k].text === "and" && PORTFOLIO_WORDS.has(W[k + 1]?.text ?? "")))) k++;
    // (a body's acronym among affairs: "Minister of Foreign and CARICOM Affairs Sean Sobers")
    if (W[k - 1]?.text === "Foreign" && W[k]?.text === "and" && /^\p{Lu}{2,8}$/u.test(W[k + 1]?.text ?? "") && W[k + 2]?.text === "Affairs") k += 3;
    // (the post of a state and no name: "Minister of External Relations of Angola", its holder after a comma)
    const state = W[k + 1]?.text === "the" ? k + 2 : k + 1;
    if (k > pa + 2 && W[k]?.text === "of" && countryAt(W, state, b, article)?.end === b) return analyseRun(W, state, b, article, ctx, add);
    const post = k;
    // (nor a style or an honorific after the post: "Minister of Foreign Affairs Prince Faisal bin Farhan")
    // (or a military rank: "Minister of Foreign Affairs Gen Jeje Odongo")
    while (k > pa + 2 && k < b - 1 && (styleAt(W, k) || RANK_WORDS.has(bareText(W[k]).toLowerCase()))) k++;
    let e = k;
    // (a particle inside the name: "Júlio dos Santos Mabote")
    while (e < b && (W[e].cap || (W[e].hyphen && e > k) || (e > k && NAME_PARTICLES.has(W[e].text) && !!W[e + 1]?.cap)) && !CONNECTORS.has(W[e].text)) e++;
    // (the post alone, its holder after a comma: "Indonesia's Minister of Environment, Sri Wulandari,"; "the Secretary
    // of State for Northern Ireland, Hilary Benn": a place after "of State for" is its portfolio)
    if (W[post - 1]?.text === "for" && W[post - 2]?.text === "State" && e === b && article[W[b - 1].end] === ",") k = b;
    // (the title from its first rank: "Deputy Assistant Secretary of State for …")
    const ta = pa > a || ranked === a ? ranked : pa;
    if (k > pa + 2 && k === b) {
      if (ta > a) analyseRun(W, a, ta, article, ctx, add);
      return;
    }
    // (not a post's number: "Minister of Foreign Affairs II, Dato X")
    if (k > pa + 2 && e === k + 1 && POST_NUMBER.test(W[k].text)) return;
    if (k > pa + 2 && e > k) {
      const q = qualifierBefore(W, ta, article, ctx);
      add(k, e, { kind: "Person", name: article.slice(W[k].start, W[e - 1].end), title: article.slice(W[ta].start, W[post - 1].end), titleCountry: q?.country, outerStart: q?.start ?? W[ta].start });
      if (e + 1 < b) analyseRun(W, e + 1, b, article, ctx, add);
      return;
    }
  }
  // a named place by its head noun: "Gaza Strip", "Korean Peninsula"; "Line of Control", "Strait of Hormuz" (not a
  // post and "the" before it: "to the Taoiseach the Island's thanks")
  if ((PLACE_HEAD.has(last) && b - a > 1 && !W[b - 2].hyphen && W[b - 2].text !== "the") || (PLACE_HEAD.has(bareText(W[a])) && W[a + 1]?.text === "of" && b - a > 2)) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: isLocative(W, a, b), head: PLACE_HEAD.has(last) ? last : bareText(W[a]) });
    return;
  }
  // a building or place named by what it is of: "the Great Hall of the People", "Palace of the Nation"
  const geoOf = b - a > 2 ? W.slice(a, b - 2).findIndex((w, i) => GEO_HEADS.has(bareText(w)) && !OF_HEADS.has(bareText(w)) && W[a + i + 1].text === "of") : -1;
  // (up to a connector after its name: "the Great Hall of the People in Beijing" is the hall, then the city)
  const geoEnd = geoOf < 0 ? -1 : W.findIndex((x, i) => i > a + geoOf + 2 && i < b && CONNECTORS.has(x.text) && x.text !== "the");
  if (geoEnd > 0) {
    analyseRun(W, a, geoEnd, article, ctx, add);
    analyseRun(W, geoEnd + 1, b, article, ctx, add);
    return;
  }
  if (geoOf >= 0 && W.slice(a + geoOf + 2, b).every((x) => x.cap || x.text === "the") && W[b - 1].cap) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), head: bareText(W[a + geoOf]), locative: locatedAt(W, a, b) });
    return;
  }
  // two posts held together before the name: "Qatari Prime Minister and Foreign Minister Sheikh Mohammed X"
  // (the state may open the run: "Qatari", "Qatar's")
  let ta = countryAt(W, a, Math.min(b, a + 3), article)?.end ?? a;
  if (ta > a && isPossessive(W[ta])) ta++;
  const t1 = titleAt(W, ta, b, OFFICE);
  const t2 = t1 && W[ta + t1]?.text === "and" ? titleAt(W, ta + t1 + 1, b, OFFICE) : 0;
  const post = (i: number, n: number) => article.slice(W[i].start, W[i + n - 1].end);
  if (t2 && !twoHeads(post(ta, t1), post(ta + t1 + 1, t2)) && b - (ta + t1 + 1 + t2) > 0 && W[ta + t1 + 1 + t2].cap) {
    if (ta > a) analyseRun(W, a, ta, article, ctx, add);
    let n = ta + t1 + 1 + t2;
    while (n < b - 1 && STYLES.has(W[n].text)) n++;
    // (the name ends at an "and" before another: "Deputy PM and FM X and Minister Y signed")
    const and = W.findIndex((w, i) => i > n && i < b - 1 && w.text === "and");
    const e = and > 0 ? and : b;
    const q = qualifierBefore(W, ta, article, ctx);
    add(n, e, { kind: "Person", name: article.slice(W[n].start, W[e - 1].end), title: article.slice(W[ta].start, W[ta + t1 + t2].end), titleCountry: q?.country, outerStart: q?.start ?? W[ta].start });
    if (e < b) analyseRun(W, e + 1, b, article, ctx, add);
    return;
  }
  // a post in the plural before two or more names: "Foreign Ministers Hakan Fidan and Sergei Lavrov" (each holds it)
  const plural = pluralTitleAt(W, ta, b);
  if (plural?.words === b - ta) return; // the post alone: "Chinese and Indian Foreign Ministers met"
  if (plural) {
    const names: [number, number][] = [];
    let s = ta + plural.words;
    for (let k = s; k <= b; k++) {
      if (k < b && W[k].text !== "and" && W[k].text !== ",") continue;
      names.push([s, k]);
      s = k + 1;
    }
    if (names.length > 1 && names.every(([x, y]) => y > x && W.slice(x, y).every((w) => w.cap || NAME_PARTICLES.has(w.text) || w.hyphen))) {
      if (ta > a) analyseRun(W, a, ta, article, ctx, add);
      const q = qualifierBefore(W, ta, article, ctx);
      const title = plural.title;
      for (const [x, y] of names) add(x, y, { kind: "Person", name: article.slice(W[x].start, W[y - 1].end), title, titleCountry: q?.country, outerStart: x === ta + plural.words ? (q?.start ?? W[ta].start) : W[x].start });
      return;
    }
  }
  // a run with connectors but no head: split it at the connectors (not a state's official name: "Republic of Korea",
  // also when more follows it: "the Democratic Republic of Congo and Rwanda")
  const opening = b - a > 3 ? countryAt(W, a, b, article) : undefined;
  if (opening && opening.end - a > 2 && opening.end < b - 1 && CONNECTORS.has(W[opening.end].text)) {
    analyseRun(W, a, opening.end, article, ctx, add);
    analyseRun(W, opening.end + 1, b, article, ctx, add);
    return;
  }
  const officialName = b - a > 2 && countryAt(W, a, b, article)?.end === b;
  // (nor a body named by what it is of: "House of Representatives", "Government of National Unity", "Joint
  // Comprehensive Plan of Action")
  // (or in a region's own language: "the Junta de Andalucía", "the Xunta de Galicia", "the Generalitat de Catalunya")
  const ofBody = W.slice(a + 1, b - 1).findIndex((w, i) => ((w.text === "of" && OF_HEADS.has(bareText(W[a + i]))) || (/^d[ea]$/.test(w.text) && i === 0 && REGION_BODY_HEADS.has(W[a].text))) && W.slice(a + i + 2, b).every((x) => x.cap || CONNECTORS.has(x.text)));
  if (ofBody >= 0 && !officialName && !W.slice(a, b).some((w) => w.text === "and")) {
    const head = bareText(W[a + ofBody]);
    add(a, b, { kind: head === "Plan" || DOC_HEAD.has(head) ? "Document" : "Organization", name: article.slice(W[a].start, W[b - 1].end), head });
    return;
  }
  // (nor at one inside a state's name before a post: "Turks and Caicos Premier X", "Antigua and Barbuda Prime
  // Minister Y")
  const statePrefix = countryAt(W, a, b, article);
  const past = statePrefix && !statePrefix.demonym && statePrefix.end < b && titleAt(W, statePrefix.end, b, OFFICE) > 0 ? statePrefix.end : a + 1;
  for (let k = past; k < b - 1 && !officialName; k++) {
    if (CONNECTORS.has(W[k].text) && !W[k].cap && !W[k].hyphen && !insideTitle(W, a, k)) {
      analyseRun(W, a, k, article, ctx, add);
      analyseRun(W, k + 1, b, article, ctx, add);
      return;
    }
  }

  // a city named after its state: "Mexico City", "Kuwait City", "Guatemala City" (not the state and a "City")
  if (b - a === 2 && W[b - 1].text === "City" && countryAt(W, a, a + 1, article)) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: true });
    return;
  }
  // Countries and demonyms, possibly several joined by hyphens, possibly followed by more
  // (a building's head noun alone is no one: "at King's House"; nor a style written short, "the Most Hon. X"; nor a
  // post-nominal's letters after a name: "Sir Patrick Allen, ON, GCMG, CD, KStJ")
  // (nor a degree in brackets after a name: "Prime Minister X (PhD)")
  if (b - a === 1 && /^(?:PhD|Ph\.D|MD|DPhil)$/.test(W[a].text) && article[W[a].start - 1] === "(") return;
  if (b - a === 1 && (/^(?:House|Lodge|Palace|Mansion)$/.test(W[a].text) || (/^(?:Hon|Rt)$/.test(W[a].text) && article[W[a].end] === ".") || (isPostNominal(W[a].text) && /,\s*$/.test(article.slice(Math.max(0, W[a].start - 3), W[a].start))))) return;
  // (a region's adjective alone, no place's name, is its people's, of its state: "Catalan president X", "Catalan cars")
  const regional = b - a === 1 ? countryOfRegionalAdjective(W[a].text) : undefined;
  if (regional && !countryOfPlace(W[a].text)) {
    add(a, b, { kind: "Demonym", name: W[a].text, country: regional.key });
    return;
  }
  // (a region written short with full stops: "B.C. Premier X")
  if (/^(?:[A-Z]\.){2,}$/.test(W[a].text) && countryOfRegion(W[a].text)) {
    add(a, a + 1, { kind: "Place", name: W[a].text, locative: isLocative(W, a, a + 1) });
    if (a + 1 < b) analyseRun(W, a + 1, b, article, ctx, add);
    return;
  }
  // (a region whose name opens with a people's: "British Columbia Premier X" is no Briton's)
  if (countryByDemonym(W[a].text)) {
    for (const k of [3, 2]) {
      const region = b - a >= k ? article.slice(W[a].start, W[a + k - 1].end) : "";
      if (!region || countryByName(region) || statesOfRegion(region)?.size !== 1 || !W.slice(a, a + k).every((w) => w.cap && !w.hyphen)) continue;
      add(a, a + k, { kind: "Place", name: region, locative: isLocative(W, a, a + k) });
      if (a + k < b) analyseRun(W, a + k, b, article, ctx, add);
      return;
    }
  }
  const c = countryAt(W, a, b, article);
  // (a building named after a state, its prime minister's office: "at Jamaica House in Kingston")
  if (c && !c.demonym && c.end === b - 1 && /^(?:House|Palace|Lodge)$/.test(W[b - 1].text)) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), head: W[b - 1].text });
    return;
  }
  if (c) {
    const next = W[c.end];
    const gov = next && !next.cap && GOV_NOUNS.has(next.text.toLowerCase());
    if (c.demonym && !gov) add(a, c.end, { kind: "Demonym", name: article.slice(W[a].start, W[c.end - 1].end), country: c.country.key });
    else if (gov) add(a, c.end + 1, { kind: "Government", name: c.country.name, country: c.country.key });
    else add(a, c.end, { kind: "Government", name: c.country.name, country: c.country.key, locative: isLocative(W, a, c.end) });
    if (c.end < b) analyseRun(W, c.end, b, article, ctx, add);
    return;
  }
  // A seat of government before a title: "Kremlin Spokesman Dmitry Peskov", "White House Press Secretary X"
  for (let k = 1; k <= 2 && b - a - k > 1; k++) {
    const seat = countryBySeat(article.slice(W[a].start, W[a + k - 1].end));
    const t2 = seat ? titleAt(W, a + k, b, OFFICE) : 0;
    if (!seat || !t2 || b - a - k <= t2) continue;
    add(a, a + k, { kind: "Government", name: seat.name, country: seat.key });
    add(a + k + t2, b, { kind: "Person", name: article.slice(W[a + k + t2].start, W[b - 1].end), title: article.slice(W[a + k].start, W[a + k + t2 - 1].end), titleCountry: seat.key, outerStart: W[a].start });
    return;
  }
  // ("Royal Assent", a law's last step, is no one: "the Acts that received Royal Assent")
  if (b - a === 2 && W[a].text === "Royal" && W[a + 1].text === "Assent") return;
  // ("Royal Highness": one style; alone, "His Royal Highness" stands for its holder, found later)
  if (W[a].text === "Royal" && W[a + 1]?.text === "Highness") return b - a > 2 ? analyseRun(W, a + 1, b, article, ctx, add) : undefined;
  // (a known organisation's post with its holder named after it, set off: "the EU Ambassador to Georgia, X": the
  // organisation alone, the post read with the name)
  const orgPost = /^the$/i.test(W[a - 1]?.text ?? "") ? [1, 2, 3].find((k) => b - a > k && titleAt(W, a + k, b, OFFICE) === b - a - k && !!knownOrganization(article.slice(W[a].start, W[a + k - 1].end))) : undefined;
  if (orgPost) {
    add(a, a + orgPost, { kind: "Organization", name: article.slice(W[a].start, W[a + orgPost - 1].end) });
    return;
  }
  // An organisation before a title: "U.N. Secretary-General Antonio Guterres", "United Nations Secretary-General
  // ...", "World Health Organization Director-General ...": an acronym, a name ending in an organisation's head
  // noun, or one the model reads as an organisation
  // (up to six words: "Chinese People's Political Consultative Conference Chairman X")
  for (let k = 1; k <= 6 && b - a - k > 1; k++) {
    const t2 = titleAt(W, a + k, b, OFFICE);
    if (!t2 || b - a - k <= t2 || insideTitle(W, a, a + k)) continue; // "Chief Cabinet Secretary" is one title
    // (not a post itself before a style: "Amir Sheikh X", "Emir Sheikh X")
    if (titleAt(W, a, a + k, OFFICE) === k) continue;
    // (a portfolio joined to one before it: "Foreign and Caricom Affairs Minister X" holds the foreign ministry's post)
    if (W[a + k - 1].text === "Affairs" && W[a - 1]?.text === "and" && W[a - 2]?.cap && PORTFOLIO_WORDS.has(W[a - 2].text)) {
      const n = pastStyles(W, a + k + t2, b);
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[a - 2].start, W[a + k + t2 - 1].end), outerStart: W[a - 2].start });
      return;
    }
    const org = article.slice(W[a].start, W[a + k - 1].end);
    // (a mayor's municipality the gazetteer does not know, before a name of two words or more: "Ray Nkonyeni Mayor X Y"
    // is the place's mayor X Y)
    const post = article.slice(W[a + k].start, W[a + k + t2 - 1].end);
    if (/^(?:(?:Lord|Executive|Deputy) )?Mayor$/.test(post) && k <= 3 && b - (a + k + t2) >= 2 && !knownOrganization(org) && !countryAt(W, a, a + k, article) && !statesOfCity(org) && !statesOfRegion(org) && W.slice(a, a + k).every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !RANKS.has(w.text) && !STYLES.has(w.text) && !HONORIFIC.has(w.text) && !NOT_NAME_WORDS.has(w.text) && !RUN_BREAKERS.has(w.text) && !titleAt(W, a + i, a + i + 1, OFFICE))) {
      add(a, a + k, { kind: "Place", name: org });
      const n = pastStyles(W, a + k + t2, b);
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: post, outerStart: W[a].start });
      return;
    }
    // (a portfolio is no organisation: "External Affairs Minister", "Commerce Minister"; nor a city the gazetteer
    // knows, read below as the post's place: "Mutare Mayor X")
    // (nor a region before a portfolio: "Maine Transportation Commissioner X")
    if ((k === 1 && !!(statesOfCity(W[a].text) ?? statesOfRegion(W[a].text)) && !knownOrganization(W[a].text)) || (k >= 2 && !!statesOfRegion(W[a].text) && W.slice(a + 1, a + k).every((w) => PORTFOLIO_WORDS.has(w.text))) || placeOfWords(W, a, a + k, article) || !orgLike(W, a, a + k, ctx) || ((k > 1 || /^(?:Minister|Ministers|Secretary|Secretaries)$/.test(W[a + k].text)) && W.slice(a, a + k).every((w) => PORTFOLIO_WORDS.has(w.text))) || W.slice(a, a + k + 1).some((w) => w.text === "(" || w.text === ")")) continue;
    add(a, a + k, { kind: "Organization", name: org, head: W[a + k - 1].text });
    const n = pastStyles(W, a + k + t2, b);
    // (the organisation a post before it is of, the second post the state's: "Chairman of the State Administration
    // Council Prime Minister X" is the Prime Minister, named from "Chairman")
    const postOf = W[a - 1]?.text === "the" && W[a - 2]?.text === "of" && a >= 3 && titleAt(W, a - 3, a - 2, OFFICE) === 1 ? a - 3 : undefined;
    if (postOf !== undefined && STATE_POST.test(article.slice(W[a + k].start, W[a + k + t2 - 1].end))) {
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[a + k].start, W[a + k + t2 - 1].end), outerStart: W[postOf].start });
      return;
    }
    add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[a + k].start, W[a + k + t2 - 1].end), titleOrgAt: W[a].start, outerStart: W[a].start });
    return;
  }
  // (the tail of a post's portfolio before an honorific: "… for Manicaland Provincial Affairs and Devolution Cde X")
  const styled = W.slice(a, b).findIndex((w, i) => i > 0 && honorificAt(W, a + i)) + a;
  if (styled > a && b - styled >= 3 && W.slice(a, styled).every((w) => PORTFOLIO_WORDS.has(w.text))) return analyseRun(W, styled, b, article, ctx, add);
  // (nor is a province's affairs anyone: "Manicaland Provincial Affairs")
  if (b - a >= 2 && W[b - 1].text === "Affairs" && W.slice(a + 1, b).every((w) => PORTFOLIO_WORDS.has(w.text))) return;
  // an honorific before a post: "H.E. President X", "Mr. Foreign Minister X": the post and the name after it
  const postAfter = honorificAt(W, a) && b - a > 2 ? titleAt(W, a + 1, b, OFFICE) : 0;
  if (postAfter && postAfter < b - a - 1) return analyseRun(W, a + 1, b, article, ctx, add);
  // ("the Honourable Prime Minister of Malaysia, X": a styled post, its holder named after it; with no name after it,
  // the post's holder, found later: "YAB Prime Minister was received by …", "the Honourable Minister")
  if (postAfter && postAfter === b - a - 1) {
    const the = /^the$/i.test(W[a - 1]?.text ?? "");
    if (!/^\s*,/.test(article.slice(W[b - 1].end, W[b - 1].end + 2)) && (the || POST_STYLES.test(W[a].text))) {
      const post = article.slice(W[a + 1].start, W[b - 1].end);
      add(the ? a - 1 : a, b, { kind: "Person", name: post, bare: true, titleRef: { country: "", title: post } });
    }
    return;
  }
  // (a member of the States of Jersey or of Guernsey, styled by the seat: "Deputy X", "Deputy Y Z"; not a deputy's
  // post, "Deputy Prime Minister X", "Deputy Minister Y")
  const seatStyle = W[a].text === "Deputy" && b - a >= 2 && !titleAt(W, a, b, OFFICE) && !titleAt(W, a + 1, b, OFFICE) && !POST_WORD.test(bareText(W[a + 1])) && !PORTFOLIO_WORDS.has(W[a + 1].text) && !RANKS.has(W[a + 1].text) && !/^(?:Head|Chief|Director|Governor|Mayor|Speaker|Leader|Commander|Editor|Manager|Chair\w*|Coordinator|Registrar|Principal|Dean|Judge|Justice|Attorney|Auditor|Inspector|Commissioner|Representative|Permanent|General|Sheriff|Clerk)$/.test(W[a + 1].text) && /^\p{Lu}\p{Ll}/u.test(W[a + 1].text);
  // Honorific + name (two honorifics: "H.E. Mr. X")
  // (and Malaysia's "Tan Sri", two words, of which "Tan" alone is a surname: "Tan Sri X")
  const tanSri = W[a].text === "Tan" && W[a + 1]?.text === "Sri" && b - a > 2;
  if ((honorificAt(W, a) || tanSri || seatStyle) && b - a > 1) {
    // (or a string of them: "Dato' Seri Utama Haji X", "YAB Dato' Seri Y")
    let n = tanSri ? a + 2 : a + 1;
    while (n < b - 1 && honorificAt(W, n)) n++;
    // (a style's possession is no name: "Her Majesty's Government")
    if (isPossessive(W[a + 1]) || isPossessive(W[n])) return;
    // (a styled post alone is its holder, found later: "the Honourable Minister" is the minister the article names)
    // (or a style that names the holder by the post alone: "YAB Prime Minister was received by …")
    const the = /^the$/i.test(W[a - 1]?.text ?? "");
    if (titleAt(W, n, b, OFFICE) === b - n && (the || POST_STYLES.test(W[a].text))) {
      const post = article.slice(W[n].start, W[b - 1].end);
      add(the ? a - 1 : a, b, { kind: "Person", name: post, bare: true, titleRef: { country: "", title: post } });
      return;
    }
    add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), honorific: true, outerStart: W[a].start });
    return;
  }
  // Title + name ("Prime Minister Shinzo Abe"), qualified by a country before it
  const t = titleAt(W, a, b, OFFICE);
  if (t && b - a > t) {
    const title = article.slice(W[a].start, W[a + t - 1].end);
    const q = qualifierBefore(W, a, article, ctx);
    // (a style after the post is no part of the name: "Foreign Minister Prince Faisal bin Farhan"; nor is the post's
    // acronym in brackets: "Foreign Secretary (FS) X")
    let n = pastBrackets(W, a + t);
    // (nor an honorific: "Vice President Shri C. P. X", "External Affairs Minister Dr. S. X")
    n = pastStyles(W, n, b);
    // (nor a military rank after the post: "National Security Adviser Lt Gen X")
    const rank = n < b ? titleAt(W, n, b, OFFICE) : 0;
    if (rank && b - n > rank + 1 && W.slice(n, n + rank).every((w) => RANK_WORDS.has(bareText(w).toLowerCase().replace(/\.$/, "")) || /^(?:Field|Marshal|Air|Vice|Rear|Senior)$/.test(w.text))) n = pastStyles(W, n + rank, b);
    // (nor is a post's house anyone: "at the PM House", a building in the city the story is told from)
    if (n === b - 1 && /^(?:House|Lodge)$/.test(W[n].text)) return;
    // (a royal style after a post in lower case is no post: "Saudi envoy Prince X" is the envoy, Saudi Arabia's)
    const lt = /^(?:Prince|Princess|Sheikh|Sheikha|Sayyid)$/.test(title) ? lowercaseTitleBefore(W, a) : undefined;
    const lq = lt ? qualifierBefore(W, lt.start, article, ctx) : undefined;
    if (lt && lq) {
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: lt.title, titleCountry: lq.country, outerStart: lq.start });
      return;
    }
    // (a lower-case "deputy" before a leader's post is the post's own: "deputy First Minister X", as the Northern Irish
    // press writes it)
    if (!q && /^(?:deputy|vice)$/.test(W[a - 1]?.text ?? "") && /^(?:First Minister|Prime Minister|Chief Minister|Premier)$/.test(title)) {
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: `${W[a - 1].text} ${title}`, outerStart: W[a - 1].start });
      return;
    }
    add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title, titleCountry: q?.country, outerStart: q?.start ?? W[a].start });
    return;
  }
  // A post qualified by a place or body of one word before it: "Texas Governor Greg Abbott", "Johor Menteri Besar Y",
  // "Ontario Premier Z" (the word read on its own; what it names gives the post's state, if any)
  const tq = t || b - a < 4 || !W[a].cap || W[a].hyphen || W[a + 1].hyphen || article.slice(W[a].end, W[a + 1].start) !== " " ? 0 : titleAt(W, a + 1, b, OFFICE);
  if (tq && b - (a + 1) > tq && !titleAt(W, a, a + 1, OFFICE) && !STYLES.has(W[a].text) && !honorificAt(W, a) && !RANKS.has(W[a].text) && !PORTFOLIO_WORDS.has(W[a].text) && !countryAt(W, a, a + 1, article)) {
    let n = pastBrackets(W, a + 1 + tq);
    n = pastStyles(W, n, b);
    if (n < b && W.slice(n, b).every((w) => w.cap || w.hyphen || NAME_PARTICLES.has(w.text))) {
      // (a word that reads as no more than a bare name here is a place: "Texas", "Johor")
      analyseRun(W, a, a + 1, article, ctx, (x, y, m) => add(x, y, m.kind === "Person" && m.bare ? { kind: "Place", name: m.name, locative: false } : m));
      add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[a + 1].start, W[a + tq].end), outerStart: W[a].start, titleOrgAt: W[a].start });
      return;
    }
  }
  // (or of two or three words the gazetteer knows as a city or a region, not a state: "San Juan Mayor X",
  // "Quintana Roo Gov. Y")
  for (let k = 2; k <= 3 && !t && b - a > k + 1; k++) {
    const t2 = placeOfWords(W, a, a + k, article) ? titleAt(W, a + k, b, OFFICE) : 0;
    if (!t2) continue;
    const n = pastStyles(W, a + k + t2, b);
    if (n >= b || !W.slice(n, b).every((w) => w.cap || w.hyphen || NAME_PARTICLES.has(w.text))) continue;
    add(a, a + k, { kind: "Place", name: article.slice(W[a].start, W[a + k - 1].end), locative: false });
    add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title: article.slice(W[a + k].start, W[a + k + t2 - 1].end), outerStart: W[a].start, titleOrgAt: W[a].start });
    return;
  }
  // A portfolio before the post: "Homeland Security Secretary Alejandro Mayorkas", "Energy Minister X"
  for (let k = 1; k <= 3 && a + k < b - 1 && !t; k++) {
    if (!/^(?:Secretary|Minister|Commissioner|Adviser|Advisor)$/.test(W[a + k].text)) continue;
    if (W.slice(a, a + k).some((w) => !w.cap || CONNECTORS.has(w.text) || w.hyphen) || countryAt(W, a, a + k, article)) break;
    let title = article.slice(W[a].start, W[a + k].end);
    // (the whole of a portfolio listed with commas and "and": "Economy, Trade and Industry Minister X")
    let from = a;
    if (W[a - 1]?.text === "and" && W[a - 2]?.cap && PORTFOLIO_WORDS.has(W[a - 2].text)) {
      from = a - 2;
      // (of two words or more: "Foreign Affairs and External Trade Minister X")
      while (from >= 1 && W[from - 1].cap && PORTFOLIO_WORDS.has(W[from - 1].text)) from--;
      while (from >= 2 && W[from - 1].text === "," && W[from - 2].cap && PORTFOLIO_WORDS.has(W[from - 2].text)) from -= 2;
      title = article.slice(W[from].start, W[a + k].end);
    }
    const q = qualifierBefore(W, from, article, ctx);
    let n = pastBrackets(W, a + k + 1);
    n = pastStyles(W, n, b);
    if (n >= b) return;
    add(n, b, { kind: "Person", name: article.slice(W[n].start, W[b - 1].end), title, titleCountry: q?.country, outerStart: q?.start ?? W[from].start });
    return;
  }
  // A title alone ("Prime Minister", its name cut off by a date or a line end) names no one by itself, nor does a
  // post of a portfolio ("External Affairs Minister", "Joint Secretary", "Additional Secretary")
  if (t && t === b - a) return;
  if (b - a <= 4 && POST_WORD.test(W[b - 1].text) && W.slice(a, b - 1).every((w) => PORTFOLIO_WORDS.has(w.text) || RANKS.has(w.text))) return;
  // (nor is the tail of a portfolio cut at its "and" anyone: "… for Foreign and Diaspora Affairs")
  if (W[b - 1].text === "Affairs" && W.slice(a, b).every((w) => PORTFOLIO_WORDS.has(w.text)) && nerTypeOf(ctx, W[a].start, W[b - 1].end) === "PER") return;
  // Capitals: a place when located, the state when it acts
  const capital = b - a === 1 ? (countryByCapital(titleCase(W[a].text)) ?? countryBySeat(W[a].text)) : b - a === 2 ? (countryBySeat(article.slice(W[a].start, W[b - 1].end)) ?? countryByCapital(article.slice(W[a].start, W[b - 1].end))) : undefined;
  if (capital) {
    const cap = capital;
    const place = b - a === 1 ? titleCase(W[a].text) : article.slice(W[a].start, W[b - 1].end); // "at the White House"
    // "in the Kremlin"; "the Omani capital Muscat" (a place noun before it)
    // (and the city a post is of: "the crown prince of Abu Dhabi", "the mayor of Kyiv")
    // (and a dateline's city in title case, opening the sentence before its date: "Lima, Mar. 19 (ANDINA).")
    const located = locatedAt(W, a, b) || /^(?:capital|city|port|town|of)$/.test(W[a - 1]?.text ?? "") || (a === 0 && W[b]?.text === "," && monthNumber(W[b + 1]?.text ?? "") !== undefined && /^\d{1,2}$/.test(W[b + (W[b + 2]?.text === "." ? 3 : 2)]?.text ?? ""));
    if (located || /^\p{Lu}+$/u.test(W[a].text) || W[b]?.hyphen) add(a, b, { kind: "Place", name: place, locative: true });
    else add(a, b, { kind: "Government", name: cap.name, country: cap.key });
    return;
  }
  const ner = nerTypeOf(ctx, W[a].start, W[b - 1].end);
  // (a camp or fort named before its name: "Camp David", "Fort Meade")
  // (and a palace named in its own language: "Palacio de Gobierno", "Palais de l'Élysée", "Palácio do Planalto")
  if ((b - a === 2 && /^(?:Camp|Fort|Mount|Lake|Cape)$/.test(W[a].text)) || (b - a >= 2 && /^(?:Palacio|Palais|Palazzo|Palácio|Schloss)$/.test(W[a].text))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), head: W[a].text, locative: locatedAt(W, a, b) });
    return;
  }
  // (a park of three words or more, or of two after "the" or a word of place, is no one named Park: "Nagasaki
  // Peace Park", "to Omura Park")
  if (/^(?:Park|Gardens)$/.test(W[b - 1].text) && (b - a >= 3 || (b - a === 2 && /^(?:the|in|at|to|near|around|outside|through)$/i.test(W[a - 1]?.text ?? "")))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), head: W[b - 1].text });
    return;
  }
  // (and with a code after its head: "State House J1")
  if (b - a > 1 && (GEO_HEADS.has(bareText(W[b - 1])) || (b - a > 2 && GEO_HEADS.has(bareText(W[b - 2])) && /^[A-Z]{0,2}\d{1,3}[A-Z]?$/.test(W[b - 1].text)))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), head: W[b - 1].text });
    return;
  }
  const after = W[b];
  // A venue named before its lower-case noun ("at the Filoli estate", "the Vostochny cosmodrome") is a place (a name the
  // model reads as a person's too, after "his": "at his Jati Umra residence")
  if (after && !after.cap && VENUE_NOUNS.has(after.text) && (ner !== "PER" || /^(?:his|her|their|its)$/i.test(W[a - 1]?.text ?? "")) && !knownOrganization(article.slice(W[a].start, W[b - 1].end))) {
    add(a, b + 1, { kind: "Place", name: `${article.slice(W[a].start, W[b - 1].end)} ${after.text[0].toUpperCase()}${after.text.slice(1)}`, head: after.text, locative: locatedAt(W, a, b) });
    return;
  }
  // a name right after a media noun is the outlet's: "the Santa Cruz newspaper El Deber reported"
  const before = W[a - 1];
  if (before && !before.cap && /^(?:newspaper|daily|broadcaster|magazine|weekly|tabloid|outlet|website|channel|station|network)$/.test(before.text) && ner !== "LOC") {
    add(a, b, { kind: "Organization", name: article.slice(W[a].start, W[b - 1].end), head: before.text, ner });
    return;
  }
  // (nor does a run of portfolio words, the tail of a post: "Minister of Foreign Affairs, Foreign Employment and Tourism")
  if (b - a >= 2 && b - a <= 4 && W.slice(a, b).every((w) => PORTFOLIO_WORDS.has(w.text))) return;
  // (nor its head before "and": "Transportation and Public Works Minister, X")
  if (b - a <= 3 && W[b]?.text === "and" && W.slice(a, b).every((w) => PORTFOLIO_WORDS.has(w.text)) && postAfterPortfolio(W, b + 1)) return;
  // A region named before its lower-case noun is a place: "in Batken region", "Tajikistan's Sughd region" (not an
  // adjective, "the Far Eastern region", nor a people's, "the Kurdish region")
  if (after && /^(?:region|province|oblast|governorate|prefecture|district|city|town)$/.test(after.text) && b - a <= 2 && !W.slice(a, b).some((w) => REGIONAL_ADJECTIVES.has(w.text) || COMPASS.has(w.text) || /(?:ern|ish|ese)$/.test(w.text) || !!countryByDemonym(w.text) || CONNECTORS.has(w.text))) {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: isLocative(W, a, b, ner), ner });
    return;
  }
  // (a border post named before its nouns is a place: "at the Medininkai border checkpoint")
  if (after && after.text === "border" && /^(?:checkpoint|crossing|post|point|station)s?$/.test(W[b + 1]?.text ?? "") && b - a <= 2 && ner !== "PER") {
    add(a, b, { kind: "Place", name: article.slice(W[a].start, W[b - 1].end), locative: true, ner });
    return;
  }
  // A run that only modifies a place noun ("Far Eastern city") names nothing by itself
  if (after && !after.cap && PLACE_NOUNS.has(after.text.toLowerCase()) && ner !== "LOC") return;
  // a name before a media noun is the outlet's, even after a title word ("the North's official KCNA news agency")
  if (after && !after.cap && MEDIA_NOUNS.some((n) => article.startsWith(n, after.start))) {
    add(a, b, { kind: "Organization", name: article.slice(W[a].start, W[b - 1].end), head: after.text, ner });
    return;
  }
  // Lower-case title before the name ("North Korean leader Kim Jong Un", "analyst Moon Seong Mook")
  const lt = lowercaseTitleBefore(W, a);
  if (lt) {
    let { start, title } = lt;
    let q = qualifierBefore(W, start, article, ctx);
    // "Egypt's intelligence chief", "the U.S. nuclear envoy": a word or two naming the field between state and title
    for (let k = 1; !q && k <= 2 && start - k >= 0 && isFieldWord(W[start - k]); k++) {
      q = qualifierBefore(W, start - k, article, ctx);
      if (q) {
        title = `${W.slice(start - k, start).map((w) => w.text.toLowerCase()).join(" ")} ${title}`;
        start -= k;
      }
    }
    // (a portfolio written out before a lower-case post, as the Southern African press writes it: "Finance, Economic
    // Development and Investment Promotion minister X", "Zambia's Finance and National Planning minister Y")
    if (!q && /^(?:deputy )?minister$/.test(title)) {
      let p = start;
      while (p > 0 && (PORTFOLIO_WORDS.has(W[p - 1].text) || (/^(?:and|&|,)$/.test(W[p - 1].text) && p < start && p >= 2 && PORTFOLIO_WORDS.has(W[p - 2].text)))) p--;
      if (p < start && PORTFOLIO_WORDS.has(W[p].text)) {
        title = `${article.slice(W[p].start, W[start - 1].end)} ${title}`;
        start = p;
        q = qualifierBefore(W, start, article, ctx);
      }
    }
    // "Mossad chief David Barnea": the name right before the title is the organisation the post is in (also
    // across a field word or two: "EU foreign policy chief Josep Borrell")
    let orgAt = q ? undefined : nameRunBefore(W, start, article, ctx);
    for (let k = 1; !q && orgAt === undefined && k <= 2 && start - k >= 0 && isFieldWord(W[start - k]); k++) {
      orgAt = nameRunBefore(W, start - k, article, ctx);
      if (orgAt !== undefined) {
        title = `${W.slice(start - k, start).map((w) => w.text.toLowerCase()).join(" ")} ${title}`;
        start -= k;
      }
    }
    // (a state's name after a post is part of it, no one's name, "Minister of State for Overseas France, X"; nor is
    // "Local Government" in "Minister of Local Government and Community Affairs")
    if ((countryByName(article.slice(W[a].start, W[b - 1].end)) && W[a - 1]?.text === "Overseas") || (b - a === 1 && localGovernment(W, a))) return;
    add(a, b, {
      kind: "Person",
      name: article.slice(W[a].start, W[b - 1].end),
      title,
      titleCountry: q?.country,
      outerStart: q?.start ?? orgAt ?? W[start].start,
      titleIsAffiliation: AFFILIATION.has(title.toLowerCase()),
      ...(orgAt !== undefined ? { titleOrgAt: orgAt } : {}),
    });
    return;
  }
  const name = article.slice(W[a].start, W[b - 1].end);
  if (/^\d/.test(name) || NO_ONE.has(name)) return;
  // (a royal style alone before the post or style it goes with: "HM the King")
  if (ROYAL_STYLE.test(name) && (W[b]?.text === "the" || STYLES.has(W[b]?.text ?? ""))) return;
  if (UK_NATIONS.has(name)) {
    add(a, b, { kind: "Place", name, locative: isLocative(W, a, b, ner) });
    return;
  }
  if (AGENCIES.has(name)) {
    add(a, b, { kind: "Organization", name, head: "agency" });
    return;
  }
  if (knownOrganization(name)) {
    add(a, b, { kind: "Organization", name, head: "organization" });
    return;
  }
  if (b - a === 1) {
    // (a post opening the sentence, in lower case after its first word: "National security adviser Jake Sullivan")
    if (sentenceInitial(W, a) && (titleAt(W, a, W.length, DESCRIPTIVE) > 1 || titleAt(W, a, W.length, OFFICE) > 1)) return;
    // one word: resolution decides (a surname, an alias, a place), with the model's type as a hint
    if (COMPASS.has(name) || isPluralOfCountry(name)) return;
    // (a state's organ written with a capital is nobody's name: "the Government said", "Her Majesty's Government")
    if (GOV_NOUNS.has(name.toLowerCase()) || (ORGAN_NOUNS.has(name) && ner === "PER")) return;
    // (nor is a region's adjective: "deputy prime minister for European integration")
    if (REGIONAL_ADJECTIVES.has(name)) return;
    // (nor a building named by its kind alone: "was at the Castle", "at Kramář's Villa")
    if (GEO_HEADS.has(name) && (/^the$/i.test(W[a - 1]?.text ?? "") || isPossessive(W[a - 1] ?? W[a]))) return;
    const initial = sentenceInitial(W, a);
    const locative = isLocative(W, a, b);
    // "the Taliban signed", "the Taliban's political chief": a one-word name after a lower-case "the", not
    // located, that the model leaves untyped, is a group, not a person
    // ("talks with Houthi officials", "Hamas negotiators": a name before a group noun is the group's, never a person)
    const group = ((!ner || ner === "MISC") && !locative && !initial && W[a - 1]?.text === "the" && !W[b]?.cap) || GROUP_NOUNS.has(W[b]?.text ?? "");
    // (a city the gazetteer knows, located, is a place whatever the model read: "the border post in Mutare")
    // (or a division of a state one goes to: "invites the governor to Hualien in the spring")
    // (a carrier's name before its flight is no one's: "on Saturday's Airlink flight")
    if (/^(?:flight|flights|airliner|plane|jet)$/.test(W[b]?.text ?? "") && !W[b].cap) {
      add(a, b, { kind: "Organization", name, head: "airline" });
      return;
    }
    // (or a city one travels to: "made the trip to Austin")
    const city = locative && ner !== "LOC" && ((W[a - 1]?.text === "in" && !!statesOfCity(name)) || (/^(?:in|to)$/.test(W[a - 1]?.text ?? "") && !statesOfCity(name) && statesOfRegion(name)?.size === 1) || (W[a - 1]?.text === "to" && /\btrip$/.test(W[a - 2]?.text ?? "") && !!statesOfCity(name)));
    add(a, b, { kind: "Person", name, bare: true, initial, ner: city ? "LOC" : group ? "ORG" : compoundPart || (initial && ner !== "ORG") ? undefined : ner, locative });
    return;
  }
  // (a state's division named in full with its status, whatever the model read: "the Xinjiang Uygur Autonomous Region")
  if (b - a >= 3 && / Autonomous \p{Lu}\p{Ll}+$| Special Administrative Region$/u.test(name) && statesOfRegion(name)) {
    add(a, b, { kind: "Place", name, locative: isLocative(W, a, b, ner), ner });
    return;
  }
  // (a region of one state, whatever the model read, before its possessive: "South Tyrol's governor X")
  if (ner === "ORG" && b - a <= 3 && /^['’]s$/.test(W[b]?.text ?? "") && countryOfRegion(name) && !knownOrganization(name)) {
    add(a, b, { kind: "Place", name, locative: false, ner: "LOC" });
    return;
  }
  if (isLocative(W, a, b, ner) && ner !== "ORG") {
    add(a, b, { kind: "Place", name: /^[\p{Lu}\s.'-]+$/u.test(name) ? name.split(" ").map(titleCase).join(" ") : name, locative: true, ner });
    return;
  }
  const kind: MentionKind | undefined =
    // ("The letter invites Hun Sen to visit": a name the gazetteer of office holders knows is a person's)
    b - a >= 2 && isKnownHolderName(name) && !(ner === "LOC" && isLocative(W, a, b, ner)) ? "Person" :
    // ("Faisal bin Farhan": a patronymic makes a person's name, whatever the model read)
    / (?:bin|ibn|bint) \p{Lu}/u.test(name) && ner !== "LOC" ? "Person" :
    // ("Putin met Bashar al-Assad", "met Volodymyr Zelensky": one meets a person, whatever the model read)
    // (or styled as one, "Hon. X", "Dr Y", whatever the model read)
    // (and a surname with its particle, of one named in full before: "Van der Bellen" after "Alexander Van der Bellen")
    ner === "ORG" && /^(?:Van|Von|De|Da|Di|Del|Du|Le|La) (?:(?:der|den|de|la|le) )?\p{Lu}\p{Ll}+$/u.test(name) && namedInFullBefore(name, article, W[a].start) ? "Person" :
    ner === "ORG" && a > 0 && (honorificAt(W, a - 1) || (W[a - 1].text === "." && a > 1 && HONORIFIC.has(W[a - 2].text))) && !knownOrganization(name) && !ORG_HEAD.has(bareText(W[b - 1])) ? "Person" :
    // (or set off after a capitalised post: "the Deputy Prime Minister, Tuala X Y, for talks", whatever the model read)
    ner === "ORG" && b - a >= 2 && POST_SET_OFF_BEFORE.test(article.slice(Math.max(0, W[a].start - 60), W[a].start)) && looksLikeName(W, a, b) && !knownOrganization(name) && !ORG_HEAD.has(bareText(W[b - 1])) ? "Person" :
    ner === "ORG" && b - a >= 2 && metBefore(W, a, article) && (looksLikeName(W, a, b) || /^\p{Lu}\p{Ll}+ (?:al|el)-\p{Lu}\p{Ll}+$/u.test(name)) && !knownOrganization(name) && !ORG_HEAD.has(bareText(W[b - 1])) ? "Person" :
    ner === "PER" ? "Person" : ner === "ORG" ? "Organization" : ner === "LOC" ? "Place" : ner === "MISC" && !metBefore(W, a, article) && !surnameOfOneNamedBefore(name, article, W[a].start) && !splitByModel(ctx, W[a].start, W[b - 1].end) ? undefined : b - a >= 2 && looksLikeName(W, a, b) ? "Person" : undefined;
  if (kind) add(a, b, { kind, name, ner });
}

/** A post held "to" a state, before the state and the name: "Ambassador to G X", "the Apostolic Nuncio to G, Y". */
const ENVOY_POST = /^(?:Ambassador|Envoy|Commissioner|Representative|Nuncio)$/;
/** A post's number after it, no name: "Minister of Foreign Affairs II". */
const POST_NUMBER = /^(?:II|III|IV)$/;
/** Honorifics that open a name, never inside one: "Dr", "HE", "Mr". */
const INNER_HONORIFIC = /^(?:Dr\.?|HE|H\.E\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)$/;

/** A word of a portfolio's name: "Migration", "Abroad", "Tunisians" before "Abroad", "Community" before it. */
function portfolioWord(W: Word[], k: number, article: string): boolean {
  const w = W[k].text;
  // (and "Islands" after "and" in a list: "Cabinet Secretary for Rural Affairs, Land Reform and Islands")
  if (PORTFOLIO_WORDS.has(w) || w === "Abroad" || w === "the" || (w === "Islands" && W[k - 1]?.text === "and")) return true;
  return W[k + 1]?.text === "Abroad" && (/^(?:Community|Communities|Nationals|Citizens)$/.test(w) || !!countryAt(W, k, k + 1, article)?.demonym);
}

/** A post after one to four portfolio words from k: "Public Works Minister". */
function postAfterPortfolio(W: Word[], k: number): boolean {
  let j = k;
  while (j < k + 4 && W[j] && PORTFOLIO_WORDS.has(W[j].text)) j++;
  return j > k && /^(?:Minister|Secretary|Commissioner)$/.test(W[j]?.text ?? "");
}

/** Where a post starts whose portfolio is listed with commas up to word a ("Minister of Foreign Affairs, Migration and
 * |Tunisians Abroad"): the post's first word, or undefined when no such list runs up to a. */
function portfolioListStart(W: Word[], a: number, article: string): number | undefined {
  // (or a portfolio with an "of" of its own: "Minister for the Protection of | Migrant Workers X")
  if (W[a - 1]?.text === "of" && PORTFOLIO_WORDS.has(W[a - 2]?.text ?? "")) {
    let k = a - 2;
    while (k > 0 && portfolioWord(W, k - 1, article)) k--;
    if (!/^(?:of|for)$/.test(W[k - 1]?.text ?? "") || !/^(?:Minister|Secretary|Commissioner)$/.test(W[k - 2]?.text ?? "")) return undefined;
    let t = k - 2;
    while (t > 0 && RANKS.has(W[t - 1].text)) t--;
    return t;
  }
  let j = W[a - 1]?.text === "the" ? a - 2 : a - 1;
  if (!/^(?:,|and)$/.test(W[j]?.text ?? "")) return undefined;
  let commas = 0;
  for (; j > 0 && a - j < 16; j--) {
    const w = W[j].text;
    if (w === ",") commas++;
    else if (w === "of" || w === "for") break;
    else if (w !== "and" && !portfolioWord(W, j, article)) return undefined;
  }
  // (a list, not one portfolio: at least a comma in it, after "Minister of")
  if (!commas || !/^(?:Minister|Secretary|Commissioner)$/.test(W[j - 1]?.text ?? "")) return undefined;
  let t = j - 1;
  while (t > 0 && RANKS.has(W[t - 1].text)) t--;
  // (past a rank set off before it: "Minister of State, Minister of Foreign Affairs, …")
  return W[t - 1]?.text === "," && W.slice(t - 4, t - 1).map((w) => w.text).join(" ") === "Minister of State" ? t - 4 : t;
}

/** A state's form before its name: "the Republic of Chile", "the Kingdom of Bahrain", "the State of Qatar". */
const STATE_FORMS = /^(?:Republic|Kingdom|Sultanate|State|Principality)$/;
/** Words before "Republic" in a state's formal name: "the Islamic Republic of Pakistan", "the Federal Republic of
 * G". */
const STATE_FORM_ADJECTIVES = new Set(["Islamic", "Federal", "Democratic", "Socialist", "Arab", "Bolivarian", "Federative", "Plurinational", "Cooperative", "People's", "United", "Hellenic", "Lebanese", "Syrian", "Kyrgyz", "Czech", "Slovak", "Italian", "French", "Portuguese", "Argentine", "Oriental"]);

/** "<post> (of|for <portfolio>) of (the) <state> (Mr.|Ms.) <name>" as the whole run from a to b: the state, and the
 * person with the post and its state; or as the run's start, before "and" and another post: where the rest begins. */
function postOfStateBeforeName(W: Word[], a: number, b: number, article: string, add: Adder): boolean | number {
  // ("President of the Republic of Chile": the post, then the state's form and name)
  // (past a rank the lexicon does not join to the post: "First Deputy Prime Minister of Kazakhstan X")
  let r = a;
  while (r < b - 1 && RANKS.has(W[r].text) && !titleAt(W, r, b, OFFICE)) r++;
  const t0 = titleAt(W, r, b, OFFICE);
  const t = (t0 > 1 && W[r + t0 - 1].text === "Republic" && W[r + t0 - 3]?.text === "of" ? t0 - 3 : t0) + (t0 ? r - a : 0);
  if (!t || b - a < t + 3) return false;
  for (let k = a + t; k < b - 2; k++) {
    // (two posts held together: "Deputy Prime Minister and Minister of Foreign Affairs of G X")
    if (k === a + t && W[k].text === "and" && titleAt(W, k + 1, b, OFFICE)) {
      k += titleAt(W, k + 1, b, OFFICE);
      continue;
    }
    // (not past a second post: "President X and President of Tajikistan Y" is two people)
    if (W[k].text === "and" && titleAt(W, k + 1, b, OFFICE)) return false;
    if (W[k].text !== "of") continue;
    const form = W[k + 1]?.text === "the" ? k + 2 : k + 1;
    // ("of the Republic of Chile": the state's name after its form, the form part of the mention)
    // (and its adjectives: "of the Islamic Republic of Pakistan")
    let c = form;
    while (STATE_FORM_ADJECTIVES.has(W[c]?.text ?? "") && W[c + 1]?.text !== "of") c++;
    if (STATE_FORMS.test(W[c]?.text ?? "") && W[c + 1]?.text === "of" && !countryAt(W, c, b, article)) c += W[c + 2]?.text === "the" ? 3 : 2;
    else c = form;
    const state = countryAt(W, c, b, article);
    if (!state || state.demonym || state.end >= b) continue;
    let n = state.end;
    // (past the state an envoy is sent to: "Ambassador of G to H X")
    const sentTo = W[n]?.text === "to" && W.slice(a, k).some((x) => ENVOY_WORDS.test(x.text)) ? stateNameEnd(W, W[n + 1]?.text === "the" ? n + 2 : n + 1) : 0;
    if (sentTo && sentTo < b) n = sentTo;
    while (n < b && honorificAt(W, n)) n++;
    const and = W.findIndex((w, j) => j > n && j < b - 2 && w.text === "and" && titleAt(W, j + 1, b, OFFICE) > 0);
    // (and not on past a place or a time after it: "… of the Republic of Azerbaijan X Y in Gabala")
    const at = W.findIndex((w, j) => j > n + (n === state.end ? 1 : 0) && j < b - 1 && /^(?:in|on|at)$/.test(w.text) && W[j + 1].cap);
    const cut = [and, at].filter((j) => j > 0);
    const e = cut.length ? Math.min(...cut) : b;
    // (a name after it, and only that: two words at least, or one after an honorific)
    // (a particle inside the name: "Khalid bin Saleh al-Mannai")
    // (and a romanised given name's lower-case half: "Kim Min-jun")
    const inName = (w: Word, j: number) => w.cap || NAME_PARTICLES.has(w.text) || /^(?:al|el|ad|as|ar)-/.test(w.text) || (w.hyphen && hyphenatedGivenName(W, n, j));
    if (n >= e || (n === state.end && e - n < 2) || !W[n].cap || W.slice(n, e).some((w, j) => !inName(w, n + j) || CONNECTORS.has(w.text)) || countryAt(W, n, e, article)) return false;
    add(form, state.end, { kind: "Government", name: state.country.name, country: state.country.key });
    add(n, e, { kind: "Person", name: article.slice(W[n].start, W[e - 1].end), title: article.slice(W[a].start, W[k - 1].end), titleCountry: state.country.key, outerStart: W[a].start });
    return e < b ? e + 1 : true;
  }
  return false;
}

/** A connector that belongs to an office title ("Secretary of State") does not split the run. */
function insideTitle(W: Word[], a: number, k: number): boolean {
  for (let j = a; j < k; j++) {
    const n = titleAt(W, j, W.length, OFFICE);
    if (n && j + n > k) return true;
  }
  return false;
}

/** A run of capitalised words opening the text and followed by a dateline mark: "LA PAZ," "TOKYO •". */
function datelineEnd(W: Word[]): number {
  let k = 0;
  while (k < W.length && k < 4 && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(W[k].text) && W[k].text.length > 1) k++;
  if (!k || k >= W.length) return 0;
  const next = W[k].text;
  if (!/^[,•—–-]$|^\($/.test(next) && !(next === "." && /^\p{Lu}{3,}$/u.test(W[k + 1]?.text ?? "") && /^[–—-]$/.test(W[k + 2]?.text ?? ""))) return 0;
  if (k === 1 && (countryByName(W[0].text) || AGENCIES.has(W[0].text))) return 0;
  return k;
}

function lastHead(W: Word[], a: number, b: number): Word {
  for (let h = b - 1; h >= a; h--) if (isHead(W[h])) return W[h];
  return W[b - 1];
}

/** A state's organ placed in a city after its name: "the Ministry of Foreign Affairs in Port Vila" is the ministry, in
 * Port Vila ("the General Association of Korean Residents in Japan" is one name). */
/** (any body so placed past a modifier of its own: "the Joint Ministerial Council of the Overseas Territories in London") */
function organInCity(W: Word[], e: number, head: string, modified = false): boolean {
  if (W[e].text !== "in" || !(modified || /^(?:Ministry|Embassy|Consulate|Office|Department|Secretariat)$/.test(head))) return false;
  const one = W[e + 1]?.text ?? "";
  const two = W[e + 2]?.cap ? `${one} ${W[e + 2].text}` : "";
  const city = (s: string) => !!s && (!!countryByCapital(s) || !!countryByCity(s)) && !countryByName(s);
  return city(two) || city(one);
}

/** The head noun of an organisation, a document or an event. */
function isHead(w: Word | undefined): boolean {
  if (!w) return false;
  const hw = bareText(w);
  return ORG_HEAD.has(hw) || DOC_HEAD.has(hw) || EVENT_HEAD.has(hw);
}

/** "of the X" (or "for the X") at word e, X capitalised. */
/** Words that carry a document's title on at `e` ("on the", "to", "for"): how many, before the next capital. */
function docModifier(W: Word[], e: number): number {
  // ("Agreement on Cooperation in the Field of Rare Metals": a field of cooperation, no place)
  // (and "and Their Supply Chains")
  if (W[e]?.text === "and" && /^(?:Their|Its)$/.test(W[e + 1]?.text ?? "") && W[e + 2]?.cap) return 2;
  if (W[e]?.text === "in" && W[e + 1]?.text === "the" && /^(?:Fields?|Areas?|Spheres?|Domains?)$/.test(W[e + 2]?.text ?? "") && W[e + 3]?.text === "of") return 2;
  if (!/^(?:on|to|for|of)$/.test(W[e]?.text ?? "")) return 0;
  if (W[e + 1]?.cap && !isSentencePunct(W[e + 1])) return 1;
  return W[e + 1]?.text === "the" && W[e + 2]?.cap && !isSentencePunct(W[e + 2]) ? 2 : 0;
}

const ofThe = (W: Word[], e: number) => (W[e].text === "of" || W[e].text === "for") && W[e + 1]?.text === "the" && !!W[e + 2]?.cap;

const titleCase = (s: string) => (/^\p{Lu}+$/u.test(s) ? s[0] + s.slice(1).toLowerCase() : s);

/** First word of the sentence, or first after an opening quote or bullet. */
function sentenceInitial(W: Word[], a: number): boolean {
  return a === 0 || /^["“‘'(•\-–—*:]$/.test(W[a - 1].text);
}

/** Nouns after a hyphenated pair of names that make it a pair ("Trump-Kim talks", "Tokyo-Pyongyang contacts"). */
const COMPOUND_NOUNS = new Set(["summit", "summits", "meeting", "meetings", "talks", "relations", "ties", "contacts", "contact", "dialogue", "negotiations", "border", "road", "railway", "highway", "pipeline", "corridor", "alliance", "agreement", "deal", "rivalry", "tensions", "channel", "channels", "exchange", "exchanges", "trade", "cooperation", "normalization", "normalisation", "declaration", "treaty", "accord", "pact", "partnership", "friendship", "war", "conflict", "axis", "diplomacy", "call", "phone",
  // (a link between two places: "the Tui-Valença bridge", "the Dover-Calais ferry")
  "bridge", "tunnel", "ferry", "crossing", "line", "route", "link", "motorway", "flight", "flights"]);
const COMPASS = new Set(["North", "South", "East", "West"]);

/** Splits a hyphenated run into its name parts; "North-South Korean" gives "North Korean" and "South Korean" spans. */
function splitCompound(W: Word[], a: number, b: number): [number, number][] {
  const parts: [number, number][] = [];
  let s = a;
  for (let k = a + 1; k <= b; k++) {
    // (not after an Arabic article or a kinship word, part of one name: "Al-Hashimi", "Abu-Bakr", "Ould-Abdallah")
    if (k === b || (W[k].hyphen && W[k].cap && !(k - s === 1 && /^(?:Al|El|Ul|Ud|Ur|Abu|Abdel|Abd|Ould|Bin|Ben|Ibn|Bou|Ait|Ag)$/.test(W[s].text)))) {
      parts.push([s, k]);
      s = k;
    }
  }
  return parts;
}

/** "the two Koreas", "the Americas": a plural of a country's name is a region, not an entity. */
let countryWords: Set<string> | undefined;
function isPluralOfCountry(name: string): boolean {
  if (!name.endsWith("s")) return false;
  countryWords ??= new Set(countrySurfaceForms().filter((f) => !f.demonym).map((f) => f.form.split(" ").pop()!));
  return countryWords.has(name.slice(0, -1));
}

function looksLikeName(W: Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = W[k].text;
    if (!/^\p{Lu}[\p{Ll}'’]+$/u.test(t) && !(W[k].hyphen && /^\p{L}+$/u.test(t))) return false;
  }
  return b - a <= 4;
}

/** Two posts before one name, the state's qualifier before the first: "Turkmen Deputy Chairman of the Cabinet of
 * Ministers and Foreign Minister Rashid Meredov" (or a dash between them) is one person of that state, both posts his
 * (the words between are no mentions of their own). */
const STACKED_POSTS = /(?:^|[\s(–—-])((?:the )?(\p{Lu}[\p{L}-]+(?: (?!(?:First|Deputy|Vice|Senior|Chairman|Minister|Secretary|President|Premier|Prime)\b)\p{Lu}[\p{L}-]+)?)(?:['’]s)? (?:(?:First|Deputy|Vice|Senior) ){0,2}(?:Chairman|Chairwoman|Chairperson|Minister|Secretary|President|Premier|Prime Minister)(?: (?:of|for) (?:the )?(?:[A-Z][\p{L}-]+|of|and|the)(?: (?:[A-Z][\p{L}-]+|of|and|the)){0,6})? (?:and|[–—-]) )$/u;
/** A post with lower-case links before a style and the name, an official release's: "Minister of State at the Ministry
 * of Foreign Affairs HE Dr. X", "Special Envoy of the President of the DRC HE Y", "Chief Adviser of <G>'s interim
 * government Professor Z": the post is the title, of the state it names. */
const POST_BEFORE_STYLE = /(?:^|[^\p{L}'’.-])((?:Minister|Deputy|State|Special|Adviser|Advisor|Official|Spokesperson|Spokesman|Spokeswoman|Ambassador|Envoy|Secretary|Undersecretary|Assistant|Chief|Head|Director|Chairman|Chairperson|Governor)\b(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|at|for|to|and|(?<=\p{Lu}\p{L}+['’]s )(?:interim |transitional |caretaker |provisional )?government)){0,16}) $/u;
function postsBeforeStyles(article: string, sentence: Sentence, out: FoundMention[]) {
  const inside: FoundMention[] = [];
  for (const m of out) {
    if (m.kind !== "Person" || !m.honorific || m.title || m.titleRef || m.outerStart === undefined) continue;
    const outer = m.outerStart;
    const post = article.slice(sentence.start, outer).match(POST_BEFORE_STYLE)?.[1];
    // (ending with a name, or with the government of a state: "Chief Adviser of Bangladesh's interim
    // government Professor X")
    if (!post || !/(?:\p{Lu}[\p{L}.-]*|['’]s (?:[a-z]+ )?government)$/u.test(post) || !/ /.test(post)) continue;
    const start = outer - post.length - 1;
    const state = out.find((x) => (x.kind === "Government" || x.kind === "Demonym") && x.country && x.start >= start && x.end <= outer);
    m.title = post;
    if (state?.country) m.titleCountry = state.country;
    m.outerStart = start;
    // (a post inside it names no one: "Adviser to the Prime Minister and …")
    inside.push(...out.filter((x) => x.kind === "Person" && x.titleRef && x.start >= start && x.end <= outer));
  }
  for (const x of inside) if (out.includes(x)) out.splice(out.indexOf(x), 1);
}

function stackedPosts(article: string, out: FoundMention[]) {
  for (const p of [...out]) {
    if (p.kind !== "Person" || !p.title || p.titleCountry || p.outerStart === undefined) continue;
    const m = article.slice(Math.max(0, p.outerStart - 120), p.outerStart).match(STACKED_POSTS);
    const c = m ? (countryByDemonym(m[2]) ?? countryByName(m[2])) : undefined;
    if (!m || !c) continue;
    const from = p.outerStart - m[1].length;
    p.titleCountry = c.key;
    // (a dash between the two, a state agency's: "First Deputy Prime Minister - Minister of Economy")
    postFrom(out, p, from, `${article.slice(from, p.outerStart).slice(m[1].indexOf(m[2]) + m[2].length).replace(/^(?:['’]s)? /, "").replace(/ [–—-] $/, ", ")}${p.title}`);
  }
}

/** A post in the plural set off before the two who hold it: "the Captains Regent, A and B" (each "Captain Regent",
 * of the state only that post names), "the co-chairs, A and B". */
function pluralPostBeforePair(article: string, out: FoundMention[]) {
  const offices = new Set(OFFICE_TITLES.map((t) => t.toLowerCase()));
  for (const m of [...out]) {
    if ((m.kind !== "Person" && m.kind !== "Organization") || m.title || m.titleRef || !/^\p{Lu}[\p{L}-]*s(?: \p{Lu}[\p{L}-]*)?$|s$/u.test(m.name)) continue;
    const single = [m.name.replace(/^(\S+?)s\b/, "$1"), m.name.replace(/s$/, "")].find((x) => x !== m.name && offices.has(x.toLowerCase()));
    const [a, b] = out.filter((x) => x.kind === "Person" && x.start > m.end && !x.title && !x.titleRef).sort((x, y) => x.start - y.start);
    if (!single || !a || !b || article.slice(m.end, a.start) !== ", " || !/^,? and $/.test(article.slice(a.end, b.start))) continue;
    out.splice(out.indexOf(m), 1);
    const state = STATE_OF_TITLE[single.toLowerCase()];
    for (const p of [a, b]) Object.assign(p, { title: single, outerStart: p.start, ...(state ? { titleCountry: state } : {}) });
  }
}

/** A head's post of a region, its name before it: "Zanzibar President" (the region 1, the post 2). */
const REGION_HEAD = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) ((?:Vice[- ])?President|Chief Minister|Premier|Governor)$/u;
/** A region's head named with the region before the post, of the region's state: "Zanzibar President Dr X" (the
 * post "Zanzibar President", Tanzania's), and "the Zanzibar President" after, that one (not a name, nor the
 * president of the state). */
function regionalPosts(article: string, out: FoundMention[]) {
  // (a region before a city of its name: "New Brunswick Premier X" is Canada's)
  const regionOf = (name: string) => (countryByName(name) || countryByDemonym(name) ? undefined : (countryOfRegion(name) ?? countryOfPlace(name)));
  for (const p of [...out]) {
    if (p.kind !== "Person" || p.titleCountry || p.outerStart === undefined || !p.title || !REGION_HEAD.test(`Region ${p.title}`)) continue;
    // (the region read as the seat the post is of, or just before it)
    const place = out.find((x) => (x.kind === "Place" || x.kind === "Person" || x.kind === "Organization") && (x.end + 1 === p.outerStart || (x.start === p.outerStart && article.startsWith(` ${p.title}`, x.end))) && !x.title && !x.titleRef);
    const c = place && article[place.end] === " " && !/\b(?:in|at|from|to|of|near|on|and)\s+$/i.test(article.slice(Math.max(0, place.start - 6), place.start)) ? regionOf(place.text) : undefined;
    if (!place || !c) continue;
    out.splice(out.indexOf(place), 1);
    p.titleCountry = c.key;
    delete p.titleOrgAt;
    postFrom(out, p, place.start, `${place.text} ${p.title}`);
  }
  // (and a region's portfolio post read whole: "Maine Transportation Commissioner X" is the United States')
  for (const p of out) {
    const post = p.kind === "Person" && !p.titleCountry && p.title ? p.title.match(/^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) ((?:\p{Lu}[\p{L}-]+ ){1,3}(?:Commissioner|Minister|Secretary))$/u) : null;
    const c = post && post[2].split(" ").slice(0, -1).every((w) => PORTFOLIO_WORDS.has(w)) && statesOfRegion(post[1]) ? regionOf(post[1]) : undefined;
    if (c) p.titleCountry = c.key;
  }
  for (const m of out) {
    // (read as a person's name, or by the model as an organisation's or a place's)
    const post = (m.kind === "Person" || m.kind === "Organization" || m.kind === "Place") && !m.title && !m.titleRef && !m.honorific ? m.name.match(REGION_HEAD) : null;
    const c = post ? regionOf(post[1]) : undefined;
    if (c) Object.assign(m, { kind: "Person", bare: true, titleRef: { country: c.key, title: m.name } });
  }
}

/** Person `p`'s post now begins at `from`: the title given, and no mention left inside it. */
function postFrom(out: FoundMention[], p: FoundMention, from: number, title: string) {
  p.title = title;
  p.outerStart = from;
  for (let k = out.length - 1; k >= 0; k--) if (out[k] !== p && out[k].start >= from && out[k].end <= p.start) out.splice(k, 1);
}

/** An aide's post before a leader's, both before the name: "Press Secretary of the Belarusian President X" is the press
 * secretary's name, of that state, not the president's. */
const AIDE_OF_POST = /(?:^|[^\p{L}])((?:Press|Chief|Deputy|Personal|Senior|First)?\s?(?:Secretary|Spokes(?:man|woman|person)|Adviser|Advisor|Assistant|Aide|Chief of Staff|Head of the Press Office)) of (?:the )?$/u;
function aidesOfPosts(article: string, out: FoundMention[]) {
  for (const p of [...out]) {
    if (p.kind !== "Person" || !p.title || !p.titleCountry || p.outerStart === undefined || !/^(?:President|Prime Minister|King|Emir|Chancellor|Premier)$/.test(p.title)) continue;
    const m = article.slice(Math.max(0, p.outerStart - 60), p.outerStart).match(AIDE_OF_POST);
    if (!m) continue;
    const from = p.outerStart - m[0].length + m[0].indexOf(m[1]);
    postFrom(out, p, from, article.slice(from, p.start).trim());
  }
}

/** A name set off by a comma within the ten words from `i`, the field of a post ending there: "of ports and
 * waterways, Martín Pereyra". */
function appositionAfter(W: Word[], i: number): boolean {
  for (let j = i; j < Math.min(W.length - 1, i + 10); j++) {
    if (W[j].text === ",") return !!W[j + 1]?.cap;
    if (W[j].cap || /^[.;:]$/.test(W[j].text)) return false;
  }
  return false;
}

/** Words a..b-1 are where something is, with or without a "the" before them ("in the Kremlin", "at the Filoli estate"). */
function locatedAt(W: Word[], a: number, b: number): boolean {
  return isLocative(W, a, b) || (W[a - 1]?.text === "the" && isLocative(W, a - 1, b));
}

function isLocative(W: Word[], a: number, b: number, ner?: string): boolean {
  const prev = W[a - 1]?.text.toLowerCase();
  if (W[b]?.hyphen && /^based$/i.test(W[b].text)) return true;
  // "to Moscow, where he held talks", "to Kyiv in June, where": the place where something happened
  if (W[b]?.text === "," && W[b + 1]?.text === "where") return true;
  if (/^(?:in|on)$/.test(W[b]?.text ?? "") && W[b + 1]?.cap && W[b + 2]?.text === "," && W[b + 3]?.text === "where") return true;
  if (!prev) return false;
  if (prev === "from") {
    const before = W.slice(Math.max(0, a - 5), a - 1).map((w) => w.text).join(" ");
    return TRAVEL.test(before) || /\b(article|report|dispatch|story|correspondent|reporting|writing|fled|escaped)\b/i.test(before);
  }
  if (prev === "to") {
    const before = W.slice(Math.max(0, a - 5), a - 1).map((w) => w.text).join(" ");
    // (a message's recipient, not a destination: "sent a letter to Thaksin Shinawatra")
    if (/\b(?:letters?|messages?|notes?|reply|replies|invitations?|appeals?|requests?|proposals?|word|condolences|congratulations|greetings|invite)$/i.test(before)) return false;
    // (the guests of an invitation may be a long list: "invited both President A and President B to Istanbul")
    return TRAVEL.test(before) || /\binvited\b/.test(W.slice(Math.max(0, a - 14), a - 1).map((w) => w.text).join(" "));
  }
  if (prev === "of" && PLACE_NOUNS.has(W[a - 2]?.text.toLowerCase() ?? "")) return true; // "the city of Vladivostok"
  // "in central Stockholm", "in downtown Manila"
  if (/^(?:central|downtown|northern|southern|eastern|western|suburban|old)$/.test(prev) && /^(?:in|at|near)$/i.test(W[a - 2]?.text ?? "")) return true;
  if (/^(?:visit|visits|visited|visiting|toured|touring)$/.test(prev) && ner !== "PER") return true; // "will visit Seoul"
  // "in Pyeongchang, South Korea" (not "his ambassador in Washington, Agha Hilaly,": a name the model reads as a person)
  // (nor "our ambassador in Conakry, Moses K. Zinnah,": a post's holder after its posting)
  const posting = /\b(?:ambassador|envoy|consul|consul-general|representative|emissary|commissioner|charg[eé] d['’]affaires|correspondent)s? (?:in|to|at) (?:\p{Lu}[\p{L}'’-]* ){1,3}$/iu.test(`${W.slice(Math.max(0, a - 7), a - 1).map((w) => w.text).join(" ")} `);
  if (prev === "," && W[a - 2]?.cap && !RUN_BREAKERS.has(bareText(W[a - 2])) && isLocative(W, a - 2, a - 1)) return ner !== "PER" && !posting;
  return LOCATIVE.has(prev) && prev !== "via";
}

/** A lower-case title right before word a: "leader", "ceremonial leader", "government spokesman", "analyst". */
function lowercaseTitleBefore(W: Word[], a: number): { title: string; start: number } | undefined {
  // (past the post's name in the state's own tongue, in brackets: "Tyrol's governor (Landeshauptmann) X")
  if (a >= 4 && W[a - 1].text === ")" && W[a - 3].text === "(" && W[a - 2].cap && !W[a - 4].cap) return lowercaseTitleBefore(W, a - 3);
  // (up to six words: "minister of state for external affairs X")
  for (let n = 6; n >= 1; n--) {
    const s = a - n;
    if (s < 0) continue;
    const ws = W.slice(s, a);
    if (ws.some((w) => w.cap)) continue;
    const phrase = ws.map((w) => w.text.toLowerCase()).join(" ");
    const hit = DESCRIPTIVE.find((t) => t.join(" ") === phrase);
    if (hit) {
      // (with its portfolio in lower case before it: "infrastructure minister X", "energy and mines minister Y")
      let p = s;
      const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
      if (/^(?:minister|secretary|commissioner)$/.test(phrase))
        while (p > 0 && !W[p - 1].cap && (PORTFOLIO_WORDS.has(cap(W[p - 1].text)) || (W[p - 1].text === "and" && p > 1 && PORTFOLIO_WORDS.has(cap(W[p - 2].text))))) p--;
      if (W[p]?.text === "and") p++;
      const title = p < s ? W.slice(p, a).map((w) => w.text).join(" ") : phrase;
      return { title: title.replace(/ (?=['’]s\b)/g, ""), start: p };
    }
  }
  return undefined;
}

const NOT_FIELD = new Set(["the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "this", "his", "her", "their", "its", "our", "said", "says", "told", "who", "which", "was", "is", "were", "are", "be", "been", "has", "have", "had", "then", "than", "also", "not", "via", "through", "into", "onto", "upon", "amid", "after", "before", "since", "during", "about", "against", "between", "among", "without", "under", "over", "met", "meets", "sent", "urged", "asked", "thanked"]);
/** A lower-case word that can name the field of a post ("intelligence", "nuclear", "defence"). */
const isFieldWord = (w: Word) => !w.cap && /^[a-z][a-z-]{2,}$/.test(w.text) && !NOT_FIELD.has(w.text);

/** Start offset of a run of capitalised words ending right before word a (one space apart, not after a
 * possessive): "Mossad" in "Mossad chief David Barnea". Opening the sentence, where any word has a capital, only
 * a run that looks like an organisation: an acronym, a name ending in an organisation's head noun, or one the
 * model reads as one ("EU envoy X"; not "Former envoy X"). */
function nameRunBefore(W: Word[], a: number, article: string, ctx: MentionContext): number | undefined {
  let k = a - 1;
  if (k < 0 || !W[k].cap || article.slice(W[k].end, W[a].start) !== " ") return undefined;
  // (a hyphen inside the name too: "PML-N president X")
  while (k > 0 && W[k - 1].cap && (article.slice(W[k - 1].end, W[k].start) === " " || (W[k].hyphen && article.slice(W[k - 1].end, W[k].start) === "-"))) k--;
  if (k > 0 && isPossessive(W[k - 1])) return undefined;
  if (k === 0 && !orgLike(W, 0, a, ctx)) return undefined;
  return W[k].start;
}

/** "BRICS secretariat head X": the run a post is in is an organisation when it looks like one, even where the run
 * alone read as a name (an unknown acronym opening the sentence). */
function organisationsOfPosts(W: Word[], out: FoundMention[], ctx: MentionContext) {
  for (const p of out) {
    if (p.kind !== "Person" || p.titleOrgAt === undefined) continue;
    const at = out.findIndex((m) => m.start === p.titleOrgAt && m.kind === "Person" && !m.title && !m.honorific);
    if (at < 0) continue;
    const run = out[at];
    const a = W.findIndex((w) => w.start === run.start);
    const b = W.findIndex((w) => w.end === run.end) + 1;
    if (a < 0 || b <= a || !orgLike(W, a, b, ctx)) continue;
    out[at] = { start: run.start, end: run.end, text: run.text, sentence: run.sentence, kind: "Organization", name: run.text, head: W[b - 1].text };
  }
}

/** Words a..b-1 read as an organisation's name: an acronym ("EU", "U.N."), a name ending in an organisation's
 * head noun ("African Union Commission"), or one the model reads as an organisation. */
function orgLike(W: Word[], a: number, b: number, ctx: MentionContext): boolean {
  // (not an honorific: "H.E. President X")
  if (b - a === 1 && honorificAt(W, a)) return false;
  return (b - a === 1 && /^(?:(?:[A-Z]\.){2,}|[A-Z]{2,6})$/.test(W[a].text)) || ORG_HEAD.has(bareText(W[b - 1])) || nerTypeOf(ctx, W[a].start, W[b - 1].end) === "ORG";
}

/** The country that qualifies a title at word a: "Japanese", "Japan's", "the North's", "then-Japanese", "U.S.". */
function qualifierBefore(W: Word[], a: number, article: string, ctx: MentionContext): { country?: string; start: number } | undefined {
  let k = a - 1;
  if (k >= 0 && !W[k].cap && GOV_NOUNS.has(W[k].text.toLowerCase())) k--; // "Japanese government spokesman"
  if (k >= 0 && isPossessive(W[k])) k--;
  // "Kremlin spokesman", "White House press secretary"
  // (the qualifier starts at its "the", if any)
  const from = (s: number) => W[W[s - 1]?.text.toLowerCase() === "the" ? s - 1 : s].start;
  for (const s of [k - 1, k]) {
    const seat = s >= 0 && W[s].cap ? countryBySeat(article.slice(W[s].start, W[k].end)) : undefined;
    if (seat) return { country: seat.key, start: from(s) };
  }
  for (let s = Math.max(0, k - 4); s <= k; s++) {
    const c = countryAt(W, s, k + 1, article);
    // ("the Northern Ireland Secretary": a post of the United Kingdom, not of Ireland)
    if (c && c.end === k + 1 && c.country.key === "ireland" && W[s - 1]?.text === "Northern") return { country: "united-kingdom", start: from(s - 1) };
    if (c && c.end === k + 1) return { country: c.country.key, start: from(s) };
  }
  // (a region's adjective: "Catalan president X" is Spain's, a post of its region)
  const regional = k >= 0 && W[k].cap ? countryOfRegionalAdjective(W[k].text) : undefined;
  if (regional && !countryOfPlace(W[k].text)) return { country: regional.key, start: from(k) };
  if (k >= 0 && (W[k].text === "North" || W[k].text === "South") && W[k - 1]?.text.toLowerCase() === "the")
    return { country: [...ctx.articleCountries].find((c) => c.startsWith(`${W[k].text.toLowerCase()}-`)), start: W[k - 1].start };
  return undefined;
}

/** A post of a state set off before a name the model read as a place or a body is a person's ("the Minister of External
 * Relations of Angola, Téte António,": Tete is also a town). */
const POST_OF_STATE_BEFORE = /\b(?:Minister|Secretary|President|Ambassador|King|Queen|Emir|Sultan|Chancellor|Premier|Envoy)(?: of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3})? of (?:the )?(\p{Lu}[\p{L} -]+?), $/u;
/** A body's or a state's post set off before a name: "Vanuatu's side was led by the ministry's Director-General, Florence
 * Tabi." (Florence is also a city). */
const POST_OF_BODY_BEFORE = /(?:\bthe [a-z]+['’]s |\b\p{Lu}[\p{L}-]+['’]s )(?:new |acting |deputy )?(?:Director-General|Director General|Secretary-General|Permanent Secretary|Director|Ambassador|High Commissioner|Spokesperson|Spokesman|Spokeswoman|Chief of Staff|Minister|Secretary), $/u;
function namesAfterPosts(article: string, out: FoundMention[]) {
  for (const m of out) {
    if ((m.kind !== "Place" && m.kind !== "Organization") || m.head || !/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u.test(m.text)) continue;
    const before = article.slice(Math.max(0, m.start - 90), m.start);
    const post = article[m.end] === "," ? before.match(POST_OF_STATE_BEFORE) : null;
    // (or a state's portfolio post before it: "Italy's Minister of Enterprises and Made in Italy, X,")
    // (or a state's post in lower case, the name ending the sentence: "and Andorra's foreign minister, X.")
    const owned = /^[,.]/.test(article[m.end] ?? "") ? (before.match(/\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s (?:Minister|Secretary) (?:of|for) [\p{L} -]{3,80}, $/u) ?? before.match(/\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s (?:(?:deputy |acting )?(?:foreign|prime|defen[cs]e|finance|interior|trade) )?(?:minister|secretary|ambassador)(?: (?:of|for) [\p{L} -]{3,60})?, $/u)) : null;
    if ((post && countryByName(post[1])) || (owned && countryByName(owned[1])) || (/^[,.;)]/.test(article[m.end] ?? ".") && POST_OF_BODY_BEFORE.test(before))) m.kind = "Person";
  }
}

/** A document's title going on in a list closed by "and": "an Agreement on the Waiver of Visa Requirements for Holders
 * of Diplomatic, Official and Ordinary Passports, signed by …" is one document, not one ending at "Diplomatic", an
 * organisation "Official" and a person "Ordinary Passports". (Not a state among the list's words.) */
function documentTitleLists(W: Word[], article: string, out: FoundMention[]) {
  for (const m of out) {
    // (a paper's title, not a post a word of which reads as one: "Cabinet Secretary for Constitution, External …")
    if (m.kind !== "Document" || m.generic || !/^(?:\p{Lu}[\p{L}-]+ ){0,3}(?:Agreement|Memorandum|Treaty|Convention|Declaration|Protocol|Charter|Accord|Arrangement|Programme|Program|Plan)\b/u.test(m.text)) continue;
    const e = W.findIndex((x) => x.start >= m.end);
    if (e < 0 || W[e].text !== "," || !W[e + 1]?.cap) continue;
    // (each item up to three capitalised words, the last after "and", no state among them)
    const item = (h: number) => {
      let j = h;
      while (W[j]?.cap && j < h + 3) j++;
      return j > h && !countryAt(W, h, j, article) ? j : -1;
    };
    let g = e;
    let and = false;
    for (let items = 0; items < 4 && g >= 0 && !and && W[g]?.text === ","; items++) {
      and = W[g + 1]?.text === "and";
      g = item(g + (and ? 2 : 1));
      if (g >= 0 && !and && W[g]?.text === "and") [g, and] = [item(g + 1), true];
    }
    if (!and || g < 0 || W[g]?.cap) continue;
    const end = W[g - 1].end;
    [m.end, m.text, m.name] = [end, article.slice(m.start, end), article.slice(m.start + (m.text.length - m.name.length), end)];
    for (let k = out.length - 1; k >= 0; k--) if (out[k] !== m && out[k].start >= W[e].start && out[k].end <= end) out.splice(k, 1);
  }
}

/** A style between a post set off and the name: an honorific, or the ambassador's style a minister keeps ("the Minister
 * of Foreign Affairs of G, Amb. X,"). */
const setOffStyle = (w: Word) => HONORIFIC.has(bareText(w)) || w.text === "Amb";

/** A capitalised post of a state before the name, set off by a comma: "Ethiopia's Foreign Minister, Mr Tesfaye
 * Gebremariam," and "Kenya's President, Juma Kiprotich," (British and wire style) name the person with that post. */
function titlesInApposition(W: Word[], article: string, ctx: MentionContext, out: FoundMention[]) {
  for (const m of out) {
    // (a style read as the post, "Sheikh", gives way to the post set off before it)
    // (a post with no name is no one a post is set off before: "met the President of Chad, the Prime Minister and …")
    if (m.kind !== "Person" || (m.title && !STYLES.has(m.title)) || m.titleRef) continue;
    // "William Burns, then deputy secretary of state," (a post after the name, with no state: from context later)
    // (past letters after the name: "X, M.P., Minister of Foreign Affairs and Foreign Trade,")
    let e = W.findIndex((x) => x.start >= m.end);
    while (e > 0 && W[e]?.text === "," && W[e + 1] && isPostNominal(W[e + 1].text) && W[e + 2]?.text === ",") e += 2;
    if (e > 0 && W[e]?.text === "," && /^(?:then|the)$/.test(W[e + 1]?.text ?? "")) {
      const n = titleAt(W, e + 2, W.length, OFFICE);
      if (n && W[e + 2 + n]?.text === "," && !W.slice(e + 2, e + 2 + n).some((x) => x.cap)) {
        m.title = article.slice(W[e + 2].start, W[e + 1 + n].end);
        continue;
      }
    }
    // "Suhail Al Mazrouei, Minister of Energy and Infrastructure," (a portfolio's post after the name, with no state)
    // (a minister's: "Secretary of State" after a cardinal's name is the Holy See's, which no one-state post table knows)
    // (Monaco's too: "X, Government Counsellor-Minister for External Relations and Cooperation,")
    const counsellor = W[e + 1]?.text === "Government" && W[e + 2]?.text === "Counsellor" && W[e + 3]?.text === "Minister" ? 2 : 0;
    if (e > 0 && W[e]?.text === "," && (W[e + 1]?.text === "Minister" || counsellor)) {
      let f = e + 1;
      while (f < W.length && f < e + 10 && !/^[,.;]$/.test(W[f].text)) f++;
      // (past a list of portfolios closed by "and": "X, M.P., Minister for Trade, Agribusiness and Industry.")
      let g = f;
      while (W[g]?.text === "," && W[g + 1]?.cap && g < e + 16) for (g++; g < W.length && !/^[,.;]$/.test(W[g].text); g++);
      if (g > f && W[g] && W.slice(f, g).some((x) => x.text === "and") && portfolioPost(W, e + 1 + counsellor, g)) f = g;
      // (not a list of portfolios going on after the comma: "Minister of Foreign Affairs, Foreign Employment and Tourism of …")
      if (W[f] && /^[,.;]$/.test(W[f].text) && !(W[f].text === "," && W[f + 1]?.cap) && portfolioPost(W, e + 1 + counsellor, f)) {
        m.title = article.slice(W[e + 1].start, W[f - 1].end);
        continue;
      }
    }
    let k = W.findIndex((x) => x.start >= m.start);
    // (past an honorific or a style: "Qatar's Prime Minister, Sheikh Mohammed X,"; and a style before another one, its
    // full stop a word of its own: "the Prime Minister, Hon. Lord X,")
    const named = k;
    // (and "His Excellency", "Her Majesty")
    // (and a seat's style right before the name: "the Chief Minister, Deputy X,")
    // (and "the Honourable" set off: "the Barbadian Minister of Agriculture, the Honourable X, M.P.,")
    while (k > 0 && (setOffStyle(W[k - 1]) || STYLES.has(W[k - 1].text) || (k === named && W[k - 1].text === "Deputy" && m.honorific) || (k < named && /^(?:His|Her)$/.test(W[k - 1].text)) || (k < named && W[k - 1].text === "the" && honorificAt(W, k)) || (W[k - 1].text === "." && k > 1 && setOffStyle(W[k - 2]) && W[k - 2].end === W[k - 1].start))) k--;
    if (k < 2 || W[k - 1].text !== ",") continue;
    // (a posting's state after the post: "the Philippine Ambassador to Malaysia, X,")
    let postEnd = k - 1;
    // (and a region after the state: "the United States Ambassador to G and the Eastern Caribbean, X,")
    // (not a state's own "and": "to Trinidad and Tobago, X,")
    const and = [k - 3, k - 4, k - 5].find((x) => x > 3 && W[x].text === "and" && W.slice(x + 1, k - 1).every((w) => w.cap || w.text === "the") && W[k - 2].cap);
    for (const upTo of and === undefined ? [k - 1] : [k - 1, and])
      for (let s = upTo - 1; s > 2 && s >= upTo - 3 && postEnd === k - 1; s--) {
        const c = countryAt(W, s, upTo, article);
        if (c && c.end === upTo && /^(?:to|in)$/.test(W[s - 1]?.text ?? "") && ENVOY_POST.test(W[s - 2]?.text ?? "")) postEnd = s - 1;
        if (c) break;
      }
    // (or a region or state an envoy is for: "the US Special Envoy for Latin America, X,", "… for Sudan, Y,")
    if (postEnd === k - 1)
      for (let s = k - 2; s > 2 && s >= k - 4; s--)
        if (W[s - 1]?.text === "for" && ENVOY_POST.test(W[s - 2]?.text ?? "") && W.slice(s, k - 1).every((w) => w.cap) && out.some((x) => (x.kind === "Place" || x.kind === "Government") && x.start === W[s].start && x.end === W[k - 2].end)) {
          postEnd = s - 1;
          break;
        }
    for (let n = Math.min(12, postEnd); n >= 1; n--) {
      const j = postEnd - n;
      if (!W[j].cap || (titleAt(W, j, postEnd, OFFICE) !== n && !portfolioPost(W, j, postEnd))) continue;
      // (not the post a body is named for, "a spokesperson for the Office of the Prime Minister, X,"; a post "in" the
      // office is read below)
      if (/^(?:for|from|of|at)$/.test(W[W[j - 4]?.text === "the" ? j - 5 : j - 4]?.text ?? "") && /^(?:Office|Bureau|Cabinet|Secretariat)$/.test(W[j - 3]?.text ?? "") && W[j - 2]?.text === "of" && W[j - 1]?.text === "the") break;
      // (nor the one whose voice or aide the named is: "A spokeswoman for the Premier, X,")
      if (W[j - 1]?.text === "the" && /^(?:for|to|of)$/.test(W[j - 2]?.text ?? "") && /^(?:spokes(?:man|woman|person)|secretary|adviser|advisor|aide|assistant)$/i.test(W[j - 3]?.text ?? "")) break;
      let q = qualifierBefore(W, j, article, ctx);
      // (the second of two posts joined by "and", the state before the first: "Kenya's Prime Cabinet Secretary and
      // Cabinet Secretary for Foreign and Diaspora Affairs, X,")
      if (!q?.country && W[j - 1]?.text === "and" && W[j - 2]?.cap) {
        let f = j - 2;
        while (f > 0 && W[f - 1].cap && !isPossessive(W[f - 1])) f--;
        const q2 = f < j - 2 || RANKS.has(W[f].text) || titleAt(W, f, j - 1, OFFICE) ? qualifierBefore(W, f, article, ctx) : undefined;
        if (q2?.country && (titleAt(W, f, j - 1, OFFICE) === j - 1 - f || POST_WORD.test(W[j - 2].text))) {
          m.title = article.slice(W[f].start, W[k - 2].end);
          m.titleCountry = q2.country;
          m.outerStart = q2.start;
          break;
        }
        // (or a first post with a portfolio of its own: "the Zambian Minister of Information and Media and Chief
        // Government Spokesperson, X,")
        let g = j - 2;
        while (g > 0 && j - g < 12 && (W[g - 1].cap || /^(?:of|and|for)$/.test(W[g - 1].text)) && !isPossessive(W[g - 1])) g--;
        const first = W.slice(g, j - 1).findIndex((w) => POST_WORD.test(w.text));
        const q3 = first >= 0 && first + g < j - 2 ? qualifierBefore(W, g + first, article, ctx) : undefined;
        if (q3?.country) {
          m.title = article.slice(W[g + first].start, W[k - 2].end);
          m.titleCountry = q3.country;
          m.outerStart = q3.start;
          break;
        }
      }
      // (a post with no state, after "the": "The Chancellor, Mr. X," — the state from context, later)
      if (!q?.country) {
        // (a post an office is named after, "The Secretary General of the Department of the Taoiseach, X,": the whole post,
        // not "the Taoiseach")
        if (/^the$/i.test(W[j - 1]?.text ?? "") && W[j - 2]?.text === "of") {
          let f = j - 2;
          // (and a post in the office: "the Press Secretary in the Office of the Prime Minister, X,")
          while (f > 0 && (W[f - 1].cap || /^(?:of|the|for|and|in)$/.test(W[f - 1].text)) && !/^The$/.test(W[f - 1].text)) f--;
          while (f < j - 2 && !W[f].cap) f++;
          if (f < j - 2) [m.title, m.outerStart] = [article.slice(W[f].start, W[k - 2].end), /^the$/i.test(W[f - 1]?.text ?? "") ? W[f - 1].start : W[f].start];
          // (no post before "of the": "in the presence of the Minister of Agriculture, X" is the minister's)
          else [m.title, m.outerStart] = [article.slice(W[j].start, W[k - 2].end), W[j - 1].start];
          break;
        }
        if (/^the$/i.test(W[j - 1]?.text ?? "")) [m.title, m.outerStart] = [article.slice(W[j].start, W[k - 2].end), W[j - 1].start];
        // (an organisation's, by its short name: "the EU Ambassador to Georgia, X,")
        else if (/^the$/i.test(W[j - 2]?.text ?? "") && W[j - 1]?.cap && knownOrganization(W[j - 1].text)) {
          [m.title, m.titleOrgAt, m.outerStart] = [article.slice(W[j].start, W[k - 2].end), W[j - 1].start, W[j - 2].start];
          if (!out.some((x) => x.start === W[j - 1].start)) out.push({ start: W[j - 1].start, end: W[j - 1].end, text: W[j - 1].text, sentence: m.sentence, kind: "Organization", name: W[j - 1].text });
        }
        // (and two posts held at once, after "the": "the Tánaiste and Minister for Foreign Affairs, X,")
        else if (W[j - 1]?.text === "and" && W[j - 2]?.cap && /^the$/i.test(W[j - 3]?.text ?? "") && titleAt(W, j - 2, j - 1, OFFICE) === 1) [m.title, m.outerStart] = [article.slice(W[j - 2].start, W[k - 2].end), W[j - 3].start];
        // (or opening the sentence, or past its dateline, as a paper writes its own: "Foreign Minister, Hon. X,
        // received …")
        // (a cabinet post by its portfolios too: "Minister of Foreign Affairs, Agriculture, Trade and Barbuda Affairs,
        // the Hon. X, also sat in")
        else if ((j === 0 || /^[–—-]$/.test(W[j - 1].text)) && (titleAt(W, j, postEnd, OFFICE) === postEnd - j || portfolioPost(W, j, postEnd))) [m.title, m.outerStart] = [article.slice(W[j].start, W[k - 2].end), W[j].start];
        break;
      }
      m.title = article.slice(W[j].start, W[k - 2].end);
      m.titleCountry = q.country;
      m.outerStart = q.start;
      break;
    }
    // "the King of Jordan, Abdullah Hakim," "the President of Kenya, X,": a post of a state named after it
    if (m.title) continue;

    // (and placed in a region of it: "the Plenipotentiary Representative of the President of Kyrgyzstan in Batken
    // region, X,")
    const placed = W[k - 2] && !W[k - 2].cap && /^(?:region|province|oblast|city|district)$/.test(W[k - 2].text) && W[k - 3]?.cap && W[k - 4]?.text === "in" ? k - 4 : W[k - 2]?.cap && W[k - 3]?.text === "in" ? k - 3 : k - 1;
    // (the post of the state named last before `stateEnd`, if there is one)
    // (the state's longest name first: "of the Islamic Republic of Mauritania, X," not "of Mauritania")
    const postOfStateBefore = (stateEnd: number): void => {
      for (let s = Math.max(3, stateEnd - 4); s < stateEnd; s++) {
        const c = countryAt(W, s, stateEnd, article);
        if (!c || c.end !== stateEnd) continue;
        const of = W[s - 1]?.text === "the" ? s - 2 : s - 1;
        if (W[of]?.text !== "of") return;
        // (a head of a body of the state: "the President of the Territorial Collectivity of French Guiana, X,")
        const ofBody = (j: number) => {
          const t = titleAt(W, j, of, OFFICE);
          return t > 0 && W[j + t]?.text === "of" && W[j + t + 1]?.text === "the" && of - (j + t + 2) >= 1 && of - (j + t + 2) <= 5 && W.slice(j + t + 2, of).every((w) => w.cap);
        };
        for (let n = Math.min(12, of); n >= 1; n--) {
          let j = of - n;
          // ("the Minister of External Relations of Angola, X,": a portfolio's post too)
          if (!W[j].cap || (titleAt(W, j, of, OFFICE) !== n && !portfolioPost(W, j, of) && !ofBody(j))) continue;
          // (a post "of the President" is the post before it: "the Special Representative of the President of G")
          const ofThePost = W[j - 1]?.text === "the" && W[j - 2]?.text === "of" ? j - 2 : -1;
          // (else the post itself: "in the presence of the Prime Minister of G, X")
          if (ofThePost > 0) {
            const p = [4, 3, 2, 1].map((q) => ofThePost - q).find((x) => x >= 0 && titleAt(W, x, ofThePost, OFFICE) === ofThePost - x);
            if (p !== undefined) j = p;
          }
          // (not a post set off after another's name and letters: "the Hon. X, M.P., Prime Minister of G, His
          // Excellency Y" is X's)
          if (W[j - 1]?.text === "," && W[j - 2] && isPostNominal(W[j - 2].text)) return;
          m.title = article.slice(W[j].start, W[of - 1].end);
          m.titleCountry = c.country.key;
          m.outerStart = W[j - 1]?.text.toLowerCase() === "the" ? W[j - 1].start : W[j].start;
          return;
        }
        return;
      }
    };
    postOfStateBefore(k - 1);
    if (!m.title && placed !== k - 1) postOfStateBefore(placed);
  }
}

/** What is signed when it has no name: "signed a memorandum of understanding", "inked a trade deal". */
const SIGNED_HEADS = ["exchange of notes", "terms of reference", "notes", "memorandum of understanding", "memoranda of understanding", "letter of intent", "statement of intent", "declaration of intent", "minutes", "minute", "joint statement", "joint declaration", "joint communique", "agreement", "agreements", "accord", "accords", "deal", "declaration", "treaty", "pact", "memorandum", "communique", "protocol", "roadmap", "framework", "arrangement", "charter", "ceasefire", "truce", "contract", "contracts", "plan", "programme", "program"];
const SIGNED_HEAD_WORDS = SIGNED_HEADS.map((h) => h.split(" "));
/** Words of no use in a document's name: "a separate agreement", "an identical document". */
const SIGNED_FILLER = new Set(["separate", "identical", "new", "historic", "landmark", "long-awaited", "formal", "final", "two", "three", "several", "series", "of", "number"]);
const SIGNING = /^(?:signed|signs|sign|signing|inked|initialled|initialed|countersigned|co-signed)$/;
/** The last words of a signing phrase (`ENDS_SIGNING`), the only words it is tried at: "to", "on", "signatures". */
const SIGNING_PHRASE_END = /^(?:to|on|signatures?|executed)$/;

/** "A and B signed a memorandum of understanding on carbon accounting": a document of this article, named by what
 * it is (modifiers and an "on/for …" of lower-case words kept: "peace agreement", "agreement on carbon accounting"). */
function documentsSigned(W: Word[], article: string, add: Adder) {
  for (let i = 0; i < W.length - 2; i++) {
    // after a signing verb ("signed a memorandum …"), or before a passive one ("a trade agreement, which was signed by")
    // (or "put their names to a memorandum …")
    // (or "put pen to paper on a memorandum …", "put pen to a memorandum …")
    // (or "affixed their signatures to", "sealed with their signatures", "executed" a memorandum …)
    const after = (!W[i].cap && SIGNING.test(W[i].text)) || (!W[i].cap && SIGNING_PHRASE_END.test(W[i].text) && ENDS_SIGNING.test(article.slice(Math.max(0, W[i].end - 60), W[i].end)));
    // ("signed and exchanged notes concerning a loan": notes with no determiner)
    const exchanged = after && W[i + 1]?.text === "and" && W[i + 2]?.text === "exchanged";
    // ("signed on Thursday an agreement", "signed on Thursday (21) an agreement": past the day, two words or five;
    // "signed in duplicate a memorandum": past the copies)
    const skip = after && W[i + 1]?.text === "on" && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(W[i + 2]?.text ?? "") ? (W[i + 3]?.text === "(" ? 5 : 2) : after && W[i + 1]?.text === "in" && /^(?:duplicate|triplicate)$/.test(W[i + 2]?.text ?? "") ? 2 : 0;
    // ("witnessed the signing of a memorandum …": past the "of"; and "signed on the dotted line: a memorandum …": past
    // the words of the line)
    const ofIt = after && W[i].text === "signing" && (W[i + 1]?.text === "of" || W[i + 1]?.text === ":") ? 1 : after && W[i + 1]?.text === "on" && W[i + 2]?.text === "the" && W[i + 3]?.text === "dotted" && W[i + 4]?.text === "line" && /^[:,]$/.test(W[i + 5]?.text ?? "") ? 5 : 0;
    // ("later signed with Lazaro the exchange of notes": past the one signed with)
    let withWhom = 0;
    if (after && !skip && W[i + 1]?.text === "with") {
      let k = i + 2;
      while (k < i + 7 && W[k]?.cap) k++;
      if (k > i + 2 && /^(?:a|an|the)$/.test(W[k]?.text ?? "")) withWhom = k - i - 1;
    }
    // ("signed, at the same table, an agreement on …": past a place set off by commas)
    const aside = after && !skip && W[i + 1]?.text === "," ? W.findIndex((x, k) => k > i + 2 && k <= i + 8 && x.text === ",") : -1;
    // ("signed in Malabo, with his counterpart, X, the fisheries agreement": past the place and the one signed with)
    let placed = -1;
    if (after && !skip && aside < 0 && /^(?:in|at)$/.test(W[i + 1]?.text ?? ""))
      for (let k = i + 3; k < Math.min(W.length - 1, i + 24) && !/^[.;:]$/.test(W[k].text); k++) if (W[k].text === "," && /^(?:a|an|the)$/.test(W[k + 1].text) && documentPhrase(W, k + 1)) placed = k;
    // ("put their names to one document, a joint declaration on …": past the document told first)
    const told = after && /^(?:one|a)$/.test(W[i + 1]?.text ?? "") && /^(?:document|text)$/.test(W[i + 2]?.text ?? "") && W[i + 3]?.text === "," ? 3 : 0;
    // ("signed and exchanged copies of an agreement": past the copies)
    const copies = exchanged && W[i + 3]?.text === "copies" && W[i + 4]?.text === "of" ? 2 : 0;
    const doc = exchanged ? documentPhrase(W, i + 3 + copies, !copies) : aside > 0 ? documentPhrase(W, aside + 1) : placed > 0 ? documentPhrase(W, placed + 1) : after ? documentPhrase(W, i + 1 + skip + ofIt + withWhom + told) : /^(?:a|an|the)$/i.test(W[i].text) ? documentPhrase(W, i) : undefined;
    if (!doc) continue;
    const [j, end, head] = doc;
    // (or, past what it is about, a clause of its own: "a memorandum of understanding on a ferry service between A and
    // B, signed by the two foreign ministers")
    // (or "a memorandum of understanding (MoU) on …, which was inked by"; or "a joint declaration on …, drawn up …,
    // bears the signatures of")
    // (or past the rest of what it is about: "an agreement on sharing the cost of the train between A, B and C until
    // 2030 was signed by")
    if (!after && !/^(?:,? which|,? that)? (?:was|were|had been|has been) (?:\w+ly |then |later |also )?(?:signed|inked)\b|^ [a-z][^.;]{0,160}? (?:was|were) (?:\w+ly |then |later )?signed(?: by\b|[.;])|^, (?:which|that) [^.;]{1,120}?, (?:was|were) (?:\w+ly )?signed\b|^[^.;,]{0,120}, (?:which|that) [^.;,]{1,80}? signed\b/.test(article.slice(W[end - 1].end, W[end - 1].end + 160)) && !/^[^.;,]{0,120}, (?:(?:jointly|formally|later) )?signed by\b/.test(article.slice(W[end - 1].end, W[end - 1].end + 160)) && !/^[^.;]{0,160}?, (?:which|that) (?:was|were) (?:\w+ly )?(?:signed|inked) by\b/.test(article.slice(W[end - 1].end, W[end - 1].end + 200)) && !/^ (?:and|for|of|on|in|between|with|to|along|across|the)\b[^.;]{1,100}? (?:was|were|had been|has been) (?:\w+ly )?(?:signed|inked) by\b/.test(article.slice(W[end - 1].end, W[end - 1].end + 130)) && !/^[^.;]{0,160}? (?:bears|bore|carries|carried) the signatures of\b/.test(article.slice(W[end - 1].end, W[end - 1].end + 200))) continue;
    add(j, end, { kind: "Document", name: article.slice(W[j].start, W[end - 1].end), head, generic: true });
    i = end - 1;
  }
}

/** A word for a state in a compound: "Irish", "China", "Anglo", "Sino". */
function statePart(w: string): boolean {
  return /^(?:Anglo|Franco|Sino|Indo|Russo|Turco|Greco|Austro|Italo|Hispano|Luso|Nippo|Afro|Euro)$/.test(w) || !!(countryByDemonym(w) ?? countryByName(w));
}

/** A document named only by what it is from its determiner at `d`: [first word, end, head noun], or undefined. */
function documentPhrase(W: Word[], d: number, bare = false): [number, number, string] | undefined {
  // (a definite one only with words of its own: "the grain agreement", not "the agreement" told before)
  const definite = W[d]?.text.toLowerCase() === "the";
  if (!bare && !definite && !/^(?:a|an|two|three|several|separate)$/i.test(W[d]?.text ?? "")) return undefined;
  let j = bare ? d : d + 1;
  while (j < W.length && SIGNED_FILLER.has(W[j].text)) j++;
  // up to two lower-case modifiers, then a head ("trade deal", "ceasefire agreement")
  let found: [number, number] | undefined;
  // (past states joined by hyphens, a modifier of their own: "the Anglo-Irish agreement", "a Sino-Russian treaty")
  let k0 = j;
  if (W[j]?.cap && W[j + 1]?.hyphen && statePart(W[j].text)) for (k0 = j + 1; k0 < W.length && W[k0].hyphen && statePart(W[k0].text); ) k0++;
  if (k0 === j + 1) k0 = j;
  // (a definite one named after a place, a lower-case head after it: "the Fox Island agreement … was signed")
  if (definite && !bare && k0 === j && W[j]?.cap && !isSentencePunct(W[j])) {
    let k = j;
    while (k < j + 3 && W[k]?.cap && !isSentencePunct(W[k])) k++;
    if (k > j && /^(?:agreement|accord|accords|treaty|pact|declaration)$/.test(W[k]?.text ?? "")) return [j, k + 1, W[k].text];
  }
  for (let k = k0; k <= k0 + 2 && k < W.length && !found; k++) {
    if (k > k0 && (W[k - 1].cap || !/^[a-z-]+$/.test(W[k - 1].text))) break;
    for (const h of SIGNED_HEAD_WORDS) if (!found && h.every((x, n) => W[k + n]?.text === x)) found = [k, k + h.length];
  }
  if (!found) return undefined;
  // ("a bilateral ceasefire agreement": the last head is the document)
  const bareHead = found[1];
  while (found[1] < W.length && /^(?:agreement|accord|deal|declaration|treaty|pact|protocol|statement|memorandum)$/.test(W[found[1]].text)) found[1]++;
  let end = found[1];
  // ("the framework agreement", "the ceasefire deal": a head before the head is a word of its own)
  const modified = found[0] > j || found[1] > bareHead;
  // (past its letters in brackets: "a memorandum of understanding (MoU) on trade facilitation")
  if (W[end]?.text === "(" && /^[A-Z][A-Za-z]{1,7}$/.test(W[end + 1]?.text ?? "") && W[end + 2]?.text === ")" && /^(?:on|for|of|concerning)$/.test(W[end + 3]?.text ?? "")) end += 3;
  // ("… on carbon accounting", "… for economic cooperation": a lower-case topic, not a day or "the sidelines")
  if (/^(?:on|for|of|concerning)$/.test(W[end]?.text ?? "")) {
    // (past a "the": "an action plan for the strategic partnership")
    const from = /^(?:the|a|an)$/.test(W[end + 1]?.text ?? "") ? end + 2 : end + 1;
    let e = from;
    // (states' words among them: "the treaty on the Kyrgyz-Tajik state border")
    const topical = (w: Word) => (/^[a-z-]+$/.test(w.text) && !/^(?:the|a|an|and|with|in|at|to|by|for|on|of|this|that|their|its|his|her|last|next|earlier|later|yesterday|today|tomorrow|after|before|during|which|that|who|was|were|is|are|be|been|had|has|have|will|would|signed|inked)$/.test(w.text)) || (w.cap && !!(countryByDemonym(w.text) ?? countryByName(w.text)));
    while (e < W.length && e < from + 5 && topical(W[e])) e++;
    while (e > from && W[e - 1].cap) e--;
    if (e > from && !/^(?:sidelines|margins|behalf)$/.test(W[from].text)) end = e;
  }
  // ("the minutes of the Joint Border Commission": the body whose record it is)
  if (W[found[1] - 1].text === "minutes" && end === found[1] && W[end]?.text === "of") {
    let e = W[end + 1]?.text === "the" ? end + 2 : end + 1;
    const from = e;
    while (e < W.length && (W[e].cap || (e > from && CONNECTORS.has(W[e].text) && W[e + 1]?.cap))) e++;
    if (e > from) end = e;
  }
  // ("a plan" only with what it is of: "a plan of consultations")
  if (/^plans?$/.test(W[found[1] - 1].text) && end === found[1] && !modified) return undefined;
  // (a head of several words is one of its own: "the exchange of notes")
  if (definite && !modified && end === found[1] && found[1] - found[0] < 3) return undefined;
  return [j, end, W[found[1] - 1].text];
}

/** "Minister of Environment", "Secretary of State for Defence": a post of a portfolio filling [j, e). */
function portfolioPost(W: Word[], j: number, e: number): boolean {
  // (past a rank: "State Minister for Foreign Affairs", "Deputy Minister of Finance")
  // (and the Union's: "European Commissioner for Trade")
  for (let r = 0; r < 2 && (RANKS.has(W[j]?.text ?? "") || (W[j]?.text === "European" && W[j + 1]?.text === "Commissioner")) && j < e - 3; r++) j++;
  // (and France's junior post: "Minister Delegate for Europe")
  if (W[j]?.text === "Minister" && W[j + 1]?.text === "Delegate" && j < e - 3) j++;
  if (!/^(?:Minister|Secretary|Undersecretary|Commissioner|Delegate)$/.test(W[j].text) || !/^(?:of|for)$/.test(W[j + 1]?.text ?? "") || e < j + 3) return false;
  // (and a body's acronym among affairs: "Minister of Foreign and CARICOM Affairs")
  // (and one's own "of" further in: "Minister for the Protection of Migrant Workers")
  // (and a brand's words: "Minister of Enterprises and Made in Italy")
  // (and a language's name: "Cabinet Secretary for Finance and Welsh Language")
  // (and a state's own overseas lands: "Minister of State for Overseas France"; and "Local Government")
  // (and a place's own affairs last: "Minister of Foreign Affairs, Agriculture, Trade and Barbuda Affairs")
  // (and its people abroad and its dealings with its parliament: "Minister of Foreign Affairs, Cooperation and
  // Mauritanians Abroad", "Minister of Culture, Arts, Communication and Relations with Parliament")
  for (let k = j + 2; k < e; k++) if (!PORTFOLIO_WORDS.has(W[k].text) && !/^(?:and|State|for|the|,)$/.test(W[k].text) && !(W[k - 1]?.text === "Overseas" && k === e - 1 && W[k].cap) && !localGovernment(W, k) && !(W[k].cap && /^Languages?$/.test(W[k + 1]?.text ?? "")) && !(W[k - 1]?.text === "Made" && W[k].text === "in") && !(W[k - 2]?.text === "Made" && W[k - 1]?.text === "in" && W[k].cap) && !(W[k].text === "of" && k > j + 2 && k < e - 1) && !(/^\p{Lu}{2,8}$/u.test(W[k].text) && W[e - 1].text === "Affairs") && !(W[k].cap && k === e - 2 && W[e - 1].text === "Affairs") && !(W[k].cap && /s$/.test(W[k].text) && W[k + 1]?.text === "Abroad") && !(W[k].text === "with" && W[k + 1]?.text === "Parliament") && !(W[k].text === "Parliament" && W[k - 1]?.text === "with")) return false;
  return true;
}

/** Capitalised words after a comma, up to the last "and" of the list: ", Cooperation and Regional Integration". */
const PORTFOLIOS_RUN_ON = /^(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)*,? and \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;
/** A ministry's name whose portfolios run on after a comma: "the Ministry of Foreign Affairs, Cooperation and Regional
 * Integration" is one body (no person "Cooperation"). */
function ministriesListedOn(article: string, out: FoundMention[]) {
  for (const m of out) {
    if (m.kind !== "Organization" || !/^(?:Ministry|Department) (?:of|for) /.test(m.name)) continue;
    const tail = article.slice(m.end).match(PORTFOLIOS_RUN_ON)?.[0];
    if (!tail || !tail.split(/,? and |, /).slice(1).every((x) => x.split(" ").every((w) => PORTFOLIO_WORDS.has(w)))) continue;
    const end = m.end + tail.length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k] !== m && out[k].start >= m.end && out[k].end <= end) out.splice(k, 1);
    m.end = end;
    m.text = article.slice(m.start, end);
    m.name = `${m.name}${tail}`;
  }
}

/** "Government" after "Local", a portfolio ("Minister of Local Government and Community Affairs"). */
const localGovernment = (W: Word[], k: number) => W[k].text === "Government" && W[k - 1]?.text === "Local";

const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Lower-case phrases: "the Japanese government" is caught by runs; here "our embassy in Beijing" and the like. */
function attachLowercaseMentions(W: Word[], article: string, sentence: Sentence, ctx: MentionContext, out: FoundMention[], add: Adder) {
  void ctx;
  for (let i = 0; i < W.length - 2; i++) {
    const w = W[i].text.toLowerCase();
    if ((w === "embassy" || w === "consulate" || w === "mission") && !W[i].cap && W[i + 1].text === "in" && W[i + 2].cap && W[i - 1]?.text !== "facto") {
      // the place: up to three capitalised words ("La Paz"), not a day or month ("in Tokyo Monday")
      let end = i + 3;
      while (end < i + 5 && W[end]?.cap && !CALENDAR_WORD.test(W[end].text)) end++;
      const city = article.slice(W[i + 2].start, W[end - 1].end);
      const owner = ownerBefore(W, i, article, out);
      add(i, end, { kind: "Organization", name: `${w[0].toUpperCase()}${w.slice(1)} in ${city}`, head: w, owner });
    }
  }
  // a title with no name ("the Japanese prime minister", "North Korea's leader"): the office holder, resolved later
  for (const q of out.filter((m) => m.kind === "Demonym" || m.kind === "Government")) {
    let k = W.findIndex((x) => x.start >= q.end);
    if (k < 0) continue;
    if (isPossessive(W[k])) k++;
    const n = titleAt(W, k, W.length, OFFICE) || titleAt(W, k, W.length, DESCRIPTIVE);
    if (!n || !q.country) continue;
    // (not an indefinite one: "the first visit by a South Korean leader in 12 years" is no one in particular)
    const det = W.findIndex((x) => x.start >= q.start) - 1;
    if (/^(?:a|an|any|another|no|every|each)$/i.test(W[det]?.text ?? "")) continue;
    const next = W[k + n];
    if (next && (next.cap || next.text === ",")) continue; // a name follows (or an apposition): handled as a titled person
    // (a second post, then the name: "the Japanese Prime Minister and Foreign Minister X"; not "the Bhutanese King and Queen at …")
    const second = next?.text === "and" ? titleAt(W, k + n + 1, W.length, OFFICE) : 0;
    if (second && W[k + n + 1 + second]?.cap) continue;
    // (nor a post whose field is told before the name in apposition: "Argentina's undersecretary of ports and waterways, X")
    if ((next?.text === "of" || next?.text === "for") && appositionAfter(W, k + n + 1)) continue;
    const title = article.slice(W[k].start, W[k + n - 1].end);
    // (a state's "minister" alone, in lower case or after "the", stands for its one minister the story names: "He
    // asked the Lao minister to …", "a courtesy call by the Bhutanese Minister on …"; not a post named on: "Ghana's
    // Minister for Government Communications …, X")
    if (AFFILIATION.has(title.toLowerCase()) || /^(official|diplomat|envoy|lawmaker|legislator|spokes\w+|adviser|advisor|aide|secretary|counterpart|chief|director|chair\w*|head|commissioner|mediator|(?:\w+ )?representative|(?:special )?coordinator|commander)$/i.test(title) || (/^minister$/i.test(title) && ((title !== "minister" && !/^the$/i.test(W[det]?.text ?? "")) || /^(?:for|of|and|in|at)$/.test(next?.text ?? "")))) continue;
    out.push({ start: q.start, end: W[k + n - 1].end, text: article.slice(q.start, W[k + n - 1].end), sentence: q.sentence, kind: "Person", name: title, bare: true, titleRef: { country: q.country, title } });
  }
  // "the country's prime minister": the post of the state named last before it in the sentence
  for (let i = 0; i < W.length - 3; i++) {
    if (!/^the$/i.test(W[i].text) || W[i + 1].text !== "country" || !isPossessive(W[i + 2])) continue;
    const n = titleAt(W, i + 3, W.length, OFFICE);
    const next = W[i + 3 + n];
    if (!n || (next && (next.cap || next.text === ","))) continue;
    const state = out.filter((m) => m.kind === "Government" && m.country && m.end <= W[i].start).pop();
    if (!state) continue;
    const title = article.slice(W[i + 3].start, W[i + 2 + n].end);
    out.push({ start: W[i].start, end: W[i + 2 + n].end, text: article.slice(W[i].start, W[i + 2 + n].end), sentence: sentence.index, kind: "Person", name: title, bare: true, titleRef: { country: state.country!, title } });
  }
  // "the pope", "the cardinal", "the president" with no state: the one holder of that title the article names, if
  // there is exactly one (resolved later; country "")
  for (let i = 0; i < W.length - 1; i++) {
    // (capitalised too, as papers write a post they mean: "invited the Chancellor to Warsaw", "His Highness the Amir")
    // (and a speaker's own state's: "our President", resolved to the story's state's)
    if (!/^(?:the|our)$/i.test(W[i].text)) continue;
    // (or "the visiting minister", any post: the visitor's, resolved later)
    const visiting = W[i + 1].text === "visiting" ? 1 : 0;
    const n = titleAt(W, i + 1 + visiting, W.length, OFFICE);
    const title = n ? article.slice(W[i + 1 + visiting].start, W[i + n + visiting].end) : "";
    // (and "the Minister", capitalised as the story's own minister is by a ministry's or an agency's style)
    const minister = /^(?:Minister|Foreign Minister)$/.test(title);
    if (!n || !(UNIQUE_ROLE.test(title) || minister || visiting)) continue;
    if (visiting) {
      const after = W[i + n + 2];
      if (!(after && (after.cap || after.text === "," || after.text === "of" || after.hyphen)) && !out.some((m) => m.start <= W[i + 2].start && m.end >= W[i + n + 1].end))
        out.push({ start: W[i].start, end: W[i + n + 1].end, text: article.slice(W[i].start, W[i + n + 1].end), sentence: sentence.index, kind: "Person", name: title, bare: true, titleRef: { country: "", title } });
      continue;
    }
    const next = W[i + n + 1];
    // (nor "the Minister for Trade", another post)
    if (next && (next.cap || next.text === "," || next.text === "of" || next.hyphen || (minister && /^(?:for|in|to|and)$/.test(next.text)))) continue;
    // (nor one named after a time it was held: "the president at the time, Gerald Ford")
    if (/^ (?:at the time|then),\s*\p{Lu}/u.test(article.slice(W[i + n].end, W[i + n].end + 20))) continue;
    // (the post's possessive before a capitalised noun names a place or a body: "from the President's Box")
    // (but not before a post of their staff: "the Premier's Press Secretary, X,")
    if (next && /^['’]s$/i.test(next.text) && W[i + n + 2]?.cap && !titleAt(W, i + n + 2, W.length, OFFICE)) continue;
    if (out.some((m) => m.start <= W[i + 1].start && m.end >= W[i + n].end)) continue;
    out.push({ start: W[i].start, end: W[i + n].end, text: article.slice(W[i].start, W[i + n].end), sentence: sentence.index, kind: "Person", name: title, bare: true, titleRef: { country: "", title } });
    // (and a second post after "and" that shares the article: "inviting the First Minister and deputy First Minister to
    // …", each its one holder)
    const n2 = next?.text === "and" ? titleAt(W, i + n + 2, W.length, OFFICE) : 0;
    const title2 = n2 ? article.slice(W[i + n + 2].start, W[i + n + 1 + n2].end) : "";
    const after2 = W[i + n + 2 + n2];
    if (n2 && UNIQUE_ROLE.test(title2) && !(after2 && (after2.cap || after2.text === "," || after2.text === "of")))
      out.push({ start: W[i + n + 2].start, end: W[i + n + 1 + n2].end, text: title2, sentence: sentence.index, kind: "Person", name: title2, bare: true, titleRef: { country: "", title: title2 } });
  }

  // "EAM will travel to Australia", "the PM said": an abbreviated post with no name after it, its one holder (later)
  // (and Bhutan's "Lyonchhen", the prime minister's style, alone: the one the article names so)
  for (let i = 0; i < W.length; i++) {
    // (and Macau's and Hong Kong's "the CE", where the article names a Chief Executive: no body's acronym)
    const ce = W[i].text === "CE" && /\bChief Executive\b/.test(article) && /^the$/i.test(W[i - 1]?.text ?? "");
    if (ce) for (let k = out.length - 1; k >= 0; k--) if (out[k].start === W[i].start && out[k].end === W[i].end) out.splice(k, 1);
    if ((!/^(?:EAM|PM|PCS|FM|Lyonchhen)$/.test(W[i].text) && !ce) || W[i + 1]?.cap || (/^(?:and|\))$/.test(W[i + 1]?.text ?? "") && W[i].text !== "Lyonchhen") || /^(?:Deputy|Vice|and|\()$/.test(W[i - 1]?.text ?? "")) continue;
    if (out.some((m) => m.start <= W[i].start && m.end >= W[i].end)) continue;
    // (with its article: "the PCS")
    const start = /^the$/i.test(W[i - 1]?.text ?? "") ? W[i - 1].start : W[i].start;
    out.push({ start, end: W[i].end, text: article.slice(start, W[i].end), sentence: sentence.index, kind: "Person", name: W[i].text, bare: true, titleRef: { country: "", title: W[i].text } });
  }
  // "the head of Tajikistan": its head of state, the one the article names with such a post of that state (later)
  for (let i = 1; i < W.length - 2; i++) {
    if (W[i].text !== "head" || W[i + 1].text !== "of" || !/^the$/i.test(W[i - 1].text)) continue;
    const c = countryAt(W, i + 2, W.length, article);
    // (not the head of a state's body: "the head of Bolivia's Sovereignty Council")
    if (!c || c.demonym || (W[c.end] && (/^(?:state|government|the)$/i.test(W[c.end].text) || isPossessive(W[c.end])))) continue;
    if (out.some((m) => m.start <= W[i].start && m.end >= W[i].end)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= W[i + 2].start && out[k].end <= W[c.end - 1].end) out.splice(k, 1);
    out.push({ start: W[i - 1].start, end: W[c.end - 1].end, text: article.slice(W[i - 1].start, W[c.end - 1].end), sentence: sentence.index, kind: "Person", name: "Head of State", bare: true, titleRef: { country: c.country.key, title: "Head of State" } });
  }
  // "His Majesty", "Her Royal Highness", "His Holiness" with no name or post after them: the one holder of a post so
  // styled that the article names (resolved later, with STYLE_HOLDERS)
  for (let i = 0; i < W.length - 1; i++) {
    if (!/^(?:His|Her|Their)$/.test(W[i].text)) continue;
    const j = W[i + 1].text === "Royal" ? i + 2 : i + 1;
    const style = W[j]?.text.toLowerCase();
    if (!style || !(style in STYLE_HOLDERS)) continue;
    const next = W[j + 1];
    if (next && next.cap && !isPossessive(next)) continue;
    if (out.some((m) => m.start <= W[i].start && m.end >= W[j].end)) continue;
    out.push({ start: W[i].start, end: W[j].end, text: article.slice(W[i].start, W[j].end), sentence: sentence.index, kind: "Person", name: W[j].text, bare: true, titleRef: { country: "", title: W[j].text } });
  }
}

/** Styles that stand before a post with no name after it: "YAB Prime Minister", "YB Minister". */
const POST_STYLES = /^(?:YAB|YB|YBhg)$/;

/** Titles that name one person in a story when it names only one holder: "the pope", "the emir", "the president". */
const UNIQUE_ROLE = /^(?:first minister|deputy first minister|chief minister|taoiseach|tánaiste|tanaiste|pope|holy father|cardinal|emir|amir|king|queen|grand duke|grand duchess|sultan|crown prince|president|prime minister|chancellor|premier|secretary-general|supreme leader|head of state|head of government|secretary|deputy secretary|secretary general|chairperson|deputy chairperson|special envoy|envoy|special representative|high representative|commissioner|high commissioner|governor|mayor|ambassador|nuncio|apostolic nuncio)$/i;

/** The owner of a lower-case state organ: "Japan's embassy", "the Japanese embassy", "our embassy" (left open). */
function ownerBefore(W: Word[], i: number, article: string, found: FoundMention[]): string | undefined {
  let k = i - 1;
  if (k >= 0 && isPossessive(W[k])) k--;
  const prior = found.filter((m) => m.end <= W[i].start && (m.kind === "Government" || m.kind === "Demonym"));
  const last = prior[prior.length - 1];
  if (last && k >= 0 && last.end === W[k].end) return last.country;
  if (W[i - 1]?.text.toLowerCase() === "our") return "@speaker";
  if (/^(its|their)$/i.test(W[i - 1]?.text ?? "")) return prior.find((m) => m.kind === "Government")?.country;
  void article;
  return undefined;
}
