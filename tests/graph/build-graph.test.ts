// Merging the facts of several articles into one graph: entities by key and by full name, evidence deduplicated,
// a sentence printed twice in one article counted once, article nodes and MENTIONED_IN provenance, symmetric
// MET_WITH stored once, meetings merged across articles but kept apart across years, graphology's export form.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { buildGraph } from "../../graph/build-graph.js";
import { decideStatus } from "../../graph/meeting-status.js";
import { ALL_RELATIONS, KINDS, MENTIONED_IN, MEETING_STATUSES, RELATIONS, type ExtractedRelation, type MeetingStatus } from "../../graph/schema.js";
import type { ArticleFacts, EntityRecord, RelationRecord } from "../../graph/types.js";
import { extractArticle } from "../../src/extract/extract-article.js";
import { extractCorpus } from "../../src/build/extract-corpus.js";
import { join } from "node:path";

// ---- small hand-written facts -------------------------------------------------------------------------------

const person = (key: string, label: string, aliases: string[] = [label], mentions = 1): EntityRecord => ({ key, kind: "Person", label, aliases, mentions });
const gov = (key: string, label: string, acted = true): EntityRecord => ({ key, kind: "Government", label, aliases: [label], mentions: 1, extra: { acted } });
const doc = (key: string, label: string): EntityRecord => ({ key, kind: "Document", label, aliases: [label], mentions: 1 });
const meeting = (key: string, participants: string[], statuses: MeetingStatus[], date?: string): EntityRecord => ({
  key, kind: "Meeting", label: "", aliases: [], mentions: statuses.length, status: decideStatus(statuses), ...(date ? { date } : {}),
  extra: { participants, statuses, head: "summit", named: false, proposers: [] },
});

function rel(relation: ExtractedRelation, source: string, target: string, article: string, text: string, extra: Partial<RelationRecord> = {}): RelationRecord {
  return { relation, source, target, evidence: { article, text, start: 0, end: text.length, rule: "test" }, ...extra };
}

function facts(id: string, entities: EntityRecord[], relations: RelationRecord[], meta: { title?: string; date?: string; source?: string; url?: string } = {}): ArticleFacts {
  return { article: { id, origin: `${id}.txt`, words: 100, ...meta }, entities, relations, warnings: [] };
}

const FERRAN = "person:isabel-ferran";
const MAMANI = "person:rodrigo-mamani";
const ACCORD = "document:arica-transit-agreement";
const S1 = "Ferrán and Mamani signed the Arica Transit Agreement.";
const S2 = "The accord was signed by Ferrán in Montevideo.";

function corpus(): ArticleFacts[] {
  return [
    facts(
      "a1",
      [person(FERRAN, "Isabel Ferrán", ["Isabel Ferrán", "Ferrán"], 3), person(MAMANI, "Rodrigo Mamani"), doc(ACCORD, "Arica Transit Agreement"), gov("government:chile", "Chile")],
      [
        rel("SIGNED", FERRAN, ACCORD, "a1", S1),
        rel("SIGNED", FERRAN, ACCORD, "a1", S1), // the same sentence twice in one article's records
        rel("SIGNED", MAMANI, ACCORD, "a1", S1),
        rel("HOLDS_OFFICE", FERRAN, "government:chile", "a1", "Chilean President Isabel Ferrán spoke.", { title: "President" }),
        rel("SIGNED", MAMANI, FERRAN, "a1", S1), // wrong kinds for SIGNED: dropped
      ],
      { title: "Accord signed", date: "2025-03-28", source: "Pacific Ledger", url: "https://example.org/a1" },
    ),
    facts(
      "a2",
      [person(FERRAN, "Isabel Ferrán"), person("person:ferran", "Ferrán"), doc(ACCORD, "Arica Transit Agreement"), gov("government:uruguay", "Uruguay", false)],
      [rel("SIGNED", "person:ferran", ACCORD, "a2", S2), rel("HELD_IN", ACCORD, "government:uruguay", "a2", S2)],
      { date: "2025-04-02" },
    ),
  ];
}

