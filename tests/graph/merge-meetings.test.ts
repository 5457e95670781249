// Merging meeting mentions across articles: the indexed matching of graph/merge-meetings.ts (state lists, best
// clusters kept per list) groups mentions exactly as the rule says when every cluster is checked, on random input.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { mergeMeetings, type MeetingInput } from "../../graph/merge-meetings.js";
import type { MeetingStatus } from "../../graph/schema.js";

const year = (d?: string) => d?.match(/^\d{4}/)?.[0];
const isPerson = (p: string) => p.startsWith("person:");
const isEvent = (h: string) => h === "conference";

/** The matching rule checked against every cluster, in the plainest form: the reference for the indexed one. */
function reference(inputs: MeetingInput[], governmentOf: Map<string, string>): string[][] {
  const stateOf = (p: string) => (isPerson(p) ? governmentOf.get(p) : p);
  const statesOf = (ps: Iterable<string>) => new Set([...ps].map(stateOf).filter((x): x is string => !!x));
  interface C { members: MeetingInput[]; participants: Set<string>; articles: Set<string>; dated: Set<string>; inferred: Set<string>; days: Set<string>; held: boolean; cancelled: boolean; led: boolean; head: string; aliases: string[] }
  const clusters: C[] = [];
  const aliasOwner = new Map<string, C>();
  const yearOf = (m: MeetingInput) => year(m.date) ?? (m.statuses.includes("held") ? undefined : year(m.articleDate));
  const yearOk = (c: C, m: MeetingInput) => {
    const y = yearOf(m);
    // (a month is its whole month; more than three days between: two meetings)
    const range = (d: string): [number, number] => (d.length === 10 ? [Date.parse(d), Date.parse(d)] : [Date.parse(`${d}-01`), Date.parse(`${d}-${new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)).getUTCDate()}`)]);
    if (m.date && m.date.length >= 7 && [...c.days].some((d) => { const [a, b] = [range(d), range(m.date!)]; return Math.max(a[0] - b[1], b[0] - a[1]) > 3 * 86400000; })) return false;
    return !y || ([...c.dated].every((d) => d === y) && (!year(m.date) || [...c.inferred].every((d) => d === y)));
  };
  const join = (c: C, m: MeetingInput) => {
    const leader = m.participants.filter(isPerson).length >= 2;
    c.members.push(m);
    c.led ||= leader;
    for (const p of m.participants) if (!(c.led && isPerson(p) && !leader)) c.participants.add(p);
    c.articles.add(m.article);
    c.held ||= m.statuses.includes("held");
    c.cancelled ||= m.statuses.includes("cancelled");
    const y = yearOf(m);
    if (y) (year(m.date) ? c.dated : c.inferred).add(y);
    if (m.date && m.date.length >= 7) c.days.add(m.date);
    if (m.label && !c.aliases.includes(m.label)) c.aliases.push(m.label);
    if (m.label && !aliasOwner.has(m.label)) aliasOwner.set(m.label, c);
  };
  const fresh = (m: MeetingInput) => {
    const c: C = { members: [], participants: new Set(), articles: new Set(), dated: new Set(), inferred: new Set(), days: new Set(), held: false, cancelled: false, led: false, head: m.head, aliases: [] };
    clusters.push(c);
    join(c, m);
  };
  const people = (c: C) => [...c.participants].filter(isPerson).length;
  for (const m of inputs.filter((m) => m.participants.filter(isPerson).length >= 2)) {
    const ps = m.participants.filter(isPerson).sort().join("|");
    const held = m.statuses.includes("held");
    const cancelled = m.statuses.includes("cancelled");
    const fit = clusters.filter(
      (c) => c.members[0].participants.filter(isPerson).length >= 2 && c.members[0].participants.filter(isPerson).sort().join("|") === ps &&
        yearOk(c, m) && isEvent(c.head) === isEvent(m.head) && !(c.articles.has(m.article) && (held !== c.held || cancelled !== c.cancelled)),
    );
    // (a mention with no date of its own: the fitting cluster nearest its article's date, the earliest on a tie)
    const when = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10));
    const dateOf = (c: C) => c.members.map((x) => x.date).filter((d): d is string => !!d).reduce<string | undefined>((a, d) => (!a || (d.startsWith(a) && d.length > a.length) ? d : a), undefined);
    const ref = (c: C) => dateOf(c) ?? c.members.map((x) => x.articleDate).filter((d): d is string => !!d).sort().pop();
    const gap = (c: C) => (ref(c) ? Math.abs(when(ref(c)!) - when(m.articleDate!)) : Infinity);
    const hit = fit.length > 1 && !m.date && m.articleDate ? fit.reduce((best, c) => (gap(c) < gap(best) ? c : best)) : fit[0];
    if (hit) join(hit, m);
    else fresh(m);
  }
  for (const m of inputs.filter((m) => m.participants.filter(isPerson).length < 2)) {
    const mine = statesOf(m.participants);
    if (m.label && !mine.size) {
      const hit = aliasOwner.get(m.label);
      if (hit) join(hit, m);
      else fresh(m);
      continue;
    }
    if (!mine.size) continue;
    const held = m.statuses.includes("held");
    const fits = clusters.filter((c) => {
      const cs = statesOf(c.participants);
      if (![...mine].every((s) => cs.has(s)) || !yearOk(c, m) || (c.head !== m.head && (isEvent(c.head) || isEvent(m.head)))) return false;
      if (c.articles.has(m.article) && held !== c.held) return false;
      // (nor, with no one named, its own article's meeting of people with another status)
      if (!m.participants.some(isPerson) && people(c) > 0 && c.articles.has(m.article) && !m.statuses.every((st) => c.members.some((x) => x.statuses.includes(st)))) return false;
      if (m.distinct && !m.participants.some(isPerson) && people(c) > 0 && c.articles.has(m.article)) return false;
      // (one state alone with no one named joins only its own article's meeting)
      if (mine.size === 1 && !m.participants.some(isPerson) && !c.articles.has(m.article)) return false;
      return mine.size >= 2 || m.participants.filter(isPerson).every((p) => c.participants.has(p)) || (cs.size === 2 && !(c.articles.has(m.article) && people(c) > 0));
    });
    const local = fits.filter((c) => c.articles.has(m.article));
    const score = (c: C) => [people(c) >= 2 ? 1 : 0, statesOf(c.participants).size === mine.size ? 1 : 0, c.members.length, -clusters.indexOf(c)];
    const rank = (a: C, b: C) => score(b).reduce((d, x, i) => d || x - score(a)[i], 0);
    const pick = (local.length ? local : fits).sort(rank)[0];
    if (pick && (local.length || fits.length === 1 || mine.size >= 2)) join(pick, m);
    else if (mine.size >= 2 || m.label) fresh(m);
  }
  return clusters.map((c) => inputs.filter((m) => c.members.includes(m)).map((m) => m.key));
}

