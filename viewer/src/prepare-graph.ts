// Makes a loaded graph drawable: positions, sizes and colours for nodes the build did not lay out, and
// each edge's colour (by relation), width (by supporting articles) and arrow or line.
import { KIND_COLORS, MENTIONED_IN, RELATION_COLORS, isRelation, isSymmetric } from "../../graph/schema.js";
import { seededRandom } from "../../graph/layout.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface PrepareOptions {
  /** Above this many edges, draw plain lines (arrows cost more to draw). */
  maxArrowEdges: number;
  seed: number;
}

export const DEFAULT_PREPARE: PrepareOptions = { maxArrowEdges: 50_000, seed: 42 };

export function prepareGraph(graph: ViewerGraph, options: Partial<PrepareOptions> = {}): void {
  const o = { ...DEFAULT_PREPARE, ...options };
  const rand = seededRandom(o.seed);
  const spread = Math.sqrt(graph.order) * 10;
  let maxDeg = 1;
  graph.forEachNode((n) => {
    maxDeg = Math.max(maxDeg, graph.degree(n));
  });
  graph.updateEachNodeAttributes((n, a) => {
    if (typeof a.x !== "number" || typeof a.y !== "number") {
      a.x = (rand() - 0.5) * spread;
      a.y = (rand() - 0.5) * spread;
    }
    if (typeof a.size !== "number") a.size = 3 + 12 * Math.sqrt(graph.degree(n) / maxDeg);
    if (!a.color) a.color = KIND_COLORS[a.kind] ?? "#999999";
    if (!a.label) a.label = n;
    return a;
  });
  const arrows = graph.size <= o.maxArrowEdges;
  graph.updateEachEdgeAttributes((_e, a) => {
    const known = isRelation(a.relation);
    a.color = known ? RELATION_COLORS[a.relation] : "#cccccc";
    a.size = a.relation === MENTIONED_IN ? 0.5 : 1 + Math.min(3, Math.log2(Math.max(1, a.articles ?? 1)));
    a.type = arrows && known && !isSymmetric(a.relation) && a.relation !== MENTIONED_IN ? "arrow" : "line";
    return a;
  });
}
