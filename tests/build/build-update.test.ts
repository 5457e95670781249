// The build through the real CLI on copies of ../shared/seeds: the graph is the same whatever --jobs and input
// order; `--update` reuses cached facts, drops removed articles and equals a full rebuild (after a small
// addition, but for the positions it keeps); the cache is ignored when the extractor changes or a line of it is
// damaged.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractorFiles, extractorVersion } from "../../src/build/extractor-version.js";
import { CACHE_FILE } from "../../src/build/facts-cache.js";
import { cli, FIXTURES, graphWithoutTime, readGraph, SEEDS, tempDir } from "./support.js";

const seedNames = () => readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

function ok(args: string[]) {
  const r = cli(args);
  assert.equal(r.status, 0, r.stderr);
  return r;
}

/** "(E extracted, R unchanged from the cache)" from the summary; all extracted when the part is absent. */
function counts(stdout: string): { extracted: number; reused: number; articles: number } {
  const articles = Number(stdout.match(/from (\d+) articles/)?.[1]);
  const m = stdout.match(/\((\d+) extracted, (\d+) unchanged from the cache\)/);
  return m ? { articles, extracted: Number(m[1]), reused: Number(m[2]) } : { articles, extracted: articles, reused: 0 };
}

describe("build: the same graph whatever --jobs and input order", () => {
  let root: string;
  before(() => {
    root = tempDir("jobs");
    mkdirSync(join(root, "a"));
    mkdirSync(join(root, "b"));
    seedNames().forEach((f, i) => copyFileSync(join(SEEDS, f), join(root, i % 2 ? "a" : "b", f)));
    copyFileSync(join(FIXTURES, "good-article.txt"), join(root, "a", "good.txt"));
  });

  it("--jobs 1, --jobs 2 and --jobs 3 with the folders in either order give identical graph.json", () => {
    ok(["build", join(root, "a"), join(root, "b"), "--out", join(root, "j1"), "--jobs", "1"]);
    ok(["build", join(root, "b"), join(root, "a"), "--out", join(root, "j2"), "--jobs", "2"]);
    ok(["build", join(root, "a"), join(root, "b"), "--out", join(root, "j3"), "--jobs", "3"]);
    const one = graphWithoutTime(join(root, "j1"));
    assert.ok(readGraph(join(root, "j1")).nodes.length > 20);
    assert.equal(graphWithoutTime(join(root, "j2")), one);
    assert.equal(graphWithoutTime(join(root, "j3")), one);
  });

  it("rejects --jobs 0 with one line", () => {
    const r = cli(["build", join(root, "a"), "--out", join(root, "j0"), "--jobs", "0"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), /^backchannel: --jobs must be a whole number from 1 to 256, not 0$/);
  });
});

