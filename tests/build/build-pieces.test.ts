// The build's pieces in-process: JSON Lines split into units (CRLF, BOM, blank and overlong lines, no final
// newline), the facts cache (written, indexed across read chunks, reused), string interning, streamed graph.json.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BackchannelError } from "../../graph/errors.js";
import { readJsonlUnits } from "../../src/read/read-units.js";
import { FactsCacheReader, FactsCacheWriter, unitKey, contentHash } from "../../src/build/facts-cache.js";
import { internStrings } from "../../src/build/intern-strings.js";
import { CHUNK_CHARS, writeBatched, writeGraphJson } from "../../src/cli/build/write-graph-json.js";
import type { EdgeAttributes } from "../../graph/types.js";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { tempDir } from "./support.js";

async function units(content: string | Buffer, maxArticleBytes = 100) {
  const file = join(tempDir("units"), "f.jsonl");
  writeFileSync(file, content);
  const problems: string[] = [];
  const out: { line?: number; text: string }[] = [];
  for await (const u of readJsonlUnits(file, { strict: false, maxArticleBytes, onProblem: (e: BackchannelError) => problems.push(e.message.slice(file.length)) }))
    out.push({ line: u.line, text: Buffer.from(u.bytes).toString("utf8") });
  return { out, problems };
}

describe("readJsonlUnits", () => {
  it("splits lines with their numbers: CRLF, a BOM, blank lines and no final newline", async () => {
    const { out, problems } = await units(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}\r\n\r\n  \n{"b":2}\n{"c":3}')]));
    assert.deepEqual(out, [
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ]);
    assert.deepEqual(problems, []);
  });

  it("a line over the limit is one problem with its number; the lines after it are read", async () => {
    const { out, problems } = await units(`{"a":1}\n${"x".repeat(101)}\n{"c":3}\n`, 100);
    assert.deepEqual(out.map((u) => u.line), [1, 3]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^:2: the line is 101 bytes, over the 100 bytes limit for one article/);
  });

  it("a line of exactly the limit is kept", async () => {
    const { out } = await units(`${"y".repeat(100)}\n`, 100);
    assert.equal(out[0].text.length, 100);
  });
});

describe("facts cache", () => {
  it("indexes entries across read chunks and returns them byte for byte; other versions are not read", async () => {
    const dir = tempDir("cache");
    mkdirSync(join(dir, ".cache"));
    const w = await FactsCacheWriter.create(dir, "v1");
    const keys: string[] = [];
    // about 3 MB: entries straddle the reader's 1 MB chunks
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(`article ${i}`);
      const key = unitKey("v1", { path: `/x/a${i}.txt`, format: "txt", bytes }, contentHash(bytes));
      keys.push(key);
      const facts = { article: { id: `a${i}`, origin: `/x/a${i}.txt`, words: 2 }, entities: [], relations: [], warnings: ["w".repeat(10_000 + i)] };
      w.add(key, `t${i}`, JSON.stringify(facts));
    }
    w.commit();
    const notes: string[] = [];
    const r = await FactsCacheReader.open(dir, "v1", (m) => notes.push(m));
    assert.equal(r.size, 300);
    for (const i of [0, 1, 99, 150, 299]) {
      const hit = r.get(keys[i])!;
      assert.equal(hit.entry.facts.article.id, `a${i}`);
      assert.equal(hit.entry.facts.warnings[0].length, 10_000 + i);
      assert.equal(hit.entry.text, `t${i}`);
    }
    r.close();
    const other = await FactsCacheReader.open(dir, "v2", (m) => notes.push(m));
    assert.equal(other.size, 0);
    assert.match(notes[0], /made by another extractor version/);
  });

  it("a stale cache of several MB leaves the next cache's file alone: it is written and committed whole", async () => {
    const dir = tempDir("stale");
    mkdirSync(join(dir, ".cache"));
    const old = await FactsCacheWriter.create(dir, "v1");
    for (let i = 0; i < 300; i++) old.add(`${i}`.padStart(64, "0"), "t", JSON.stringify({ warnings: ["w".repeat(10_000)] }));
    old.commit();
    const notes: string[] = [];
    const stale = await FactsCacheReader.open(dir, "v2", (m) => notes.push(m));
    assert.equal(stale.size, 0);
    assert.match(notes[0], /made by another extractor version/);
    // what a build does next: open the next cache, and write to it as articles are extracted
    const next = await FactsCacheWriter.create(dir, "v2");
    await new Promise((r) => setTimeout(r, 200));
    next.add("f".repeat(64), "t", JSON.stringify({ article: { id: "a" } }));
    next.commit();
    stale.close();
    const lines = readFileSync(join(dir, ".cache", "facts.jsonl"), "utf8").trim().split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0], /"extractor":"v2"/);
  });

  it("a build appends to a current cache, and rewrites it with only the entries in use once most are not", async () => {
    const dir = tempDir("append");
    const file = join(dir, ".cache", "facts.jsonl");
    const entry = (i: number) => JSON.stringify({ article: { id: `a${i}`, origin: `a${i}`, words: 1 }, entities: [], relations: [], warnings: [] });
    const key = (i: number) => `${i}`.padStart(64, "0");
    const build = async (keep: number[], add: number[]) => {
      const r = await FactsCacheReader.open(dir, "v1", () => undefined);
      const w = await FactsCacheWriter.create(dir, "v1", r);
      for (const i of keep) w.keep(key(i), r.get(key(i))!.raw);
      for (const i of add) w.add(key(i), "t", entry(i));
      w.commit();
      r.close();
      return w.compacted;
    };
    assert.equal(await build([], [0, 1, 2, 3]), false);
    const first = readFileSync(file, "utf8");
    // two more, one gone: appended, the old bytes untouched
    assert.equal(await build([0, 1, 2], [4, 5]), false);
    const second = readFileSync(file, "utf8");
    assert.ok(second.startsWith(first));
    assert.deepEqual(second.slice(first.length).trim().split("\n").map((l) => JSON.parse(l).key), [key(4), key(5)]);
    // a build cut off mid-line: the next one reads the cut entry as a miss and starts its own on a new line
    writeFileSync(file, second + second.split("\n")[1].slice(0, 120));
    const cut = await FactsCacheReader.open(dir, "v1", () => undefined);
    assert.equal(cut.size, 6);
    cut.close();
    assert.equal(await build([0, 1, 2, 4, 5], [6]), false);
    const third = readFileSync(file, "utf8").split("\n");
    assert.equal(JSON.parse(third[third.length - 2]).key, key(6));
    // most of the file unused (only 5 and 6 kept, 7 new): rewritten with the entries in use, in file order
    assert.equal(await build([5, 6], [7]), true);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    assert.match(lines[0], /"extractor":"v1"/);
    assert.deepEqual(lines.slice(1).map((l) => JSON.parse(l).key), [key(5), key(6), key(7)]);
    const again = await FactsCacheReader.open(dir, "v1", () => undefined);
    assert.deepEqual([5, 6, 7].map((i) => again.get(key(i))?.entry.facts.article.id), ["a5", "a6", "a7"]);
    again.close();
    assert.deepEqual(readdirSync(join(dir, ".cache")), ["facts.jsonl"], "no temporary file left");
  });

  it("the key changes with the bytes, the file name, the line and the extractor version, not with the folder", () => {
    const bytes = Buffer.from("text");
    const k = (path: string, line: number | undefined, v = "v1", b = bytes) => unitKey(v, { path, line, format: "txt", bytes: b }, contentHash(b));
    assert.equal(k("/a/x.txt", undefined), k("/b/x.txt", undefined));
    assert.notEqual(k("/a/x.txt", undefined), k("/a/y.txt", undefined));
    assert.notEqual(k("/a/x.txt", 1), k("/a/x.txt", 2));
    assert.notEqual(k("/a/x.txt", undefined, "v2"), k("/a/x.txt", undefined));
    assert.notEqual(k("/a/x.txt", undefined, "v1", Buffer.from("text!")), k("/a/x.txt", undefined));
  });
});

