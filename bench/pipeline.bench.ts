// Whole-pipeline speed (`npm run bench -- pipeline`): generates corpora of recombined sample sentences with
// generated names, builds each with 1 and 2 worker threads in a child process (plain builds, no cache), then once
// more writing the --update cache and an --update after adding 1%, and prints words per second, seconds, peak
// RSS, nodes and edges (and a one-thread build pinned to one core). BENCH_SIZES=1000,10000 BENCH_JOBS=1,2;
// BENCH_ONE_CORE=0 skips the pinned build; BENCH_CEILING=0 skips the workload's own two-core ceiling (two one-thread builds
// of the smallest corpus at once, against one alone); BENCH_HEAP_MB sets the child's V8 heap limit
// (default: three quarters of the machine's memory, so that a big corpus finishes and its real peak is seen).
import { spawn, spawnSync } from "node:child_process";
import { Worker } from "node:worker_threads";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, totalmem } from "node:os";
import { DEFAULT_CORPUS, loadSentencePool, writeCorpus } from "./synthetic-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const work = join(root, "bench", "output", "pipeline");
const list = (v: string | undefined, d: number[]) => (v ? v.split(",").map(Number).filter((n) => n > 0) : d);

interface Run {
  seconds: number;
  timings: { extract: number; merge: number; layout: number; write: number };
  articles: number;
  words: number;
  extracted: number;
  reused: number;
  nodes: number;
  edges: number;
  peakRssMiB: number;
}

const heapMb = Number(process.env.BENCH_HEAP_MB) || Math.round((totalmem() * 0.75) / 2 ** 20);
/** BENCH_ONE_CORE=0 skips the extra one-thread build pinned to one core (needs taskset and two cores). */
const pinOneCore = process.env.BENCH_ONE_CORE !== "0" && cpus().length > 1 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/** With `oneCore`, the build runs pinned to one CPU (taskset): with --jobs 1 the main thread (reading, merging)
 * otherwise runs beside the worker on the second core, so "one thread" uses more than one core. */
const childArgs = (inputs: string[], out: string, jobs: number, update: boolean) => [`--max-old-space-size=${heapMb}`, join(here, "pipeline-child.js"), JSON.stringify({ inputs, out, jobs, update })];
/** The child's figures: its `BENCH {…}` line. */
const benchLine = (stdout: string): Run | undefined => {
  const line = stdout.split("\n").find((l) => l.startsWith("BENCH "));
  return line ? JSON.parse(line.slice(6)) : undefined;
};