const STATUSES: MeetingStatus[] = ["proposed", "planned", "held", "cancelled"];
const input = (states: number, perMention: number) =>
  fc.record({
    article: fc.integer({ min: 0, max: 3 }),
    articleYear: fc.option(fc.integer({ min: 2018, max: 2020 })),
    people: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    states: fc.uniqueArray(fc.integer({ min: 0, max: states - 1 }), { maxLength: perMention }),
    statuses: fc.uniqueArray(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 2 }),
    date: fc.option(fc.constantFrom("2018", "2019-05", "2019-06-01", "2020-01", "2020-01-02", "2020-01-04", "2020-01-20", "2020-02")),
    label: fc.option(fc.constantFrom("the Alpha talks", "the Beta summit")),
    head: fc.constantFrom("summit", "meeting", "talks", "conference"),
  });

/** Random mentions of `states` states (up to `perMention` in one) merged both ways give the same groups. */
function sameAsReference(states: number, perMention: number, numRuns: number) {
  fc.assert(
    fc.property(fc.array(input(states, perMention), { maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 31 }), (raw, seed) => {
      // people 0–3 hold office in a state (two may share one); 4 does not
      const governmentOf = new Map([0, 1, 2, 3].map((p) => [`person:p${p}`, `government:s${(p * (1 + (seed % 2)) + seed) % states}`]));
      const inputs: MeetingInput[] = raw.map((r, i) => ({
        key: `m${i}#`,
        article: `a${r.article}`,
        articleDate: r.articleYear === null ? undefined : `${r.articleYear}-06-01`,
        participants: [...r.people.map((p) => `person:p${p}`), ...r.states.map((s) => `government:s${s}`)],
        statuses: r.statuses,
        date: r.date ?? undefined,
        label: r.label ?? undefined,
        head: r.head,
      }));
      const { clusters, keyOf } = mergeMeetings(inputs, governmentOf, (k) => k, (k) => k);
      const groups = clusters.map((c) => inputs.filter((m) => keyOf.get(m.key) === c.key).map((m) => m.key)).filter((g) => g.length);
      assert.deepEqual(groups, reference(inputs, governmentOf));
    }),
    { numRuns, seed: 20261123 },
  );
}

