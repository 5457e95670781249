// A build holds its MENTIONED_IN edges implicitly (graph/provenance.ts): adding them back gives buildGraph's own
// graph; the layout (whole, skeleton, and keeping positions) and graph.json come out the same as with real edges.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGraph } from "../../graph/build-graph.js";
import { layoutGraph, type LayoutOptions } from "../../graph/layout.js";
import { addProvenance, countProvenance, indexProvenance } from "../../graph/provenance.js";
import { MENTIONED_IN } from "../../graph/schema.js";
import type { ArticleFacts, BackchannelGraph } from "../../graph/types.js";
import { writeGraphJson } from "../../src/cli/build/write-graph-json.js";
import { seedAndUnseenFacts } from "./support.js";

describe("implicit provenance", () => {
  let facts: ArticleFacts[];
  before(() => {
    facts = seedAndUnseenFacts();
  });
  const both = () => {
    const edges = buildGraph(facts, { name: "t" });
    const implicit = buildGraph(facts, { name: "t" }, { provenance: "implicit" });
    return { edges, implicit };
  };
  const positions = (g: BackchannelGraph) => g.mapNodes((n, a) => [n, a.x, a.y, a.size]);

  it("adding the links back gives buildGraph's graph, edge for edge and in order", () => {
    const { edges, implicit } = both();
    assert.ok(edges.someEdge((_e, a) => a.relation === MENTIONED_IN));
    assert.ok(!implicit.someEdge((_e, a) => a.relation === MENTIONED_IN));
    assert.equal(countProvenance(implicit), edges.size - implicit.size);
    addProvenance(implicit);
    assert.deepEqual(implicit.export(), edges.export());
  });

  it("the index counts and follows the links as graphology does the edges", () => {
    const { edges, implicit } = both();
    const index = indexProvenance(implicit);
    edges.forEachNode((n) => {
      assert.equal(implicit.degree(n) + index.degree(n), edges.degree(n), n);
      if (n.startsWith("article:")) assert.deepEqual(index.readers.get(n) ?? [], edges.inNeighbors(n), n);
    });
  });

  const layouts: [string, Partial<LayoutOptions>][] = [
    ["whole (a small graph)", {}],
    ["skeleton core, then the rest placed around it", { wholeUpTo: 20, skeletonCore: 15 }],
  ];
  for (const [what, options] of layouts)
    it(`layout: ${what}, the same positions and sizes`, () => {
      const { edges, implicit } = both();
      layoutGraph(edges, options);
      layoutGraph(implicit, { ...options, provenance: indexProvenance(implicit) });
      assert.deepEqual(positions(implicit), positions(edges));
    });

  it("layout keeping earlier positions (an update): new nodes placed where the edges would place them", () => {
    const { edges, implicit } = both();
    const keep = new Map(edges.filterNodes((n) => n.startsWith("article:") || n.startsWith("government:")).map((n, i) => [n, [i * 10, -i * 5] as const]));
    layoutGraph(edges, { keep });
    layoutGraph(implicit, { keep, provenance: indexProvenance(implicit) });
    const a = positions(edges);
    const b = positions(implicit);
    assert.equal(b.length, a.length);
    b.forEach((p, i) => {
      assert.equal(p[0], a[i][0]);
      for (const j of [1, 2, 3]) assert.ok(Math.abs(Number(p[j]) - Number(a[i][j])) < 1e-9, `${p[0]}: ${p[j]} vs ${a[i][j]}`);
    });
  });

  it("graph.json: the same bytes", async () => {
    const { edges, implicit } = both();
    layoutGraph(edges, { wholeUpTo: 20, skeletonCore: 15 });
    layoutGraph(implicit, { wholeUpTo: 20, skeletonCore: 15, provenance: indexProvenance(implicit) });
    const dir = mkdtempSync(join(tmpdir(), "backchannel-provenance-"));
    await writeGraphJson(join(dir, "a.json"), edges);
    await writeGraphJson(join(dir, "b.json"), implicit, { provenance: "implicit" });
    const a = readFileSync(join(dir, "a.json"), "utf8");
    assert.ok(a.includes(`"relation":"${MENTIONED_IN}"`));
    assert.equal(readFileSync(join(dir, "b.json"), "utf8"), a);
  });
});
