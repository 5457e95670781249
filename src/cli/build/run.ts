// The build job: read articles one at a time → extract facts → merge into one graph → lay it out → write
// DIR/graph.json atomically (and the static viewer beside it), with a progress bar on a terminal and a summary.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { BackchannelError } from "../../../graph/errors.js";
import { buildGraph } from "../../../graph/build-graph.js";
import { layoutGraph } from "../../../graph/layout.js";
import { writeFileAtomic } from "../../../graph/io/atomic-write.js";
import type { ArticleFacts, BackchannelGraph } from "../../../graph/types.js";
import { readArticles } from "../../read/read-inputs.js";
import { extractArticle } from "../../extract/extract-article.js";
import { loadNerModel } from "../../entities/ner/index.js";
import type { BuildArgs } from "./command.js";

export interface BuildResult {
  graph: BackchannelGraph;
  articles: number;
  problems: string[];
  seconds: number;
}

/** Reads and extracts every article under `inputs`; bad inputs are reported and skipped (fatal when strict). */
export async function buildFromInputs(
  inputs: string[],
  options: { strict?: boolean; onProblem?: (msg: string) => void; onArticle?: (n: number, id: string) => void } = {},
): Promise<BuildResult> {
  const t0 = performance.now();
  const ner = loadNerModel();
  const problems: string[] = [];
  const report = (msg: string) => {
    problems.push(msg);
    options.onProblem?.(msg);
  };
  const facts: ArticleFacts[] = [];
  const seenText = new Map<string, string>();
  const seenId = new Set<string>();
  for await (const article of readArticles(inputs, { strict: !!options.strict, onProblem: (e) => report(e.message) })) {
    const hash = createHash("sha1").update(article.text).digest("hex");
    const twin = seenText.get(hash);
    if (twin) {
      report(`${article.origin}: same text as ${twin}; read once`);
      continue;
    }
    seenText.set(hash, article.origin);
    if (seenId.has(article.id)) {
      const msg = `${article.origin}: article id "${article.id}" already used; skipped`;
      if (options.strict) throw new BackchannelError("EINPUT", msg);
      report(msg);
      continue;
    }
    seenId.add(article.id);
    const f = extractArticle(article, { ner });
    facts.push(f);
    options.onArticle?.(facts.length, article.id);
  }
  const graph = buildGraph(facts, { name: "backchannel", builtAt: new Date().toISOString() });
  return { graph, articles: facts.length, problems, seconds: (performance.now() - t0) / 1000 };
}

export async function runBuild(args: BuildArgs): Promise<void> {
  const tty = args.progress && process.stderr.isTTY;
  let bar: { update(n: number, p?: object): void; stop(): void } | undefined;
  if (tty) {
    const { SingleBar, Presets } = await import("cli-progress");
    const b = new SingleBar({ format: "reading {bar} {value} articles · {id}", clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
    b.start(0, 0, { id: "" });
    bar = { update: (n, p) => b.update(n, p), stop: () => b.stop() };
  }
  let result: BuildResult;
  try {
    result = await buildFromInputs(args.inputs, {
      strict: args.strict,
      onProblem: (msg) => {
        if (bar) process.stderr.write("\n");
        console.error(`warning: ${msg}`);
      },
      onArticle: (n, id) => bar?.update(n, { id }),
    });
  } finally {
    bar?.stop();
  }
  if (!result.articles) throw new BackchannelError("EINPUT", `${args.inputs.join(", ")}: no readable articles found`);
  layoutGraph(result.graph);
  await writeFileAtomic(join(args.out, "graph.json"), JSON.stringify(result.graph.export()));
  const { writeStaticViewer } = await import("../view/static-copy.js");
  await writeStaticViewer(args.out).catch((e: Error) => console.error(`warning: viewer not written (${e.message})`));
  printSummary(result, args.out);
}

function printSummary(r: BuildResult, out: string) {
  const kinds = new Map<string, number>();
  const rels = new Map<string, number>();
  r.graph.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  r.graph.forEachEdge((_e, a) => rels.set(a.relation, (rels.get(a.relation) ?? 0) + 1));
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`built ${join(out, "graph.json")} from ${r.articles} articles in ${r.seconds.toFixed(2)} s`);
  console.log(`  nodes ${r.graph.order}: ${fmt(kinds)}`);
  console.log(`  edges ${r.graph.size}: ${fmt(rels)}`);
  if (r.problems.length) console.log(`  ${r.problems.length} input problem(s) reported above`);
}
