// build and export run in a worker thread with a bigger heap than Node's default (a 100k-article build needs
// ~7 GiB): the plan (when, with what limit, when the user's own limit wins) and the real CLI in that worker
// (output, exit code, a clear line when the job runs out of memory).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HEAP_GROWING_PERCENT, fullCollector, planHeap, planHeapGrowth } from "../../src/cli/heap.js";

const GiB = 1024;
const plan = (argv: string[], env: NodeJS.ProcessEnv = {}, execArgv: string[] = []) => planHeap(argv, env, execArgv, 4 * GiB, 24 * GiB);

describe("planHeap", () => {
  it("gives build and export three quarters of the machine when the default is smaller", () => {
    assert.equal(plan(["build", "corpus", "--out", "o"]).limitMb, 18 * GiB);
    assert.equal(plan(["--verbose", "export", "gexf", "o/graph.json"]).limitMb, 18 * GiB);
  });
  it("leaves other commands, help, and a heap already big enough alone", () => {
    assert.equal(plan(["view", "o"]).limitMb, undefined);
    assert.equal(plan(["eval", "ner"]).limitMb, undefined);
    assert.equal(plan([]).limitMb, undefined);
    assert.equal(plan(["build", "--help"]).limitMb, undefined);
    assert.equal(planHeap(["build", "c"], {}, [], 20 * GiB, 24 * GiB).limitMb, undefined);
  });
  it("keeps a limit the user set with --max-old-space-size (NODE_OPTIONS or node's own arguments)", () => {
    assert.equal(plan(["build", "c"], { NODE_OPTIONS: "--enable-source-maps --max-old-space-size=3000" }).limitMb, undefined);
    assert.equal(plan(["build", "c"], {}, ["--max_old_space_size=3000"]).limitMb, undefined);
  });
  it("takes BACKCHANNEL_HEAP_MB, above or below the default; 0 or junk keeps the default", () => {
    assert.equal(plan(["build", "c"], { BACKCHANNEL_HEAP_MB: "6000" }).limitMb, 6000);
    assert.equal(plan(["build", "c"], { BACKCHANNEL_HEAP_MB: "512" }).limitMb, 512);
    assert.equal(plan(["build", "c"], { BACKCHANNEL_HEAP_MB: "0" }).limitMb, undefined);
    const junk = plan(["build", "c"], { BACKCHANNEL_HEAP_MB: "lots" });
    assert.equal(junk.limitMb, undefined);
    assert.match(junk.why, /BACKCHANNEL_HEAP_MB=lots is not a number/);
  });
});

describe("planHeapGrowth", () => {
  it(`caps a big job's heap growth at ${HEAP_GROWING_PERCENT}% unless told otherwise`, () => {
    assert.equal(planHeapGrowth({}, []).flag, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    assert.equal(planHeapGrowth({ BACKCHANNEL_HEAP_GROWTH: "60" }, []).flag, "--heap-growing-percent=60");
  });
  it("leaves V8's own growth with BACKCHANNEL_HEAP_GROWTH=0, and the user's own flag alone", () => {
    assert.equal(planHeapGrowth({ BACKCHANNEL_HEAP_GROWTH: "0" }, []).flag, undefined);
    assert.equal(planHeapGrowth({ NODE_OPTIONS: "--heap-growing-percent=80" }, []).flag, undefined);
    assert.equal(planHeapGrowth({}, ["--heap_growing_percent=80"]).flag, undefined);
  });
  it("says so when BACKCHANNEL_HEAP_GROWTH is not a whole percentage, and keeps the default", () => {
    const p = planHeapGrowth({ BACKCHANNEL_HEAP_GROWTH: "a bit" }, []);
    assert.equal(p.flag, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    assert.match(p.why, /BACKCHANNEL_HEAP_GROWTH=a bit is not a whole percentage/);
  });
});

describe("the CLI in its heap worker", () => {
  const SEEDS = join(process.cwd(), "..", "shared", "seeds");
  const run = (env: NodeJS.ProcessEnv, out: string) => {
    const base = { ...process.env };
    delete base.NODE_OPTIONS;
    return spawnSync(process.execPath, ["bin/backchannel.js", "build", SEEDS, "--out", out, "--no-progress"], {
      encoding: "utf8",
      env: { ...base, BACKCHANNEL_DEBUG: "heap", ...env },
    });
  };
  it("builds in a worker with the limit asked for, same summary and exit code", () => {
    const out = mkdtempSync(join(tmpdir(), "backchannel-heap-"));
    const r = run({ BACKCHANNEL_HEAP_MB: "1500" }, out);
    assert.equal(r.status, 0, r.stderr);
    const m = /running in a worker thread with a (\d+) MiB heap limit/.exec(r.stderr);
    assert.ok(m, r.stderr);
    assert.ok(Number(m[1]) >= 1500 && Number(m[1]) < 1700, m[0]);
    assert.match(r.stderr, new RegExp(`heap: heap growth ${HEAP_GROWING_PERCENT}%`));
    assert.match(r.stdout, /^built .*graph\.json from 5 articles/m);
    assert.equal(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")).attributes.articles, 5);
  });
  it("runs in place when the user set the limit", () => {
    const out = mkdtempSync(join(tmpdir(), "backchannel-heap-"));
    const r = run({ NODE_OPTIONS: "--max-old-space-size=3000", BACKCHANNEL_HEAP_MB: "1500" }, out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /set with --max-old-space-size/);
    assert.doesNotMatch(r.stderr, /running in a worker/);
    assert.ok(existsSync(join(out, "graph.json")));
  });
  it("out of memory: one line naming the limit and what to do, exit 1, nothing written", () => {
    const out = mkdtempSync(join(tmpdir(), "backchannel-heap-"));
    const r = run({ BACKCHANNEL_HEAP_MB: "4", BACKCHANNEL_DEBUG: "" }, out);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^backchannel: out of memory: the job needed more than its 4 MiB heap \(BACKCHANNEL_HEAP_MB sets it/);
    assert.ok(!existsSync(join(out, "graph.json")));
  });
});

describe("fullCollector", () => {
  it("collects what nothing holds any more, with no --expose-gc given; BACKCHANNEL_GC=0 gives none", async () => {
    assert.equal(fullCollector({ BACKCHANNEL_GC: "0" }), undefined);
    const collect = fullCollector({});
    assert.equal(typeof collect, "function");
    let held: object | undefined = { big: new Array(1000).fill("x") };
    const ref = new WeakRef(held);
    held = undefined;
    // (a WeakRef's target stays until the job that made it has ended)
    await new Promise((r) => setImmediate(r));
    collect!();
    assert.equal(ref.deref(), undefined);
  });
});
