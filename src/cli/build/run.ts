// The build job: stream articles → extract facts in worker threads (or take them from the --update cache) →
// merge into one graph → lay it out → write DIR/graph.json atomically (and the static viewer beside it), with a
// progress bar on a terminal and a summary.
import { join } from "node:path";
import { BackchannelError } from "../../../graph/errors.js";
import { buildGraph } from "../../../graph/build-graph.js";
import { heapNow } from "../../../graph/debug-heap.js";
import { layoutGraph } from "../../../graph/layout.js";
import { countProvenance, indexProvenance } from "../../../graph/provenance.js";
import { MENTIONED_IN } from "../../../graph/schema.js";
import type { BackchannelGraph } from "../../../graph/types.js";
import { EdgeTable } from "../../../graph/edge-table.js";
import { DEFAULT_EXTRACT_CORPUS, extractCorpus, type ExtractCorpusOptions } from "../../build/extract-corpus.js";
import type { BuildArgs } from "./command.js";
import { writeGraphJson } from "./write-graph-json.js";
import { readPositions, writePositions } from "../../build/layout-cache.js";
import { capHeapGrowth, fullCollector } from "../heap.js";

/** An update keeps the previous positions when they cover at least this share of the new graph's nodes. */
const KEEP_LAYOUT_SHARE = 0.9;

export interface BuildResult {
  /** The merged graph, its MENTIONED_IN edges implicit in each node's `articles` (graph/provenance.ts): graph.json
   * has them; `addProvenance(graph)` adds them here. */
  graph: BackchannelGraph;
  /** The relation edges, when asked for as a table (`table: true`): the graph then has none of its own. */
  table?: EdgeTable;
  /** Nodes and edges of graph.json (the implicit MENTIONED_IN edges counted). */
  nodes: number;
  edges: number;
  articles: number;
  words: number;
  /** Articles extracted in this run, and reused from the --update cache. */
  extracted: number;
  reused: number;
  problems: string[];
  notes: string[];
  /** Reading, extraction and merging; `timings` splits the whole build by phase (seconds). */
  seconds: number;
  timings: { extract: number; merge: number; layout?: number; write?: number };
}

export type BuildOptions = Partial<ExtractCorpusOptions> & {
  /** The relation edges in an EdgeTable beside a graph of nodes (the build command's way: a third of the memory
   * of graphology's edges), not in the graph. */
  table?: boolean;
  /** A full garbage collection, run by the merge at its phase boundaries (fullCollector, for a big build). */
  collect?: () => void;
};

/** Reads and extracts every article under `inputs`; bad inputs are reported and skipped (fatal when strict). */
export async function buildFromInputs(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const c = await extractCorpus(inputs, options);
  const t1 = performance.now();
  let graph: BackchannelGraph;
  const table = options.table ? new EdgeTable() : undefined;
  try {
    graph = buildGraph(c.source, { name: "backchannel", builtAt: new Date().toISOString() }, { provenance: "implicit", table, collect: options.collect });
  } finally {
    c.source.close();
  }
  const t2 = performance.now();
  return {
    graph,
    table,
    nodes: graph.order,
    edges: graph.size + (table?.size ?? 0) + countProvenance(graph),
    articles: c.source.articles.length,
    words: c.words,
    extracted: c.extracted,
    reused: c.reused,
    problems: c.problems,
    notes: c.notes,
    seconds: (t2 - t0) / 1000,
    timings: { extract: (t1 - t0) / 1000, merge: (t2 - t1) / 1000 },
  };
}

export function buildOptionsFromArgs(args: BuildArgs): BuildOptions & { out: string } {
  const jobs = args.jobs ?? DEFAULT_EXTRACT_CORPUS.jobs;
  const mb = args.maxArticleMb ?? 5;
  if (!(mb > 0)) throw new BackchannelError("EUSAGE", `--max-article-mb must be a positive number, not ${args.maxArticleMb}`);
  const out = args.update ? args.update : args.out;
  return {
    jobs,
    strict: args.strict,
    maxArticleBytes: Math.round(mb * 1024 * 1024),
    cacheDir: args.update !== undefined ? out : undefined,
    out,
    ...holdFromEnv(),
  };
}

