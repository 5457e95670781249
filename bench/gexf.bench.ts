// GEXF export at scale: seconds and peak memory (RSS, JS heap) writing a 100k-node / 1M-edge graph with our
// streaming writer (static and dynamic), and with graphology-gexf's string-building writer for the ratio.
// Each writer runs in its own child process so its peak memory is measured alone.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { write as graphologyWrite } from "graphology-gexf";
import { writeGexf } from "../exports/gexf/index.js";
import { formatEvidence, edgeWeight } from "../exports/common/fields.js";
import { kindColor } from "../exports/common/colors.js";
import type { BackchannelGraph } from "../graph/types.js";
import { syntheticGraph } from "../tests/fixtures/synthetic-graph.js";

const HERE = fileURLToPath(import.meta.url);
const OUTPUT = join(dirname(HERE), "..", "..", "bench", "output");
const NODES = Number(process.env.BENCH_GEXF_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_GEXF_EDGES ?? 1_000_000);
const WRITERS = ["backchannel", "backchannel-dynamic", "graphology-gexf"] as const;
type Writer = (typeof WRITERS)[number];

interface Figures {
  writer: Writer;
  buildSeconds: number;
  writeSeconds: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  fileMiB: number;
  error?: string;
}

const MiB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** The synthetic graph as a build leaves it: positions and sizes present, some dates on meetings and edges. */
function benchGraph(): BackchannelGraph {
  const g = syntheticGraph({ nodes: NODES, relationships: EDGES, seed: 7 });
  let i = 0;
  g.forEachNode((n, a) => g.mergeNodeAttributes(n, { size: 3 + a.mentions, ...(a.kind === "Meeting" ? { date: `20${10 + (i++ % 15)}-06` } : {}) }));
  let j = 0;
  g.forEachEdge((e) => {
    if (j++ % 5 === 0) g.setEdgeAttribute(e, "date", `2019-0${1 + (j % 9)}-1${j % 10}`);
  });
  return g;
}

/** graphology-gexf given the same columns as ours, so the ratio compares like with like. */
function writeWithGraphology(g: BackchannelGraph, file: string): void {
  const xml = graphologyWrite(g, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, aliases: a.aliases, mentions: a.mentions, articles: a.articles, articleCount: a.articles.length },
      viz: { color: kindColor(a.kind), x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (_key, a) => ({
      label: a.relation,
      kind: a.relation,
      weight: edgeWeight(a),
      attributes: { relation: a.relation, articles: edgeWeight(a), evidence: formatEvidence(a.evidence), ...(a.date ? { date: a.date } : {}) },
    }),
  });
  writeFileSync(file, xml);
}

async function child(writer: Writer, file: string): Promise<void> {
  let t = performance.now();
  const g = benchGraph();
  const buildSeconds = (performance.now() - t) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  const sample = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  t = performance.now();
  let error: string | undefined;
  try {
    if (writer === "graphology-gexf") writeWithGraphology(g, file);
    else await writeGexf(g, file, { dynamic: writer === "backchannel-dynamic" });
  } catch (e) {
    error = (e as Error).message;
  }
  const writeSeconds = (performance.now() - t) / 1000;
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const figures: Figures = {
    writer,
    buildSeconds,
    writeSeconds,
    baselineRssMiB: MiB(baseline.rss),
    peakRssMiB: MiB(process.resourceUsage().maxRSS * 1024),
    peakHeapMiB: MiB(peakHeap - baseline.heapUsed),
    fileMiB: error ? 0 : MiB(statSync(file).size),
    error,
  };
  console.log(JSON.stringify(figures));
}

function runChild(writer: Writer): Figures {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, `bench-${writer}.gexf`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12288", HERE, "--gexf-child", writer, file], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  rmSync(file, { force: true });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as Figures;
  } catch {
    const why = (r.stderr.trim().split("\n").find((l) => /Error|heap/.test(l)) ?? `exit ${r.status}`).trim();
    return { writer, buildSeconds: 0, writeSeconds: 0, baselineRssMiB: 0, peakRssMiB: 0, peakHeapMiB: 0, fileMiB: 0, error: why };
  }
}

export default async function bench(): Promise<void> {
  console.log(`\ngexf: writing ${NODES.toLocaleString("en")} nodes / ${EDGES.toLocaleString("en")} edges (one child process per writer)`);
  const results = WRITERS.map(runChild);
  for (const f of results) {
    if (f.error && !f.writeSeconds) {
      console.log(`  ${f.writer.padEnd(20)} failed: ${f.error}`);
      continue;
    }
    console.log(
      `  ${f.writer.padEnd(20)} write ${f.writeSeconds.toFixed(1)} s · peak RSS ${f.peakRssMiB} MiB ` +
        `(graph alone ${f.baselineRssMiB} MiB, so +${Math.round(f.peakRssMiB - f.baselineRssMiB)} MiB writing) · ` +
        `heap growth while writing ${f.peakHeapMiB} MiB · file ${f.fileMiB} MiB` +
        (f.error ? ` · error: ${f.error}` : ""),
    );
  }
  const ours = results.find((f) => f.writer === "backchannel");
  const theirs = results.find((f) => f.writer === "graphology-gexf");
  if (ours?.writeSeconds && theirs?.writeSeconds && !theirs.error)
    console.log(
      `  ratio graphology-gexf / backchannel: time ${(theirs.writeSeconds / ours.writeSeconds).toFixed(2)}×, ` +
        `peak RSS ${(theirs.peakRssMiB / ours.peakRssMiB).toFixed(1)}×, ` +
        `heap growth while writing ${(theirs.peakHeapMiB / Math.max(1, ours.peakHeapMiB)).toFixed(1)}×`,
    );
}

if (process.argv[2] === "--gexf-child") await child(process.argv[3] as Writer, process.argv[4]!);
