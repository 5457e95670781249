// Lays a built graph out for people: ForceAtlas2 positions from a seeded start (so output is reproducible),
// size by PageRank-like importance (degree-based, cheap), colour by kind from the schema's palette.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { KIND_COLORS } from "./schema.js";
import { seededRandom } from "./seeded-random.js";
import type { BackchannelGraph } from "./types.js";

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; scaled down for big graphs when left undefined. */
  iterations?: number;
  minSize: number;
  maxSize: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 42, minSize: 3, maxSize: 18 };

export { seededRandom };

export function layoutGraph(graph: BackchannelGraph, options: Partial<LayoutOptions> = {}): void {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const rand = seededRandom(o.seed);
  const order = graph.order;
  if (order === 0) return;
  const radius = Math.sqrt(order) * 10;
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, {
      x: (rand() - 0.5) * radius,
      y: (rand() - 0.5) * radius,
      color: KIND_COLORS[a.kind] ?? "#999999",
    });
  });
  const iterations = o.iterations ?? (order < 2_000 ? 300 : order < 20_000 ? 100 : 30);
  if (graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: order > 2_000 } });
  }
  let maxDeg = 1;
  graph.forEachNode((n) => {
    maxDeg = Math.max(maxDeg, graph.degree(n));
  });
  graph.forEachNode((n) => {
    const d = graph.degree(n);
    graph.setNodeAttribute(n, "size", o.minSize + (o.maxSize - o.minSize) * Math.sqrt(d / maxDeg));
  });
}