describe("build --update", () => {
  let root: string;
  let corpus: string;
  let out: string;
  const names = seedNames();
  before(() => {
    root = tempDir("update");
    corpus = join(root, "corpus");
    out = join(root, "out");
    mkdirSync(corpus);
    for (const f of names.slice(0, 3)) copyFileSync(join(SEEDS, f), join(corpus, f));
    writeFileSync(join(corpus, "feed.jsonl"), JSON.stringify({ id: "feed-1", text: readFileSync(join(FIXTURES, "good-article.txt"), "utf8") }) + "\n");
  });

  const full = (dir: string) => ok(["build", corpus, "--out", dir, "--jobs", "1"]);

  it("a first --update builds everything and writes the cache", () => {
    const r = ok(["build", corpus, "--out", out, "--update"]);
    assert.deepEqual(counts(r.stdout), { articles: 4, extracted: 4, reused: 0 });
    const cache = readFileSync(join(out, CACHE_FILE), "utf8").trim().split("\n");
    assert.equal(cache.length, 5);
    assert.equal(JSON.parse(cache[0]).extractor, extractorVersion());
  });

  it("after adding, changing and removing articles it extracts only what changed and equals a full rebuild", () => {
    copyFileSync(join(SEEDS, names[3]), join(corpus, names[3]));
    const changed = join(corpus, names[1]);
    writeFileSync(changed, readFileSync(changed, "utf8").replace(/\n\n[^\n]+\n*$/, "\n"));
    const removed = names[0];
    rmSync(join(corpus, removed));
    appendFileSync(join(corpus, "feed.jsonl"), JSON.stringify({ id: "feed-2", text: "Prime Minister Magnus Berg met President Xi Jinping in Shanghai on Friday." }) + "\n");
    const r = ok(["build", corpus, "--update", out]);
    assert.deepEqual(counts(r.stdout), { articles: 5, extracted: 3, reused: 2 });
    full(join(root, "full"));
    assert.equal(graphWithoutTime(out), graphWithoutTime(join(root, "full")));
    const g = readGraph(out);
    const gone = `article:${removed.replace(/\.txt$/, "")}`;
    assert.ok(!g.nodes.some((n) => n.key === gone || n.attributes.articles?.includes(removed.replace(/\.txt$/, ""))), "nothing is supported by the removed article");
    assert.ok(!g.edges.some((e) => e.attributes.evidence?.some((ev: { article: string }) => `article:${ev.article}` === gone)));
    // the three extracted are appended; the two no longer used stay until they outweigh the rest
    assert.equal(readFileSync(join(out, CACHE_FILE), "utf8").trim().split("\n").length, 8);
  });

  it("with nothing changed, nothing is extracted and the graph is unchanged", () => {
    const before = graphWithoutTime(out);
    const r = ok(["build", corpus, "--out", out, "--update", "--jobs", "2"]);
    assert.deepEqual(counts(r.stdout), { articles: 5, extracted: 0, reused: 5 });
    assert.equal(graphWithoutTime(out), before);
  });

  it("a cache from another extractor version is ignored, with a note", () => {
    const file = join(out, CACHE_FILE);
    const [, ...entries] = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, [JSON.stringify({ backchannelFactsCache: 1, extractor: "older" }), ...entries].join("\n"));
    const r = ok(["build", corpus, "--out", out, "--update"]);
    assert.deepEqual(counts(r.stdout), { articles: 5, extracted: 5, reused: 0 });
    assert.match(r.stderr, /^note: .*facts\.jsonl: made by another extractor version; every article is extracted again$/m);
    assert.equal(graphWithoutTime(out), graphWithoutTime(join(root, "full")));
  });

  it("a damaged cache line is extracted again; the result still equals a full rebuild", () => {
    const file = join(out, CACHE_FILE);
    const all = readFileSync(file, "utf8").split("\n");
    all[2] = all[2].slice(0, 200) + "#damaged";
    writeFileSync(file, all.join("\n"));
    const r = ok(["build", corpus, "--out", out, "--update"]);
    assert.deepEqual(counts(r.stdout), { articles: 5, extracted: 1, reused: 4 });
    assert.equal(graphWithoutTime(out), graphWithoutTime(join(root, "full")));
  });

  it("a small addition keeps every known node where it was and places the new ones; --relayout lays out as a full rebuild", () => {
    const before = new Map(readGraph(out).nodes.map((n) => [n.key, n.attributes]));
    appendFileSync(corpus + "/feed.jsonl", JSON.stringify({ id: "feed-3", text: "Foreign Minister Ana Duarte met Prime Minister Magnus Berg in Oslo on Monday." }) + "\n");
    const r = ok(["build", corpus, "--update", out]);
    assert.deepEqual(counts(r.stdout), { articles: 6, extracted: 1, reused: 5 });
    assert.doesNotMatch(r.stderr, /laid out again/);
    const g = readGraph(out);
    let kept = 0;
    for (const n of g.nodes) {
      const was = before.get(n.key);
      if (was) {
        kept++;
        assert.deepEqual([n.attributes.x, n.attributes.y], [was.x, was.y], n.key);
      } else assert.ok(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y), n.key);
    }
    assert.ok(kept > 0 && kept < g.nodes.length, `${kept} of ${g.nodes.length} nodes were there before`);
    const rebuilt = join(root, "full-after-addition");
    full(rebuilt);
    assert.equal(graphWithoutTime(out, { layout: false }), graphWithoutTime(rebuilt, { layout: false }), "everything but positions equals a full rebuild");
    ok(["build", corpus, "--update", out, "--relayout"]);
    assert.equal(graphWithoutTime(out), graphWithoutTime(rebuilt));
  });

  it("the extractor version follows the model file", () => {
    const other = join(root, "other-model.bin.gz");
    writeFileSync(other, "not the shipped model");
    assert.match(extractorVersion(), /^[0-9a-f]{32}$/);
    assert.notEqual(extractorVersion(other), extractorVersion());
  });

  it("the extractor version covers every extraction stage and the graph modules extraction uses (meeting status)", () => {
    const names = extractorFiles().map(([n]) => n.replace(/\\/g, "/"));
    for (const stage of ["/read/", "/text/", "/entities/", "/relations/", "/extract/"]) assert.ok(names.some((n) => n.includes(stage)), stage);
    assert.ok(names.some((n) => /^graph\/meeting-status\.(?:js|ts)$/.test(n)), names.filter((n) => n.startsWith("graph/")).join(", "));
    assert.ok(!names.some((n) => /^graph\/(?:layout|build-graph)\./.test(n)), "not the merge or the layout");
  });
});