describe("buildGraph: entities", () => {
  const g = buildGraph(corpus());
  it("one node per entity across articles: a lone surname joins the one full name it fits", () => {
    const people = g.filterNodes((_n, a) => a.kind === "Person");
    assert.deepEqual(people.sort(), [FERRAN, MAMANI]);
    const a = g.getNodeAttributes(FERRAN);
    assert.equal(a.label, "Isabel Ferrán");
    assert.deepEqual(a.aliases, ["Ferrán", "Isabel Ferrán"]);
    assert.equal(a.mentions, 5);
    assert.deepEqual(a.articles, ["a1", "a2"]);
    assert.equal(a.firstSeen, "2025-03-28");
    assert.equal(a.lastSeen, "2025-04-02");
  });
  it('a monarch\'s one name is no one\'s surname: "Sultan Hamid" alone is not Prime Minister Razak Hamid, a plain "Hamid" is', () => {
    const person = (key: string, label: string, titles: string[]): EntityRecord => ({ key, kind: "Person", label, aliases: [label], mentions: 1, extra: { titles } });
    const crowned = buildGraph([facts("c1", [person("person:razak-hamid", "Razak Hamid", ["Prime Minister"])], []), facts("c2", [person("person:hamid", "Hamid", ["Sultan"])], [])]);
    assert.deepEqual(crowned.filterNodes((_n, a) => a.kind === "Person").sort(), ["person:hamid", "person:razak-hamid"]);
    const plain = buildGraph([facts("c1", [person("person:razak-hamid", "Razak Hamid", ["Prime Minister"])], []), facts("c2", [person("person:hamid", "Hamid", [])], [])]);
    assert.deepEqual(plain.filterNodes((_n, a) => a.kind === "Person"), ["person:razak-hamid"]);
  });
  it("a named meeting keeps the most specific date its articles give", () => {
    const summit = (date?: string): EntityRecord => ({
      key: "meeting:g20-summit-2025", kind: "Meeting", label: "2025 G20 summit", aliases: ["2025 G20 summit"], mentions: 1, status: "held", ...(date ? { date } : {}),
      extra: { participants: [], statuses: ["held"], head: "summit", named: true, proposers: [] },
    });
    const g2 = buildGraph([facts("b1", [summit("2025-11")], []), facts("b2", [summit("2025-11-18")], []), facts("b3", [summit()], [])]);
    assert.equal(g2.getNodeAttribute("meeting:g20-summit-2025", "date"), "2025-11-18");
  });
  it('an organisation known by its acronym alone in one article is the one named in full "(ACRONYM)" in another', () => {
    const org = (key: string, label: string, aliases: string[]): EntityRecord => ({ key, kind: "Organization", label, aliases, mentions: 1 });
    const g2 = buildGraph([
      facts("b1", [org("organization:andean-news-agency", "Andean News Agency", ["Andean News Agency", "ANA"])], []),
      facts("b2", [org("organization:ana", "ANA", ["ANA"]), org("organization:anc", "ANC", ["ANC"])], []),
    ]);
    assert.deepEqual(g2.filterNodes((_n, a) => a.kind === "Organization").sort(), ["organization:anc", "organization:andean-news-agency"]);
    assert.deepEqual(g2.getNodeAttribute("organization:andean-news-agency", "articles"), ["b1", "b2"]);
  });
  it("the offices a person holds are listed on the person", () => {
    assert.deepEqual(g.getNodeAttribute(FERRAN, "titles"), ["President"]);
  });
  it("a state that never acts is a place", () => {
    assert.equal(g.hasNode("government:uruguay"), false);
    assert.equal(g.getNodeAttribute("place:uruguay", "kind"), "Place");
    assert.equal(g.getNodeAttribute("government:chile", "kind"), "Government");
  });
  it("a city-state that never acts and its city, of one key, are one place (\"Singapore\")", () => {
    const place = (key: string, label: string): EntityRecord => ({ key, kind: "Place", label, aliases: [label], mentions: 1 });
    const one = buildGraph([facts("s1", [gov("government:singapore", "Singapore", false), place("place:singapore", "Singapore")], []), facts("s2", [gov("government:singapore", "Singapore", false)], [])]);
    assert.equal(one.hasNode("government:singapore"), false);
    assert.equal(one.getNodeAttribute("place:singapore", "kind"), "Place");
    assert.deepEqual(one.getNodeAttribute("place:singapore", "articles"), ["s1", "s2"]);
  });
  it("every node has a known kind, a label, aliases, mentions and articles", () => {
    g.forEachNode((n, a) => {
      assert.ok((KINDS as readonly string[]).includes(a.kind), n);
      assert.ok(a.label, n);
      assert.ok(Array.isArray(a.aliases) && Array.isArray(a.articles) && typeof a.mentions === "number", n);
    });
  });
});

