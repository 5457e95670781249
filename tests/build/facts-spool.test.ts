// The spool a big build keeps its facts in (src/build/facts-spool.ts): what goes in comes back, nothing is left on
// disk, and a graph merged from spooled facts (fresh, or from the --update cache) equals one merged from memory.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../../graph/build-graph.js";
import type { ArticleFacts } from "../../graph/types.js";
import { extractCorpus, type ExtractCorpusOptions } from "../../src/build/extract-corpus.js";
import { factsBytes } from "../../src/build/facts-cache.js";
import { FactsSpool, onePart } from "../../src/build/facts-spool.js";
import { holdFromEnv } from "../../src/cli/build/run.js";
import { cli, graphWithoutTime, SEEDS, tempDir } from "./support.js";

const FOLDERS = [join(process.cwd(), "tests", "fixtures", "unseen"), SEEDS];

function facts(id: string, n: number): ArticleFacts {
  return {
    article: { id, origin: `${id}.txt`, words: n },
    entities: [{ key: `person:p-${n}`, kind: "Person", label: `P ${n} ✓`, aliases: [], mentions: n }],
    relations: [],
    warnings: [],
  };
}

describe("FactsSpool", () => {
  it("gives back each article's records, across write chunks, and leaves no file behind", () => {
    const dir = tempDir("spool");
    const spool = new FactsSpool(dir);
    assert.deepEqual(readdirSync(dir), [], "the scratch file has no name once open");
    const all = Array.from({ length: 300 }, (_, i) => facts(`a${i}`, i));
    const big = { ...facts("big", 7), warnings: ["x".repeat(3 << 20)] };
    const refs = [...all, big].map((f) => spool.put(Buffer.from(JSON.stringify(f))));
    assert.ok(spool.bytes > 3 << 20);
    for (const i of [0, 299, 150, 1]) assert.deepEqual(spool.read(refs[i]), { entities: all[i].entities, relations: [] });
    assert.deepEqual(spool.read(refs[300]).entities, big.entities);
    spool.close();
    assert.throws(() => spool.read(refs[0]), /closed/);
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe("onePart", () => {
  it("parses the entities or the relations alone, whatever the strings hold; another shape is undefined", () => {
    const tricky = ',"relations":[{"x":1}],"warnings":["a"],"entities":[';
    const f: ArticleFacts = {
      ...facts("a", 2),
      article: { id: "a", origin: "a.txt", words: 2, title: tricky },
      relations: [{ relation: "MET_WITH", source: "person:a", target: "person:b", evidence: { article: "a", text: tricky, start: 0, end: 1 } }],
      warnings: [tricky],
    };
    const json = Buffer.from(JSON.stringify(f));
    assert.deepEqual(onePart(json, "entities"), f.entities);
    assert.deepEqual(onePart(json, "relations"), f.relations);
    assert.equal(onePart(Buffer.from(JSON.stringify({ entities: [], relations: [] })), "relations"), undefined, "no warnings key");
    assert.equal(onePart(json.subarray(0, 60), "entities"), undefined);
  });
});

describe("factsBytes", () => {
  it("is the facts part of a cache line, and undefined for a line of another shape", () => {
    const f = JSON.stringify(facts("a", 1));
    const line = Buffer.from(`{"key":"${"a".repeat(64)}","text":"${"b".repeat(64)}","facts":${f}}`);
    assert.equal(factsBytes(line)?.toString(), f);
    assert.equal(factsBytes(Buffer.from(`{"key":"${"a".repeat(64)}","facts":${f}}`)), undefined);
    assert.equal(factsBytes(line.subarray(0, line.length - 2)), undefined, "a cut line (a cache line read is parsed whole first)");
  });
});

describe("a merge from spooled facts", () => {
  const graphOf = async (options: Partial<ExtractCorpusOptions>) => {
    const c = await extractCorpus(FOLDERS, { jobs: 1, ...options });
    try {
      if (c.source.spooled === c.source.articles.length)
        assert.ok(
          c.source.articles.every((_a, i) => !c.source.read(i, "entities").relations.length && !c.source.read(i, "relations").entities.length),
          "each part is read alone",
        );
      return { json: JSON.stringify(buildGraph(c.source, { name: "t" }).export()), spooled: c.source.spooled, articles: c.source.articles.length, reused: c.reused };
    } finally {
      c.source.close();
    }
  };

  it("equals the merge of facts held in memory: all spooled, some, none; fresh or from the cache", async () => {
    const held = await graphOf({ holdBytes: Infinity });
    assert.ok(held.articles >= 25);
    assert.equal(held.spooled, 0);
    const spoolDir = tempDir("spooldir");
    const all = await graphOf({ holdBytes: 0, spoolDir });
    assert.equal(all.spooled, all.articles);
    assert.equal(all.json, held.json);
    const some = await graphOf({ holdBytes: 40_000 });
    assert.ok(some.spooled > 0 && some.spooled < some.articles, `${some.spooled} of ${some.articles} spooled`);
    assert.equal(some.json, held.json);
    // from the cache: the facts part of each cache line goes to the spool as it is
    const cacheDir = tempDir("spoolcache");
    await graphOf({ holdBytes: Infinity, cacheDir });
    const cached = await graphOf({ holdBytes: 0, cacheDir });
    assert.equal(cached.reused, cached.articles);
    assert.equal(cached.spooled, cached.articles);
    assert.equal(cached.json, held.json);
    assert.deepEqual(readdirSync(spoolDir), [], "no spool left behind");
  });
});

describe("build with BACKCHANNEL_HOLD_MB", () => {
  it("reads megabytes (0: spool everything), refuses anything else in one line", () => {
    assert.deepEqual(holdFromEnv({}), {});
    assert.deepEqual(holdFromEnv({ BACKCHANNEL_HOLD_MB: "0" }), { holdBytes: 0 });
    assert.deepEqual(holdFromEnv({ BACKCHANNEL_HOLD_MB: " 1.5 " }), { holdBytes: 1.5 * 1024 * 1024 });
    for (const bad of ["x", "-1", "1MB"]) assert.throws(() => holdFromEnv({ BACKCHANNEL_HOLD_MB: bad }), /^BackchannelError: BACKCHANNEL_HOLD_MB must be a number of megabytes/);
  });

  it("gives the same graph.json from the CLI, spooled or held, and an unusable value is one line and exit 1", () => {
    const root = tempDir("holdcli");
    const [held, spooled] = [join(root, "held"), join(root, "spooled")];
    const run = (out: string, hold: string) => cli(["build", SEEDS, "--out", out, "--jobs", "1"], { env: { ...process.env, BACKCHANNEL_HOLD_MB: hold, TMPDIR: root } });
    assert.equal(run(held, "Infinity").status, 0);
    assert.equal(run(spooled, "0").status, 0);
    assert.equal(graphWithoutTime(spooled, { layout: false }), graphWithoutTime(held, { layout: false }));
    assert.equal(graphWithoutTime(spooled), graphWithoutTime(held), "the same positions too");
    assert.deepEqual(readdirSync(root).sort(), ["held", "spooled"], "no spool left in TMPDIR");
    const bad = run(join(root, "bad"), "lots");
    assert.equal(bad.status, 1, bad.stderr);
    assert.equal(bad.stderr.trim().split("\n").length, 1, bad.stderr);
  });
});
