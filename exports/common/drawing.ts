// Where and how big each node is drawn in exported files: positions and sizes the graph already carries
// (the build lays it out, so the viewer and the files agree), else a seeded ForceAtlas2 layout and PageRank.
import Graph from "graphology";
import { BackchannelError } from "../../graph/errors.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { layoutGraph } from "../../graph/layout.js";
import type { BackchannelGraph, EdgeAttributes, NodeAttributes } from "../../graph/types.js";

export interface DrawingOptions {
  /** Seed of the ForceAtlas2 start positions, so output is reproducible. */
  seed: number;
  /** ForceAtlas2 iterations; left undefined, graph/layout.ts scales them with the graph. */
  iterations?: number;
  minSize: number;
  maxSize: number;
}

export const DEFAULT_DRAWING: DrawingOptions = { seed: 42, minSize: 3, maxSize: 18 };

/** Throws a usage error naming the exporter (`what`) and the bad drawing option. */
export function validateDrawingOptions(o: DrawingOptions, what: string): void {
  const fail = (problem: string) => {
    throw new BackchannelError("EUSAGE", `${what}: ${problem}`);
  };
  if (!Number.isInteger(o.seed)) fail(`seed must be an integer, not ${o.seed}`);
  if (o.iterations !== undefined && !(Number.isInteger(o.iterations) && o.iterations >= 0))
    fail(`iterations must be a whole number, not ${o.iterations}`);
  if (!(o.minSize >= 0 && o.maxSize >= o.minSize)) fail(`sizes must satisfy 0 <= minSize <= maxSize (${o.minSize}, ${o.maxSize})`);
}

export interface Drawing {
  position(node: string, a: NodeAttributes): { x: number; y: number };
  size(node: string, a: NodeAttributes): number;
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function drawGraph(graph: BackchannelGraph, options: DrawingOptions = DEFAULT_DRAWING): Drawing {
  const positions = everyNode(graph, (a) => finite(a.x) && finite(a.y)) ? undefined : layoutPositions(graph, options);
  const sizes = everyNode(graph, (a) => finite(a.size)) ? undefined : pagerankSizes(graph, options);
  return {
    position: (node, a) => positions?.get(node) ?? { x: a.x ?? 0, y: a.y ?? 0 },
    size: (node, a) => sizes?.get(node) ?? a.size ?? options.minSize,
  };
}

function everyNode(graph: BackchannelGraph, test: (a: NodeAttributes) => boolean): boolean {
  for (const { attributes } of graph.nodeEntries()) if (!test(attributes)) return false;
  return true;
}

/** ForceAtlas2 (settings from inferSettings, seeded start) run on a bare copy, so the input graph is untouched. */
function layoutPositions(graph: BackchannelGraph, o: DrawingOptions): Map<string, { x: number; y: number }> {
  const copy = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true });
  graph.forEachNode((node, a) => copy.addNode(node, { kind: a.kind } as NodeAttributes));
  graph.forEachEdge((edge, _a, s, t) => copy.addEdgeWithKey(edge, s, t));
  layoutGraph(copy, { seed: o.seed, iterations: o.iterations });
  const out = new Map<string, { x: number; y: number }>();
  copy.forEachNode((node, a) => out.set(node, { x: a.x ?? 0, y: a.y ?? 0 }));
  return out;
}

/** Node size from PageRank (graphology-metrics), square-root scaled into [minSize, maxSize]. */
function pagerankSizes(graph: BackchannelGraph, o: DrawingOptions): Map<string, number> {
  const out = new Map<string, number>();
  if (graph.order === 0) return out;
  let ranks: Record<string, number>;
  try {
    ranks = pagerank(graph, { getEdgeWeight: null, maxIterations: 200 });
  } catch {
    ranks = {}; // PageRank did not converge: fall back to degree below
    graph.forEachNode((n) => (ranks[n] = graph.degree(n)));
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of Object.values(ranks)) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = max - min || 1;
  graph.forEachNode((n) => out.set(n, o.minSize + (o.maxSize - o.minSize) * Math.sqrt((ranks[n]! - min) / span)));
  return out;
}
