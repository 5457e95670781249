// Lays a built graph out for people: ForceAtlas2 positions from a seeded start (so output is reproducible),
// size by degree (cheap), colour by kind from the schema's palette.
//
// Small graphs are laid out whole. Big ones in two steps, so that the cost stays linear in the corpus: ForceAtlas2
// on the skeleton (people, states, organisations, places, documents; two people are linked once per meeting they
// share), at most its best-connected few thousand nodes, with an iteration budget proportional to the whole graph;
// then every other node sits among its neighbours: the rest of the skeleton, meetings among their participants
// and articles among what they mention. An update keeps the positions it is given and places
// only the new nodes the same way (a stable picture from one build to the next). The viewer can refine either with
// its own ForceAtlas2.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { KIND_COLORS, type Kind } from "./schema.js";
import { seededRandom } from "./seeded-random.js";
import { debugOn } from "./debug.js";
import type { BackchannelGraph } from "./types.js";
import { addProvenance, type ProvenanceIndex } from "./provenance.js";
import { graphTopology, type EdgeTable, type Topology } from "./edge-table.js";

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
  /** Of a big graph's skeleton, at most this many of the best-connected nodes go through ForceAtlas2; the others
   * are placed among their neighbours like meetings and articles. */
  skeletonCore: number;
  /** The graph's provenance links when they are implicit (built with `provenance: "implicit"`): counted and
   * followed as the MENTIONED_IN edges they stand for, with the same result. */
  provenance?: ProvenanceIndex;
  /** The graph's relation edges when they are kept in a table (built with `table`): followed as the edges they
   * stand for, with the same result. */
  table?: EdgeTable;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 42, minSize: 3, maxSize: 18, wholeUpTo: 2_000, skeletonCore: 6_000 };

/** ForceAtlas2 work on the skeleton, in (node + edge)-iterations per node of the whole graph: the layout's cost
 * stays proportional to the graph whatever the density of the skeleton. */
const SKELETON_BUDGET = 150;

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
  const links = o.provenance;
  const edges = o.table ? o.table.topology() : graphTopology(graph);
  const degree = links ? (n: string) => edges.degree(n) + links.degree(n) : (n: string) => edges.degree(n);
  if (o.keep) placeAround(graph, edges, new Map([...o.keep].filter(([k]) => graph.hasNode(k)) as [string, Point][]), rand, links);
  else if (order <= o.wholeUpTo) layoutWhole(graph, o.iterations ?? 300, !!links, o.table);
  else placeAround(graph, edges, layoutSkeleton(graph, edges, o.iterations, o.skeletonCore, degree), rand, links);
  let maxDeg = 1;
  graph.forEachNode((n) => {
    maxDeg = Math.max(maxDeg, degree(n));
  });
  graph.forEachNode((n) => {
    const d = degree(n);
    graph.setNodeAttribute(n, "size", o.minSize + (o.maxSize - o.minSize) * Math.sqrt(d / maxDeg));
  });
}

function layoutWhole(graph: BackchannelGraph, iterations: number, implicit: boolean, table?: EdgeTable) {
  if (implicit || table) {
    // a small graph: ForceAtlas2 on a copy with its edges from the table and its provenance edges, the positions back
    const whole = graph.copy();
    table?.addTo(whole);
    if (implicit) addProvenance(whole);
    layoutWhole(whole, iterations, false);
    whole.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
    return;
  }
  if (graph.size === 0) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 2_000 } });
}

const inSkeleton = (k: Kind) => k !== "Article" && k !== "Meeting";

/** ForceAtlas2 on the skeleton's core from the nodes' current (seeded) positions; returns the core's positions. */
function layoutSkeleton(graph: BackchannelGraph, edges: Topology, iterations: number | undefined, core: number, degree: (n: string) => number): Map<string, Point> {
  const sk = new Graph<{ x: number; y: number }, { weight: number }>({ type: "undirected", multi: false, allowSelfLoops: false });
  let members = graph.filterNodes((_n, a) => inSkeleton(a.kind));
  if (members.length > core) {
    // the best-connected (most edges: articles, meetings, offices), ties by key so order does not matter
    const ranked = members.map((n) => [n, degree(n)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    members = ranked.slice(0, core).map(([n]) => n);
  }
  for (const n of members) sk.addNode(n, { x: graph.getNodeAttribute(n, "x")!, y: graph.getNodeAttribute(n, "y")! });
  const link = (s: string, t: string) => {
    if (s !== t) sk.updateEdge(s, t, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  };
  edges.forEachEdge((s, t) => {
    if (sk.hasNode(s) && sk.hasNode(t)) link(s, t);
  });
  // a meeting links its people (and place): pairwise when few, else each to the first
  graph.forEachNode((n, a) => {
    if (a.kind !== "Meeting") return;
    const around = edges.neighbors(n).filter((m) => sk.hasNode(m));
    if (around.length <= 8) for (let i = 0; i < around.length; i++) for (let j = i + 1; j < around.length; j++) link(around[i], around[j]);
    else for (const m of around.slice(1)) link(around[0], m);
  });
  if (sk.size > 0) {
    const its = iterations ?? Math.max(20, Math.min(300, Math.round((SKELETON_BUDGET * graph.order) / Math.max(1, sk.order + sk.size))));
    const t = performance.now();
    forceAtlas2.assign(sk, { iterations: its, getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(sk), barnesHutOptimize: sk.order > 2_000 } });
    if (debugOn("layout"))
      console.error(`layout: skeleton ${sk.order} nodes, ${sk.size} edges, ${its} iterations in ${((performance.now() - t) / 1000).toFixed(1)} s`);
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
function placeAround(graph: BackchannelGraph, edges: Topology, fixed: Map<string, Point>, rand: () => number, links?: ProvenanceIndex) {
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
    const add = (m: string) => {
      const p = at.get(m);
      if (p) {
        x += p[0];
        y += p[1];
        k++;
      }
    };
    edges.forEachNeighbor(n, add);
    if (links) {
      // the implicit MENTIONED_IN neighbours: an article's readers; a node's articles
      const readers = links.readers.get(n);
      if (readers) readers.forEach(add);
      else for (const a of graph.getNodeAttribute(n, "articles")) add(`article:${a}`);
    }
    if (!k) return false;
    const angle = rand() * 2 * Math.PI;
    const r = spacing * (0.15 + 0.35 * rand());
    at.set(n, [x / k + r * Math.cos(angle), y / k + r * Math.sin(angle)]);
    return true;
  };
  // passes reach nodes whose neighbours were placed in an earlier one (while some are); articles wait for the rest
  let pending = graph.filterNodes((n, a) => !at.has(n) && a.kind !== "Article");
  for (let pass = 0, before = -1; pass < 8 && pending.length && pending.length !== before; pass++) {
    before = pending.length;
    pending = pending.filter((n) => !place(n));
  }
  for (const n of graph.filterNodes((n, a) => !at.has(n) && a.kind === "Article")) if (!place(n)) pending.push(n);
  for (const [n, [x, y]] of at) graph.mergeNodeAttributes(n, { x, y });
}
