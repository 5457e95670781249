// GEXF export of the fixture graphs: every file validates against the official 1.3 schema (jing, xmllint),
// static and dynamic, and reads back the same through graphology-gexf's parser and through networkx.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { KIND_COLORS } from "../../graph/schema.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { writeGexf } from "../../exports/gexf/index.js";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { jingGexf, networkxRead, xmlExpected, xmllintGexf } from "./support/external-readers.js";

const dir = mkdtempSync(join(tmpdir(), "backchannel-gexf-"));

const rgb = (hex: string) =>
  `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;

const CASES: { name: string; graph: () => BackchannelGraph; dynamic: boolean }[] = [
  { name: "sample-static", graph: sampleGraph, dynamic: false },
  { name: "sample-dynamic", graph: sampleGraph, dynamic: true },
  { name: "awkward-static", graph: awkwardGraph, dynamic: false },
  { name: "awkward-dynamic", graph: awkwardGraph, dynamic: true },
];

for (const c of CASES) {
  describe(`GEXF ${c.name}`, () => {
    const file = join(dir, `${c.name}.gexf`);
    const graph = c.graph();
    let xml = "";
    before(async () => {
      await writeGexf(graph, file, { dynamic: c.dynamic });
      xml = readFileSync(file, "utf8");
    });

    it("validates against the official GEXF 1.3 schema with jing and xmllint", () => {
      const j = jingGexf(file);
      assert.ok(j.ok, `jing: ${j.output}`);
      const x = xmllintGexf(file);
      assert.ok(x.ok, `xmllint: ${x.output}`);
    });

    it("declares GEXF 1.3 namespaces and no xsi:schemaLocation", () => {
      assert.match(xml, /<gexf xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz" version="1\.3">/);
      assert.doesNotMatch(xml, /schemaLocation/);
      assert.match(xml, c.dynamic ? /mode="dynamic" timeformat="date"/ : /mode="static"/);
    });

    it("reads back through graphology-gexf with the same nodes, labels and attribute values", () => {
      const back = parse(Graph, xml);
      assert.equal(back.order, graph.order);
      graph.forEachNode((node, a) => {
        assert.ok(back.hasNode(node), `node ${node}`);
        const b = back.getNodeAttributes(node);
        assert.equal(b.label, xmlExpected(a.label));
        assert.equal(b.kind, a.kind);
        assert.equal(b.mentions, a.mentions);
        assert.deepEqual(b.aliases, a.aliases.map(xmlExpected));
        assert.deepEqual(b.articles, a.articles);
        assert.equal(b.articleCount, a.articles.length);
        assert.deepEqual(b.titles, a.titles);
        assert.equal(b.status, a.status);
        assert.equal(b.date, a.date);
        assert.equal(b.title, a.title);
        assert.equal(b.source, a.source);
        assert.equal(b.color, rgb(KIND_COLORS[a.kind]));
        assert.ok(Number.isFinite(b.x) && Number.isFinite(b.y) && b.size > 0, `viz of ${node}`);
      });
    });

    it("reads back the same edges: ids, ends, relation as label and kind, weight, evidence", () => {
      const back = parse(Graph, xml);
      assert.equal(back.size, graph.size);
      graph.forEachEdge((edge, a, s, t) => {
        assert.ok(back.hasEdge(edge), `edge ${edge}`);
        assert.equal(back.source(edge), s);
        assert.equal(back.target(edge), t);
        const b = back.getEdgeAttributes(edge);
        assert.equal(b.label, a.relation);
        assert.equal(b.kind, a.relation);
        assert.equal(b.relation, a.relation);
        assert.equal(b.weight, a.articles);
        assert.equal(b.note, a.note === undefined ? undefined : xmlExpected(a.note));
        assert.equal(b.title, a.title);
        assert.equal(b.date, a.date);
        assert.deepEqual(b.attribution, a.attribution);
        for (const ev of a.evidence) {
          assert.ok(String(b.evidence).includes(xmlExpected(ev.text)), `evidence of ${edge}`);
          assert.ok(String(b.evidence).includes(ev.article));
        }
      });
    });

    it("keeps parallel edges of different relations apart (distinct ids and kinds)", () => {
      const back = parse(Graph, xml);
      const ada = "person:ada-vell";
      const tam = "person:rufus-tam";
      const read = back.filterEdges((_e, _a, s, t) => s === ada && t === tam).map((e) => back.getEdgeAttribute(e, "kind"));
      const wrote = graph.filterEdges((_e, _a, s, t) => s === ada && t === tam).map((e) => graph.getEdgeAttribute(e, "relation"));
      assert.ok(wrote.length >= 2, "the fixture has parallel edges");
      assert.deepEqual(read.sort(), wrote.sort());
    });

    it("gives networkx's read_gexf the same nodes, edges, labels and values", () => {
      const nx = networkxRead("gexf", file);
      assert.equal(nx.directed, true);
      assert.equal(Object.keys(nx.nodes).length, graph.order);
      assert.equal(nx.edges.length, graph.size);
      graph.forEachNode((node, a) => {
        const n = nx.nodes[node]!;
        assert.equal(n.label, xmlExpected(a.label));
        assert.equal(n.kind, a.kind);
        assert.equal(n.mentions, a.mentions);
        assert.deepEqual(JSON.parse(String(n.aliases)), a.aliases.map(xmlExpected), `aliases of ${node}`);
      });
      const byKey = new Map(nx.edges.map((e) => [e.key, e]));
      graph.forEachEdge((edge, a, s, t) => {
        const e = byKey.get(edge);
        assert.ok(e, `edge ${edge}`);
        assert.equal(e.source, s);
        assert.equal(e.target, t);
        assert.equal(e.data.relation, a.relation);
        assert.equal(e.data.weight, a.articles);
      });
    });

    if (c.dynamic)
      it("puts spells on dated meetings, articles and edges, and on nothing else", () => {
        const nx = networkxRead("gexf", file);
        graph.forEachNode((node, a) => {
          const spells = nx.nodes[node]!.spells as unknown[] | undefined;
          if (a.date) assert.ok(spells?.length === 1, `spell on ${node}`);
          else assert.equal(spells, undefined, `no spell on ${node}`);
        });
        const meeting = nx.nodes["meeting:summit-2022"]!.spells as string[][];
        assert.deepEqual(meeting[0], ["2022-01-01", "2022-12-31"]);
        const dated = nx.edges.filter((e) => e.data.spells);
        assert.deepEqual(
          dated.map((e) => e.key).sort(),
          graph.filterEdges((_e, a) => Boolean(a.date)).sort(),
        );
      });
  });
}
