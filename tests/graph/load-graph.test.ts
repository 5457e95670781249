// graph.json is read back whole when small and in chunks when big (a 100k-article graph.json is more than one
// JavaScript string can hold): the same graph either way, whatever the chunk size; a bad file is one line.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { buildGraph } from "../../graph/build-graph.js";
import { loadGraph, parseGraph } from "../../graph/io/load-graph.js";
import type { BackchannelGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.js";
import { writeGraphJson } from "../../src/cli/build/write-graph-json.js";
import { extract } from "../relations/support.js";

const SEEDS = join(process.cwd(), "..", "shared", "seeds");

/** Strings a scanner can trip on: brackets and quotes in keys and text, escapes, characters of several bytes. */
function awkwardGraph(): BackchannelGraph {
  const g = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
  g.replaceAttributes({ name: 'a "name" with {braces} and [brackets]', articles: 2 });
  const odd = ['person:o\'brien-{x}', 'person:"quoted"\\back', "person:ünïcødé-李-👩🏽‍⚖️", "place:]["];
  for (const [i, k] of odd.entries()) g.addNode(k, { label: k.slice(7), kind: "Person", aliases: [`«${k}»`, "\n\t"], mentions: i, articles: ["a1"] });
  g.addNode("article:a1", { label: "A1", kind: "Article", aliases: [], mentions: 0, articles: ["a1"] });
  g.addEdgeWithKey(`MET_WITH:${odd[0]}->${odd[1]}`, odd[0], odd[1], {
    relation: "MET_WITH",
    evidence: [{ article: "a1", text: 'He said: "We met {twice} [sic] \\ 💬."', start: 0, end: 36 }],
    articles: 1,
  });
  g.addEdgeWithKey(`MET_WITH:${odd[2]}->${odd[3]}`, odd[2], odd[3], { relation: "MET_WITH", evidence: [], articles: 0, title: "李" });
  g.addEdgeWithKey(`MENTIONED_IN:${odd[2]}->article:a1`, odd[2], "article:a1", { relation: "MENTIONED_IN", evidence: [], articles: 1 });
  return g;
}

describe("loadGraph", () => {
  let dir: string;
  let seeds: BackchannelGraph;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "backchannel-load-"));
    await writeGraphJson(join(dir, "awkward.json"), awkwardGraph());
    const facts = readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f, i) => extract(readFileSync(join(SEEDS, f), "utf8"), `2024-0${1 + i}-15`, `s${i}`));
    seeds = buildGraph(facts, { name: "seeds" });
    await writeGraphJson(join(dir, "seeds.json"), seeds);
  });

  for (const chunkBytes of [1, 7, 64, 4096])
    it(`streamed in chunks of ${chunkBytes} bytes: the graph parsed whole, node for node and edge for edge`, async () => {
      // (one byte at a time only for the small awkward one: the seeds' graph so is seconds)
      for (const name of chunkBytes > 1 ? ["awkward.json", "seeds.json"] : ["awkward.json"]) {
        const file = join(dir, name);
        const whole = parseGraph(readFileSync(file, "utf8"), file);
        const streamed = await loadGraph(file, { streamAbove: 0, chunkBytes });
        assert.ok(whole.order > 4 && whole.size > 2, name);
        assert.deepEqual(streamed.export(), whole.export(), name);
      }
    });

  it("the seeds' graph comes back as it was built (its nodes, edges and attributes)", async () => {
    const { nodes, edges, attributes } = (await loadGraph(join(dir, "seeds.json"), { streamAbove: 0, chunkBytes: 1000 })).export();
    const built = seeds.export();
    assert.deepEqual({ nodes, edges, attributes }, { nodes: built.nodes, edges: built.edges, attributes: built.attributes });
  });

  const bad: [string, string, RegExp][] = [
    ["cut short", '{"options":{},"attributes":{},"nodes":[{"key":"a"},{"key":"b"', /bad\.json: not valid graph JSON \(it ends before its last bracket closes/],
    ["a broken item", '{"attributes":{},"nodes":[{"key":"a"},{"key":"b",}],"edges":[]}', /bad\.json: not valid graph JSON \(nodes item 2: /],
    ["an edge to no node", '{"attributes":{},"nodes":[{"key":"a"}],"edges":[{"key":"e","source":"a","target":"z"}]}', /bad\.json: not valid graph JSON \(edges item 1: .*z/],
    ["empty", "", /bad\.json: not valid graph JSON \(it is empty\)/],
  ];
  for (const [what, text, message] of bad)
    it(`a file ${what}: one line naming it and the cause`, async () => {
      const file = join(dir, "bad.json");
      writeFileSync(file, text);
      await assert.rejects(loadGraph(file, { streamAbove: -1, chunkBytes: 16 }), (e: Error) => {
        assert.match(e.message, message);
        assert.equal(e.message.split("\n").length, 1);
        return true;
      });
    });

  it("no file: no graph here (whole or streamed)", async () => {
    await assert.rejects(loadGraph(join(dir, "none")), /none\/graph\.json: no graph here/);
    await assert.rejects(loadGraph(join(dir, "none.json"), { streamAbove: 0 }), /none\.json: no graph here/);
  });
});