/** BACKCHANNEL_HOLD_MB=N: megabytes of facts (as JSON) a build holds in memory before it spools the rest to disk. */
export function holdFromEnv(env: NodeJS.ProcessEnv = process.env): { holdBytes?: number } {
  const asked = env.BACKCHANNEL_HOLD_MB?.trim();
  if (asked === undefined || asked === "") return {};
  const n = Number(asked);
  if (!(n >= 0)) throw new BackchannelError("EUSAGE", `BACKCHANNEL_HOLD_MB must be a number of megabytes (0 or more), not "${asked}"`);
  return { holdBytes: n * 1024 * 1024 };
}

export async function runBuild(args: BuildArgs): Promise<BuildResult> {
  const { out, ...options } = buildOptionsFromArgs(args);
  capHeapGrowth();
  const tty = args.progress && process.stderr.isTTY;
  let bar: { update(n: number, p?: object): void; stop(): void } | undefined;
  if (tty) {
    const { SingleBar, Presets } = await import("cli-progress");
    // the total is unknown while streaming: a count and the article at hand, no bar to fill
    const b = new SingleBar({ format: "reading {value} articles · {id}", clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
    b.start(0, 0, { id: "" });
    bar = { update: (n, p) => b.update(n, p), stop: () => b.stop() };
  }
  const say = (prefix: string) => (msg: string) => {
    if (tty) process.stderr.write("\r\x1b[K");
    console.error(`${prefix}: ${msg}`);
  };
  let result: BuildResult;
  try {
    result = await buildFromInputs(args.inputs, {
      ...options,
      table: true,
      collect: fullCollector(),
      onProblem: say("warning"),
      onNote: say("note"),
      onArticle: (n, id) => bar?.update(n, { id }),
      onExtracted: (n) => {
        bar?.stop();
        bar = undefined;
        if (tty) process.stderr.write(`merging the facts of ${n} articles…\r`);
      },
    });
  } finally {
    bar?.stop();
  }
  if (tty) process.stderr.write("\x1b[K");
  if (!result.articles) throw new BackchannelError("EINPUT", `${args.inputs.join(", ")}: no readable articles found`);
  if (tty) process.stderr.write(`merged ${result.articles} articles in ${result.timings.merge.toFixed(1)} s; laying out ${result.graph.order} nodes…`);
  let t = performance.now();
  let keep = options.cacheDir && !args.relayout ? await readPositions(options.cacheDir, say("note")) : undefined;
  if (keep) {
    let kept = 0;
    result.graph.forEachNode((n) => void (keep!.has(n) && kept++));
    if (kept < KEEP_LAYOUT_SHARE * result.graph.order) {
      say("note")(`${result.graph.order - kept} of ${result.graph.order} nodes are new: the graph is laid out again`);
      keep = undefined;
    }
  }
  heapNow("laying out");
  layoutGraph(result.graph, { keep, provenance: indexProvenance(result.graph), table: result.table });
  keep = undefined; // a big graph's previous positions: not held while graph.json is written
  if (tty) process.stderr.write("\r\x1b[K");
  result.timings.layout = (performance.now() - t) / 1000;
  t = performance.now();
  heapNow("writing graph.json");
  await writeGraphJson(join(out, "graph.json"), result.graph, { provenance: "implicit", table: result.table });
  if (options.cacheDir) await writePositions(options.cacheDir, result.graph);
  result.timings.write = (performance.now() - t) / 1000;
  heapNow("written");
  const { writeStaticViewer } = await import("../view/static-copy.js");
  await writeStaticViewer(out, undefined, { onNote: say("note") }).catch((e: Error) => console.error(`warning: viewer not written (${e.message})`));
  printSummary(result, out);
  return result;
}

function printSummary(r: BuildResult, out: string) {
  const kinds = new Map<string, number>();
  const rels = new Map<string, number>();
  r.graph.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  const count = (relation: string) => rels.set(relation, (rels.get(relation) ?? 0) + 1);
  r.graph.forEachEdge((_e, a) => count(a.relation));
  r.table?.forEachEdge(count);
  const held = r.graph.size + (r.table?.size ?? 0);
  if (r.edges > held) rels.set(MENTIONED_IN, r.edges - held);
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
  const reused = r.reused ? ` (${r.extracted} extracted, ${r.reused} unchanged from the cache)` : "";
  console.log(`built ${join(out, "graph.json")} from ${r.articles} articles${reused}, ${r.words} words, in ${r.seconds.toFixed(2)} s`);
  console.log(`  nodes ${r.nodes}: ${fmt(kinds)}`);
  console.log(`  edges ${r.edges}: ${fmt(rels)}`);
  if (r.problems.length) console.log(`  ${r.problems.length} input problem(s) reported above`);
}
