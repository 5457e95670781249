// GraphML export of the fixture graphs: well-formed XML with typed keys that networkx's read_graphml reads
// back with the same nodes, edges and values; and the `export graphml` command on a graph folder.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KIND_COLORS } from "../../graph/schema.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { writeGraphml } from "../../exports/graphml/index.js";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { networkxRead, xmlExpected, xmlWellFormed } from "./support/external-readers.js";
import { cli } from "./support/seeds-graph.js";

const dir = mkdtempSync(join(tmpdir(), "backchannel-graphml-"));

const CASES: { name: string; graph: () => BackchannelGraph }[] = [
  { name: "sample", graph: sampleGraph },
  { name: "awkward", graph: awkwardGraph },
];

for (const c of CASES) {
  describe(`GraphML ${c.name}`, () => {
    const file = join(dir, `${c.name}.graphml`);
    const graph = c.graph();
    before(() => writeGraphml(graph, file));

    it("is well-formed XML with typed keys", () => {
      const r = xmlWellFormed(file);
      assert.ok(r.ok, r.output);
      const xml = readFileSync(file, "utf8");
      assert.match(xml, /<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"\/>/);
      assert.match(xml, /<key id="e_weight" for="edge" attr.name="weight" attr.type="double"\/>/);
    });

    it("gives networkx's read_graphml the same nodes with typed values", () => {
      const nx = networkxRead("graphml", file);
      assert.equal(nx.directed, true);
      assert.equal(Object.keys(nx.nodes).length, graph.order);
      graph.forEachNode((node, a) => {
        const n = nx.nodes[node];
        assert.ok(n, `node ${node}`);
        assert.equal(n.label, xmlExpected(a.label));
        assert.equal(n.kind, a.kind);
        assert.equal(n.mentions, a.mentions);
        assert.deepEqual(JSON.parse(String(n.aliases)), a.aliases.map(xmlExpected));
        assert.deepEqual(JSON.parse(String(n.articles)), a.articles);
        assert.equal(n.status, a.status);
        assert.equal(n.date, a.date);
        assert.equal(n.color, KIND_COLORS[a.kind]);
        assert.equal(typeof n.x, "number");
        assert.equal(typeof n.y, "number");
        assert.ok((n.size as number) > 0);
      });
    });

    it("gives networkx the same edges, parallel ones included, with relation, weight and evidence", () => {
      const nx = networkxRead("graphml", file);
      assert.equal(nx.multigraph, true);
      assert.equal(nx.edges.length, graph.size);
      const byKey = new Map(nx.edges.map((e) => [e.key, e]));
      graph.forEachEdge((edge, a, s, t) => {
        const e = byKey.get(edge);
        assert.ok(e, `edge ${edge}`);
        assert.deepEqual([e.source, e.target], [s, t]);
        assert.equal(e.data.label, a.relation);
        assert.equal(e.data.relation, a.relation);
        assert.equal(e.data.weight, a.articles);
        assert.equal(e.data.note, a.note === undefined ? undefined : xmlExpected(a.note));
        for (const ev of a.evidence) assert.ok(String(e.data.evidence).includes(xmlExpected(ev.text)), `evidence of ${edge}`);
      });
    });
  });
}

describe("GraphML with yEd graphics", () => {
  it("carries y:ShapeNode per node and still gives networkx our typed label, x and y", async () => {
    const graph = awkwardGraph();
    const file = join(dir, "yed.graphml");
    await writeGraphml(graph, file, { yed: true });
    assert.ok(xmlWellFormed(file).ok);
    assert.equal(readFileSync(file, "utf8").match(/<y:ShapeNode>/g)?.length, graph.order);
    const nx = networkxRead("graphml", file);
    assert.equal(nx.edges.length, graph.size);
    graph.forEachNode((node, a) => {
      assert.equal(nx.nodes[node]!.label, xmlExpected(a.label));
      assert.equal(typeof nx.nodes[node]!.x, "number");
    });
  });
});

describe("backchannel export graphml", () => {
  it("writes DIR/graph.graphml from DIR/graph.json, or --out FILE", () => {
    const folder = mkdtempSync(join(tmpdir(), "backchannel-graphml-cli-"));
    writeFileSync(join(folder, "graph.json"), JSON.stringify(sampleGraph().export()));
    const r = cli(["export", "graphml", folder]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(networkxRead("graphml", join(folder, "graph.graphml")).edges.length, sampleGraph().size);
    const out = join(folder, "elsewhere", "g.graphml");
    assert.equal(cli(["export", "graphml", folder, "--out", out]).status, 0);
    assert.ok(xmlWellFormed(out).ok);
  });

  it("fails with one line and a non-zero exit when there is no graph", () => {
    const r = cli(["export", "graphml", join(dir, "missing")]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.match(r.stderr, /graph\.json: no graph here/);
  });
});
