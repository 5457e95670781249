// One article in, its facts out: sentences → mentions (rules + NER model) → entities → relations and
// meetings. Pure and deterministic; the graph builder merges the facts of many articles afterwards.
import type { Article, ArticleFacts, EntityRecord, Sentence } from "../../graph/types.js";
import { debugOn } from "../../graph/debug.js";
import { splitSentences } from "../text/sentences.js";
import { findDates, WEEKDAY_RE } from "../text/dates.js";
import { tokenize } from "../text/tokens.js";
import { findMentions, type FoundMention, type NerHint } from "../entities/find-mentions.js";
import { COUNTRIES, wholeStateKey, countryOfRegion, countryByCapital, countryByCity, countryByDemonym, countryByKey, countryByName, countryBySeat, countryOfPlace, pressNamesOf } from "../entities/gazetteer/countries.js";
import { resolveMentions, type ResolvedMention } from "../entities/resolve.js";
import { heldFormerly, spelledOut, stateOfStyle, withoutThen } from "../entities/lexicon/titles.js";
import { knownOrganization, knownOrganizationByKey, NATIONAL_WIRES, sideOfOrganization } from "../entities/lexicon/organizations.js";
import { knownOfficeOf, organizationOfOffice } from "../entities/gazetteer/office-holders.js";
import type { NerModel } from "../entities/ner/index.js";
import { abstractSentence, SPEAKER_LABEL, withAuthor, withBulletSubjects, withCaptionsInPast, withLetterSigners, withoutStatesOfPeople, withQuotedPronounSpeakers, withQuotedSpeakers, withClipSpeakers, withoutRoleLabels, quotedSentences, withSpeakers, withBrothersAddressed, withRoyalCouples, withDelegationHeads, type AbstractSentence } from "../relations/abstract.js";
import { askedCarrier, extractRelations, OPENING_PHRASE, ownersOfOrgans, QUOTE_SOURCE, RelationSink, resolvePronouns, withPostsNamedNext } from "../relations/extract-relations.js";
import { MeetingTracker, pairOf, meetingEntities } from "../relations/meetings.js";
import { fits, gendersOf } from "../relations/gender.js";

export interface ExtractOptions {
  ner?: NerModel;
}

