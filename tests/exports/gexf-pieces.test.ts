// The GEXF exporter's pieces: partial dates to spells, XML escaping, list encoding as graphology-gexf parses
// it, atomic streamed writing, layout/size fallbacks, option validation, and a live-validator control.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse, write } from "graphology-gexf";
import { isBackchannelError } from "../../graph/errors.js";
import { dateInterval, gexfChunks, gexfList, gexfString, validateGexfOptions, writeGexf } from "../../exports/gexf/index.js";
import { escapeAttribute, escapeText } from "../../exports/common/xml-escape.js";
import { writeChunksAtomic } from "../../exports/common/write-chunks.js";
import type { BackchannelGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.js";
import { sampleGraph } from "../fixtures/sample-graph.js";
import { jingGexf, xmllintGexf } from "./support/external-readers.js";

const dir = mkdtempSync(join(tmpdir(), "backchannel-gexf-pieces-"));

describe("dateInterval: partial ISO dates to closed xsd:date intervals", () => {
  const table: [string | undefined, { start: string; end: string } | undefined][] = [
    ["2018", { start: "2018-01-01", end: "2018-12-31" }],
    ["2018-06", { start: "2018-06-01", end: "2018-06-30" }],
    ["2020-02", { start: "2020-02-01", end: "2020-02-29" }],
    ["1900-02", { start: "1900-02-01", end: "1900-02-28" }],
    ["2018-06-12", { start: "2018-06-12", end: "2018-06-12" }],
    ["2018-06-12T09:30:00Z", { start: "2018-06-12", end: "2018-06-12" }],
    ["2018-02-30", undefined],
    ["2018-13", undefined],
    ["June 2018", undefined],
    ["", undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of table) it(`${JSON.stringify(input)}`, () => assert.deepEqual(dateInterval(input), expected));
});

describe("XML escaping", () => {
  it("escapes markup and keeps tabs/newlines as character references in attributes", () => {
    assert.equal(escapeAttribute(`a "b" & <c>\td\ne\rf`), "a &quot;b&quot; &amp; &lt;c&gt;&#9;d&#10;e&#13;f");
  });
  it("drops characters XML 1.0 forbids and lone surrogates, keeps emoji", () => {
    assert.equal(escapeText("x\u0000y\u0001z\u001f\uFFFE🇯🇵\uD800!"), "xyz🇯🇵!");
  });
  it("leaves clean strings untouched", () => assert.equal(escapeAttribute("Ada Vell ✓"), "Ada Vell ✓"));
});

describe("liststring encoding", () => {
  it("round-trips awkward items through graphology-gexf's parser", () => {
    const items = [`a "quoted" one`, "back\\slash", "comma, and | pipe", "[bracket]", "'single'", "漢字 🤝"];
    const g = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ multi: true });
    g.addNode("n", { label: "n", kind: "Person", aliases: items, mentions: 1, articles: [] });
    const back = parse(Graph, gexfString(g));
    assert.deepEqual(back.getNodeAttribute("n", "aliases"), items);
    assert.deepEqual(back.getNodeAttribute("n", "articles"), []);
    assert.equal(gexfList(["a"]), `["a"]`);
  });
});

describe("streaming and atomic writing", () => {
  it("writes a large graph in many chunks, identical to the joined pieces", async () => {
    const g = bigGraph(3_000, 12_000);
    let pieces = 0;
    for (const _ of gexfChunks(g)) pieces++;
    assert.ok(pieces > g.order + g.size, `${pieces} pieces`);
    const file = join(dir, "big.gexf");
    await writeGexf(g, file);
    const text = readFileSync(file, "utf8");
    assert.ok(text.length > 4 * (1 << 16), "more than a few 64 KiB chunks");
    assert.equal(text, gexfString(g));
    const valid = xmllintGexf(file); // jing takes seconds on a file this size; xmllint agrees with it
    assert.ok(valid.ok, valid.output);
  });

  /** Pieces that fail after the first 128 KiB. */
  function* failing() {
    yield "x".repeat(1 << 17);
    throw new Error("boom");
  }

  it("leaves the previous file intact and no temp file when producing fails midway", async () => {
    const file = join(dir, "keep.gexf");
    writeFileSync(file, "previous");
    await assert.rejects(writeChunksAtomic(file, failing()), (e) => isBackchannelError(e) && e.code === "EWRITE");
    assert.equal(readFileSync(file, "utf8"), "previous");
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
  });

  it("... every time: a failure while the temp file is still being opened leaves none behind (a race, 100 tries)", async () => {
    const file = join(dir, "race.gexf");
    writeFileSync(file, "previous");
    for (let i = 0; i < 100; i++) {
      await assert.rejects(writeChunksAtomic(file, failing()));
      // (a file the stream was still opening would appear a moment later)
      await new Promise((r) => setTimeout(r, 2));
      assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), [], `try ${i}`);
    }
    assert.equal(readFileSync(file, "utf8"), "previous");
  });
});