describe("mergeMeetings", () => {
  it("groups mentions as the rule checked against every cluster does (random mentions of 4 states, 300 runs)", () => sameAsReference(4, 3, 300));
  it("... and of 12 states, up to 8 in one mention (clusters past the three- and four-state lists; 200 runs)", () => sameAsReference(12, 8, 200));

  it("a leaders' meeting a mention does not date is the one nearest its article, not the pair's first", () => {
    const m = (key: string, article: string, articleDate: string, date?: string): MeetingInput => ({ key, article, articleDate, participants: ["person:a", "person:b"], statuses: ["held"], head: "meeting", ...(date ? { date } : {}) });
    const { keyOf } = mergeMeetings([m("jan", "a1", "2025-01-10", "2025-01-08"), m("feb", "a2", "2025-02-26", "2025-02-24"), m("again", "a3", "2025-02-27")], new Map(), (k) => k, (k) => k);
    assert.equal(keyOf.get("again"), keyOf.get("feb"));
    assert.notEqual(keyOf.get("again"), keyOf.get("jan"));
  });
  it("a meeting named by two states joins the leaders' meeting of that year with the most mentions", () => {
    const gov = new Map([["person:a", "government:x"], ["person:b", "government:y"], ["person:c", "government:x"]]);
    const m = (key: string, participants: string[], article: string, date?: string): MeetingInput => ({ key, article, articleDate: "2024-03-01", participants, statuses: ["planned"], date, head: "summit" });
    const inputs = [
      m("m1#", ["person:a", "person:b"], "a1"),
      m("m2#", ["person:c", "person:b"], "a2"),
      m("m3#", ["person:c", "person:b"], "a3"),
      m("m4#", ["government:x", "government:y"], "a4"),
      m("m5#", ["government:x", "government:y"], "a5", "2019-01"),
    ];
    const { keyOf } = mergeMeetings(inputs, gov, (k) => k, (k) => k.slice(7));
    assert.equal(keyOf.get("m4#"), keyOf.get("m2#"), "the c–b summit has two mentions, the a–b one");
    assert.notEqual(keyOf.get("m5#"), keyOf.get("m2#"), "a 2019 date keeps it apart from the 2024 summits");
  });

  it("an article's meeting told apart from another of the same people ('met again in Ankara') stays apart; across articles they join", () => {
    const m = (key: string, article: string, distinct?: boolean): MeetingInput => ({ key, article, articleDate: "2024-03-01", participants: ["person:a", "person:b"], statuses: ["held"], head: "meeting", ...(distinct ? { distinct } : {}) });
    const same = mergeMeetings([m("m1#", "a1"), m("m2#", "a1", true)], new Map(), (k) => k, (k) => k.slice(7));
    assert.notEqual(same.keyOf.get("m1#"), same.keyOf.get("m2#"));
    const other = mergeMeetings([m("m1#", "a1"), m("m2#", "a2")], new Map(), (k) => k, (k) => k.slice(7));
    assert.equal(other.keyOf.get("m1#"), other.keyOf.get("m2#"));
  });

  it("a meeting of two states its article tells apart (a joint body's session) does not join that article's meeting of their people; another article's does", () => {
    const gov = new Map([["person:a", "government:x"], ["person:b", "government:y"]]);
    const m = (key: string, participants: string[], article: string, distinct?: boolean): MeetingInput => ({ key, article, articleDate: "2024-03-01", participants, statuses: ["planned"], head: "meeting", ...(distinct ? { distinct } : {}) });
    const apart = mergeMeetings([m("m1#", ["person:a", "person:b"], "a1"), m("m2#", ["government:x", "government:y"], "a1", true)], gov, (k) => k, (k) => k.slice(7));
    assert.notEqual(apart.keyOf.get("m2#"), apart.keyOf.get("m1#"));
    const together = mergeMeetings([m("m1#", ["person:a", "person:b"], "a1"), m("m2#", ["government:x", "government:y"], "a1")], gov, (k) => k, (k) => k.slice(7));
    assert.equal(together.keyOf.get("m2#"), together.keyOf.get("m1#"));
  });

  it("someone's meeting with one state does not join another person's meeting with it in the same article", () => {
    const gov = new Map([["person:a", "government:x"]]);
    const m = (key: string, participants: string[], article: string): MeetingInput => ({ key, article, articleDate: "2024-03-01", participants, statuses: ["held"], head: "meeting" });
    // "A met the Y crown prince in Neom … D travelled to Riyadh to meet Y officials" (D's state unknown)
    const { keyOf, clusters } = mergeMeetings([m("m1#", ["person:a", "government:y"], "a1"), m("m2#", ["person:d", "government:y"], "a1")], gov, (k) => k, (k) => k.slice(7));
    assert.ok(keyOf.has("m1#"));
    assert.notEqual(keyOf.get("m2#"), keyOf.get("m1#"));
    assert.ok(!clusters.some((c) => c.participants.has("person:d") && c.participants.has("person:a")));
    // from another article it still may: "talks with Y" by A's colleague, reported elsewhere
    const other = mergeMeetings([m("m1#", ["person:a", "government:y"], "a1"), m("m2#", ["person:d", "government:y"], "a2")], gov, (k) => k, (k) => k.slice(7));
    assert.equal(other.keyOf.get("m2#"), other.keyOf.get("m1#"));
  });

  it("one state alone, no one named, joins its own article's meeting of that state, never another article's", () => {
    const gov = new Map([["person:a", "government:x"]]);
    const m = (key: string, participants: string[], article: string): MeetingInput => ({ key, article, articleDate: "2024-03-01", participants, statuses: ["held"], head: "talks" });
    // "The talks were hosted by Norway" in one story; a Norwegian minister's meeting with X's in another
    const apart = mergeMeetings([m("m1#", ["person:a", "person:b", "government:y"], "a1"), m("m2#", ["government:y"], "a2")], gov, (k) => k, (k) => k.slice(7));
    assert.ok(!apart.keyOf.has("m2#"));
    const together = mergeMeetings([m("m1#", ["person:a", "person:b", "government:y"], "a1"), m("m2#", ["government:y"], "a1")], gov, (k) => k, (k) => k.slice(7));
    assert.equal(together.keyOf.get("m2#"), together.keyOf.get("m1#"));
  });
});
