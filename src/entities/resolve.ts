// Resolves one article's mentions to entities: full names anchor people ("Kim Jong Un"), surnames, given
// names and honorifics attach to the anchor they fit ("Mr Kim", "Kim", "Jong Un"), appositions give aliases
// ("..., or Chongryon"), state organs take their owner ("South Korea's Foreign Ministry"), capitals that act
// become their state. Keys are article-independent, so the graph builder can merge across articles (but for a
// document named only by what it is, "a peace agreement": that one is this article's).
import { createHash } from "node:crypto";
import { REGNAL_TITLE, type EntityKind } from "../../graph/schema.js";
import type { EntityRecord } from "../../graph/types.js";
import { countryByDemonym, countryByKey, countryByName, countryOfPlace, countryOfRegion, isRegion, pressNamesOf, slugify, stateOfRegionCouncil } from "./gazetteer/countries.js";
import { GEO_HEADS, type FoundMention } from "./find-mentions.js";
import { knownOrganization, STATE_ORGAN_HEADS } from "./lexicon/organizations.js";
import { heldFormerly, spelledOut, STYLE_HOLDERS, twoHeads, withoutThen } from "./lexicon/titles.js";
import { knownOfficeOf } from "./gazetteer/office-holders.js";

export interface ResolvedMention extends FoundMention {
  /** Entity key; undefined for demonyms and for mentions left unresolved (dropped). */
  key?: string;
}

export interface Resolution {
  mentions: ResolvedMention[];
  entities: Map<string, EntityRecord>;
}