function measure(inputs: string[], out: string, jobs: number, update: boolean, oneCore = false): Run {
  const args = childArgs(inputs, out, jobs, update);
  const r = spawnSync(oneCore ? "taskset" : process.execPath, oneCore ? ["-c", "0", process.execPath, ...args] : args, {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const run = benchLine(r.stdout);
  if (r.status !== 0 || !run) throw new Error(`bench build failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return run;
}

/** `measure` for several builds at once, each in its own process (`spawn`, not `spawnSync`). */
function measureTogether(builds: { inputs: string[]; out: string }[]): Promise<Run[]> {
  return Promise.all(
    builds.map(
      ({ inputs, out }) =>
        new Promise<Run>((resolve, reject) => {
          const child = spawn(process.execPath, childArgs(inputs, out, 1, false), { stdio: ["ignore", "pipe", "pipe"] });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (d) => (stdout += d));
          child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-2000)));
          child.on("close", (code) => {
            const run = benchLine(stdout);
            if (code !== 0 || !run) reject(new Error(`bench build failed (${code}): ${stderr}`));
            else resolve(run);
          });
        }),
    ),
  );
}

/**
 * The ceiling for two threads on this work, not on a CPU loop: one one-thread build of `dir` alone, then two of
 * them at once in separate processes (nothing shared: no merge, no messages), alternated `rounds` times. Two
 * copies finish the work of two builds; the throughput of two cores over one is 2 × alone ÷ together. No design of
 * one build on two threads does better than two independent builds, short of doing less work in all.
 */
async function workloadCeiling(dir: string, rounds = 2): Promise<{ alone: number[]; together: number[]; ratio: number }> {
  const alone: number[] = [];
  const together: number[] = [];
  const out = (k: string) => join(work, `out-ceiling-${k}`);
  for (let i = 0; i < rounds; i++) {
    alone.push(measure([dir], out("a"), 1, false).seconds);
    rmSync(out("a"), { recursive: true, force: true });
    const pair = await measureTogether([{ inputs: [dir], out: out("b") }, { inputs: [dir], out: out("c") }]);
    together.push(Math.max(...pair.map((r) => r.seconds)));
    for (const k of ["b", "c"]) rmSync(out(k), { recursive: true, force: true });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { alone, together, ratio: (2 * mean(alone)) / mean(together) };
}

const phases = (t: Run["timings"]) => [t.extract, t.merge, t.layout, t.write].map((x) => x.toFixed(1)).join(" / ");
const row = (label: string, r: Run) =>
  `| ${label} | ${r.articles} | ${r.words} | ${r.seconds.toFixed(1)} | ${phases(r.timings)} | ${Math.round(r.words / r.seconds)} | ${Math.round(r.peakRssMiB)} | ${r.nodes} | ${r.edges} |`;

/** How much faster this machine runs a CPU-bound loop on two threads than on one, right now (the ceiling for --jobs 2). */
async function parallelCeiling(): Promise<number> {
  const code = `let x = 0; const t = performance.now(); for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);`;
  const run = (n: number) => {
    const t0 = performance.now();
    return Promise.all(Array.from({ length: n }, () => new Promise<void>((res) => new Worker(code, { eval: true }).once("message", () => res())))).then(() => performance.now() - t0);
  };
  await run(1);
  const one = await run(1);
  const two = await run(2);
  return (2 * one) / two;
}

export default async function bench(): Promise<void> {
  const sizes = list(process.env.BENCH_SIZES, [1000, 10000]);
  const jobsList = list(process.env.BENCH_JOBS, [1, 2]);
  const pool = await loadSentencePool(root);
  console.log(`pipeline: ${pool.sentences.length} sentences and ${pool.sourcePeople} people from ${pool.source}; ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(`pipeline: two CPU-bound threads run ${(await parallelCeiling()).toFixed(2)}× as fast as one on this machine now (other load included)`);
  console.log("| run | articles | words | seconds | read+extract / merge / layout / write s | words/s | peak RSS MiB | nodes | edges |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  const full = new Map<string, Run>();
  for (const n of sizes) {
    const dir = join(work, `corpus-${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const o = { ...DEFAULT_CORPUS, articles: n };
    await writeCorpus(join(dir, "base.jsonl"), pool, o);
    const threads = (j: number) => `${j} thread${j > 1 ? "s" : ""}`;
    for (const jobs of jobsList) {
      const out = join(work, `out-${n}-j${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const r = measure([dir], out, jobs, false);
      full.set(`${n}/${jobs}`, r);
      console.log(row(`${n} articles, ${threads(jobs)}`, r));
      rmSync(out, { recursive: true, force: true });
      if (jobs === 1 && pinOneCore) {
        const p = measure([dir], out, 1, false, true);
        full.set(`${n}/1core`, p);
        console.log(row(`${n} articles, 1 thread on one core (taskset -c 0)`, p));
        rmSync(out, { recursive: true, force: true });
      }
    }
    // the incremental build: a full build that writes the cache, then 1% more articles
    const jobs = jobsList[jobsList.length - 1];
    const out = join(work, `out-${n}-update`);
    rmSync(out, { recursive: true, force: true });
    const c = measure([dir], out, jobs, true);
    console.log(row(`${n} articles, ${threads(jobs)}, --update with no cache yet (writes it)`, c));
    await writeCorpus(join(dir, "added.jsonl"), pool, o, n, n + Math.max(1, Math.round(n / 100)));
    const u = measure([dir], out, jobs, true);
    const share = (x: Run) => ((u.seconds / x.seconds) * 100).toFixed(1);
    console.log(row(`${n} + 1%, --update, ${threads(jobs)} (${u.extracted} extracted, ${u.reused} reused; ${share(c)}% of that build, ${share(full.get(`${n}/${jobs}`)!)}% of the plain one)`, u));
    rmSync(join(dir, "added.jsonl"));
    rmSync(out, { recursive: true, force: true });
  }
  if (jobsList.includes(1) && jobsList.includes(2) && process.env.BENCH_CEILING !== "0") {
    const n = sizes[0];
    const c = await workloadCeiling(join(work, `corpus-${n}`));
    const s = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(", ");
    console.log(`pipeline: the workload's own ceiling, ${n} articles: one 1-thread build alone ${s(c.alone)} s; two at once (separate processes) ${s(c.together)} s: two cores do ${c.ratio.toFixed(2)}× the work of one`);
  }
  if (jobsList.includes(1) && jobsList.includes(2))
    for (const n of sizes) {
      const two = full.get(`${n}/2`)!.seconds;
      const core = full.get(`${n}/1core`);
      const vsCore = core ? `; vs 1 thread on one core: ${(core.seconds / two).toFixed(2)}×` : "";
      console.log(`pipeline: ${n} articles, 2 threads vs 1: ${(full.get(`${n}/1`)!.seconds / two).toFixed(2)}×${vsCore}`);
    }
  for (let i = 1; i < sizes.length; i++)
    for (const j of jobsList) {
      const [a, b] = [sizes[i - 1], sizes[i]];
      const x = full.get(`${a}/${j}`)!;
      const y = full.get(`${b}/${j}`)!;
      console.log(`pipeline: ${a} → ${b} articles (${b / a}×) took ${(y.seconds / x.seconds).toFixed(2)}× the time (${j} thread${j > 1 ? "s" : ""})`);
    }
}
