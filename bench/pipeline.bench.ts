// Whole-pipeline speed (`npm run bench -- pipeline`): generates corpora of recombined sample sentences with
// generated names, builds each with 1 and 2 worker threads in a child process, then an --update after adding 1%,
// and prints words per second, seconds, peak RSS, nodes and edges. BENCH_SIZES=1000,10000 BENCH_JOBS=1,2.
import { spawnSync } from "node:child_process";
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

function measure(inputs: string[], out: string, jobs: number, update: boolean): Run {
  const r = spawnSync(process.execPath, [join(here, "pipeline-child.js"), JSON.stringify({ inputs, out, jobs, update })], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  if (r.status !== 0 || !line) throw new Error(`bench build failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6));
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
    for (const jobs of jobsList) {
      const out = join(work, `out-${n}-j${jobs}`);
      rmSync(out, { recursive: true, force: true });
      // the last full build of a size also writes the --update cache, for the update run after it
      const last = jobs === jobsList[jobsList.length - 1];
      const r = measure([dir], out, jobs, last);
      full.set(`${n}/${jobs}`, r);
      console.log(row(`${n} articles, ${jobs} thread${jobs > 1 ? "s" : ""}${last ? " (writes cache)" : ""}`, r));
      if (last) {
        await writeCorpus(join(dir, "added.jsonl"), pool, o, n, n + Math.max(1, Math.round(n / 100)));
        const u = measure([dir], out, jobs, true);
        console.log(row(`${n} + 1%, --update, ${jobs} thread${jobs > 1 ? "s" : ""} (${u.extracted} extracted, ${u.reused} reused; ${((u.seconds / r.seconds) * 100).toFixed(1)}% of the full build)`, u));
        rmSync(join(dir, "added.jsonl"));
      }
    }
  }
  const [a, b] = sizes;
  if (jobsList.includes(1) && jobsList.includes(2))
    for (const n of sizes) console.log(`pipeline: ${n} articles, 2 threads vs 1: ${(full.get(`${n}/1`)!.seconds / full.get(`${n}/2`)!.seconds).toFixed(2)}×`);
  if (a && b) for (const j of jobsList) {
    const x = full.get(`${a}/${j}`)!;
    const y = full.get(`${b}/${j}`)!;
    console.log(`pipeline: ${b / a}× the articles took ${(y.seconds / x.seconds).toFixed(2)}× the time (${j} thread${j > 1 ? "s" : ""})`);
  }
}
