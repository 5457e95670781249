// A build keeps its relation edges in an EdgeTable (graph/edge-table.ts) beside a graph of nodes: the table gives
// back buildGraph's own edges, adjacency, layout and graph.json.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGraph } from "../../graph/build-graph.js";
import { EdgeTable, graphTopology } from "../../graph/edge-table.js";
import { layoutGraph, type LayoutOptions } from "../../graph/layout.js";
import { indexProvenance } from "../../graph/provenance.js";
import type { ArticleFacts, BackchannelGraph, RelationRecord } from "../../graph/types.js";
import { writeGraphJson } from "../../src/cli/build/write-graph-json.js";
import { seedAndUnseenFacts } from "./support.js";

describe("edge table", () => {
  let facts: ArticleFacts[];
  before(() => {
    facts = seedAndUnseenFacts();
  });
  const both = () => {
    const graph = buildGraph(facts, { name: "t" }, { provenance: "implicit" });
    const table = new EdgeTable();
    const nodes = buildGraph(facts, { name: "t" }, { provenance: "implicit", table });
    return { graph, nodes, table };
  };
  const positions = (g: BackchannelGraph) => g.mapNodes((n, a) => [n, a.x, a.y, a.size]);

  it("the graph has nodes only; the table's edges added to it give buildGraph's graph, edge for edge and in order", () => {
    const { graph, nodes, table } = both();
    assert.equal(nodes.size, 0);
    assert.ok(table.size > 100, `${table.size} edges`);
    assert.equal(table.size, graph.size);
    table.addTo(nodes);
    assert.deepEqual(nodes.export(), graph.export());
  });

  it("its adjacency is graphology's: degrees, neighbours in graphology's order, edges in order", () => {
    const { graph, table } = both();
    const a = graphTopology(graph);
    const b = table.topology();
    graph.forEachNode((n) => {
      assert.equal(b.degree(n), a.degree(n), n);
      assert.deepEqual(b.neighbors(n), a.neighbors(n), n);
      const seen: string[] = [];
      b.forEachNeighbor(n, (m) => seen.push(m));
      assert.deepEqual(seen, graph.neighbors(n), n);
    });
    const ends = (t: typeof a) => {
      const list: string[] = [];
      t.forEachEdge((s, x) => list.push(`${s} ${x}`));
      return list;
    };
    assert.deepEqual(ends(b), ends(a));
    assert.ok(graph.someNode((n) => graph.inDegree(n) > 0 && graph.outDegree(n) > 0 && a.neighbors(n).length > 2), "a node with edges both ways");
  });

  const layouts: [string, Partial<LayoutOptions>][] = [
    ["whole (a small graph)", {}],
    ["skeleton core, then the rest placed around it", { wholeUpTo: 20, skeletonCore: 15 }],
  ];
  for (const [what, options] of layouts)
    it(`layout: ${what}, the same positions and sizes`, () => {
      const { graph, nodes, table } = both();
      layoutGraph(graph, { ...options, provenance: indexProvenance(graph) });
      layoutGraph(nodes, { ...options, provenance: indexProvenance(nodes), table });
      assert.deepEqual(positions(nodes), positions(graph));
    });

  it("layout keeping earlier positions (an update): the same positions", () => {
    const { graph, nodes, table } = both();
    const keep = new Map(graph.filterNodes((n) => n.startsWith("article:") || n.startsWith("government:")).map((n, i) => [n, [i * 10, -i * 5] as const]));
    layoutGraph(graph, { keep, provenance: indexProvenance(graph) });
    layoutGraph(nodes, { keep, provenance: indexProvenance(nodes), table });
    assert.deepEqual(positions(nodes), positions(graph));
  });

  it("graph.json: the same bytes", async () => {
    const { graph, nodes, table } = both();
    layoutGraph(graph, { wholeUpTo: 20, skeletonCore: 15, provenance: indexProvenance(graph) });
    layoutGraph(nodes, { wholeUpTo: 20, skeletonCore: 15, provenance: indexProvenance(nodes), table });
    const dir = mkdtempSync(join(tmpdir(), "backchannel-edge-table-"));
    await writeGraphJson(join(dir, "a.json"), graph, { provenance: "implicit" });
    await writeGraphJson(join(dir, "b.json"), nodes, { provenance: "implicit", table });
    const a = readFileSync(join(dir, "a.json"), "utf8");
    assert.ok(a.includes(`"relation":"MET_WITH"`) && a.includes(`"relation":"MENTIONED_IN"`));
    assert.equal(readFileSync(join(dir, "b.json"), "utf8"), a);
  });
});

describe("edge table: evidence and attributes", () => {
  const ev = (article: string, text: string, start: number, attribution?: string) => ({ article, text, start, end: start + text.length, rule: "r", ...(attribution ? { attribution } : {}) });
  const record = (article: string, text: string, start: number, extra: Partial<RelationRecord> = {}): RelationRecord => ({
    relation: "MET_WITH",
    source: "person:ann-lee",
    target: "person:bo-kim",
    evidence: ev(article, text, start, extra.evidence?.attribution),
    ...extra,
  });
  const facts = (id: string, relations: RelationRecord[]): ArticleFacts => ({
    article: { id, origin: `${id}.txt`, words: 10 },
    entities: [
      { key: "person:ann-lee", kind: "Person", label: "Ann Lee", aliases: [], mentions: 1, extra: { acted: true } },
      { key: "person:bo-kim", kind: "Person", label: "Bo Kim", aliases: [], mentions: 1, extra: { acted: true } },
    ],
    relations,
    warnings: [],
  });
  const corpus = () => [
    // the same sentence twice in one article (two rules), once in another; the date comes before the attribution
    facts("a1", [record("a1", "Lee met Kim.", 0, { date: "2024-05" }), record("a1", "Lee met Kim.", 0), record("a1", "They met again.", 20)]),
    facts("a2", [record("a2", "Lee met Kim.", 5, { evidence: ev("a2", "Lee met Kim.", 5, "officials"), note: "n" })]),
    facts("a3", [record("a3", "Lee and Kim met.", 0, { date: "2025" })]),
  ];

  it("keeps each sentence once per article, counts articles, takes the first date and note, lists attributions", () => {
    const table = new EdgeTable();
    buildGraph(corpus(), {}, { provenance: "implicit", table });
    assert.equal(table.size, 1);
    assert.equal(table.key(0), "MET_WITH:person:ann-lee->person:bo-kim");
    const a = table.attributes(0);
    assert.deepEqual(
      a.evidence.map((e) => `${e.article}:${e.text}`),
      ["a1:Lee met Kim.", "a1:They met again.", "a2:Lee met Kim.", "a3:Lee and Kim met."],
    );
    assert.equal(a.articles, 3);
    assert.equal(a.date, "2024-05");
    assert.equal(a.note, "n");
    assert.deepEqual(a.attribution, ["officials"]);
    assert.equal(a.evidence[2].attribution, "officials");
    assert.equal(a.evidence[0].attribution, undefined);
    // one order of attributes whichever record brought them first
    assert.deepEqual(Object.keys(a), ["relation", "evidence", "articles", "attribution", "note", "date"]);
    assert.deepEqual(buildGraph(corpus(), {}, { provenance: "implicit" }).getEdgeAttributes(table.key(0)), a);
  });

  it("a finished table takes no more edges", () => {
    const table = new EdgeTable();
    buildGraph(corpus(), {}, { provenance: "implicit", table });
    assert.throws(() => table.open("MET_WITH:x->y", "MET_WITH", "x", "y"), /finished/);
  });
});