/** A rank marked "(Ret'd)", "(retd.)", "(Rtd)" before a name. */
const RETIRED = /\b(?:(?:Brigadier|Major|Lieutenant|Rear|Vice|Air|Lt\.?|Maj\.?|Brig\.?) )?(?:Brigadier|General|Colonel|Commodore|Admiral|Captain|Commander|Marshal|Major|Gen\.?|Col\.?|Capt\.?|Cdr\.?|Brig\.?) \((?:Ret['’]?d|retd|rtd|Rtd|Retd|retired|Retired)\.?\)(?= \p{Lu})/gu;

/** A rank as the press shortens it, worn between a lower-case post and the name: the "Brig. Gen. " of "Ministry of
 * Defense spokesman Brig. Gen. X" (the post is X's; the rank no name of its own). */
const SHORT_RANK_AFTER_POST = /(?<=\b(?:spokes(?:man|woman|person)|chief|commander|adviser|advisor|envoy|head|director|minister|secretary|attach[eé]|officer|aide) )(?:(?:Lt|Maj|Brig|Rear|Vice)\. )?(?:Gen|Col|Adm|Capt|Cmdr|Cdr|Lt|Maj|Brig)\. (?=\p{Lu}\p{Ll})/gu;

/** The words of a Malaysian or Bruneian style that are no names of their own, after the first: the "Patinggi " of
 * "Datuk Patinggi X", the "Amar " of "Datuk Amar Y", a "Tan Sri " after them, the "Pengiran Muda Mahkota " of a
 * crown prince's style. */
const STYLE_WORDS_INSIDE = /(?<=\b(?:Datuk|Dato['’]?|Datu) )(?:Patinggi|Amar|Wira) (?=\p{Lu})|(?<=\b(?:Datuk|Dato['’]?|Datu) (?:(?:Patinggi|Amar|Seri) )?)Tan Sri (?=\p{Lu})|\bPengiran (?:Muda (?:Mahkota )?|Anak )?(?=(?:Pengiran |Haji )?\p{Lu})/gu;

/** The Saudi king's style before his post: "the Custodian of the Two Holy Mosques, King X" is King X. */
const CUSTODIAN_STYLE = /\b(?:the )?Custodian of the Two Holy Mosques,? (?=King\b)/g;

/** An initial and its period written against the name after it, no space: "B.Naran", "Ch.Tuya", "U.Saran". */
const INITIAL_RUN_IN = /(?<![\p{L}.])(?:\p{Lu}|Ch|Sh|Ts|Kh|Zh)\.(?=\p{Lu}\p{Ll}{2,})/gu;

/** A nickname quoted between a given name and a surname: the "'Brave'" of "Philip 'Brave' Rolle". */
const NICKNAME_INSIDE = /(?<=\b\p{Lu}\p{Ll}+ )(?:'|‘|"|“)\p{Lu}[\p{L}-]+(?:'|’|"|”)(?= \p{Lu}\p{Ll})/gu;

/** A portfolio's branch in brackets inside a minister's post set off: the " (Oil)" of "the Minister of State, Petroleum
 * Resources (Oil), X". */
// (its bracket first, what goes before it looked at only there: a look-behind tried at every character is slow)
const PORTFOLIO_BRANCH = / \((?<=\bMinister (?:of|for) [^,.;()]{0,30}(?:, [^,.;()]{0,40})?\p{Ll} \()\p{Lu}[\p{L}&' -]{1,24}\)(?=, \p{Lu})/gu;

/** What is no word of a name, blanked before mentions are found (the offsets kept), in this order. */
const BLANKED = [RETIRED, INITIAL_RUN_IN, NICKNAME_INSIDE, SHORT_RANK_AFTER_POST, STYLE_WORDS_INSIDE, CUSTODIAN_STYLE, PORTFOLIO_BRANCH];

export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleFacts {
  const text = article.text;
  const sentences = dedupeSentences(withoutQuizOptions(splitSentences(text).filter((s) => !isBoilerplate(s.text))));
  const warnings: string[] = [];
  const ner = options.ner ? nerHints(text, sentences, options.ner) : undefined;
  // first pass: which countries the article names ("the North" needs them)
  const articleCountries = new Set<string>();
  for (const m of text.matchAll(/\b(North|South) [A-Z][a-z]+\b/g)) {
    const c = countryByName(m[0]);
    if (c) articleCountries.add(c.key);
  }
  const found: FoundMention[] = [];
  // (a retired rank is no word of a name: "Prime Minister Brigadier (Ret'd) X" is X; blanked, the offsets kept)
  // (nor a patronymic's initial run into the name, "B.Naran", "Ch.Tuya": the name is Naran, Tuya)
  // (nor a nickname quoted between the given name and the surname: "Prime Minister Philip 'Brave' Rolle" is
  // Philip Rolle)
  // (nor a shortened rank after a post, nor the inner words of a Malaysian style, nor a king's style: see BLANKED)
  const seen = BLANKED.reduce((t, re) => t.replace(re, (m) => " ".repeat(m.length)), text);
  sentences.forEach((s, i) => found.push(...findMentions(seen, seen === text ? s : { ...s, text: seen.slice(s.start, s.end) }, { articleCountries, ner: ner?.[i] })));
  for (const m of found) if (m.kind === "Person" && / {2}/.test(m.name)) [m.name, m.text] = [m.name.replace(/ {2,}/g, " "), text.slice(m.start, m.end)];
  // (a district's name written after its officer's post, before the name: "Deputy Commissioner Ziarat X Y" is X Y, the
  // deputy commissioner of Ziarat, a place the story names)
  for (const m of found) {
    const district = m.kind === "Person" && m.title && /\b(?:Commissioner|Collector|Magistrate|Superintendent)$/.test(m.title) ? m.name.match(/^(\p{Lu}[\p{L}-]+) (?=\p{Lu}[\p{L}-]+ \p{Lu})/u)?.[1] : undefined;
    if (!district || !(countryOfPlace(district) || found.some((x) => x.name === district && (x.kind === "Place" || x.locative)))) continue;
    [m.name, m.start] = [m.name.slice(district.length + 1), m.start + district.length + 1];
    m.text = text.slice(m.start, m.end);
  }
  withDocumentShortNames(text, sentences, found);
  withInitialsNamed(text, sentences, found);
  const city = datelineCity(text);
  const homeCountry = datelineCountry(text, city) ?? homeOfOwnOfficials(text, found, article.date) ?? mastheadCountry(text);
  const { mentions, entities } = resolveMentions(text, found, homeCountry, article.date);
  datedGroupEvents(mentions, sentences, article.date);

  const governmentOf = new Map<string, string>();
  // (a territory that is a state's region is that state's side: "Åland's premier" is Finland's)
  for (const m of mentions) if (m.kind === "Person" && m.key && m.titleCountry && !m.titleIsAffiliation) governmentOf.set(m.key, `government:${wholeStateKey(m.titleCountry)}`);

  const sink = new RelationSink(article);
  // ("He delivered a note from A to B": a pronoun opening the sentence is the person the previous one was about)
  // (and not one the article gives the other gender)
  const signed = withLetterSigners(text, withCaptionsInPast(text, withRoyalCouples(withBrothersAddressed(withSpeakers(text, withBulletSubjects(text, withClipSpeakers(withDelegationHeads(withoutRoleLabels(sentences.map((s) => abstractSentence(text, s, mentions)))))))))));
  const authored = withAuthor(signed);
  const given0 = withQuotedSpeakers(text, authored);
  // (the one a memoir, an op-ed or a speech makes its "I": a narrator, no "he" or "she" of theirs)
  const narrator = narratorOf(signed, authored);
  const genders = gendersOf(text, given0);
  // (and a quotation closed by a pronoun's words, "…," she said": the one person the article gives that gender)
  const given = withQuotedPronounSpeakers(text, given0, genders);
  const resolved = resolvePronouns(withPostsNamedNext(given), genders, article.date, narrator);
  // (BACKCHANNEL_DEBUG=abstracts: each sentence as the rules read it, for tuning)
  if (debugOn("abstracts")) console.error(`[home] ${homeCountry ?? "-"} dateline city ${city ?? "-"}`);
  if (debugOn("abstracts")) console.error(`[genders] ${[...genders].map(([k, g]) => `${k}=${g}`).join(" ")}`);
  if (debugOn("abstracts")) for (const a of resolved.all) console.error(`[abstracts] ${a.sentence.index} ${a.text}  ${a.slots.map((x, i) => `${i}=${x.key ?? x.text}`).join(" ")}`);
  // (a national agency's story from abroad, "MANILA, July 11 (Yonhap)": a bare "Foreign Minister X" is the agency's
  // state's, not the dateline's, as is the president it names most)
  const wire = nationalWire(text);
  const posts = wire ?? homeCountry;
  extractRelations({ article, sentences, mentions, governmentOf, homeCountry: posts, homeWire: !!wire, homeCapital: !!posts && countryByCapital(city ?? "")?.key === posts, namedMost: posts ? undefined : homeNamedMost(found) }, resolved.all, sink);
  // (and its posts that state's: "Réunion's president", "the Åland government's head of communications")
  for (const r of sink.out) if (r.relation === "HOLDS_OFFICE" && r.target.startsWith("government:")) r.target = `government:${wholeStateKey(r.target.slice("government:".length))}`;
  // (for the meetings, "President Faye of Senegal and X met" is a pair of people: the state a person is of goes with them)
  const abstracts = resolved.objects.map((a) => ({ ...a, text: withoutStatesOfPeople(a.text) }));

  const titlesOf = new Map<string, string[]>();
  // (written out: "Gen. X" is "the general")
  for (const m of mentions) if (m.kind === "Person" && m.key && m.title) titlesOf.set(m.key, [...(titlesOf.get(m.key) ?? []), spelledOut(m.title)]);
  // (and the posts the rules read around a name: "India's ambassador to Mexico, X," makes X "the ambassador")
  for (const r of sink.out)
    if (r.relation === "HOLDS_OFFICE" && r.title && r.source.startsWith("person:") && !titlesOf.has(r.source)) titlesOf.set(r.source, [withoutThen(r.title).toLowerCase().replace(/ (?:to|of|for) .*$/, "")]);
  // (each person's state for telling colleagues at a meeting: offices stated, then those inferred)
  const stateOf = new Map(governmentOf);
  for (const r of sink.out) if (r.relation === "HOLDS_OFFICE" && r.target.startsWith("government:") && !stateOf.has(r.source)) stateOf.set(r.source, r.target);
  // (an international organisation's officials are its side, the EU's bodies one side: "Commission President X" and
  // "Trade Commissioner Y" are colleagues at a signing with a state)
  // (and one in a body named by its state's seat of government is that state's: "the head of the Elysée's diplomatic unit")
  const organOwners = ownersOfOrgans(sink.out);
  for (const r of sink.out) {
    if ((r.relation !== "HOLDS_OFFICE" && r.relation !== "AFFILIATED_WITH") || !r.source.startsWith("person:") || stateOf.has(r.source)) continue;
    const side = r.relation === "HOLDS_OFFICE" ? sideOfOrganization(r.target) : undefined;
    const seat = !side && r.target.startsWith("organization:") ? countryBySeat(entities.get(r.target)?.label ?? "") : undefined;
    // (and one in a ministry named with no state, in a story from that state: "the Secretary-General of the Ministry of
    // Foreign Affairs, X", from Putrajaya)
    const ministry = !side && !seat && posts && r.target.startsWith("organization:") && /^(?:the )?Ministry of /i.test(entities.get(r.target)?.label ?? "") ? `government:${posts}` : undefined;
    // (or a state's organ the article names as its own: "the coordinator of the Transitional Presidential Council")
    const owner = !side && !seat && !ministry && r.target.startsWith("organization:") ? organOwners.get(r.target) : undefined;
    const state = side ?? (seat ? `government:${seat.key}` : (ministry ?? owner));
    if (state) stateOf.set(r.source, state);
  }
  // (and one named with a style only one state gives, "Lyonchhen X", "Lyonpo Y": that state's side)
  for (const m of mentions) {
    const style = m.kind === "Person" && m.key && !stateOf.has(m.key) && m.outerStart !== undefined ? stateOfStyle(text.slice(m.outerStart, m.start)) : undefined;
    if (style) stateOf.set(m.key!, `government:${style}`);
  }
  // (and the side a sentence seats them on: "X, head of the President's office, took part in the talks on the Polish side")
  for (const m of mentions) {
    if (m.kind !== "Government" || !m.country || !/\bside$/.test(m.text)) continue;
    const s = sentences[m.sentence];
    if (!/\b[Oo]n the $/.test(text.slice(Math.max(s.start, m.start - 8), m.start))) continue;
    for (const p of mentions) if (p.sentence === m.sentence && p.kind === "Person" && p.key && !p.titleRef && !stateOf.has(p.key)) stateOf.set(p.key, `government:${m.country}`);
  }
  // (and the state whose body a person works for, told in apposition: "X, managing director of Abu Dhabi's Mubadala", "Y,
  // chief executive of Kazakhstan's sovereign wealth fund": a side at the table, though no office of the state)
  for (const p of mentions) {
    if (p.kind !== "Person" || !p.key || stateOf.has(p.key)) continue;
    const x = mentions.find((x) => x.sentence === p.sentence && x.start > p.end && x.start - p.end < 80);
    // (or a state's post in lower case before the name: "Norway's international development minister, X,")
    const w = mentions.filter((w) => w.sentence === p.sentence && w.end <= (p.outerStart ?? p.start) && w.kind === "Government").pop();
    // (also placed: "Turkey's consul general in Erbil, X")
    const before = w && /^['’]s (?:[a-z-]+ ){0,4}[a-z-]+(?: (?:in|to|at) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?, $/u.test(text.slice(w.end, p.outerStart ?? p.start)) ? w.country : undefined;
    const after = x && /^, (?:the )?(?:[a-z-]+ ){1,6}(?:of|at|for) $/.test(text.slice(p.end, x.start)) && /^['’]s\b/.test(text.slice(x.end, x.end + 3)) ? (x.kind === "Government" ? x.country : x.kind === "Place" ? countryOfPlace(x.text)?.key : undefined) : undefined;
    const state = before ?? after;
    if (state) stateOf.set(p.key, `government:${state}`);
  }
  const tracker = new MeetingTracker(article.id, article.date, sink, titlesOf, stateOf, posts ? `government:${posts}` : undefined);
  let prevSubject: string | undefined;
  let prevPair: string[] = [];
  const subjects: string[] = [];
  const lead = protagonist(abstracts, article.title);
  const sourceOnly = new Set<string>();
  tracker.lead = lead;
  // (the sentences told inside a quotation: opening with its mark, or after one left open)
  const inQuotes = quotedSentences(abstracts);
  for (const [i, a] of abstracts.entries()) {
    // ("he" or "she" for the last subject the article does not give the other gender)
    const pronoun = a.text.match(/\b(?:he|she)\b/i)?.[0];
    // (and, with no subject before, the one the article is about: an obituary's "she chaired the session")
    // (else, for an opening pronoun, the one the rules read it as: "Cooper said she had not met X. He requested …" is X)
    // (nor one the sentence names itself: "He requested a meeting with me", in X's answer, is not X)
    const named = new Set(a.slots.map((x) => x.key));
    // (nor the one the sentence before called by the other pronoun: "X … carried a note, which he handed to Y. She took
    // the note back to L" is Y, the other one it named)
    const prev = abstracts[i - 1];
    // (not a quotation's tag: "“… X did not meet Y,” she said. “On Friday he met Z”" is X, the "she" who said it
    // another)
    const prevText = prev?.text.replace(/[,?!]?["”] (?:he|she) (?:said|says|added|told [a-z]+|explained|insisted|recalled)\b/g, "");
    const other = pronoun && prev && new RegExp(`\\b${/^she$/i.test(pronoun) ? "he" : "she"}\\b`).test(prevText) && !new RegExp(`\\b${pronoun.toLowerCase()}\\b`).test(prevText);
    const may = (k: string) => fits(pronoun!, k, genders) && !named.has(k) && !(other && k === prevSubject);
    const otherNamed = other ? [...prev.text.matchAll(/<P(\d+)>/g)].map((x) => prev.slots[Number(x[1])]?.key).filter((k): k is string => !!k && k !== prevSubject && may(k)) : [];
    // (or, past a quote's source, the one the rules read the opening pronoun as: "Y has said so plainly: "X did not
    // meet Z." … She delivered a letter" is X)
    // (and in a transcript, after a speaker's turn: the speakers say "I", so "He was received then by X" is the rules')
    const turn = !!prev && SPEAKER_LABEL.test(prev.text);
    const ruled = pronoun && prevSubject && (sourceOnly.has(prevSubject) || turn) ? openingReferent(a, resolved.all[i]) : undefined;
    // (past a last subject of the other gender, the one the pronouns' reading gives, when it gives one: "On April 2,
    // he says, Ms W handed him Y's reply … On June 19, according to the affidavit, he was received by Z" is the one who
    // says it)
    const read = pronoun && prevSubject?.startsWith("person:") && !may(prevSubject) ? openingReferent(a, resolved.all[i]) : undefined;
    // (or, after a quotation, the one the pronouns' reading gives: the quotation's own "he" is someone else's)
    const afterQuote = pronoun && i > 0 && inQuotes[i - 1] && !inQuotes[i] ? openingReferent(a, resolved.all[i]) : undefined;
    const subject = afterQuote && may(afterQuote) ? afterQuote : ruled && may(ruled) ? ruled : read && may(read) ? read : pronoun && prevSubject?.startsWith("person:") && !may(prevSubject) ? (subjects.findLast((k) => k.startsWith("person:") && genders.has(k) && may(k)) ?? (new Set(otherNamed).size === 1 ? otherNamed[0] : undefined) ?? openingReferent(a, resolved.all[i])) : (prevSubject ?? (pronoun && lead && fits(pronoun, lead, genders) ? lead : undefined));
    // (the one asked to carry a paper, told as "she" who then hands it over: the sentence as the pronouns read it)
    const carried = askedCarrier(a, prev);
    // (and a pronoun one of a pair, past opening phrases: "On January 9, 2005, at L, he and Y signed …")
    // (or opening it: "She and Y met at L")
    const pair = /^(?:(?:[^<.;]|<[LTP]\d+>)*?, )?(?:he|she|He|She) and /.test(a.text) && resolved.all[i].slots.length > a.slots.length && !/^(?:(?:[^<.;]|<[LTP]\d+>)*?, )?(?:he|she|He|She) and /.test(resolved.all[i].text);
    // (and a pronoun who hands a paper over, met the one he hands it: "With Y at Z's side, he handed the president a
    // letter")
    // (that pronoun alone read: the rest of the sentence as written, "inviting him" not its reading)
    const handing = HANDING_PRONOUN.test(a.text) ? withOpeningPronounRead(a, resolved.all[i]) : undefined;
    tracker.scan(carried || pair ? resolved.all[i] : (handing ?? a), carried?.carrier.key ?? subject, prevPair);
    prevPair = pairOf(a);
    // (the one the sentence opens with, past an opening phrase: not a name deep in it, "It was the first time the
    // two leaders had sat down together since <P1> won …", which leaves the subject before it)
    // (nor one after a subject named by a post: "In the Russian capital the cardinal, who …, met <P2>")
    // (nor a transcript's speaker, who says "I": "GBARWEA: That is correct. She was to stop in L" is not Gbarwea)
    const said = a.text.replace(SPEAKER_LABEL, "");
    // (past a state's post before the name: "<G>'s foreign minister, <P>, was here" is about <P>)
    const first =
      said.match(/^(?:[^<.;]{0,60}, )?<G\d+>['’]s (?:[a-z-]+ ){1,3}(?:[a-z-]+, )?<(P)(\d+)>/) ??
      said.match(/^(?:[^<.;]{0,60}, )?(?:[A-Z][a-z]+ )?(?:the )?<([PG])(\d+)>/) ??
      (/^(?:He|She|They|It)\b/.test(said) || POST_SUBJECT.test(said.slice(0, Math.max(0, said.search(/<[PG]\d+>/)))) ? null : said.match(/<([PG])(\d+)>/));
    if (first) prevSubject = a.slots[Number(first[2])]?.key ?? prevSubject;
    // (the story's subject again after a quotation: the one its pronoun was read as)
    else if (afterQuote && may(afterQuote)) prevSubject = afterQuote;
    // (one who only gives a quote: "<P> has said so plainly: "…"")
    const quoted = QUOTE_SOURCE.exec(a.text)?.[1];
    if (quoted !== undefined && a.slots[Number(quoted)]?.key === prevSubject) sourceOnly.add(prevSubject!);
    if (prevSubject && subjects[subjects.length - 1] !== prevSubject) subjects.push(prevSubject);
  }
  withoutCorrectedClaims(sentences, sink, tracker);
  withoutDeniedPairs(abstracts, sink, tracker, article.date);
  // states that relations name only through a demonym ("Turkish President ...") still need their node; a state a
  // relation names acts, even if the text also names it as a place ("officials in Oman … Omani Foreign Minister X"),
  // but for where a meeting is
  for (const r of sink.out)
    for (const k of [r.source, r.target]) {
      // (and a known organisation named only through a post: "Trade Commissioner X" of the European Commission)
      // (or one the gazetteer of office holders names: "António Costa" alone is President of the European Council)
      const org = entities.has(k) ? undefined : (knownOrganizationByKey(k) ?? [organizationOfOffice(k)].filter((x): x is string => !!x));
      if (org?.length) entities.set(k, { key: k, kind: "Organization", label: org[0], aliases: [...org], mentions: 1 });
      if (!k.startsWith("government:")) continue;
      const e = entities.get(k);
      if (!e) {
        const c = countryByKey(k.slice("government:".length));
        // (by its official and press names too, as a state the article names is: "Türkiye" is also "Turkey")
        if (c) entities.set(k, { key: k, kind: "Government", label: c.name, aliases: [...new Set([c.name, c.official, ...pressNamesOf(c)])], mentions: 1, extra: { acted: true } });
      } else if (!(r.relation === "HELD_IN" && k === r.target)) e.extra = { ...(e.extra ?? {}), acted: true };
    }
  // the titles a person is named with, kept even when no state or organisation is known for them
  for (const m of mentions) {
    if (m.kind !== "Person" || !m.key || !m.title || m.titleIsAffiliation || m.titleRef) continue;
    const e = entities.get(m.key);
    const titles = (e?.extra?.titles as string[] | undefined) ?? [];
    // (a post once held says so: "Former Kenyan President X" is a former President)
    const title = `${heldFormerly(text, m) ? "former " : ""}${withoutThen(m.title)}`;
    if (e && !titles.includes(title)) e.extra = { ...(e.extra ?? {}), titles: [...titles, title] };
  }
  // (a document named only by what it is stays only if someone is told to have signed it: "the opposition, which
  // signed an electoral agreement" alone leaves a node of no use)
  const related = new Set(sink.out.flatMap((r) => [r.source, r.target]));
  const kept = [...entities.values()].filter((e) => e.kind !== "Meeting" && !(e.extra?.generic && !related.has(e.key)));
  const all: EntityRecord[] = [...kept, ...meetingEntities(tracker.meetings, mentions)];
  // (and the capitals meetings were placed in that the article does not name: "at the Office of the President")
  for (const [key, label] of tracker.capitalsAdded) if (!entities.has(key)) all.push({ key, kind: "Place", label, aliases: [], mentions: 0 });
  // Places and governments used as places: remember whether each state ever acted
  for (const e of all) {
    if (e.kind !== "Government") continue;
    const acted = e.extra?.acted === true || mentions.some((m) => m.key === e.key && !m.locative);
    e.extra = { ...(e.extra ?? {}), acted };
  }
  const { text: _t, ...meta } = article;
  void _t;
  return {
    article: { ...meta, words: text.split(/\s+/).filter(Boolean).length },
    entities: all,
    relations: sink.out,
    warnings,
  };
}

/** Lines of a news page that are not its story: the byline ("By A and B"), the credits ("(Reporting by A in
 * Geneva; Editing by B)"), page furniture ("Advertisement", "Related: …"). Their names are no one in the news. */
const BYLINE = /^By (?:[\p{Lu}][\p{L}.'’-]*\s?){1,4}(?:(?:,|,? and) (?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})*(?:\s*[,;|—–-]+\s*(?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})?\.?$/u;
const CREDITS = /^\(?(?:Reporting|Writing|Additional reporting|Editing|Compiled|Written|Produced|Graphics|Photos?) by\b/i;
/** A line that is only a publication time: "Mon 8 Jul 2024 11.42 BST", "Tuesday, 9 July 2024 10:05 GMT". */
const TIMESTAMP = new RegExp(`^(?:${WEEKDAY_RE}\\.?,? )?\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}(?:,? \\d{1,2}[.:]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,5})?)?$`);
const FURNITURE = /^(?:Advertisement|Scroll to continue|Follow (?:us|our|[A-Z][A-Za-z.]*['’]s?) (?:on|live|latest|for)\b|Related(?: coverage| stories| articles)?:|Read more:|Read also:|See also:|Sign up\b|Subscribe\b|Share this\b|Click here\b)/i;

export function isBoilerplate(sentence: string): boolean {
  const t = sentence.trim();
  return BYLINE.test(t) || CREDITS.test(t) || FURNITURE.test(t) || TIMESTAMP.test(t) || /^#{1,6}\s+\S+$/.test(t); // (and a one-word heading: "## Timeline")
}

/** Pages that print a story twice: a sentence repeated verbatim counts once (its first occurrence). */
const SUBJECT_LEFT_OUT = /^(?:He|She|They|His|Her|Their|Met|Held|Has|Had|Is|Was|Sits|Sat|Took|Gave|Led|Leads|Spoke|Stayed|[A-Z][a-z]+ed)\b/;
/** A quiz's options, "A. Claire Cronin" … "D. Warren Stephens" (lines of their own, labelled from A), tell nothing:
 * they go; and an answer's label, "B. Edward Walsh, the US ambassador, handed …", is no initial of the name: the
 * sentence starts after it. */
const OPTION = /^([A-H])[.)] [^\n.!?]{1,100}$/;
function withoutQuizOptions(sentences: Sentence[]): Sentence[] {
  const options = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].text.match(OPTION)?.[1] !== "A") continue;
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].text.match(OPTION)?.[1] === String.fromCharCode(65 + j + 1 - i)) j++;
    if (j > i) for (let k = i; k <= j; k++) options.add(k);
  }
  if (!options.size) return sentences;
  return sentences
    .filter((_, i) => !options.has(i))
    .map((s) => {
      const label = s.text.match(/^[A-H][.)] (?=\p{Lu})/u)?.[0].length ?? 0;
      return label ? { ...s, start: s.start + label, text: s.text.slice(label) } : s;
    });
}

function dedupeSentences(sentences: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences
    .filter((s) => {
      const k = s.text.replace(/\s+/g, " ");
      // (a sentence that leaves its subject to the one before is another's each time: a factbox's "Met X on Tuesday and
      // attended the plenary", under two people's names)
      if (seen.has(k) && !SUBJECT_LEFT_OUT.test(k)) return false;
      seen.add(k);
      return true;
    })
    .map((s, index) => ({ ...s, index }));
}

export function nerHints(text: string, sentences: { start: number; end: number }[], model: NerModel): NerHint[][] {
  const toks = sentences.map((s) => tokenize(text.slice(s.start, s.end), s.start));
  const spans = model.tagDocument(toks.map((t) => t.map((x) => x.text)));
  return spans.map((ss, i) => ss.map((sp) => ({ start: toks[i][sp.start].start, end: toks[i][sp.end - 1].end, type: sp.type })));
}

/** A document named in full with its short name in brackets after it ("a Memorandum of Understanding ("MoU")"): the
 * short name's later uses are that document (added to `found`). */
function withDocumentShortNames(text: string, sentences: readonly Sentence[], found: FoundMention[]): void {
  const out: FoundMention[] = [];
  for (const d of found) {
    const short = d.kind === "Document" ? text.slice(d.end, d.end + 24).match(/^\s*\(\s*["“]([A-Z][A-Za-z]{1,11})["”]\s*\)/) : null;
    if (!short) continue;
    for (const x of text.slice(d.end + short[0].length).matchAll(new RegExp(`\\b${short[1]}\\b(?!['’]s\\b)`, "g"))) {
      const start = d.end + short[0].length + x.index!;
      const end = start + short[1].length;
      const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
      // (over a reading of the short name alone as a body: "The MoU was signed")
      const alone = found.findIndex((m) => m.start === start && m.end === end && (m.kind === "Organization" || (m.kind === "Person" && !!m.bare)));
      if (sentence < 0 || found.some((m, i) => i !== alone && m.start < end && start < m.end)) continue;
      if (alone >= 0) found.splice(alone, 1);
      out.push({ ...d, start, end, text: short[1], sentence });
    }
  }
  found.push(...out);
}

/** A person's initials standing for the name the article gives in full: "HH" for Hamoonga Hamalambo ("which she handed
 * to HH at State House"), where one person named has them and the letters are no body's or state's. */
function withInitialsNamed(text: string, sentences: readonly Sentence[], found: FoundMention[]): void {
  const initials = new Map<string, FoundMention | null>();
  for (const m of found) {
    const words = m.kind === "Person" ? m.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) : [];
    if (words.length < 2 || words.length > 3) continue;
    const key = words.map((w) => w[0]).join("");
    const had = initials.get(key);
    initials.set(key, had === undefined || had?.name === m.name ? m : null);
  }
  if (!initials.size) return;
  for (const x of text.matchAll(/(?<![\p{L}.-])\p{Lu}{2,3}(?![\p{L}.-])/gu)) {
    const who = initials.get(x[0]);
    const [start, end] = [x.index!, x.index! + x[0].length];
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    // (not a style before a name or a post: "HH the Amir", "HH Sheikh X")
    if (!who || sentence < 0 || knownOrganization(x[0]) || countryByName(x[0]) || /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 8)) || found.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, text: x[0], sentence, kind: "Person", name: who.name });
  }
}

/** A sentence whose subject, a pronoun past an opening phrase, hands someone a paper: "On Monday he handed Y a
 * letter". */
const HANDING_PRONOUN = /^(?:[^<.;"]{0,60}, |With (?:the )?<[PO]\d+> (?:at|by) [^<,.;]{0,30}(?:<P\d+>['’]s )?side, )?(?:He|She|he|she) (?:personally |then |later |also )?(?:handed|gave|presented)(?: over)? (?:to )?(?:the )?(?:<[GN]\d+> )?(?:[a-z-]+ ){0,2}<P\d+>/;
/** The sentence with its opening "He" or "She" (past an opening phrase) put as the person the pronoun resolution read
 * it as (`resolved`), the rest as written; undefined when it read none. */
function withOpeningPronounRead(a: AbstractSentence, resolved: AbstractSentence): AbstractSentence | undefined {
  const m = a.text.match(/^((?:[^<.;"]|<[PLO]\d+>)*?)\b(?:He|She|he|she)\b/);
  const slot = m && resolved.text.startsWith(m[1]) ? resolved.text.slice(m[1].length).match(/^<P(\d+)>/)?.[1] : undefined;
  const who = slot !== undefined ? resolved.slots[Number(slot)] : undefined;
  if (!m || !who?.key) return undefined;
  return { ...a, text: `${m[1]}<P${a.slots.length}>${a.text.slice(m[0].length)}`, slots: [...a.slots, who] };
}

/** "That was wrong.", "This is incorrect.": a sentence that calls the claim just told wrong. */
// (or a denial of the claimed act alone: "… stated that X met Y. She did not.")
const CALLED_WRONG = /^\s*(?:(?:That|This|It|The (?:report|claim|article|story)) (?:was|is) (?:wrong|incorrect|untrue|false|inaccurate|not (?:true|correct|so|the case))\b|(?:He|She|They|It) did not\.|That did not happen\b)/;
/** A claim told as someone's: "An article … said that X had handed …", "the report claimed that". */
const CLAIM_TOLD = /\b(?:said|says|reported|stated|claimed|suggested|wrote|asserted)\b[^.;]{0,40}\bthat\b/;

/** A correction's claims called wrong in the next sentence tell nothing: their relations (offices aside) go, and the
 * meetings told only there. */
function withoutCorrectedClaims(sentences: Sentence[], sink: RelationSink, tracker: MeetingTracker) {
  const wrong = new Set(sentences.filter((s, i) => CALLED_WRONG.test(sentences[i + 1]?.text ?? "") && CLAIM_TOLD.test(s.text)).map((s) => s.start));
  if (!wrong.size) return;
  const gone = new Set(tracker.meetings.filter((m) => m.sentences.every((s) => wrong.has(s.start))).map((m) => m.key));
  withoutMeetings(gone, (r) => wrong.has(r.evidence.start) && !KEPT_FROM_CLAIMS.has(r.relation), sink, tracker);
}

/** The tracker without the meetings `gone` names, and the relations without those that name one of them or that `also`
 * picks. */
function withoutMeetings(gone: ReadonlySet<string>, also: (r: RelationSink["out"][number]) => boolean, sink: RelationSink, tracker: MeetingTracker) {
  for (const k of gone) tracker.meetings.splice(tracker.meetings.findIndex((m) => m.key === k), 1);
  for (let i = sink.out.length - 1; i >= 0; i--) {
    const r = sink.out[i];
    if (gone.has(r.source) || gone.has(r.target) || also(r)) sink.out.splice(i, 1);
  }
}
/** "A and B have never met", "A did not meet B in L on D": the story's own word that two people did not meet. Not
 * when it is bounded ("never met before", "until", "since", "again") or turned ("but", "only", "instead"). */
const NEVER_MET = /(?:^|[.:] |, |\bthat ["“]?|["“])(?:[A-Z][a-z]+\. )?<P(\d+)> (?:and <P(\d+)> (?:have|had) (?:never|not) (?:met|been in the same room)\b|(?:has|had) (?:never|not) met <P(\d+)>|did not (?:meet|see) <P(\d+)>)(?![^.;]*\b(?:before|until|till|since|again|yet|but|only|instead|except|apart|one-on-one)\b)/;
/** "They did not meet", "They have never met": the two the sentence before opened with did not meet. */
const THEY_NEVER_MET = /^They (?:did not|didn['’]t|have not|haven['’]t|had not|never) (?:ever )?(?:meet|met)\b(?![^.;]*\b(?:before|until|till|since|again|yet|but|only|instead)\b)/;

/** "The minister did not meet <P>", "He has never met <P>": one named by a post or a pronoun denied meeting <P> (1). */
const POST_NEVER_MET = /(?:^|["“:] ?)(?:[Tt]he (?:[a-z]+ ){0,2}(?:minister|president|prime minister|premier|envoy|ambassador|chancellor|secretary)|[Hh]e|[Ss]he) (?:did not|didn['’]t|never|has not|had not|has never|had never) (?:meet|met) (?:with )?(?:[A-Z][a-z]+ )?<P(\d+)>/;
/** Two people the story says never met (or did not meet): the meetings it told of the two alone as held or before the
 * story go (claims it reported, a caption quoted), with their MET_WITH edges; those with others stay. */
function withoutDeniedPairs(abstracts: readonly AbstractSentence[], sink: RelationSink, tracker: MeetingTracker, date?: string) {
  const pairs: string[][] = [];
  for (const [i, a] of abstracts.entries()) {
    // (a quotation only where someone is said to say it: ""X did not meet Y," said the spokesman", "…," the spokesman
    // was quoted as saying)
    if (/^["“]/.test(a.text) && !/^["“][^"”]*[,.]?["”],? (?:[^"”.;]{0,100}? )?(?:said|says|told|added|saying)\b/.test(a.text)) continue;
    const v = NEVER_MET.exec(a.text);
    // (or "They did not meet", of the two the sentence before opened with: "A and B were in the same building … They
    // did not meet")
    const they = !v && THEY_NEVER_MET.test(a.text) ? abstracts[i - 1]?.text.match(/^(?:[^<.;]{0,30} )?<P(\d+)> and (?:[A-Za-z]+ )?<P(\d+)>/) : null;
    const from = v ? abstracts[i] : abstracts[i - 1];
    const [x, y] = v ? [v[1], v[2] ?? v[3] ?? v[4]].map((k) => from.slots[Number(k)]?.key) : they ? [they[1], they[2]].map((k) => from.slots[Number(k)]?.key) : [];
    if (x && y && x !== y && x.startsWith("person:") && y.startsWith("person:")) pairs.push([x, y]);
    // (or one named by a post or a pronoun, who did not meet Y, said of a meeting with Y reported just before: "…
    // reported that X had met Y in L. The spokesperson told the pool: "The minister did not meet Y."")
    const post = !v && !they ? a.text.match(POST_NEVER_MET) : null;
    const z = post ? a.slots[Number(post[1])]?.key : undefined;
    const other = z ? abstracts.slice(Math.max(0, i - 3), i).reverse().map((b) => b.text.match(/<P(\d+)> (?:had |has )?(?:met|held talks with|sat down with) <P(\d+)>/)?.slice(1).map((k) => b.slots[Number(k)]?.key)).find((ks) => ks?.includes(z))?.find((k) => k !== z) : undefined;
    if (z && other && z.startsWith("person:") && other.startsWith("person:")) pairs.push([other, z]);
  }
  if (!pairs.length) return;
  const denied = (p: string, q: string) => pairs.some(([x, y]) => (x === p && y === q) || (x === q && y === p));
  // (only one told as held, or dated before the story: one still ahead, "an invitation to a summit in November", stays)
  const past = (m: MeetingTracker["meetings"][number]) => m.statuses.includes("held") || (!!m.date && !!date && m.date < date.slice(0, m.date.length));
  const gone = new Set(tracker.meetings.filter((m) => {
    const people = [...m.participants].filter((k) => k.startsWith("person:"));
    // (a meeting called off stays: it says as much)
    return people.length === 2 && denied(people[0], people[1]) && past(m) && m.statuses[m.statuses.length - 1] !== "cancelled";
  }).map((m) => m.key));
  withoutMeetings(gone, (r) => r.relation === "MET_WITH" && denied(r.source, r.target), sink, tracker);
}

/** The one whom an article's author makes its "I" (`before` and `after` the author read in): the person most often put
 * for an "I" or "me" of a sentence outside quotation marks, when it is so in three sentences at least. */
function narratorOf(before: readonly AbstractSentence[], after: readonly AbstractSentence[]): string | undefined {
  const count = new Map<string, number>();
  for (const [i, a] of after.entries()) {
    const b = before[i];
    if (!b || a.slots.length <= b.slots.length || !/(?<![\w'’"“])(?:I|me)(?![\w'’])/.test(b.text) || /^\s*["“]/.test(b.text)) continue;
    for (const x of a.slots.slice(b.slots.length)) if (x.kind === "Person" && x.key) count.set(x.key, (count.get(x.key) ?? 0) + 1);
  }
  const [first] = [...count].sort((x, y) => y[1] - x[1]);
  return first && first[1] >= 3 ? first[0] : undefined;
}

/** What a claim called wrong still tells: who holds which post, who belongs where. */
const KEPT_FROM_CLAIMS = new Set(["HOLDS_OFFICE", "AFFILIATED_WITH", "MEMBER_OF"]);

/** The one person an article is about, when one is: named in four sentences at least, and in twice as many as anyone
 * else (a profile's or an obituary's subject). */
function protagonist(abstracts: AbstractSentence[], title?: string): string | undefined {
  const count = new Map<string, number>();
  const names = new Map<string, string>();
  for (const a of abstracts)
    for (const x of a.slots) if (x.kind === "Person" && x.key) names.set(x.key, x.name ?? "");
  for (const a of abstracts) for (const k of new Set(a.slots.filter((x) => x.kind === "Person" && x.key).map((x) => x.key!))) count.set(k, (count.get(k) ?? 0) + 1);
  const [first, second] = [...count].sort((x, y) => y[1] - x[1]);
  if (first && first[1] >= 4 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
  // (or the one named most whom the headline names too: "The president's postman: X and the art of …")
  const surname = (k: string) => names.get(k)?.split(" ").pop() ?? "";
  return first && first[1] >= 4 && first[1] > (second?.[1] ?? 0) && title && surname(first[0]).length > 2 && title.includes(surname(first[0])) ? first[0] : undefined;
}

const OPENING_HE = new RegExp(`^((?:${OPENING_PHRASE}(?:according to [^<,.;"]{0,60}, )?)?)(?:He|She|he|she)\\b`);
/** The person a sentence's opening "He" or "She" was read as by the pronoun resolution (`resolved`: the sentence as
 * the rules read it), when the pronoun is the first thing named in both. */
function openingReferent(a: AbstractSentence, resolved: AbstractSentence | undefined): string | undefined {
  const opening = OPENING_HE.exec(a.text);
  const slot = opening && resolved?.text.startsWith(opening[1]) ? resolved.text.slice(opening[1].length).match(/^<P(\d+)>/)?.[1] : undefined;
  return slot === undefined ? undefined : resolved!.slots[Number(slot)]?.key;
}

/** With no dateline, the state whose officials the story names by a bare post ("Foreign Minister X", "Prime Minister
 * Y"), as a paper names its own, where it names others' with their state ("Cambodian Prime Minister Z"): at least two
 * such officials of one state the story never names with its officials, and no other such state named so twice. */
function homeOfOwnOfficials(text: string, found: readonly FoundMention[], date: string | undefined): string | undefined {
  const own = new Map<string, Set<string>>();
  const named = new Set<string>();
  for (const m of found) {
    if (m.kind !== "Person" || !m.title) continue;
    // (not its envoys abroad, whom a paper names with its own state too: "India's High Commissioner in Malé, X"; nor
    // one whose state only its ministry's short name tells: "MEA spokesperson X")
    if (m.titleCountry) {
      const stated = (text.slice(m.outerStart ?? m.start, m.start).match(/\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?/gu) ?? []).some((w) => !!(countryByName(w) ?? countryByDemonym(w) ?? countryByName(w.split(" ")[0]) ?? countryByDemonym(w.split(" ")[0])));
      if (stated && !/\b(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Ee]nvoy|[Cc]onsul)\b/.test(m.title)) named.add(m.titleCountry);
      continue;
    }
    const office = knownOfficeOf(m.name, date)?.office;
    if (!office?.startsWith("government:")) continue;
    const state = office.slice("government:".length);
    own.set(state, (own.get(state) ?? new Set()).add(m.name));
  }
  // (a state the story also names with its officials, "Cambodian Prime Minister Z", is another's, whatever bare posts of
  // it there are: "Deputy Prime Minister and Foreign Minister W attended on the Cambodian side")
  // (one other such state named once is no rival: "Pope Leo XIV" in an Irish paper's quiz)
  const left = [...own].filter(([state]) => !named.has(state)).sort((x, y) => y[1].size - x[1].size);
  return left.length && left[0][1].size >= 2 && (left[1]?.[1].size ?? 0) <= 1 ? left[0][0] : undefined;
}

/** With no dateline, and no officials of its own told, the one state the story names by name three times at least and
 * twice as often as any other: a paper's own, for its posts set off bare ("X, the Premier,", "Y, the Governor,"). */
function homeNamedMost(found: readonly FoundMention[]): string | undefined {
  const count = new Map<string, number>();
  for (const m of found) if (m.kind === "Government" && m.country) count.set(m.country, (count.get(m.country) ?? 0) + 1);
  const [first, second] = [...count].sort((x, y) => y[1] - x[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** With no dateline, the state an outlet's masthead names, on its own line with the section after a bar: "ST. LUCIA
 * TIMES | NEWS", "THE BRAZILIAN REPORT | ECONOMY" (a paper of that state). */
/** Words of newspapers' names that a region's short name can also be ("Free" of "Free State"). */
const MASTHEAD_WORDS = new Set(["Free", "Press", "Daily", "Weekly", "Post", "Times", "Star", "Sun", "Mail", "Herald", "News", "Today", "Local", "World", "Business", "National"]);
function mastheadCountry(text: string): string | undefined {
  // (a number in the name too: "FRANCE 24 | FRANCE")
  // (or in the paper's own case: "The Seattle Times | Local News")
  const line = text.replace(/^---\n[^]*?\n---\n/, "").match(/^\s*([A-Z][A-Za-z0-9.'’& -]{2,40}?)\s*\|/)?.[1];
  if (!line) return undefined;
  const words = line.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).split(/\s+/);
  for (let n = 3; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const w = words.slice(i, i + n).join(" ");
      // (or its letters: "THE BVI BEACON |")
      // (or a region's: "THE MERCURY | TASMANIA")
      // (a region, not a word of the paper's name: "FREE" of "WINNIPEG FREE PRESS" is no short "Free State")
      const c = countryByName(w) ?? countryByName(w.replace(/^St\.? /, "Saint ")) ?? countryByDemonym(w) ?? (n === 1 && w.length <= 4 ? countryByName(w.toUpperCase()) : undefined) ?? (n > 1 || !MASTHEAD_WORDS.has(w) ? countryOfRegion(w) : undefined);
      if (c) return c.key;
    }
  // (or the city the paper is named after, where only one state has a city of that name: "The Seattle Times", "WINDSOR
  // STAR", "The San Diego Union-Tribune")
  for (let n = 2; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const w = words.slice(i, i + n).join(" ").replace(/-.*$/, "");
      const c = words.slice(i, i + n).some((x) => MASTHEAD_WORDS.has(x) || x === "The") ? undefined : countryByCity(w);
      if (c) return c.key;
    }
  return undefined;
}

/** "TOKYO •", "SEOUL (Reuters) -": a dateline's city gives the article's home state. */
function datelineCountry(text: string, city: string | undefined): string | undefined {
  // (a ministry's own release: "PRESS RELEASE — Ministry of Foreign Affairs of the Portuguese Republic")
  // (or in capitals, the state after a comma: "MINISTRY OF FOREIGN AFFAIRS, MALAYSIA")
  const issuer =
    text.slice(0, 400).match(/(?:^|\n)[^\n]{0,40}\bMinistry of [A-Z][\w ]{2,40}? of (?:the )?([A-Z][\w ]{2,40}?)\s*(?:\n|$)/)?.[1] ??
    text.slice(0, 400).match(/(?:^|\n)\s*MINISTRY OF [A-Z ]{2,40}, ([A-Z][A-Z ]{2,30}?)\s*(?:\n|$)/)?.[1]?.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  // (or the state a dateline names after a city the gazetteer does not know, "SOUFRIERE, St Lucia –", or the state of
  // the region it names there, "HOULTON, Maine —")
  const after = text.slice(0, 400).match(/(?:^|\n)\s*\p{Lu}[\p{Lu} .'-]{2,30}, (\p{Lu}[\p{L} .'-]{2,30}?)\s*[–—-]/u)?.[1];
  return (city ? countryOfPlace(city)?.key : undefined) ?? (after ? (countryByName(after) ?? countryOfPlace(after))?.key : undefined) ?? (issuer ? countryByName(issuer)?.key : undefined) ?? outletState(text) ?? stateVisitedInLead(text) ?? stateHereIn(text);
}

/** With no dateline, the city the story's own voice calls "here": "last met here in Juba" (not in a quotation). */
function stateHereIn(text: string): string | undefined {
  for (const m of text.matchAll(/\bhere in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/gu)) {
    const line = text.slice(text.lastIndexOf("\n", m.index!) + 1, m.index!);
    if ((line.match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    const state = countryOfPlace(m[1])?.key;
    if (state) return state;
  }
  return undefined;
}

/** Words a newspaper's name ends with, after its city or state: "Kyiv Post", "Jamaica Observer". */
const OUTLET_WORD = "Free Press|Post|Times|Herald|Observer|Tribune|Gazette|Star|Standard|Chronicle|Express|Review|Today|Independent|News|Mail|Journal|Telegraph|Monitor|Sun|Nation|Guardian|Courier|Insider|Star-Advertiser|Advertiser";
/** The state of a newspaper named by its city or state on a line of its own at the top ("Kyiv Post"), or in a
 * reporter's e-mail address ("walters@jamaicaobserver.com"): the story is told from there. */
function outletState(text: string): string | undefined {
  const head = text.slice(0, 300);
  const line = head.match(new RegExp(`(?:^|\\n)[ \\t]*(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)(?: Daily)? (?:${OUTLET_WORD})[ \\t]*(?=\\n)`, "u"))?.[1];
  const mail = head.match(new RegExp(`@([a-z]+?)(?:${OUTLET_WORD.toLowerCase()})\\.(?:com|net|org|co\\.[a-z]{2}|[a-z]{2})\\b`))?.[1];
  // (or in capitals, over a section's line: "THE KYIV POST | CITY | PEOPLE", "THE SAN JUAN DAILY STAR | LOCAL")
  // (or a state's name of three words, "of" the second: "ISLE OF MAN TODAY | NEWS")
  const caps = head.match(new RegExp(`(?:^|\\n)[ \\t]*(?:THE )?(\\p{Lu}+(?: OF \\p{Lu}+| \\p{Lu}+)?)(?: DAILY)? (?:${OUTLET_WORD.toUpperCase()})[ \\t]*(?=\\||\\n)`, "u"))?.[1]?.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()).replace(/ Of /, " of ");
  // (or a section of a paper's header line in capitals that is a state, or a place of one: "MZUZU TIMES | MALAWI NEWS",
  // "RYUKYU SHIMPO | OKINAWA")
  // (a section's hyphen too: "IOL | NEWS | SOUTH AFRICA | KWAZULU-NATAL")
  const section = head.match(/(?:^|\n)[ \t]*[\p{Lu} ]{3,40}(?: \| [\p{Lu} -]{3,40})+[ \t]*(?=\n)/u)?.[0].split("|").map((x) => x.trim().replace(/ NEWS$/, "").toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())).find((x) => !!countryOfPlace(x));
  // (or its demonym: "THE LAOTIAN TIMES")
  const stateOf = (place: string | undefined) => (place ? (countryByName(place) ?? countryOfPlace(place) ?? countryByDemonym(place))?.key : undefined);
  // (or a web paper's name with its state's domain, over its section line: "EDITION.MV | NEWS")
  const domain = head.match(/(?:^|\n)[ \t]*[A-Za-z][A-Za-z-]{2,30}\.([A-Za-z]{2})[ \t]*(?=\||\n)/)?.[1].toUpperCase();
  // (or a place's own domain: "NATION.CYMRU | CULTURE")
  const placeDomain = head.match(/(?:^|\n)[ \t]*[A-Za-z][A-Za-z-]{2,30}\.([A-Za-z]{3,12})[ \t]*(?=\||\n)/)?.[1].toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase());
  const byDomain = domain && !/^(?:CO|TV|FM|IO|ME|AI)$/.test(domain) ? COUNTRIES.find((c) => c.cca2 === domain)?.key : placeDomain && !/^(?:Com|Net|Org|Info|News|Online)$/.test(placeDomain) ? countryOfPlace(placeDomain)?.key : undefined;
  // (or a name run into its outlet word, over its section line, whose first letters begin one state's name only:
  // "AZERNEWS | NATION", "ARMENPRESS |")
  const fused = head.match(/(?:^|\n)[ \t]*(\p{Lu}{4,})(?:NEWS|PRESS|TIMES|POST|TODAY|DAILY)[ \t]*(?=\||\n)/u)?.[1].toLowerCase();
  const begun = fused ? COUNTRIES.filter((c) => c.name.toLowerCase().startsWith(fused)) : [];
  // (or a name "of" its state, over its section line: "CLUB OF MOZAMBIQUE | ENVIRONMENT")
  const ofState = head.match(/(?:^|\n)[ \t]*(?:THE )?\p{Lu}+(?: \p{Lu}+)? OF (?:THE )?(\p{Lu}+(?: \p{Lu}+)?)[ \t]*(?=\|)/u)?.[1].toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  // (or its first word of two: "JERSEY EVENING POST")
  return stateOf(line ?? caps) ?? stateOf((line ?? caps)?.split(" ")[0]) ?? stateOf(section) ?? byDomain ?? (ofState ? countryByName(ofState)?.key : undefined) ?? (begun.length === 1 ? begun[0].key : undefined) ?? (line ?? caps ? undefined : stateOf(mail ? mail.replace(/^\p{L}/u, (c) => c.toUpperCase()) : undefined));
}

/** With no dateline, the state the visit a story opens with is to ("Sri Lankan President X is on a three-day visit to
 * India", a live blog's first lines): the story is told from there. */
function stateVisitedInLead(text: string): string | undefined {
  const visit = text.slice(0, 700).match(/\b(?:is|are) (?:on|paying|making) (?:a|an|his|her|their) (?:[\w-]+ ){0,3}visit to (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\b/u)?.[1];
  return visit ? countryByName(visit)?.key : undefined;
}

/** The city a dateline opens the story with ("TEHRAN, April 18 -", "New Delhi, Aug 19 (PTI)"), title-cased. */
function datelineCity(text: string): string | undefined {
  // (also in title case before a date and a wire: "New Delhi, Aug 19 (PTI)")
  // (and before a colon, as the Indian and Pakistani press write it: "NEW DELHI: A retired …")
  // (in capitals with accents too: "HÀ NỘI, July 16 (VNA) –")
  // (past a byline in capitals, "TAKASHI MORIOKA, Nikkei staff writer … TOKYO --": the first such line that is a place)
  const caps = [...text.slice(0, 400).matchAll(/(?:^|\n)\s*(\p{Lu}[\p{Lu} .'-]{2,30})\s*(?:[•,(—–:-]|\(\w+\))/gu)];
  const titled = (s: string) => s.trim().toLowerCase().replace(/(?<![\p{L}'])\p{L}/gu, (c) => c.toUpperCase());
  const m =
    (caps.find((c) => countryOfPlace(titled(c[1]))) ?? caps[0]) ??
    // (and before an agency's name after the date: "Riyadh, October 20, 2026, SPA --")
    // (the day first too: "Skopje, 23 March 2026 (MIA) -"; or the agency between slashes: "Tarn, May 2, 2026
    // /AGENCY/.")
    // (past the Portuguese "City of" of a capital's official name: "Cidade da Praia, 17 Jul (Inforpress) –")
    // (or the day and year alone before the dash: "Asmara, 23 January 2025 – The Ministry …")
    text.slice(0, 400).match(/(?:^|\n)\s*(?:Cidade d[aeo] )?([A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)(?: \(|, [A-Z][A-Za-z]{1,8} ?(?:--|[—–-])| \/[A-Z][A-Za-z]{1,12}\/|(?<=\d{4}) (?:--|[—–]) )/) ??
    // (or a known city and the day alone on their line, under a release's heading: "Office of the Prime Minister\nPort
    // Vila, 15 July 2026"; or with a colon, "Tripoli, 23 October 2025:")
    [...text.slice(0, 600).matchAll(/(?:^|\n)[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}):?[ \t]*(?=\n)/g)].find((c) => countryOfPlace(c[1]) && !countryByName(c[1])) ??
    // (or in title case before a colon, as the Gulf press writes it: "Abu Dhabi: President …", a known city, not a state:
    // "Yemen: Diplomacy" heads a written answer; or before a bullet and the day: "Jakarta ● Thu, August 27, 2026")
    [...text.slice(0, 600).matchAll(/(?:^|\n)\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?::|\s+[●•])\s+\S/g)].find((c) => countryOfPlace(c[1]) && !countryByName(c[1])) ??
    // (or a known city in title case before a dash opening the story: "Addis Abeba – A year ago today, …")
    // (and the Dominican press's "Santo Domingo.- Every Friday, …")
    [...text.slice(0, 600).matchAll(/(?:^|\n)[ \t]*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?: [–—-]{1,2}|\.[–—-]) \S/gu)].find((c) => countryOfPlace(c[1]) && !countryByName(c[1])) ??
    // (or a city and its state alone on their line, under the paper's name: "The Peninsula\nDoha, Qatar", "Nuku'alofa,
    // Tonga")
    [...text.slice(0, 600).matchAll(/(?:^|\n)[ \t]*(\p{Lu}[\p{L}'’]+(?: \p{Lu}\p{L}+)?), (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)[ \t]*(?=\n)/gu)].find((c) => !!countryOfPlace(c[1]) && countryOfPlace(c[1])?.key === countryByName(c[2])?.key) ??
    // (or a known city and its province alone on their line, under the byline: "Vanimo, Sandaun Province")
    [...text.slice(0, 600).matchAll(/(?:^|\n)[ \t]*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?), (?:\p{Lu}\p{L}+ ){1,3}(?:Province|Region|State|District|County|Governorate|Prefecture)[ \t]*(?=\n)/gu)].find((c) => countryOfPlace(c[1]) && !countryByName(c[1])) ??
    // (or a known city alone on its line, under the byline: "Nadia Al Mansoori\nAbu Dhabi\n\nFebruary 25, 2026")
    // (or in capitals: "NEW DELHI\nUpdated - …")
    [...text.slice(0, 400).matchAll(/(?:^|\n)[ \t]*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)[ \t]*(?=\n)/gu)].find((c) => countryOfPlace(titled(c[1])) && !countryByName(titled(c[1]))) ??
    // (or the city a byline alone on its line writes from: "Ana Quispe in Beijing", "By JANE DOE in Nairobi")
    [...text.slice(0, 400).matchAll(/(?:^|\n)[ \t]*(?:By )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)[ \t]*(?=\n)/gu)].find((c) => countryOfPlace(c[1]) && !countryByName(c[1]));
  return m ? titled(m[1]) : undefined;
}

/** A subject named by a post before any name: "the cardinal", "The minister", "the Indonesian minister". */
const POST_SUBJECT = /\b[Tt]he (?:[a-z-]+ ){0,2}(?:cardinal|minister|president|envoy|ambassador|leader|king|emir|prince|chancellor|premier|secretary|official|diplomat|spokes(?:man|woman|person)|mediator|archbishop|pope)\b/;

/** The national agency a story's dateline names ("TOKYO, Kyodo --", "SEOUL, March 3 (Yonhap) --", "TOKYO, Oct. 7 Kyodo -"):
 * its state. */
function nationalWire(text: string): string | undefined {
  // (past an editor's note before the dateline: "(ATTN: ADDS details …)")
  // (and past a line of the date and time alone: "19 May 2026, 17:42")
  const head = text.slice(0, 400).split("\n").find((l) => /\S/.test(l) && !/^(?:---|title:|date:|source:)/.test(l) && !/^\s*\((?:ATTN|UPDATE|EDS|LEAD|CORRECTED|RECASTS|ADDS)\b/i.test(l) && !DATE_LINE.test(l)) ?? "";
  const m = head.slice(0, 120).match(WIRE_IN_DATELINE);
  if (m) return NATIONAL_WIRES[m[1]];
  // (an agency's credit over each item, "QNA/Doha", on a line of its own)
  const credit = text.slice(0, 600).match(/(?:^|\n)[ \t]*([A-Z][A-Za-z]{1,9})\/\p{Lu}[\p{L} -]{2,30}[ \t]*(?=\n)/u)?.[1];
  if (credit && NATIONAL_WIRES[credit]) return NATIONAL_WIRES[credit];
  // (the agency in capitals after the city: "ASTANA. KAZINFORM –")
  const caps = head.match(/^\p{Lu}[\p{Lu} '’-]+\. (\p{Lu}+) [–—-] /u)?.[1];
  const wire = caps && Object.keys(NATIONAL_WIRES).find((w) => w.toUpperCase() === caps);
  return wire ? NATIONAL_WIRES[wire] : undefined;
}
/** A line of the date and the time alone, above a story: "19 May 2026, 17:42", "JUL 08, 2026 - 11:18 PM". */
const DATE_LINE = /^\s*(?:\d{1,2} \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4})(?:[,\s–-]+\d{1,2}:\d\d(?: ?[AP]M)?(?: GMT[+-]\d+)?)?\s*$/iu;
/** A national agency's name in a dateline, after "(" or "," or right after the date: "TOKYO, Oct. 7 Kyodo -". */
const WIRE_IN_DATELINE = new RegExp(`(?:[(,]\\s*|\\d\\s+)(${Object.keys(NATIONAL_WIRES).join("|")})\\b`);

/** "The G20 summit" recurs every year: an event a group's name and a lower-case head name ("G20 summit") takes the
 * year its sentence names, else the article's ("2024 G20 summit"), so that each year's is one meeting of its own. */
function datedGroupEvents(mentions: ResolvedMention[], sentences: Sentence[], articleDate: string | undefined) {
  for (const m of mentions) {
    if (m.kind !== "Meeting" || !m.head || /^\p{Lu}/u.test(m.head) || /\b(?:19|20)\d\d\b/.test(m.name)) continue;
    const text = sentences[m.sentence]?.text ?? "";
    const years = [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])];
    // (else a relative date's: "at the G20 summit in Bali last November", written in January, is the year before's)
    const relative = findDates(text, articleDate).filter((d) => d.iso && d.relative && /\blast\b/i.test(text.slice(Math.max(0, d.start - 5), d.start) + d.text));
    const year = years.length === 1 ? years[0] : relative.length === 1 ? relative[0].iso!.slice(0, 4) : articleDate?.slice(0, 4);
    if (!year) continue;
    m.name = `${year} ${m.name}`;
    m.key = `${m.key}-${year}`;
  }
}