describe("internStrings", () => {
  it("leaves values equal (only shares equal strings)", () => {
    const long = "A sentence long enough not to be shared across articles, repeated as evidence for several relations.";
    const facts = JSON.parse(JSON.stringify({ a: ["x", "x", { b: long, c: long }], d: { e: [long, 1, null, true] } }));
    const before = JSON.stringify(facts);
    const shared = new Map<string, string>();
    assert.equal(JSON.stringify(internStrings(facts, shared)), before);
    assert.deepEqual([...shared.keys()], ["x"]);
  });
});

describe("writeGraphJson", () => {
  it("writes the same bytes as JSON.stringify(graph.export()), across write batches", async () => {
    const big = sampleGraph();
    for (let i = 0; i < 4500; i++) big.addNode(`person:p${i}`, { label: `P ${i}`, kind: "Person", aliases: [], mentions: 1, articles: ["a"] });
    for (let i = 1; i < 4500; i++) big.addEdge(`person:p${i - 1}`, `person:p${i}`, { relation: "MET_WITH", evidence: [], articles: 1 });
    // provenance edges of a build share one (frozen) attributes object
    const mention = Object.freeze({ relation: "MENTIONED_IN", evidence: [], articles: 1 }) as EdgeAttributes;
    for (let i = 0; i < 4500; i += 3) big.addEdge(`person:p${i}`, `person:p${(i * 7) % 4500}`, mention);
    big.addEdge("person:p1", "person:p2", { relation: "ASKED", evidence: [{ article: "a", text: "x \"y\" \u2028", start: 0, end: 7 }], articles: 1 });
    for (const g of [sampleGraph(), awkwardGraph(), big]) {
      const file = join(tempDir("graph-json"), "graph.json");
      await writeGraphJson(file, g);
      assert.ok(readFileSync(file, "utf8") === JSON.stringify(g.export()));
    }
  });
  it("writes in pieces of tens of KB (a piece over 128 KiB would go straight to V8's old generation), each a whole list's part", async () => {
    const pieces: string[] = [];
    const items = Array.from({ length: 20_000 }, (_, i) => ({ key: `k${i}`, label: "x".repeat(i % 50) }));
    await writeBatched(items, async (s) => void pieces.push(s));
    assert.ok(pieces.length > 10, `${pieces.length} pieces`);
    assert.ok(pieces.every((p) => p.length < CHUNK_CHARS + 200 && p.length * 2 < 128 * 1024), String(Math.max(...pieces.map((p) => p.length))));
    assert.deepEqual(JSON.parse(`[${pieces.join("")}]`), items);
  });
});
