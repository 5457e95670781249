// Lays a built graph out for people: ForceAtlas2 positions from a seeded start (so output is reproducible),
// size by degree (cheap), colour by kind from the schema's palette.
//
// Small graphs are laid out whole. Big ones in two steps, so that the cost stays linear in the corpus: ForceAtlas2
// on the skeleton (people, states, organisations, places, documents; two people are linked once per meeting they
// share), with an iteration budget proportional to the whole graph; then every meeting sits among its
// participants and every article among what it mentions. An update keeps the positions it is given and places
// only the new nodes the same way (a stable picture from one build to the next). The viewer can refine either with
// its own ForceAtlas2.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { KIND_COLORS, type Kind } from "./schema.js";
import { seededRandom } from "./seeded-random.js";
import type { BackchannelGraph } from "./types.js";

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; scaled with the graph when left undefined. */
  iterations?: number;
  minSize: number;
  maxSize: number;
  /** Graphs of up to this many nodes are laid out whole; bigger ones skeleton first. */
  wholeUpTo: number;
  /** Positions to keep (an update's previous layout): only the other nodes are placed, around them. */
  keep?: ReadonlyMap<string, readonly [number, number]>;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 42, minSize: 3, maxSize: 18, wholeUpTo: 2_000 };

/** Node-iterations of ForceAtlas2 per node of the whole graph, for the skeleton of a big one. */
const SKELETON_BUDGET = 8;

export { seededRandom };

type Point = [number, number];

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
  if (o.keep) placeAround(graph, new Map([...o.keep].filter(([k]) => graph.hasNode(k)) as [string, Point][]), rand);
  else if (order <= o.wholeUpTo) layoutWhole(graph, o.iterations ?? 300);
  else placeAround(graph, layoutSkeleton(graph, o.iterations), rand);
  let maxDeg = 1;
  graph.forEachNode((n) => {
    maxDeg = Math.max(maxDeg, graph.degree(n));
  });
  graph.forEachNode((n) => {
    const d = graph.degree(n);
    graph.setNodeAttribute(n, "size", o.minSize + (o.maxSize - o.minSize) * Math.sqrt(d / maxDeg));
  });
}

function layoutWhole(graph: BackchannelGraph, iterations: number) {
  if (graph.size === 0) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 2_000 } });
}

const inSkeleton = (k: Kind) => k !== "Article" && k !== "Meeting";

/** ForceAtlas2 on the skeleton from the nodes' current (seeded) positions; returns the skeleton's positions. */
function layoutSkeleton(graph: BackchannelGraph, iterations?: number): Map<string, Point> {
  const sk = new Graph<{ x: number; y: number }, { weight: number }>({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((n, a) => {
    if (inSkeleton(a.kind)) sk.addNode(n, { x: a.x!, y: a.y! });
  });
  const link = (s: string, t: string) => {
    if (s !== t) sk.updateEdge(s, t, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  };
  graph.forEachEdge((_e, _a, s, t) => {
    if (sk.hasNode(s) && sk.hasNode(t)) link(s, t);
  });
  // a meeting links its people (and place): pairwise when few, else each to the first
  graph.forEachNode((n, a) => {
    if (a.kind !== "Meeting") return;
    const around = graph.neighbors(n).filter((m) => sk.hasNode(m));
    if (around.length <= 8) for (let i = 0; i < around.length; i++) for (let j = i + 1; j < around.length; j++) link(around[i], around[j]);
    else for (const m of around.slice(1)) link(around[0], m);
  });
  if (sk.size > 0) {
    const its = iterations ?? Math.max(20, Math.min(300, Math.round((SKELETON_BUDGET * graph.order) / Math.max(1, sk.order))));
    forceAtlas2.assign(sk, { iterations: its, getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(sk), barnesHutOptimize: sk.order > 2_000 } });
  }
  const at = new Map<string, Point>();
  sk.forEachNode((n, a) => at.set(n, [a.x, a.y]));
  return at;
}

/**
 * Gives `fixed` nodes their positions and places every other node at the centre of its placed neighbours
 * (meetings and skeleton nodes before articles, so an article sits among what it mentions), with a seeded
 * jitter of about the spacing of the fixed nodes; nodes with no placed neighbour keep their seeded start.
 */
function placeAround(graph: BackchannelGraph, fixed: Map<string, Point>, rand: () => number) {
  const at = new Map(fixed);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const [x, y] of at.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const spacing = at.size > 1 ? Math.max(maxX - minX, maxY - minY) / Math.sqrt(at.size) : 10;
  const place = (n: string) => {
    let x = 0, y = 0, k = 0;
    graph.forEachNeighbor(n, (m) => {
      const p = at.get(m);
      if (p) {
        x += p[0];
        y += p[1];
        k++;
      }
    });
    if (!k) return false;
    const angle = rand() * 2 * Math.PI;
    const r = spacing * (0.15 + 0.35 * rand());
    at.set(n, [x / k + r * Math.cos(angle), y / k + r * Math.sin(angle)]);
    return true;
  };
  // a few passes reach nodes whose neighbours were placed in an earlier one; articles wait for the rest
  let pending = graph.filterNodes((n, a) => !at.has(n) && a.kind !== "Article");
  for (let pass = 0; pass < 3 && pending.length; pass++) pending = pending.filter((n) => !place(n));
  for (const n of graph.filterNodes((n, a) => !at.has(n) && a.kind === "Article")) if (!place(n)) pending.push(n);
  for (const [n, [x, y]] of at) graph.mergeNodeAttributes(n, { x, y });
}