describe("buildGraph: edges and evidence", () => {
  const g = buildGraph(corpus());
  it("the same relation from two articles is one edge with both sentences; a sentence repeated counts once", () => {
    const key = `SIGNED:${FERRAN}->${ACCORD}`;
    assert.ok(g.hasEdge(key));
    const a = g.getEdgeAttributes(key);
    assert.deepEqual(a.evidence.map((e) => [e.article, e.text]), [["a1", S1], ["a2", S2]]);
    assert.equal(a.articles, 2);
  });
  it("edge-specific fields travel: the office's title", () => {
    assert.equal(g.getEdgeAttribute(`HOLDS_OFFICE:${FERRAN}->government:chile`, "title"), "President");
  });
  it("relations whose ends have the wrong kinds for the schema are dropped", () => {
    g.forEachEdge((e, a, s, t) => {
      if (a.relation === MENTIONED_IN) return;
      const spec = RELATIONS[a.relation as ExtractedRelation];
      assert.ok((spec.from as readonly string[]).includes(g.getNodeAttribute(s, "kind")), e);
      assert.ok((spec.to as readonly string[]).includes(g.getNodeAttribute(t, "kind")), e);
    });
    assert.equal(g.hasEdge(`SIGNED:${MAMANI}->${FERRAN}`), false);
  });
  it("a document's HELD_IN (meetings only) is dropped", () => {
    assert.equal(g.edges().some((e) => g.getEdgeAttribute(e, "relation") === "HELD_IN"), false);
  });
  it("every relation is one of the schema's", () => {
    g.forEachEdge((_e, a) => assert.ok(ALL_RELATIONS.includes(a.relation)));
  });
});

describe("buildGraph: articles and provenance", () => {
  const g = buildGraph(corpus());
  it("article nodes carry title, date, source and url", () => {
    assert.deepEqual(g.getNodeAttributes("article:a1"), {
      label: "Accord signed", kind: "Article", aliases: [], mentions: 0, articles: ["a1"], title: "Accord signed", date: "2025-03-28", source: "Pacific Ledger", url: "https://example.org/a1",
    });
    assert.equal(g.getNodeAttribute("article:a2", "label"), "a2", "an untitled article is labelled by its id");
  });
  it("every entity has a MENTIONED_IN edge to each article that mentions it, and nothing else does", () => {
    const mentioned = g.filterEdges((_e, a) => a.relation === MENTIONED_IN);
    const expected = g.filterNodes((_n, a) => a.kind !== "Article").flatMap((n) => g.getNodeAttribute(n, "articles").map((a) => `${n}->article:${a}`));
    assert.deepEqual(mentioned.map((e) => `${g.source(e)}->${g.target(e)}`).sort(), expected.sort());
    for (const e of mentioned) assert.deepEqual(g.getEdgeAttribute(e, "evidence"), []);
  });
  it("the graph knows how many articles it was built from", () => {
    assert.equal(g.getAttribute("articles"), 2);
  });
});

describe("buildGraph: symmetric MET_WITH", () => {
  it("A met B in one article and B met A in another is one edge, ends in key order, with both sentences", () => {
    const m1 = "Ferrán met Mamani in Lima.";
    const m2 = "Mamani met Ferrán in Lima.";
    const g = buildGraph([
      facts("m1", [person(FERRAN, "Isabel Ferrán"), person(MAMANI, "Rodrigo Mamani")], [rel("MET_WITH", MAMANI, FERRAN, "m1", m1)]),
      facts("m2", [person(FERRAN, "Isabel Ferrán"), person(MAMANI, "Rodrigo Mamani")], [rel("MET_WITH", FERRAN, MAMANI, "m2", m2)]),
    ]);
    const met = g.filterEdges((_e, a) => a.relation === "MET_WITH");
    assert.deepEqual(met, [`MET_WITH:${FERRAN}->${MAMANI}`]);
    assert.equal(g.getEdgeAttribute(met[0], "articles"), 2);
  });
});

