// `backchannel export gexf DIR [--out FILE] [--dynamic]` driven through the real CLI on a graph folder, and on
// the seeds' graph built by `backchannel build` (GEXF static and dynamic, GraphML): valid, read back whole by
// graphology-gexf, networkx and Gephi's importer.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { loadGraph } from "../../graph/io/load-graph.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { sampleGraph } from "../fixtures/sample-graph.js";
import { jingGexf, networkxRead, xmlWellFormed, xmllintGexf } from "./support/external-readers.js";
import { gephiComplaints, gephiImport } from "./support/gephi.js";
import { buildSeedsGraph, cli } from "./support/seeds-graph.js";

describe("backchannel export gexf", () => {
  const folder = mkdtempSync(join(tmpdir(), "backchannel-gexf-cli-"));
  before(() => writeFileSync(join(folder, "graph.json"), JSON.stringify(sampleGraph().export())));

  it("writes DIR/graph.gexf by default, valid and static", () => {
    const r = cli(["export", "gexf", folder]);
    assert.equal(r.status, 0, r.stderr);
    const file = join(folder, "graph.gexf");
    assert.ok(jingGexf(file).ok);
    assert.match(readFileSync(file, "utf8"), /mode="static"/);
  });

  it("writes --out FILE with --dynamic, valid, with spells", () => {
    const file = join(folder, "sub", "timeline.gexf");
    const r = cli(["export", "gexf", folder, "--out", file, "--dynamic"]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(xmllintGexf(file).ok);
    assert.match(readFileSync(file, "utf8"), /<spell start="2021-05-03" end="2021-05-03"\/>/);
  });

  it("fails with one line and a non-zero exit when there is no graph, or on a bad seed", () => {
    const missing = cli(["export", "gexf", join(folder, "missing")]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim().split("\n").length, 1);
    assert.match(missing.stderr, /no graph here/);
    const badSeed = cli(["export", "gexf", folder, "--seed", "1.5"]);
    assert.equal(badSeed.status, 1);
    assert.match(badSeed.stderr, /seed must be an integer/);
  });
});

describe("the seeds' graph, built by the CLI", () => {
  let dir = "";
  let graph: BackchannelGraph;
  before(async () => {
    dir = buildSeedsGraph();
    graph = await loadGraph(dir);
  });

  for (const dynamic of [false, true])
    it(`exports as ${dynamic ? "dynamic" : "static"} GEXF that validates and reads back whole`, () => {
      assert.ok(graph.order > 0 && graph.size > 0, "the seeds give a non-empty graph");
      const file = join(dir, dynamic ? "dynamic.gexf" : "static.gexf");
      const r = cli(["export", "gexf", dir, "--out", file, ...(dynamic ? ["--dynamic"] : [])]);
      assert.equal(r.status, 0, r.stderr);
      const j = jingGexf(file);
      assert.ok(j.ok, j.output);
      const x = xmllintGexf(file);
      assert.ok(x.ok, x.output);
      const back = parse(Graph, readFileSync(file, "utf8"));
      assert.deepEqual(back.nodes().sort(), graph.nodes().sort());
      assert.deepEqual(back.edges().sort(), graph.edges().sort());
      graph.forEachNode((n, a) => {
        assert.equal(back.getNodeAttribute(n, "kind"), a.kind);
        assert.equal(back.getNodeAttribute(n, "mentions"), a.mentions);
      });
      graph.forEachEdge((e, a) => assert.equal(back.getEdgeAttribute(e, "kind"), a.relation));
      const nx = networkxRead("gexf", file);
      assert.equal(Object.keys(nx.nodes).length, graph.order);
      assert.equal(nx.edges.length, graph.size);
      const gephi = gephiImport(file);
      assert.deepEqual(gephiComplaints(gephi), []);
      assert.deepEqual([gephi.nodes, gephi.edges, gephi.dynamic], [graph.order, graph.size, dynamic]);
    });

  it("exports as GraphML that networkx reads with the same counts", () => {
    const file = join(dir, "graph.graphml");
    const r = cli(["export", "graphml", dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(xmlWellFormed(file).ok);
    const nx = networkxRead("graphml", file);
    assert.equal(Object.keys(nx.nodes).length, graph.order);
    assert.equal(nx.edges.length, graph.size);
  });
});