describe("drawing", () => {
  it("keeps the positions and sizes a graph carries", () => {
    const g = sampleGraph();
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 1.5, y: -2.25, size: 7 }));
    const back = parse(Graph, gexfString(g));
    back.forEachNode((_n, a) => assert.deepEqual([a.x, a.y, a.size], [1.5, -2.25, 7]));
  });

  it("lays out a graph without positions reproducibly, without touching it, sizing by PageRank", () => {
    const g = sampleGraph();
    const a = gexfString(g);
    assert.equal(a, gexfString(sampleGraph()), "same seed, same file");
    assert.notEqual(a, gexfString(sampleGraph(), { seed: 7 }), "another seed moves nodes");
    assert.equal(g.getNodeAttribute("person:ada-vell", "x"), undefined);
    const back = parse(Graph, a);
    const xs = new Set(back.mapNodes((_n, at) => at.x));
    assert.equal(xs.size, back.order, "distinct positions");
    // Every entity links to the article (MENTIONED_IN), so PageRank ranks it above a place with one link in.
    assert.ok(back.getNodeAttribute("article:a1", "size") > back.getNodeAttribute("place:port-arlen", "size"));
  });

  it("writes shapes for meetings, documents and articles", () => {
    const back = parse(Graph, gexfString(sampleGraph()));
    assert.equal(back.getNodeAttribute("meeting:vell-tam-2021", "shape"), "diamond");
    assert.equal(back.getNodeAttribute("document:harbour-accord", "shape"), "square");
    assert.equal(back.getNodeAttribute("person:ada-vell", "shape"), undefined);
  });
});

describe("options", () => {
  it("rejects bad options with a usage error naming the option", () => {
    assert.throws(() => validateGexfOptions({ seed: 1.5 }), (e) => isBackchannelError(e) && e.code === "EUSAGE" && /seed/.test(e.message));
    assert.throws(() => validateGexfOptions({ minSize: 5, maxSize: 2 }), (e) => isBackchannelError(e) && /minSize/.test(e.message));
    assert.throws(() => validateGexfOptions({ lastModified: "yesterday" }), (e) => isBackchannelError(e) && /lastModified/.test(e.message));
  });
  it("writes lastmodifieddate from the build date", () => {
    const g = sampleGraph();
    g.setAttribute("builtAt", "2024-03-05T10:00:00Z");
    assert.match(gexfString(g), /<meta lastmodifieddate="2024-03-05">/);
  });
});

describe("the validators are live", () => {
  it("reject graphology-gexf's own 1.3 output, which carries xsi:schemaLocation", () => {
    const file = join(dir, "graphology.gexf");
    const g = new Graph();
    g.addNode("a", { label: "A" });
    writeFileSync(file, write(g, { version: "1.3" }));
    assert.equal(jingGexf(file).ok, false);
    assert.equal(xmllintGexf(file).ok, false);
  });
  it("reject a file whose spell is not a date", () => {
    const file = join(dir, "bad-spell.gexf");
    writeFileSync(file, gexfString(sampleGraph(), { dynamic: true }).replace('end="2022-12-31"', 'end="late 2022"'));
    assert.equal(jingGexf(file).ok, false);
    assert.equal(xmllintGexf(file).ok, false);
  });
});

/** A synthetic graph with positions, for size-only checks. */
function bigGraph(nodes: number, edges: number): BackchannelGraph {
  const g = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
  for (let i = 0; i < nodes; i++)
    g.addNode(`n${i}`, { label: `Node ${i}`, kind: "Person", aliases: [], mentions: 1, articles: ["a"], x: i, y: -i, size: 3 });
  for (let i = 0; i < edges; i++)
    g.addEdgeWithKey(`e${i}`, `n${i % nodes}`, `n${(i * 7 + 1) % nodes}`, {
      relation: "MET_WITH",
      evidence: [{ article: "a", text: `Sentence ${i} & more.`, start: 0, end: 10 }],
      articles: 1,
    });
  return g;
}