describe("buildGraph: meetings across articles", () => {
  const both = [FERRAN, MAMANI];
  const people = [person(FERRAN, "Isabel Ferrán"), person(MAMANI, "Rodrigo Mamani")];
  const part = (m: string, article: string) => both.map((p) => rel("PARTICIPANT_IN", p, m, article, `Sentence about ${m}.`));
  const meetingNodes = (g: ReturnType<typeof buildGraph>) => g.filterNodes((_n, a) => a.kind === "Meeting").map((n) => g.getNodeAttributes(n));

  it("the same summit reported by two articles is one meeting; held beats planned", () => {
    const g = buildGraph([
      facts("p1", [...people, meeting("meeting:p1#1", both, ["planned"], "2025-06")], part("meeting:p1#1", "p1")),
      facts("p2", [...people, meeting("meeting:p2#1", both, ["held"], "2025-06-05")], part("meeting:p2#1", "p2")),
    ]);
    const ms = meetingNodes(g);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].status, "held");
    assert.equal(ms[0].date, "2025-06-05");
    assert.deepEqual(ms[0].articles, ["p1", "p2"]);
    const [m] = g.filterNodes((_n, a) => a.kind === "Meeting");
    assert.deepEqual(g.inNeighbors(m).sort(), both);
  });

  it("two summits between the same people in different years are two meetings", () => {
    const g = buildGraph([
      facts("y1", [...people, meeting("meeting:y1#1", both, ["held"], "2019")], part("meeting:y1#1", "y1")),
      facts("y2", [...people, meeting("meeting:y2#1", both, ["cancelled"], "2025-06")], part("meeting:y2#1", "y2")),
    ]);
    const ms = meetingNodes(g).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
    assert.deepEqual(ms.map((m) => [m.date, m.status]), [["2019", "held"], ["2025-06", "cancelled"]]);
    assert.notEqual(ms[0].label, ms[1].label);
  });

  it("a meeting's place that is a state never seen acting becomes a place, and the HELD_IN edge follows it", () => {
    const g = buildGraph([
      facts("h1", [...people, gov("government:uruguay", "Uruguay", false), meeting("meeting:h1#1", both, ["held"], "2025")], [
        ...part("meeting:h1#1", "h1"),
        rel("HELD_IN", "meeting:h1#1", "government:uruguay", "h1", "They met in Uruguay."),
      ]),
    ]);
    const held = g.filterEdges((_e, a) => a.relation === "HELD_IN");
    assert.equal(held.length, 1);
    assert.equal(g.target(held[0]), "place:uruguay");
    assert.equal(g.getNodeAttribute(g.source(held[0]), "kind"), "Meeting");
  });

  it(
    "an undated meeting still to come is not the one held years before the article",
    {},
    () => {
      const g = buildGraph([
        facts("past", [...people, meeting("meeting:past#1", both, ["held"], "2019")], part("meeting:past#1", "past"), { date: "2025-04-15" }),
        facts("future", [...people, meeting("meeting:future#1", both, ["planned"])], part("meeting:future#1", "future"), { date: "2025-03-28" }),
      ]);
      assert.deepEqual(meetingNodes(g).map((m) => m.status).sort(), ["held", "planned"]);
    },
  );

  it("no provisional meeting key (article#n) survives into the graph", () => {
    const g = buildGraph([facts("k1", [...people, meeting("meeting:k1#1", both, ["proposed"])], part("meeting:k1#1", "k1"))]);
    assert.equal(g.nodes().some((n) => n.includes("#")), false);
  });
});

describe("buildGraph on extracted facts", () => {
  it("a sentence printed twice in one article counts once", () => {
    const s = "Uruguayan President Alberto Segovia invited Bolivian President Rodrigo Mamani to Montevideo.";
    const text = `${s}\n\nThe invitation surprised many.\n\n${s}\n`;
    const g = buildGraph([extractArticle({ id: "twice", origin: "twice.txt", text, date: "2025-03-20" })]);
    const key = `INVITED:person:alberto-segovia->person:rodrigo-mamani`;
    assert.ok(g.hasEdge(key));
    const ev = g.getEdgeAttribute(key, "evidence");
    assert.equal(ev.length, 1);
    assert.equal(ev[0].start, 0);
    assert.equal(text.slice(ev[0].start, ev[0].end), s);
    assert.equal(g.getNodeAttribute("person:alberto-segovia", "mentions"), 1);
  });
});

describe("a state both a place and an actor in one article", () => {
  it("stays a government when a relation names it (its foreign minister), though the text also names it as a place", () => {
    const text = "Officials in Peru carried messages for months. Peruvian Foreign Minister Elena Paredes met Bolivian President Rodrigo Mamani in Lima.";
    const g = buildGraph([extractArticle({ id: "peru", origin: "peru.txt", text, date: "2025-03-20" })]);
    assert.equal(g.getNodeAttribute("government:peru", "kind"), "Government");
    assert.ok(g.hasEdge("HOLDS_OFFICE:person:elena-paredes->government:peru"));
    assert.ok(!g.hasNode("place:peru"));
    const alone = buildGraph([extractArticle({ id: "peru", origin: "peru.txt", text: "Officials in Peru carried messages for months.", date: "2025-03-20" })]);
    assert.equal(alone.getNodeAttribute("place:peru", "kind"), "Place", "named only as where they were, a place");
  });
});