const STATE_ORGAN = new Set(STATE_ORGAN_HEADS.map((s) => s.toLowerCase()));
const nameTokens = (s: string) => s.replace(/['’]s$/, "").split(/[\s\-‐‑]+/).filter(Boolean);
const normName = (s: string) => nameTokens(s).join(" ").toLowerCase();

export function entityKey(kind: EntityKind, name: string): string {
  return `${kind.toLowerCase()}:${slugify(name)}`;
}

/** Six hex digits of the article's text: what keeps an article's own unnamed things apart from another's. */
function articleTag(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 6);
}

/** "Japanese" for Japan, used to name state organs ("Japanese Foreign Ministry"). */
export function demonymOf(countryKey: string): string | undefined {
  return countryByKey(countryKey)?.demonyms[0];
}

/** A government named by its form, not its state: "Government of National Unity", "Transitional Government". */
const GOVERNMENT_FORM = /^(?:Government of National (?:Unity|Accord|Stability|Consensus|Salvation|Union)|(?:Transitional|Interim|Provisional) (?:National )?Government(?: of National Unity)?)$/;

/** `home`: the country of the article's dateline, owner of an unqualified "the Foreign Ministry". */
export function resolveMentions(text: string, found: FoundMention[], home?: string, date?: string): Resolution {
  const mentions: ResolvedMention[] = found.map((m) => sameCongo(text, { ...m }));
  const entities = new Map<string, EntityRecord>();
  const touch = (m: ResolvedMention, key: string, kind: EntityKind, label: string) => {
    // ("UN", "U.N.", "the United Nations": one organisation, named in full)
    const known = kind === "Organization" ? (knownOrganization(label) ?? knownOrganization(m.name)) : undefined;
    if (known) [key, label] = [entityKey("Organization", known[0]), known[0]];
    m.key = key;
    m.kind = kind;
    let e = entities.get(key);
    if (!e) {
      e = { key, kind, label, aliases: [], mentions: 0 };
      entities.set(key, e);
    }
    e.mentions++;
    for (const form of known?.[1] ?? []) if (!e.aliases.includes(form)) e.aliases.push(form);
    // (a state by its common and official names too, whatever the article calls it: "DRC" is also "Democratic Republic
    // of the Congo" for a search, and "Türkiye" "Turkey")
    const state = kind === "Government" ? countryByKey(key.slice("government:".length)) : undefined;
    for (const form of state ? [state.name, state.official, ...pressNamesOf(state)] : []) if (!e.aliases.includes(form)) e.aliases.push(form);
    const alias = m.text.replace(/^(the|The)\s+/, "");
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    if (m.name !== alias && !e.aliases.includes(m.name) && m.kind !== "Government" && !m.titleRef) e.aliases.push(m.name);
  };

  // the model's ORG or LOC for a name this article gives a person elsewhere ("Joe Biden and Xi Jinping held …", "he
  // carried it back to Ngoy Kasongo"): a person
  const personNames = new Set(mentions.filter((m) => m.kind === "Person" && nameTokens(m.name).length >= 2).map((m) => normName(m.name)));
  for (const m of mentions)
    if (!m.head && personNames.has(normName(m.name)) && (m.kind === "Organization" || (m.kind === "Place" && !countryOfPlace(m.name)))) m.kind = "Person";
  // (and a building named for a holder of a post by its possessive: "the Ricardo J. Bordallo Governor's Complex")
  for (const m of mentions) {
    const building = m.kind === "Person" && / (?:Governor|President|Mayor|Premier)$/.test(m.name) ? text.slice(m.end, m.end + 30).match(/^['’]s (?:Complex|Compound|Residence|Mansion|Palace|House|Building)\b/) : null;
    if (building) Object.assign(m, { kind: "Place", end: m.end + building[0].length, text: text.slice(m.start, m.end + building[0].length), name: text.slice(m.start, m.end + building[0].length), title: undefined, titleCountry: undefined });
  }
  // (and a building or a street the model took for a person: "signed, at the Hôtel Saint-Maximin, an agreement",
  // "on Calle Bolívar")
  // (or one named for a royal: "Queen Elizabeth Barracks", "King Fahd Stadium")
  for (const m of mentions)
    if (m.kind === "Person" && ((!m.title && !m.honorific && /^(?:Hôtel|Hotel|Palais|Palazzo|Château|Schloss|Villa|Maison|Casa|Quinta|Calle|Avenida|Rua|Jalan) \p{Lu}/u.test(m.name)) || / (?:Barracks|Palace|Hotel|Airport|Stadium|Mosque|Cathedral|Avenue|Boulevard|Square)$/.test(m.name))) [m.kind, m.name, m.title, m.titleCountry] = ["Place", text.slice(m.outerStart ?? m.start, m.end).replace(/^[Tt]he /, ""), undefined, undefined];
  // (and a lone word the model took for a place or a body that is the last word of a person's full name the article
  // gives, no known place: "Abdel-Fattah Al-Burhan … El-Sisi thanked Al-Burhan for the invitation")
  const lastWords = new Set(mentions.filter((m) => m.kind === "Person" && nameTokens(m.name).length >= 2).map((m) => normName(nameTokens(m.name).slice(-1)[0])));
  for (const m of mentions)
    if (!m.head && !m.country && (m.kind === "Place" || m.kind === "Organization") && !/\s/.test(m.name.trim()) && lastWords.has(normName(nameTokens(m.name).slice(-1)[0] ?? "")) && !countryOfPlace(m.name) && !isRegion(m.name)) m.kind = "Person";
  // (or the last two or three words of one, a double surname written alone: "Jenniffer González Colón … González Colón
  // asked")
  const lastRuns = new Set(mentions.filter((m) => m.kind === "Person").flatMap((m) => [2, 3].filter((k) => nameTokens(m.name).length > k).map((k) => nameTokens(m.name).slice(-k).map(normName).join(" "))));
  for (const m of mentions)
    if (!m.head && !m.country && (m.kind === "Place" || m.kind === "Organization") && lastRuns.has(nameTokens(m.name).map(normName).join(" ")) && !countryOfPlace(m.name) && !knownOrganization(m.name)) m.kind = "Person";
  // (and a state's name that is the surname of one the article names in full before it, where the article never names
  // that state as a place: "Prime Minister Rui Jordan … Jordan accepted, his office said")
  const namedAsPlace = (name: string) => new RegExp(`\\b(?:in|to|from|of|visit|visited|visiting|across)\\s+(?:the\\s+)?${name}\\b`).test(text);
  const fullBefore = (m: ResolvedMention) => mentions.some((p) => p.kind === "Person" && p.start < m.start && nameTokens(p.name).length >= 2 && normName(nameTokens(p.name).slice(-1)[0]) === normName(m.name));
  for (const m of mentions)
    if (m.kind === "Government" && /^\p{Lu}\p{Ll}+$/u.test(m.name) && m.text === m.name && lastWords.has(normName(m.name)) && fullBefore(m) && !namedAsPlace(m.name)) [m.kind, m.country] = ["Person", undefined];
  // (and a place the model saw in a name whose surname the article gives a person alone: "The presidents of Paraguay,
  // Santiago Peña, and …" then "Peña said": a person, and so is that surname wherever the model took it for a place)
  // (a word more often a person alone than a place alone: not "Africa" for "North Africa")
  // (not one a preposition of place comes before, whatever the model read: "walked from Gbalamuya", "at Pamelap")
  const placed = (m: ResolvedMention) => /\b(?:at|from|near|via)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start));
  const alone = (kind: EntityKind) => {
    const n = new Map<string, number>();
    for (const m of mentions) if (m.kind === kind && !m.titleRef && nameTokens(m.name).length === 1 && !(kind === "Person" && placed(m))) n.set(normName(m.name), (n.get(normName(m.name)) ?? 0) + 1);
    return n;
  };
  const [asPerson, asPlace] = [alone("Person"), alone("Place")];
  const loneNames = new Set([...asPerson].filter(([k, n]) => n > (asPlace.get(k) ?? 0)).map(([k]) => k));
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "Place" || m.head || m.country || countryOfPlace(m.name) || isRegion(m.name)) continue;
    const tokens = nameTokens(m.name);
    const last = tokens[tokens.length - 1];
    // (nor one whose first word is a point of the compass or a region's: "North Africa", "West Java")
    if (/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Greater|New)$/.test(tokens[0]) || isRegion(last)) continue;
    // (nor a building's kind: "PRAGUE CASTLE", a script's capitals, stays a place)
    if (tokens.length < 2 || tokens.length > 3 || !loneNames.has(normName(last)) || countryOfPlace(last) || GEO_HEADS.has(last[0] + last.slice(1).toLowerCase())) continue;
    m.kind = "Person";
    surnames.add(normName(last));
  }
  for (const m of mentions) if (m.kind === "Place" && !m.country && surnames.has(normName(m.name))) m.kind = "Person";
  // (a newspaper a press review names as if a person or a place: "Al-Nahar Al-Jadid also ran an interview …",
  // "Al-Nahar's inside pages", or twice over by weaker signs, "X reported that …" and "X: "An envelope from L"")
  for (const name of outletNames(text, mentions)) for (const m of mentions) if ((m.kind === "Person" || m.kind === "Place") && !m.title && !m.titleRef && !m.honorific && normName(m.name) === name) [m.kind, m.head] = ["Organization", "newspaper"];
  // (a government named by its form in a story from its state, and the letters it goes by: "the Government of National
  // Unity's (GNU) Minister of Culture", "the GNU's acting Foreign Minister" in a story from its capital)
  if (home) {
    const forms = new Set(mentions.filter((m) => (m.kind === "Organization" || m.kind === "Government") && GOVERNMENT_FORM.test(m.name)).map((m) => m.name));
    const letters = new Set([...forms].flatMap((f) => [...text.matchAll(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:['’]s)? \\((\\p{Lu}{2,6})\\)`, "gu"))].map((x) => x[1])));
    // (the letters whatever the model read them as: "GNU" alone looks like a name)
    for (const m of mentions) if ((m.kind === "Organization" && forms.has(m.name)) || (letters.has(m.name) && !m.title && !m.titleRef)) [m.kind, m.country] = ["Government", home];
  }
  // (and a state's government named as such: "a Government of Jersey spokesperson", "the Government of Malta")
  for (const m of mentions) {
    const state = m.kind === "Organization" ? m.name.match(/^(?:The )?Government of (?:the )?(\p{Lu}[\p{L} -]+)$/u)?.[1] : undefined;
    const c = state ? countryByName(state) : undefined;
    if (c) [m.kind, m.country] = ["Government", c.key];
  }
  // Governments and places: keys from the gazetteer or the name
  for (const m of mentions) {
    if (m.kind === "Government" && m.country) touch(m, `government:${m.country}`, "Government", countryByKey(m.country)?.name ?? m.name);
    else if (m.kind === "Place") {
      const name = /^[\p{Lu}\s.'-]+$/u.test(m.name) ? m.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : m.name;
      touch(m, entityKey("Place", name), "Place", name);
    }
    else if (m.kind === "Document" && !m.generic) touch(m, entityKey("Document", m.name), "Document", m.name);
    else if (m.kind === "Meeting") touch(m, entityKey("Meeting", m.name), "Meeting", m.name);
  }
  // A document named only by what it is ("signed an agreement") is the one document of that kind the article names
  // ("the Agreement for Bringing Peace to Afghanistan"), else this article's own: "a peace agreement" here is not
  // one elsewhere
  for (const m of mentions) {
    if (m.kind !== "Document" || !m.generic) continue;
    const head = (m.head ?? "").toLowerCase().replace(/s$/, "");
    // (not one whose own words the named one lacks: "the treaty on the Kyrgyz-Tajik state border" is not "the Treaty on
    // Allied Relations")
    const own = m.name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !head.startsWith(w) && !/^(?:the|and|for|new|two|three)$/.test(w));
    const fits = (x: ResolvedMention) => !own.length || own.some((w) => x.name.toLowerCase().includes(w));
    const named = [...new Set(mentions.filter((x) => x.kind === "Document" && !x.generic && x.key && x.name.toLowerCase().includes(head) && fits(x)).map((x) => x.key!))];
    if (named.length === 1) touch(m, named[0], "Document", entities.get(named[0])!.label);
    else {
      touch(m, `${entityKey("Document", m.name)}-${articleTag(text)}`, "Document", m.name);
      entities.get(m.key!)!.extra = { generic: true };
    }
  }
  resolveOrganizations(text, mentions, touch, entities, home);
  resolvePeople(mentions, touch, text);
  // "the Japanese prime minister": the person this article names with that title and country
  const jointPosts = new Map<string, ResolvedMention>();
  for (const m of mentions) {
    if (!m.titleRef || m.key) continue;
    // ("our President", in the words of the story's own side: the post of the state the story is from)
    if (/^our\b/i.test(m.text) && !m.titleRef.country) {
      if (!home) continue;
      m.titleRef = { ...m.titleRef, country: home };
    }
    // ("Lyonchhen", a style used alone: the one the article names with it)
    if (/^Lyonchhen$/.test(m.titleRef.title)) {
      const styled = [...new Set(mentions.filter((p) => p.kind === "Person" && !!p.key && !p.titleRef && /\bLyonchhen\s+$/.test(text.slice(Math.max(0, p.start - 12), p.start))).map((p) => p.key!))];
      if (styled.length === 1) touch(m, styled[0], "Person", mentions.find((p) => p.key === styled[0])!.name);
      continue;
    }
    // ("the Prime Minister and Minister of Foreign Affairs Sheikh X": the first of two posts the name after holds)
    // (and the two posts told again with no name: "in the presence of HE the Prime Minister and Minister of
    // Foreign Affairs")
    // (not another's post qualified by a state: "the Head of State and Chilean President Y" are two)
    // (nor two heads: "the Prime Minister and President Y")
    const joined = /^ and $/.test(text.slice(m.end, m.end + 5)) ? mentions.find((p) => p.kind === "Person" && !!p.key && !p.titleRef && !!p.title && p.outerStart === m.end + 5 && text.startsWith(p.title, m.end + 5) && !twoHeads(m.titleRef!.title, p.title)) : undefined;
    const second = joined ? undefined : secondPost(text, m.end);
    // (or the two told before of one they were set off after: "Prince X, the Crown Prince and Prime Minister, …", then
    // "an invitation to HRH the Crown Prince and Prime Minister", in a story naming another crown prince)
    const toldBefore = (post: string) => mentions.find((p) => p.start < m.start && !!p.titleRef && !!p.key && spelledOut(p.titleRef.title) === spelledOut(m.titleRef!.title) && secondPost(text, p.end) === post);
    const earlier = second ? toldBefore(second) : undefined;
    const again = second ? (jointPosts.get(`${spelledOut(m.titleRef.title)} and ${spelledOut(second)}`) ?? (earlier && mentions.find((p) => p.key === earlier.key && !p.titleRef))) : undefined;
    if (joined) jointPosts.set(`${spelledOut(m.titleRef.title)} and ${spelledOut(joined.title!)}`, joined);
    if (joined ?? again) {
      touch(m, (joined ?? again)!.key!, "Person", (joined ?? again)!.name);
      continue;
    }
    // ("EAM" is the External Affairs Minister, "the prime minister" is "PM X")
    // (not one the story says held it once: "the coup that toppled President X" is no "the President" of now)
    // (an envoy's post with its posting is that post: "Ambassador to BiH X" is "the ambassador")
    // (and a minister's with the ministry: "the Minister of Foreign Affairs, X" is "the Honourable Minister")
    // (and a second post of a minister's after a first: "Deputy Prime Minister and Minister of Foreign Affairs X"
    // is "the Lao minister")
    const posting = (t: string) => spelledOut(t).replace(/^((?:[Hh]igh )?[Cc]ommissioner|[Aa]mbassador|[Ee]nvoy) (?:to|in) .*$/, "$1").replace(/^(?:(?:[Dd]eputy |[Vv]ice )?[Pp]rime [Mm]inister and )?([Mm]inister) (?:of|for) .*$/, "$1");
    const holds = (p: ResolvedMention) => p.kind === "Person" && !!p.key && !p.titleRef && posting(p.title ?? "") === spelledOut(m.titleRef!.title) && !heldFormerly(text, p);
    // (the state a post is of, told inside it, "the President of the Republic of Tajikistan X", or known)
    const postState = (p: ResolvedMention) => {
      const t = text.slice(p.outerStart ?? p.start, p.start).match(/\bof (?:the )?(?:Republic of )?(\p{Lu}[\p{L} -]*?) $/u)?.[1];
      return (t ? countryByName(t)?.key : undefined) ?? knownOfficeOf(p.name, date)?.office.replace(/^government:/, "");
    };
    if (m.titleRef.country) {
      // (or named with it after the name: "King X of Bhutan … the Bhutanese King")
      const ofState = (p: ResolvedMention) => {
        const name = nameOfAfter(text, p.end);
        return name ? (countryByName(name)?.key ?? countryByDemonym(name)?.key) : undefined;
      };
      // ("the head of Tajikistan": the one named as that state's president or monarch)
      const head = /^head of state$/i.test(m.titleRef.title) ? mentions.find((p) => p.kind === "Person" && !!p.key && !p.titleRef && /^(?:president|king|queen|emir|amir|sultan)\b/i.test(withoutThen(p.title ?? "")) && (p.titleCountry ?? ofState(p) ?? postState(p)) === m.titleRef!.country) : undefined;
      // (of two of that state's holders, the one named last before it: "the Zambian Minister of Infrastructure, X, …
      // the Zambian Minister of Foreign Affairs, Y, … The Zambian minister did not say" is Y)
      const stated = mentions.filter((p) => holds(p) && p.titleCountry === m.titleRef!.country);
      const lastStated = stated.filter((p) => p.start < m.start).pop();
      const holder = head ?? (lastStated ?? stated[0]) ?? mentions.find((p) => holds(p) && !p.titleCountry && ofState(p) === m.titleRef!.country);
      // (in a story from that state, its one holder named without a country: "Crown Prince X" from Riyadh)
      // (not one the article names as another state's: "his Uruguayan counterpart, X", "X of Uruguay")
      // (nor one the gazetteer knows as another state's: "President Y" is Uruguay's, in a story from Brasília)
      const othersOwn = (p: ResolvedMention) => {
        const office = knownOfficeOf(p.name, date)?.office ?? "";
        return office.startsWith("government:") && office !== `government:${home}`;
      };
      const local = m.titleRef.country === home ? mentions.filter((p) => holds(p) && !p.titleCountry && !namedForeign(text, mentions, p.key!, home) && !othersOwn(p)) : [];
      // (of several, the one named within two sentences of it: "met Kazakhstan's president … was received by President X",
      // in a story from Astana that later names another president)
      const near = local.filter((p) => Math.abs(p.sentence - m.sentence) <= 2);
      const one = (ps: ResolvedMention[]) => ps.length > 0 && ps.every((p) => p.key === ps[0].key);
      // (else the one holder the article gives no state at all: "President X and Lithuania's President Y … The Polish
      // president left" is X)
      // (not in a story told from another state, whose own holder that one is: "… shows X with Spain's foreign
      // minister", from Rabat)
      const unowned = holder || local.length || (home && home !== m.titleRef.country) ? [] : mentions.filter((p) => holds(p) && !p.titleCountry && !namedForeign(text, mentions, p.key!, m.titleRef!.country));
      if (holder) touch(m, holder.key!, "Person", holder.name);
      else if (one(local)) touch(m, local[0].key!, "Person", local[0].name);
      else if (one(near)) touch(m, near[0].key!, "Person", near[0].name);
      else if (one(unowned) && mentions.some((p) => holds(p) && !!p.titleCountry && p.titleCountry !== m.titleRef!.country)) touch(m, unowned[0].key!, "Person", unowned[0].name);
      else {
        // ("the Andalusian leader": the one named as that state's region's head, "Andalusia's regional president, X,")
        // (and "the Iranian governor", the one named as governor of that state's province)
        const regional = /^(?:leader|president|premier|governor)$/i.test(m.titleRef.title) ? regionHead(text, mentions, m.titleRef.country) : undefined;
        // ("the Peruvian minister": that state's one minister of a portfolio named, "Peruvian Foreign Minister X")
        const ministers = !regional && /^minister$/i.test(m.titleRef.title) ? mentions.filter((p) => p.kind === "Person" && !!p.key && !p.titleRef && p.titleCountry === m.titleRef!.country && /^(?!(?:Prime|Chief|First|Deputy|Vice)\b)(?:\p{Lu}[\p{L}-]+ ){1,3}Minister$/iu.test(withoutThen(p.title ?? "")) && !heldFormerly(text, p)) : [];
        if (regional) touch(m, regional.key!, "Person", regional.name);
        else if (one(ministers)) touch(m, ministers[0].key!, "Person", ministers[0].name);
      }
    } else {
      // ("the pope": the one person titled so in this article, or no one)
      // ("the Head of State": the one head of state of the dateline's state, or of no state named, in this article)
      // ("His Majesty": the one person the article names with a post so styled)
      const namedWith = (posts: RegExp) => mentions.filter((p) => p.kind === "Person" && !!p.key && !p.titleRef && posts.test(withoutThen(p.title ?? "")));
      // (of the state it names, if any: "the head of Tajikistan")
      // (and "the Head of Government", so: the dateline's state's prime minister)
      const postedIn = (p: ResolvedMention) => p.titleCountry ?? postState(p);
      const ofHome = (p: ResolvedMention) => !postedIn(p) || postedIn(p) === home;
      // (by any mention of them, in a story from a state: "the Prime Minister of G, X … Prime Minister X" is G's)
      const everOfHome = (p: ResolvedMention) => (home ? mentions.every((x) => x.key !== p.key || !!x.titleRef || ofHome(x)) : ofHome(p));
      const heads = /^head of state$/i.test(m.titleRef.title) ? namedWith(/^(?:president(?: of the republic)?|king|queen|emir|amir|sultan)$/i).filter(everOfHome) : /^head of government$/i.test(m.titleRef.title) ? namedWith(/^(?:prime minister|premier|chancellor|taoiseach)$/i).filter(everOfHome) : [];
      const styled = STYLE_HOLDERS[m.titleRef.title.toLowerCase()];
      // ("His Royal Highness Prince X … His Royal Highness expressed his thanks": the last one the article named with
      // that style before it, when a press agency styles its principal so)
      // (a style right before a name's post is that name's: "His Highness the Amir Sheikh X")
      const bearer = styled ? mentions.find((p) => p.kind === "Person" && !!p.key && !p.titleRef && (p.outerStart ?? p.start) > m.end && /^ (?:the )?$/.test(text.slice(m.end, p.outerStart ?? p.start))) : undefined;
      if (bearer) {
        touch(m, bearer.key!, "Person", bearer.name);
        continue;
      }
      if (styled) {
        // (also before the post: "His Highness the Prime Minister Sheikh X")
        const style = new RegExp(`\\b(?:His|Her) ${/royal/i.test(m.text) ? "Royal " : ""}${m.titleRef.title}(?: the)?\\s+$`);
        const isStyled = (p: ResolvedMention) => p.kind === "Person" && !!p.key && !p.titleRef && style.test(text.slice(Math.max(0, (p.outerStart ?? p.start) - 30), p.outerStart ?? p.start));
        // ("His Royal Highness the Crown Prince": of those styled so, the one the article gives that post, before or after
        // the name: "His Royal Highness Prince X, Crown Prince and Prime Minister,")
        const postAfter = (x: ResolvedMention) => text.slice(x.end).match(/^ the ((?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+)/)?.[1];
        const postedOf = (post: string) => [...new Set(mentions.filter((p) => isStyled(p) && (p.title === post || new RegExp(`^, (?:[^,.;]{0,30} )?(?<!Deputy |Vice |Acting )${post}\\b`).test(text.slice(p.end, p.end + 80)))).map((p) => p.key!))];
        const post = postAfter(m);
        const posted = post ? postedOf(post) : [];
        // (the style alone, "His Highness hand the Sultan …": the one the article styles so most, by name or by post,
        // else the last it named so)
        const tally = new Map<string, number>();
        for (const p of mentions) {
          const x = isStyled(p) ? [p.key!] : p.titleRef && p.titleRef.title === m.titleRef.title && postAfter(p) ? postedOf(postAfter(p)!) : [];
          if (x.length === 1) tally.set(x[0], (tally.get(x[0]) ?? 0) + 1);
        }
        const [most, next] = [...tally].sort((x, y) => y[1] - x[1]);
        const mostStyled = !post && most && (!next || most[1] > next[1]) ? mentions.find((p) => p.key === most[0]) : undefined;
        const styledBefore = posted.length === 1 ? undefined : (mostStyled ?? mentions.filter((p) => isStyled(p) && p.start < m.start).pop());
        const one = posted.length === 1 ? mentions.find((p) => p.key === posted[0]) : styledBefore;
        if (one) {
          touch(m, one.key!, "Person", one.name);
          continue;
        }
      }
      const holders = heads.length ? heads : styled ? namedWith(styled) : mentions.filter(holds);
      // ("X also handed the governor a letter", two governors named before: not the sentence's subject, the other)
      const subject = mentions.find((p) => p.sentence === m.sentence && p.kind === "Person" && !!p.key && !p.titleRef && p.start < m.start);
      const priorHolders = [...new Set(holders.filter((p) => p.start < m.start).map((p) => p.key!))];
      if (!m.titleRef.country && subject && priorHolders.length === 2 && priorHolders.includes(subject.key!) && /^(?:the|our) \p{Ll}/u.test(m.text)) {
        const other = priorHolders.find((k) => k !== subject.key)!;
        touch(m, other, "Person", holders.find((p) => p.key === other)!.name);
        continue;
      }
      // ("the visiting minister": of the holders, the one of a state not the story's)
      const visitors = home && /^(?:the|our) visiting /i.test(m.text) ? [...new Set(holders.filter((p) => p.titleCountry && p.titleCountry !== home).map((p) => p.key!))] : [];
      if (visitors.length === 1) {
        touch(m, visitors[0], "Person", holders.find((p) => p.key === visitors[0])!.name);
        continue;
      }
      // (of several, the one named last before it, in its sentence or the two before: "a letter from Prime Minister X.
      // In the letter, the Prime Minister …", in a story that names another prime minister elsewhere)
      // (not a style: "King A and Sultan B arrived. His Majesty met …" is either)
      // (in a story from a state, not one another state's: "MANILA — … a letter from Chilean President X that Y handed to
      // the President", the Philippine one named before)
      const before = holders.filter((p) => p.start < m.start);
      // ("… was handed to X by G's ambassador to H, Y, for delivery to the president": the one of the state the envoy
      // serves in)
      const lead = text.slice(Math.max(0, m.start - 200), m.start);
      const servedIn = /\b(?:for delivery|to (?:pass|deliver|hand|give|forward|transmit)(?: it)?(?: over| on)?) to $/.test(lead) ? lead.match(/\b(?:ambassador|envoy|high commissioner) (?:to|in) (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u)?.[1] : undefined;
      const posted = servedIn ? countryByName(servedIn)?.key : undefined;
      const theirs = posted ? [...new Set(before.filter((p) => p.titleCountry === posted).map((p) => p.key!))] : [];
      if (theirs.length === 1) {
        touch(m, theirs[0], "Person", before.find((p) => p.key === theirs[0])!.name);
        continue;
      }
      // (nor one another mention gives another state's post: "Greek Prime Minister X … Prime Minister X")
      const abroad = new Set(home ? mentions.filter((p) => p.key && p.titleCountry && p.titleCountry !== home).map((p) => p.key) : []);
      // (nor one the gazetteer knows holds it for another state: "President Samia Suluhu Hassan", in a Nairobi paper)
      // (by the full name the article gives them: "President Bio" is Julius Maada Bio)
      const theirsKnown = (p: ResolvedMention) => !p.titleCountry && (knownOfficeOf(entities.get(p.key!)?.label ?? p.name, date)?.office ?? `government:${home}`) !== `government:${home}`;
      const ours = home ? before.filter((p) => (!p.titleCountry || p.titleCountry === home) && !abroad.has(p.key) && !theirsKnown(p)) : [];
      // (a styled minister's post, "the Honourable Minister", is the one minister of the story's state named before it)
      // (and any post so styled: "YAB Prime Minister", in a release from Kuala Lumpur, is Malaysia's)
      const ownMinisters = /^minister$/i.test(m.titleRef.title) || /^(?:YAB|YB|YBhg)\b/.test(m.text) ? [...new Set(ours.map((p) => p.key))] : [];
      // (a copy popped: "ours" is read again below)
      let last = heads.length || styled ? undefined : [...(ours.length && ours.length < before.length ? ours : before)].pop();
      // (with no state told by a dateline, not one named with another state's post over the one the story names most with
      // the post alone: "President X … the President of Senegal, Y … shortly after the President arrived" is X)
      const times = (k: string) => mentions.filter((p) => p.key === k && p.start < m.start).length;
      const mostly = !home && last ? [...new Set(before.filter((p) => !p.titleCountry && !p.titleRef).map((p) => p.key!))].filter((k) => k !== last!.key && times(k) >= 3 && times(k) >= 2 * times(last!.key!)) : [];
      if (mostly.length === 1) last = before.filter((p) => p.key === mostly[0]).pop();
      // (a communiqué's post set off around a name, for a post no one holds by title, or "Ambassador", a rank worn
      // before names as well as a post: "Y, Ambassador of Angola to Portugal" is "the Ambassador", not "Ambassador Z";
      // "the President" stays the one titled so, not "the President of the Assembly, Z")
      const setOff = !heads.length && !styled && (!holders.length || /^ambassador$/i.test(m.titleRef.title)) ? setOffHolders(text, mentions, m) : [];
      // (of several ambassadors, "the Ambassador" with no state said is the one titled with no state either: a cable's
      // that names "Ambassador X" and "Tajik Ambassador Y"; not one named in its own sentence, who would be calling
      // on himself)
      // (those named before it, when some are: not "Kalabukhov", named only later, for an ambassador named before)
      const earlier = holders.filter((p) => p.start < m.start);
      const pool = earlier.length ? earlier : holders;
      const stateless = !m.titleRef.country && !heads.length && !styled && /^ambassador$/i.test(m.titleRef.title) ? [...new Set(pool.filter((p) => !p.titleCountry && !p.titleRef && p.sentence !== m.sentence).map((p) => p.key!))] : [];
      const mixed = stateless.length === 1 && pool.some((p) => !!p.titleCountry);
      // (of several so set off, the one the gazetteer knows as the story's state's: "YAB Prime Minister", from Kuala
      // Lumpur)
      // (or the one whose post set off before the name is of that state: "the Prime Minister of Malaysia, YAB X")
      const postOfHome = (k: string) => mentions.some((p) => p.key === k && countryByName(text.slice(Math.max(0, (p.outerStart ?? p.start) - 80), p.outerStart ?? p.start).match(/.*\bof (?:the )?(\p{Lu}[\p{L} ]+?), [^,]*$/u)?.[1] ?? "")?.key === home);
      const setOffHome = setOff.length > 1 && home ? setOff.filter((k) => knownOfficeOf(mentions.find((p) => p.key === k)!.name, date)?.office === `government:${home}` || postOfHome(k)) : [];
      // (not where the sentence or the one before names another state whose holder of that post the story named: "X,
      // the US ambassador, handed the Prime Minister the President's letter. Y asked him to pass his thanks on to the
      // President" is the US president's)
      const stateOf = (p: ResolvedMention) => (p.kind === "Person" ? p.titleCountry : p.kind === "Government" || p.kind === "Demonym" ? p.country : undefined);
      const envoyOf = () => mentions.some((p) => !!stateOf(p) && stateOf(p) !== home && p.sentence <= m.sentence && m.sentence - p.sentence <= 1 && before.some((h) => h.titleCountry === stateOf(p) && h.key !== p.key));
      if (setOff.length === 1) touch(m, setOff[0], "Person", mentions.find((p) => p.key === setOff[0])!.name);
      else if (setOffHome.length === 1) touch(m, setOffHome[0], "Person", mentions.find((p) => p.key === setOffHome[0])!.name);
      else if (holders.length && holders.every((p) => p.key === holders[0].key)) touch(m, holders[0].key!, "Person", holders[0].name);
      else if (mixed) touch(m, stateless[0], "Person", mentions.find((p) => p.key === stateless[0])!.name);
      // (not one named in its own sentence, where another was named before: "X conveyed a message from President Y
      // inviting the President on a state visit", after "X was received by President Z")
      else if (last && m.sentence - last.sentence <= 2) {
        const other = last.sentence === m.sentence ? [...(ours.length && ours.length < before.length ? ours : before)].filter((p) => p.sentence < m.sentence && p.key !== last!.key).pop() : undefined;
        const one = other && m.sentence - other.sentence <= 2 && /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)$/i.test(m.titleRef.title) ? other : last;
        touch(m, one.key!, "Person", one.name);
      }
      // (or, further on, the one holder named before it, of the story's own state, where another is named only after:
      // "Grand Duke X … the Grand Duke received Y … when Z sat between Grand Duke W, who abdicated, and X")
      else if (before.length && before.every((p) => p.key === before[0].key) && ours.some((p) => p.key === before[0].key) && !heads.length && !styled) touch(m, before[0].key!, "Person", before[0].name);
      // (or, further on, the one of the story's own state: "Prime Minister X … Greek Prime Minister Y … Commissioner Z
      // met the Prime Minister and me", from Skopje)
      else if (ours.length && ours.every((p) => p.key === ours[0].key) && !heads.length && !styled && /^(?:president|prime minister|premier|chancellor)$/i.test(m.titleRef.title) && !envoyOf()) touch(m, ours[0].key!, "Person", ours[0].name);
      else if (ownMinisters.length === 1) touch(m, ownMinisters[0]!, "Person", mentions.find((p) => p.key === ownMinisters[0])!.name);
    }
  }
  // Bare words that name an organisation or place already seen ("the Asahi", "Chongryon")
  const byName = new Map<string, { key: string; kind: EntityKind; label: string }>();
  for (const e of entities.values()) for (const a of e.aliases) if (e.kind !== "Person") byName.set(normName(a), e);
  // (not a place its name is of: "Zanzibar" alone is not the "State University of Zanzibar")
  const ofPlace = (label: string, t: string) => new RegExp(`\\bof (?:the )?${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(label) || !!countryOfPlace(t);
  for (const e of entities.values())
    if (e.kind === "Organization")
      for (const t of nameTokens(e.label))
        if (/^\p{Lu}/u.test(t) && t.length > 3 && !byName.has(t.toLowerCase()))
          // (the place itself, where the gazetteer knows it: "Narino" alone, after "the University of Narino")
          if (!ofPlace(e.label, t)) byName.set(t.toLowerCase(), e);
          else if (countryOfPlace(t)) byName.set(t.toLowerCase(), { key: entityKey("Place", t), kind: "Place", label: t });
  // (and an acronym of an organisation the article names in full: "the European Union … the EU's envoy")
  const byAcronym = new Map<string, { key: string; kind: EntityKind; label: string }>();
  for (const e of entities.values())
    if (e.kind === "Organization" && nameTokens(e.label).filter((t) => /^\p{Lu}/u.test(t)).length >= 2 && !byAcronym.has(acronymOf(e.label))) byAcronym.set(acronymOf(e.label), e);
  // (a lone name located once is a place in all its mentions: "met in Panmunjom … Panmunjom hosted")
  const located = new Set(mentions.filter((m) => m.bare && !m.key && (m.ner === "LOC" || (m.locative && m.ner !== "PER"))).map((m) => normName(m.name)));
  // (a lone name one of whose mentions is a person's is a person in all: "Blinken said … met Blinken in Beijing")
  const people = new Set(mentions.filter((m) => !m.key && m.bare && !m.titleRef && personCue(text, m)).map((m) => normName(m.name)));
  for (const m of mentions) {
    if (m.key || !m.bare || m.titleRef) continue;
    const hit = byName.get(normName(m.name)) ?? (/^[A-Z]{2,6}$/.test(m.name) ? byAcronym.get(m.name) : undefined);
    if (hit) touch(m, hit.key, hit.kind, hit.label);
    else if (people.has(normName(m.name))) touch(m, entityKey("Person", m.name), "Person", m.name);
    // (even one the model took for a person where a preposition of place comes before it: "to the island of L next
    // month … Whether the two ministers meet in L")
    else if (located.has(normName(m.name)) && (m.ner !== "PER" || /\b(?:in|at|to|from)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)))) touch(m, entityKey("Place", m.name), "Place", m.name);
    else if (m.ner === "ORG") touch(m, entityKey("Organization", m.name), "Organization", m.name);
    else if (m.ner === "LOC" || (m.locative && m.ner !== "PER")) touch(m, entityKey("Place", m.name), "Place", m.name);
    else if (m.ner === "PER") touch(m, entityKey("Person", m.name), "Person", m.name);
  }
  // "Rodrigo Londono, known as Timochenko": the name a person goes by is that person wherever it appears
  for (const m of mentions) {
    if (m.kind !== "Person" || !m.key) continue;
    const x = mentions.find((y) => y.start > m.end && y.start <= m.end + 24 && !STATE.has(y.kind) && y.key !== m.key && nameTokens(y.name).length <= 2 && KNOWN_AS.test(text.slice(m.end, y.start)));
    if (!x) continue;
    const label = entities.get(m.key)!.label;
    for (const y of mentions) {
      if (y.name !== x.name || STATE.has(y.kind)) continue;
      const was = y.key ? entities.get(y.key) : undefined;
      if (was && --was.mentions === 0) entities.delete(was.key);
      touch(y, m.key, "Person", label);
    }
  }
  // "FVR, she writes, had brought a letter": the initials of one person the article names in three words or more
  // ("Fidel V. Ramos"), when no organisation of the article has them
  const byInitials = new Map<string, string | null>();
  for (const e of entities.values())
    if (e.kind === "Person" && e.label.split(" ").length >= 3) {
      const initials = e.label.split(" ").map((t) => t[0]).join("");
      byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== e.key ? null : e.key);
    }
  for (const m of mentions) {
    const key = /^\p{Lu}{3,4}$/u.test(m.text) && !byAcronym.has(m.text) && !knownOrganization(m.text) ? byInitials.get(m.text) : undefined;
    if (!key || m.key === key || (m.key && !/^(?:place|person|organization):/.test(m.key))) continue;
    const was = m.key ? entities.get(m.key) : undefined;
    if (was && --was.mentions === 0) entities.delete(was.key);
    touch(m, key, "Person", entities.get(key)!.label);
  }
  return { mentions, entities };
}

/** Words after a name that only a person is followed by: "met", "said he", "'s wife", ", who". */
const PERSON_AFTER = /^(?:,? who\b|,? whose\b| (?:met|meets|will meet|visited|flew|travell?ed|also attended)\b| (?:said|told \w+|added|warned|insisted) (?:that )?(?:he|she)\b|['’]s (?:wife|husband|son|daughter|father|mother|office|spokes(?:man|woman|person)|aides?|chief of staff)\b)/;

/** A lone name that the words around it make a person, whatever the model read: "Trump's envoy", "met Putin in
 * Moscow", "told Netanyahu" (an organisation the model saw stays one after "talks with"). */
function personCue(text: string, m: ResolvedMention): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (/^['’]s (?:(?:special|top|chief|senior|personal|longtime|own) )?(?:envoy|adviser|advisor|aide|spokes(?:man|woman|person)|son|daughter|wife|husband|brother|sister|chief of staff|lawyer|deputy|predecessor|successor)\b/.test(after)) return true;
  // ("Sugiono, Indonesia's Foreign Minister, …": a post in apposition after a lone name is a person's; not "At the
  // Istana, the Malaysian minister was …", nor the place of "Lord X of Highbury, the minister,")
  // (the state's name a capital, though the post's match ignores case: not "L, where Galicia's president, X,")
  if (m.ner !== "ORG" && !/\p{Lu}\p{L}+ of\s+$/u.test(text.slice(Math.max(0, m.start - 30), m.start)) && /^, (?:the |\p{Lu})/u.test(after) && /^, (?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?['’]s |the )(?:[\p{L}-]+ ){0,3}(?:minister|president|ambassador|envoy|foreign secretary|spokes(?:man|woman|person))(?=[,;.)])/iu.test(after)) return true;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  // ("Putin said", "Zelensky urged": what only people do, whatever the model read, but not an acronym: "NATO said")
  if (!/^\p{Lu}+$/u.test(m.name) && m.ner !== "ORG" && /^ (?:said|says|told|urged|insisted|added|warned|vowed|pledged|thanked|congratulated)\b/.test(after)) return true;
  // ("met Erdogan on Friday": one meets a person, even one the model read as an organisation, but not an acronym's
  // nor a known organisation's: "met NATO")
  const orgLike = m.ner === "ORG" && (/^\p{Lu}+$/u.test(m.name) || !!knownOrganization(m.name));
  return !orgLike && (m.ner !== "ORG" || /\b(?:met|meets)\s+$/.test(before)) && /\b(?:met|meet|meets|meeting with|told|phoned|thanked|congratulated)\s+$/.test(before) && !/^\s*(?:officials|delegates|delegation|negotiators|envoys|diplomats|representatives|government)\b/.test(after);
}

/** The one word of a body's kind of rule before its name: "Transitional Sovereignty Council". */
const ORG_QUALIFIER = /^(?:Transitional|Interim|Provisional|Supreme|Revolutionary|Presidential)$/;
const KNOWN_AS = /^,?\s*\(?(?:also |better |widely |popularly )?(?:known as|nicknamed|dubbed|alias)\s+["“']?$/;
const STATE = new Set<string>(["Government", "Demonym"]);

type Toucher = (m: ResolvedMention, key: string, kind: EntityKind, label: string) => void;

function resolveOrganizations(text: string, mentions: ResolvedMention[], touch: Toucher, entities: Map<string, EntityRecord>, home?: string) {
  // a name-shaped organisation joined by "and" to a person ("Vladimir Putin and Volodymyr Zelensky met")
  const named = (m: ResolvedMention) => m.kind === "Organization" && !m.head && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(m.name);
  for (const m of mentions) {
    if (!named(m) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const partner = mentions.find(
      (p) => p.kind === "Person" && p !== m && p.sentence === m.sentence && ((p.end <= m.start && /^,? and $/.test(text.slice(p.end, m.start))) || (p.start >= m.end && /^,? and $/.test(text.slice(m.end, p.start)))),
    );
    if (partner) m.kind = "Person";
  }
  // and one the article treats as a person anywhere ("Volodymyr Zelensky met …", "Zelensky said he …", "Prabowo
  // Subianto, who …"): every mention of that name
  // (or names a person in a list: "signed by A, B and Slobodan Milošević … a note that Slobodan Milošević gave Y")
  const listed = new Set(mentions.filter((m) => m.kind === "Person" && m.ner === "ORG" && nameTokens(m.name).length >= 2).map((m) => normName(m.name)));
  const personLike = new Set([...mentions.filter((m) => named(m) && PERSON_AFTER.test(text.slice(m.end, m.end + 40))).map((m) => normName(m.name)), ...listed]);
  for (const m of mentions) if (named(m) && personLike.has(normName(m.name))) m.kind = "Person";
  const orgs = mentions.filter((m) => m.kind === "Organization");
  // "the Commission", "Commission President X" in a story that names the EU and no other commission: the European
  // Commission, no state's
  const union = (m: ResolvedMention) => /^European (?:Union|Commission)$/.test(knownOrganization(m.name)?.[0] ?? "");
  if (orgs.some(union) && !orgs.some((m) => / Commission$/.test(m.name) && !union(m))) for (const m of orgs) if (/^(?:the |The )?Commission$/.test(m.name)) m.name = "European Commission";
  // owner from a possessive state just before: "South Korea's Foreign Ministry", "North Korea's ruling ... Party"
  for (const m of orgs) {
    if (m.owner) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const gov = mentions.filter((g) => g.kind === "Government" && g.end <= m.start && g.end >= m.start - 40).pop();
    // (or a state named at its end: "the Ministry of External Relations of Angola")
    const named = isStateOrgan(m) ? stateAtEnd(m.name) : undefined;
    // (or a region's council named by the region, of its state: "the Réunion Regional Council" is France's)
    const region = m.name.replace(/^the /i, "").match(/^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:Regional|Departmental|Territorial) (?:Council|Assembly)$/u)?.[1];
    // (or a region's own council or government named with the region: "Corsica's Executive Council", "the Assembly of
    // Corsica", "the Territorial Council of St. Pierre and Miquelon", "the Junta de Andalucía")
    // (or a region's service named with the region first: "Maine Forest Service")
    const lead = /^\p{Lu}[\p{L}-]+(?= (?:\p{Lu}[\p{L}-]+ ){0,2}(?:Service|Department|Agency|Police|Authority|Commission)$)/u.exec(m.name)?.[0];
    const seat = /\b(?:Council|Assembly|Government|Executive|Parliament|Cabinet|Junta)\b/.test(m.name) ? (m.name.match(/ (?:of|de) (?:the )?(\p{Lu}[\p{L}.-]*(?: (?:and )?\p{Lu}[\p{L}-]+){0,3})$/u)?.[1] ?? mentions.find((p) => p.kind === "Place" && p.end <= m.start && p.end >= m.start - 4 && /^['’]s $/.test(text.slice(p.end, m.start)))?.name) : undefined;
    // (not a state's own: "the Council of Europe", "the Government of Japan"; save a region the gazetteer lists as one)
    const ofSeat = seat ? stateOfRegionCouncil(seat) : undefined;
    const regional = region ? stateOfRegionCouncil(region)?.key : ofSeat && ofSeat !== countryByName(seat!) ? ofSeat.key : lead && !countryByName(lead) ? countryOfRegion(lead)?.key : undefined;
    if (gov && /^['’]s\s+(?:(?:ruling|main|de facto|own|top|state|foreign)\s+)*$/i.test(text.slice(gov.end, m.start))) m.owner = gov.country;
    else if (named) m.owner = named;
    else if (regional) m.owner = regional;
    else if (/\bour\s+$/i.test(before)) m.owner = "@speaker";
  }
  // an owner-less state organ ("the Foreign Ministry") is the same-named one with an owner in this article
  // (so is a region's council named short after its full name: "a spokeswoman for the Executive Council", after
  // "Corsica's Executive Council")
  for (const m of orgs) {
    const council = /^(?:the )?(?:Executive|Regional|Territorial|Provincial) (?:Council|Assembly|Government)$/i.test(m.name);
    if (m.owner || (!council && !isStateOrgan(m))) continue;
    const twins = new Set(orgs.filter((o) => o !== m && o.owner && o.owner !== "@speaker" && normName(o.name).endsWith(normName(m.name))).map((o) => o.owner));
    if (council && twins.size === 1) {
      m.owner = [...twins][0];
      continue;
    }
    if (!isStateOrgan(m)) continue;
    // (a body a state has one of, named again short, is the one named in full, whosever: "Sudan's Transitional
    // Sovereignty Council … a member of the Sovereignty Council", in a story from Juba)
    if (twins.size === 1 && (!home || twins.has(home) || ONE_OF_A_KIND.test(m.name))) m.owner = [...twins][0];
    else if (home && !missionTo(m, home)) m.owner = home;
    else if (/ in /.test(m.name)) {
      // "Sweden, which has an embassy in Pyongyang" (from Pyongyang, or with no dateline): not the host's own;
      // the state named before it in the sentence
      const gov = mentions.find((g) => g.kind === "Government" && g.sentence === m.sentence && g.start < m.start && g.country && !missionTo(m, g.country));
      if (gov) m.owner = gov.country;
    }
  }
  const placeNames = new Set(mentions.filter((x) => x.kind === "Place").map((x) => normName(x.name)));
  for (const m of orgs) {
    if (!m.head && placeNames.has(normName(m.name))) {
      // the model's ORG for a name this article uses as a place ("between Santiago and La Paz")
      touch(m, entityKey("Place", m.name), "Place", m.name);
      continue;
    }
    let label = m.name;
    // (not one that names its state at its end: "Ministry of External Relations of Angola")
    if (m.owner && m.owner !== "@speaker" && isStateOrgan(m) && stateAtEnd(m.name) !== m.owner) {
      const dem = demonymOf(m.owner);
      if (dem && !label.startsWith(dem)) label = `${dem} ${label.replace(/^(?:the|The)\s+/, "")}`;
    }
    touch(m, entityKey("Organization", label), "Organization", label);
  }
  // ("Sudan's Transitional Sovereignty Council … a member of the Sovereignty Council": a body named again without the
  // word of its kind of rule is the same body)
  for (const m of orgs) {
    if (!m.key?.startsWith("organization:") || nameTokens(m.name).length < 2) continue;
    const short = normName(m.name.replace(/^(?:the|The) /, ""));
    const long = orgs.find((o) => o.key && o.key !== m.key && o.start < m.start && ORG_QUALIFIER.test(o.name.replace(/^(?:the|The) /, "").slice(0, -short.length - 1)) && normName(o.name).endsWith(` ${short}`));
    if (!long?.key) continue;
    const was = m.key;
    touch(m, long.key, "Organization", entities.get(long.key)?.label ?? long.name);
    if (!mentions.some((x) => x.key === was)) entities.delete(was);
  }
  // appositions: "ORG", or NAME  /  ORG (NAME)  → NAME is an alias of ORG
  // (an acronym already taken for an organisation of its own, "Korean Central News Agency (KCNA)", moves over
  // with every mention of it in the article)
  // (and so is a document's: "the Reciprocal Access Agreement (RAA) … The RAA was signed")
  for (const m of mentions) {
    if (!m.key?.startsWith("organization:") && !(m.key?.startsWith("document:") && m.kind === "Document" && !m.generic)) continue;
    const kind: EntityKind = m.key.startsWith("document:") ? "Document" : "Organization";
    const tail = text.slice(m.end, m.end + 8);
    const alias = mentions.find((x) => x.start > m.end && x.start <= m.end + 8 && (!x.key || (x.key.startsWith("organization:") && x.key !== m.key && x.name === acronymOf(m.name))));
    if (!alias || !tail || !/^["”’']?\s*,?\s*["”’']?\s*(?:or|\(|also known as|known as)\s*$/.test(text.slice(m.end, alias.start))) continue;
    // (an acronym in brackets with no key yet takes with it the organisation its other mentions were read as: "the
    // Department of Natural and Environmental Resources (DRNA) … DRNA Secretary X")
    const was = alias.key ?? mentions.find((x) => x !== alias && x.name === alias.name && x.key?.startsWith("organization:") && x.key !== m.key)?.key;
    if (!alias.key) touch(alias, m.key, kind, m.name);
    if (was) {
      entities.delete(was);
      for (const x of mentions) if (x.key === was) touch(x, m.key, kind, m.name);
    }
  }
}

/** "Korean Central News Agency" → "KCNA", "International Committee of the Red Cross" → "ICRC". */
export function acronymOf(name: string): string {
  return nameTokens(name)
    .filter((t) => /^\p{Lu}/u.test(t))
    .map((t) => t[0])
    .join("");
}

/** "embassy in Pyongyang" when `state` is North Korea: a mission to that state, so none of its own. */
function missionTo(m: FoundMention, state: string): boolean {
  const at = m.name.match(/^(?:the\s+)?(?:Embassy|Consulate|Mission|embassy|consulate|mission) in (.+)$/)?.[1];
  const c = at ? countryOfPlace(at) : undefined;
  return c?.key === state;
}

/** The state a body's name ends with: "Ministry of External Relations of Angola" → angola. */
function stateAtEnd(name: string): string | undefined {
  const tail = name.match(/.* of (?:the )?(\p{Lu}[\p{L} ]+)$/u)?.[1];
  return tail ? countryByName(tail)?.key : undefined;
}

/** A state organ a state has one of, unlike a ministry: "the Sovereignty Council". */
const COUNCIL_OF_STATE = "(?:Transitional )?(?:Sovereignty|Presidential(?: Leadership)?) Council";
const ONE_OF_A_KIND = new RegExp(`^(?:the\\s+)?${COUNCIL_OF_STATE}$`, "i");

const STATE_ORGAN_NAME = new RegExp(`^(the\\s+)?(Foreign|Defen[cs]e|Finance|Trade|Interior|Justice|Unification|Embassy|Consulate|Mission|Ministry|Cabinet|Office|Foreign Affairs|Parliament|National Assembly|Senate|${COUNCIL_OF_STATE})|^(Embassy|Consulate|Mission) in |^(?:the\\s+)?[\\w ]{1,40} of the Ministry of `, "i");
/** A state's ministry or office by its name ("the Foreign Ministry", "Embassy in X", "the Sovereignty Council"), or a
 * department of a ministry ("Protocol Department of the Ministry of Foreign Affairs"). */
function isStateOrgan(m: FoundMention): boolean {
  return !!m.head && STATE_ORGAN.has(m.head.toLowerCase()) && STATE_ORGAN_NAME.test(m.name);
}

/** The gender a style right before a name says: "Mr", "Ms", "Mrs". */
const styleGender = (before: string) => (/\b(?:Mr|Sir|Lord)\.?\s+$/.test(before) ? "m" : /\b(?:Ms|Mrs|Miss|Dame|Lady)\.?\s+$/.test(before) ? "f" : undefined);

function resolvePeople(mentions: ResolvedMention[], touch: Toucher, text = "") {
  const people = mentions.filter((m) => m.kind === "Person" && !m.key && !m.titleRef);
  // anchors: names of two or more words; a name contained in a longer one joins it ("Jong Un" in "Kim Jong Un")
  const anchors: { tokens: string[]; label: string; key: string; first: number }[] = [];
  const full = people.filter((m) => nameTokens(m.name).length >= 2).sort((a, b) => nameTokens(b.name).length - nameTokens(a.name).length || a.start - b.start);
  for (const m of full) {
    const toks = nameTokens(m.name).map((t) => t.toLowerCase());
    // (and a name with a father's after "bin" told short by its first and last words: "Erywan Yusof" is "Erywan bin
    // Pehin … Mohd Yusof")
    const patronym = (a: { tokens: string[] }) => toks.length === 2 && a.tokens.length > 3 && /^(?:bin|binti|ibn|bint)$/.test(a.tokens[1]) && a.tokens[0] === toks[0] && a.tokens[a.tokens.length - 1] === toks[1];
    // (and an initial before the surname, as official channels write it: "B. Saidov" is "Bakhtiyor Saidov")
    const initialled = (a: { tokens: string[] }) => toks.length === 2 && /^\p{L}\.?$/u.test(toks[0]) && a.tokens.length >= 2 && a.tokens[0].startsWith(toks[0][0]) && a.tokens[a.tokens.length - 1] === toks[1];
    const host = anchors.find((a) => a.tokens.join(" ") === toks.join(" ")) ?? anchors.find((a) => containsRun(a.tokens, toks) || patronym(a)) ?? anchors.find(initialled);
    if (host) {
      host.first = Math.min(host.first, m.start);
      touch(m, host.key, "Person", host.label);
    } else {
      const a = { tokens: toks, label: nameTokens(m.name).join(" ") === m.name ? m.name : m.name, key: entityKey("Person", m.name), first: m.start };
      anchors.push(a);
      touch(m, a.key, "Person", a.label);
    }
  }
  anchors.sort((a, b) => a.first - b.first);
  // the titles and styles each full name is written with ("Sheikh", "King")
  const styles = new Map<string, Set<string>>();
  // (and the style right before the name, where a post set off after it is its title: "Sheikh X, Minister of Foreign Affairs")
  const styleOf = (m: ResolvedMention) => text.slice(Math.max(0, m.start - 20), m.start).match(/(\p{Lu}\p{Ll}+)\s+$/u)?.[1]?.toLowerCase();
  for (const m of full) for (const t of [m.title?.toLowerCase(), styleOf(m)]) if (m.key && t) styles.set(m.key, (styles.get(m.key) ?? new Set()).add(t));
  // one-word names a title makes people ("Pope Francis"): the same word alone is that person ("Francis also asked")
  const titled = new Map(people.filter((m) => !m.bare && !m.key && nameTokens(m.name).length === 1).map((m) => [normName(m.name), entityKey("Person", m.name)]));
  // single names: the anchor whose first or last name it is; the first such person introduced wins
  // (of two who share a surname, "Mr Martin" and "Ms Martin" are two: a style's gender, once one of them has it, picks
  // the other for the other gender)
  const styled = new Map<string, string>();
  // (of several whose names open with the word: the one paired so before, "Moon and Kim Jong-un signed … Moon and Kim
  // signed …" is Kim Jong-un, though Kim Yo-jong was named first; else the one named most so far, in full or alone;
  // else the first named. Not of a shared surname at the end, where the first named stays: "President X Erdoğan … Emine
  // Erdoğan … Erdoğan accepted")
  const amongNamesakes = (cands: typeof anchors, m: ResolvedMention) => {
    if (cands.length < 2) return undefined;
    // (a pair told again: "Moon and Kim" after "Moon and Kim Jong-un", the latest such)
    const partner = text.slice(Math.max(0, m.start - 40), m.start).match(/(\p{Lu}[\p{L}-]+) and $/u)?.[1];
    const pairedAt = (a: (typeof anchors)[number]) => (partner ? Math.max(-1, ...full.filter((f) => f.key === a.key && f.start < m.start && new RegExp(`\\b${partner}(?: [\\p{Lu}][\\p{L}-]+)* and $`, "u").test(text.slice(Math.max(0, f.start - 40), f.start))).map((f) => f.start)) : -1);
    const paired = cands.filter((a) => pairedAt(a) >= 0).sort((x, y) => pairedAt(y) - pairedAt(x));
    if (paired.length) return paired[0];
    const times = (a: (typeof anchors)[number]) => mentions.filter((f) => f.key === a.key && f.start < m.start).length;
    const [best, next] = [...cands].sort((x, y) => times(y) - times(x));
    return times(best) > times(next) ? best : undefined;
  };
  for (const m of people) {
    if (m.key) continue;
    const t = normName(m.name);
    const inner = anchors.filter((a) => a.tokens.slice(1, -1).includes(t) && !/^(bin|ibn|al|el|de|da|van|von|der|prince|king|sheikh)$/.test(t));
    // (not a father's name: "Salman" alone is not "Mohammed bin Salman")
    // (a surname before a given name: "Abbas" is Mahmoud Abbas, not Abbas Kamel, when the article names both)
    // (nor a monarch's one name, another's surname: "Sultan Ibrahim" is not Prime Minister Anwar Ibrahim)
    const regnal = !!m.title && REGNAL_TITLE.test(m.title);
    const surnamed = anchors.filter((a) => a.tokens.length > 1 && a.tokens[a.tokens.length - 1] === t && !/^(?:bin|ibn|bint|ben)$/.test(a.tokens[a.tokens.length - 2] ?? "") && (!regnal || !!styles.get(a.key)?.has(m.title!.toLowerCase())));
    const g = surnamed.length > 1 ? styleGender(text.slice(Math.max(0, m.start - 8), m.start)) : undefined;
    // (or the style written with it, where one of them alone was named with it: "Captain Ibrahim Traore" and "Mr Karamoko
    // Traore", then "Mr Traore" and "Captain Traore")
    const style = surnamed.length > 1 ? styleOf(m) : undefined;
    const sameStyled = style ? surnamed.filter((a) => styles.get(a.key)?.has(style)) : [];
    // (else the one named most so far, as for a shared first word: "Omar Zaid … Karim Zaid … handed it to Karim Zaid …
    // Zaid's reply" is Karim's; else the first named)
    const bySurname = (sameStyled.length === 1 ? sameStyled[0] : undefined) ?? (g ? (surnamed.find((a) => styled.get(a.key) === g) ?? surnamed.find((a) => !styled.has(a.key))) : undefined) ?? amongNamesakes(surnamed, m) ?? surnamed[0];
    if (g && bySurname && !styled.has(bySurname.key)) styled.set(bySurname.key, g);
    // (of two who share a first word, the one named with the same style: "Sheikh Abdullah" is Sheikh Abdullah bin Zayed,
    // not King Abdullah II)
    const byFirst = anchors.filter((a) => a.tokens[0] === t);
    const sameStyle = byFirst.length > 1 && m.title ? byFirst.find((a) => styles.get(a.key)?.has(m.title!.toLowerCase())) : undefined;
    // (a middle word of several names: the one named before it, or of those the one named most so far; "Ondo" after
    // "President Tomas Ondo Nsue Mba", though his son "Tomas Nsue Ondo Mangue" is named later)
    const innerBefore = inner.filter((a) => a.first < m.start);
    const byInner = inner.length === 1 ? inner[0] : innerBefore.length === 1 ? innerBefore[0] : amongNamesakes(innerBefore, m);
    const host = bySurname ?? sameStyle ?? amongNamesakes(byFirst, m) ?? byFirst[0] ?? byInner;
    if (host) touch(m, host.key, "Person", host.label);
    else if (!m.bare) touch(m, entityKey("Person", m.name), "Person", m.name);
    else if (titled.has(t)) touch(m, titled.get(t)!, "Person", m.name);
  }
}

/** Those named before `m` with its post set off around the name: "The Chairperson of the Commission, H.E. Mr. X,
 * received … Y, Special Envoy of the President of …" makes X "the Chairperson" and Y "the Special Envoy". */
function setOffHolders(text: string, mentions: ResolvedMention[], m: ResolvedMention): string[] {
  const post = m.titleRef!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // (past the styles before the name: "the Prime Minister of Malaysia, YAB Dato' Seri X")
  const before = new RegExp(`\\b[Tt]he ${post}(?: (?:of|for|to) [^,;.]{1,80})?,\\s+(?:H\\.E\\.?\\s+)?(?:(?:Mr|Mrs|Ms|Dr|Ambassador|YAB|YB|YBhg|Dato['’]?|Datuk|Seri|Tan Sri|Tun|Utama)\\.?\\s+)*$`, "i");
  // (and one word before it: "X, the apostolic nuncio to Belarus" is "the nuncio", not "X, the former nuncio")
  const after = new RegExp(`^,\\s+(?:the\\s+)?(?:(?!former\\b|then\\b|ex-)[a-z]+\\s+)?${post}\\b`, "i");
  // (not one named with a post of their own after it: "a meeting with the Ambassador, Foreign Minister X said" is two)
  const own = (p: ResolvedMention) => !p.title || new RegExp(`^${post}$`, "i").test(p.title);
  const named = mentions.filter((p) => p.kind === "Person" && !!p.key && !p.titleRef && p.start < m.start && ((own(p) && before.test(text.slice(Math.max(0, (p.outerStart ?? p.start) - 120), p.outerStart ?? p.start))) || after.test(text.slice(p.end, p.end + 60))));
  return [...new Set(named.map((p) => p.key!))];
}

/** "Congo" names both Congos; in a story of Kinshasa, Goma or the Kivus (and not of Brazzaville) it is the Democratic
 * Republic. */
const DRC_STORY = /\b(?:Kinshasa|Goma|Kivu|Lubumbashi|Kisangani|Katanga|Ituri|DRC|Democratic Republic of (?:the )?Congo)\b/;
function sameCongo<M extends { country?: string; titleCountry?: string; titleRef?: { country: string; title: string } }>(text: string, m: M): M {
  const congo = "republic-of-the-congo";
  if (m.country !== congo && m.titleCountry !== congo && m.titleRef?.country !== congo) return m;
  if (!DRC_STORY.test(text) || /\bBrazzaville\b/.test(text)) return m;
  if (m.country === congo) m.country = "dr-congo";
  if (m.titleCountry === congo) m.titleCountry = "dr-congo";
  if (m.titleRef?.country === congo) m.titleRef = { ...m.titleRef, country: "dr-congo" };
  return m;
}

/** The capitalised name set after a name with "of": "King X of Bhutan" (Bhutan), "X of the Philippines". */
export function nameOfAfter(text: string, end: number): string | undefined {
  return text.slice(end, end + 40).match(/^ of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u)?.[1];
}

/** Whether the article names person `key` as another state's than `home`: a post with a state ("Uruguayan President
 * X"), a counterpart of a state ("his Uruguayan counterpart, X"), "X of Uruguay". */
function namedForeign(text: string, mentions: ResolvedMention[], key: string, home: string | undefined): boolean {
  const foreign = (s: string | undefined) => {
    const c = s ? (countryByName(s) ?? countryByDemonym(s)) : undefined;
    return !!c && c.key !== home;
  };
  return mentions.some((p) => {
    if (p.key !== key || p.kind !== "Person") return false;
    if (p.titleCountry && p.titleCountry !== home) return true;
    const at = p.outerStart ?? p.start;
    const counterpart = text.slice(Math.max(0, at - 50), at).match(/\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) counterparts?,? $/u)?.[1];
    const of = nameOfAfter(text, p.end);
    return foreign(counterpart) || foreign(of);
  });
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length >= hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((t, k) => hay[i + k] === t)) return true;
  return false;
}

/** A paper's own doings: a strong sign alone, a weak one twice (not "carried the report", which a courier does). */
const OUTLET_STRONG = /^(?:['’]s (?:inside |front |back |opinion )?(?:pages?|editorial|headline|front-page)\b| (?:also )?ran (?:an?|the|its) (?:[a-z-]+ )?(?:interview|editorial|story|report|piece|column|photograph|headline|denial)\b| (?:also )?(?:carried|published) its (?:[a-z-]+ )?(?:interview|editorial|story|report|piece|column|photograph|headline)\b| (?:led|opened) (?:its [a-z ]{1,20})?with\b)/;
const OUTLET_WEAK = /^(?: (?:also )?reported (?:that|on)\b|: ["“])/;
/** The names (normalised) of newspapers the article names as if people or places, by what they do. */
function outletNames(text: string, mentions: readonly ResolvedMention[]): Set<string> {
  const strong = new Map<string, number>();
  const weak = new Map<string, number>();
  for (const m of mentions) {
    if ((m.kind !== "Person" && m.kind !== "Place") || m.title || m.titleRef || m.honorific || nameTokens(m.name).length < 2) continue;
    const after = text.slice(m.end, m.end + 80);
    const n = normName(m.name);
    if (OUTLET_STRONG.test(after)) strong.set(n, (strong.get(n) ?? 0) + 1);
    // (the headline's form only at a line's start: "Al-Nahar: "…"")
    else if (OUTLET_WEAK.test(after) && (!/^:/.test(after) || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, m.start - 10), m.start)))) weak.set(n, (weak.get(n) ?? 0) + 1);
  }
  return new Set([...strong.keys(), ...[...weak].filter(([, k]) => k >= 2).map(([n]) => n)]);
}

/** The second of two posts joined by "and" right after offset `end` ("the Prime Minister| and Minister of Foreign
 * Affairs"), up to what follows the posts. */
function secondPost(text: string, end: number): string | undefined {
  return text.slice(end).match(/^ and ((?:\p{Lu}[\p{L}-]*|of|for|the)(?: (?:\p{Lu}[\p{L}-]*|of|for|the|and))*?)(?=[,.;]| and (?:HE |H\.E\. )?(?:the )?\p{Lu}| in\b| who\b| to \p{Ll}|$)/u)?.[1];
}

/** The one person named as a region's head of `state`, the post set off before the name: "Andalusia's regional
 * president, X,"; undefined for none or several. */
function regionHead(text: string, mentions: readonly ResolvedMention[], state: string): ResolvedMention | undefined {
  const heads = mentions.filter((p) => {
    if (p.kind !== "Person" || !p.key || p.titleRef) return false;
    const before = text.slice(Math.max(0, p.start - 80), p.start);
    const region = before.match(/(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s (?:regional |provincial |state )?(?:president|premier|leader), $/u)?.[1];
    // (or "the Governor of Iran's Sistan and Baluchestan province, X": its state named before the province)
    const ofState = before.match(/\b(?:Governor|Premier|Chief Minister|President) of (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s (?:\p{Lu}[\p{L}-]+(?: and)? )+(?:province|region|state|prefecture), $/u)?.[1];
    return (!!region && !countryByName(region) && countryOfRegion(region)?.key === state) || (!!ofState && countryByName(ofState)?.key === state);
  });
  return heads.length && heads.every((p) => p.key === heads[0].key) ? heads[0] : undefined;
}
