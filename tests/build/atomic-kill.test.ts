// A build killed with SIGKILL (while extracting, or the moment its temporary graph file appears) leaves the
// previous graph.json whole (or, if the kill came after the rename, the whole new one), and the facts cache the
// previous one with whole entries appended (and at most one cut line, which the next build reads as a miss).
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_FILE } from "../../src/build/facts-cache.js";
import { POSITIONS_FILE } from "../../src/build/layout-cache.js";
import { cli, cliAsync, SEEDS, tempDir, withoutTime } from "./support.js";

/** A JSON Lines corpus of `copies` variants of each seed article (distinct texts, so none is a duplicate). */
function writeCorpus(file: string, copies: number, skip = 0) {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"));
  const out: string[] = [];
  for (let k = skip; k < copies; k++) seeds.forEach((text, i) => out.push(JSON.stringify({ id: `s${i}-v${k}`, text: `${text}\n\nEdition ${k}.\n` })));
  writeFileSync(file, out.join("\n") + "\n");
}

/** Starts a build and kills it with SIGKILL after `ms`, or as soon as a temporary graph.json appears in `out`. */
function killedBuild(args: string[], out: string, when: number | "temp-file"): Promise<{ signal: string | null; sawTemp: boolean }> {
  return new Promise((resolve) => {
    const child = cliAsync(args);
    let sawTemp = false;
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (when === "temp-file")
      watcher = watch(out, (_e, name) => {
        if (name && /^\.graph\.json\..*\.tmp$/.test(String(name))) {
          sawTemp = true;
          child.kill("SIGKILL");
        }
      });
    else timer = setTimeout(() => child.kill("SIGKILL"), when);
    child.on("exit", (_code, signal) => {
      watcher?.close();
      clearTimeout(timer);
      resolve({ signal, sawTemp });
    });
  });
}

describe("build: atomic output under SIGKILL", () => {
  let root: string;
  let corpus: string;
  let out: string;
  let oldGraph: string;
  let oldCache: string;
  let oldPositions: string;
  /** The next build's graph.json (without its build time), from the same update run uninterrupted elsewhere. */
  let newGraph: string;
  /** Every case starts from the previous build. */
  const restore = () => {
    writeFileSync(join(out, "graph.json"), oldGraph);
    writeFileSync(join(out, CACHE_FILE), oldCache);
    writeFileSync(join(out, POSITIONS_FILE), oldPositions);
  };
  before(() => {
    root = tempDir("kill");
    corpus = join(root, "corpus.jsonl");
    out = join(root, "out");
    writeCorpus(corpus, 6);
    const r = cli(["build", corpus, "--out", out, "--update", "--jobs", "2"]);
    assert.equal(r.status, 0, r.stderr);
    oldGraph = readFileSync(join(out, "graph.json"), "utf8");
    oldCache = readFileSync(join(out, CACHE_FILE), "utf8");
    oldPositions = readFileSync(join(out, POSITIONS_FILE), "utf8");
    writeCorpus(corpus, 8, 1); // one edition fewer, two more: the next build gives another graph
    const ref = join(root, "reference");
    cpSync(out, ref, { recursive: true });
    const n = cli(["build", corpus, "--out", ref, "--update", "--jobs", "2"]);
    assert.equal(n.status, 0, n.stderr);
    newGraph = withoutTime(readFileSync(join(ref, "graph.json"), "utf8"));
    rmSync(ref, { recursive: true });
  });

  for (const when of [150, 600, 1500, "temp-file"] as const) {
    it(`killed ${typeof when === "number" ? `after ${when} ms` : "when its temporary graph file appears"}: the previous graph.json and cache are intact`, async (t) => {
      const { signal, sawTemp } = await killedBuild(["build", corpus, "--out", out, "--update", "--jobs", "2"], out, when);
      const now = readFileSync(join(out, "graph.json"), "utf8");
      const cache = readFileSync(join(out, CACHE_FILE), "utf8");
      restore();
      if (signal !== "SIGKILL") {
        t.diagnostic(`the build finished before the kill (${when})`);
        assert.equal(withoutTime(now), newGraph);
        return;
      }
      if (when === "temp-file") assert.ok(sawTemp);
      const kept = now === oldGraph;
      if (!kept) t.diagnostic(`killed just after graph.json was replaced (${when})`);
      assert.ok(kept || withoutTime(now) === newGraph, "graph.json is the previous build byte for byte, or the whole new one");
      // the cache is appended to as articles are extracted: the previous one, then whole entries, then at most
      // one cut line (read as a miss by the next build)
      assert.ok(cache.startsWith(oldCache), "the previous facts cache is kept, byte for byte");
      const added = cache.slice(oldCache.length).split("\n");
      const cut = added.pop()!;
      for (const l of added) {
        const e = JSON.parse(l);
        assert.ok(/^[0-9a-f]{64}$/.test(e.key) && e.facts.article.id, "an appended entry is whole");
      }
      if (cut) assert.throws(() => JSON.parse(cut), "only the last line may be cut");
      assert.equal(JSON.parse(cache.slice(0, cache.indexOf("\n"))).backchannelFactsCache, 1);
    });
  }

  it("an uninterrupted build then replaces graph.json whole, over a cache with a cut last line", () => {
    const cache = join(out, CACHE_FILE);
    const text = readFileSync(cache, "utf8");
    const lines = text.trimEnd().split("\n");
    writeFileSync(cache, `${text}${lines[lines.length - 1].slice(0, 150)}`);
    const r = cli(["build", corpus, "--out", out, "--update", "--jobs", "2"]);
    assert.equal(r.status, 0, r.stderr);
    const g = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    assert.equal(g.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === "Article").length, 35);
    assert.notEqual(JSON.stringify(g), oldGraph);
    assert.equal(withoutTime(readFileSync(join(out, "graph.json"), "utf8")), newGraph);
    const after = readFileSync(cache, "utf8").split("\n");
    assert.equal(after.pop(), "", "every line ends");
    assert.equal(after.filter((l) => { try { return !!JSON.parse(l); } catch { return false; } }).length, after.length - 1, "the cut line is left alone, on a line of its own");
  });
});
