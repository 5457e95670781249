// One measured build for pipeline.bench.ts, in its own process so its peak memory (RSS, worker threads
// included) is its own: runs the build command's job and prints one `BENCH {json}` line.
import { runBuild } from "../src/cli/build/run.js";

const { inputs, out, jobs, update } = JSON.parse(process.argv[2]) as { inputs: string[]; out: string; jobs: number; update: boolean };
const t0 = performance.now();
const r = await runBuild({ inputs, out, jobs, update: update ? "" : undefined, strict: false, verbose: false, progress: false });
const seconds = (performance.now() - t0) / 1000;
console.log(
  `BENCH ${JSON.stringify({
    seconds,
    timings: r.timings,
    articles: r.articles,
    words: r.words,
    extracted: r.extracted,
    reused: r.reused,
    nodes: r.nodes,
    edges: r.edges,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}`,
);