describe("buildGraph consuming its facts (a big build's memory)", () => {
  const FOLDERS = [join(process.cwd(), "tests", "fixtures", "unseen"), join(process.cwd(), "..", "shared", "seeds")];
  it("empties each article's records as it merges them, and builds the same graph", async () => {
    const { source } = await extractCorpus(FOLDERS, { jobs: 1, holdBytes: Infinity });
    const facts: ArticleFacts[] = source.articles.map((article, i) => ({ article, ...source.read(i), warnings: [] }));
    const kept = structuredClone(facts);
    const relations = facts.reduce((n, f) => n + f.relations.length, 0);
    assert.ok(facts.length >= 25 && relations > 200, `${facts.length} articles, ${relations} relations`);
    const consumed = buildGraph(facts, { name: "t" }, { consume: true });
    assert.ok(facts.every((f) => f.entities.length === 0 && f.relations.length === 0));
    assert.ok(facts.every((f, i) => f.article.id === kept[i].article.id), "the article records stay");
    assert.equal(JSON.stringify(consumed.export()), JSON.stringify(buildGraph(kept, { name: "t" }).export()));
    assert.ok(kept.every((f) => f.entities.length > 0), "without consume the facts are left as they were");
    const fromSource = buildGraph(source, { name: "t" });
    assert.ok(source.articles.every((_a, i) => source.read(i).entities.length === 0 && source.read(i).relations.length === 0), "a corpus source lets go of what it held");
    assert.equal(JSON.stringify(fromSource.export()), JSON.stringify(consumed.export()));
  });
});

describe("graphology's export form", () => {
  const g = buildGraph(corpus(), { name: "test" });
  const json = JSON.parse(JSON.stringify(g.export()));
  it("is a multi directed graph without self loops, with nodes and edges as lists", () => {
    assert.deepEqual(json.options, { type: "directed", multi: true, allowSelfLoops: false });
    assert.equal(json.attributes.name, "test");
    assert.ok(Array.isArray(json.nodes) && Array.isArray(json.edges));
    assert.deepEqual(Object.keys(json.nodes[0]).sort(), ["attributes", "key"]);
    assert.deepEqual(Object.keys(json.edges[0]).sort(), ["attributes", "key", "source", "target"]);
  });
  it("reads back into an equal graph", () => {
    const back = Graph.from(json);
    assert.equal(back.order, g.order);
    assert.equal(back.size, g.size);
    g.forEachNode((n, a) => assert.deepEqual(back.getNodeAttributes(n), a));
    g.forEachEdge((e, a) => assert.deepEqual(back.getEdgeAttributes(e), a));
  });
});

describe("decideStatus", () => {
  const table: [MeetingStatus[], MeetingStatus][] = [
    [[], "proposed"],
    [["proposed"], "proposed"],
    [["planned", "proposed", "planned"], "planned"],
    [["planned", "proposed"], "proposed"],
    [["planned", "cancelled"], "cancelled"],
    [["cancelled", "held"], "held"],
    [["proposed", "held", "planned"], "held"],
  ];
  for (const [votes, expected] of table) it(`${JSON.stringify(votes)} → ${expected}`, () => assert.equal(decideStatus(votes), expected));
  it("only ever returns a known status", () => assert.ok(MEETING_STATUSES.includes(decideStatus(["held"]))));
});

describe("buildGraph: offices inferred and stated (nineteenth session)", () => {
  it('"Peruvian Foreign Ministry spokesperson X": a post stated in a state\'s organ keeps the state\'s post inferred from it', () => {
    const f = extractArticle({ id: "o1", origin: "o1.txt", text: "Announcing the visit, Peruvian Foreign Ministry spokesperson Ana Quispe said Lima looked forward to it.", date: "2026-04-14" });
    const g = buildGraph([f]);
    assert.ok(g.hasEdge("HOLDS_OFFICE:person:ana-quispe->government:peru"), g.edges().join("; "));
    assert.ok(g.edges().some((e) => e.startsWith("HOLDS_OFFICE:person:ana-quispe->organization:")), g.edges().join("; "));
  });
});
