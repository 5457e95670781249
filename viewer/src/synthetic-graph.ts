// A seeded synthetic graph for the large-graph test and bench (`?synthetic=100000`): clustered positions,
// kinds and relations from the schema, mostly-local edges, sizes by degree. Same input, same graph.
import Graph from "graphology";
import { ENTITY_KINDS, EXTRACTED_RELATIONS, KIND_COLORS } from "../../graph/schema.js";
import { seededRandom } from "../../graph/layout.js";
import type { GraphAttributes, NodeAttributes } from "../../graph/types.js";
import type { ViewerEdgeAttributes, ViewerGraph } from "./viewer-graph.js";

export interface SyntheticOptions {
  nodes: number;
  /** Edges per node. */
  edgeFactor: number;
  seed: number;
  /** Share of edges that stay inside their cluster. */
  locality: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = { nodes: 100_000, edgeFactor: 3, seed: 7, locality: 0.85 };
export const MAX_SYNTHETIC_NODES = 2_000_000;

export function validateSynthetic(o: SyntheticOptions): void {
  if (!Number.isInteger(o.nodes) || o.nodes < 2 || o.nodes > MAX_SYNTHETIC_NODES)
    throw new Error(`synthetic: nodes must be an integer from 2 to ${MAX_SYNTHETIC_NODES}, got ${o.nodes}`);
  if (!(o.edgeFactor >= 0 && o.edgeFactor <= 20)) throw new Error(`synthetic: edgeFactor must be 0..20, got ${o.edgeFactor}`);
  if (!(o.locality >= 0 && o.locality <= 1)) throw new Error(`synthetic: locality must be 0..1, got ${o.locality}`);
}

export function syntheticGraph(options: Partial<SyntheticOptions> = {}): ViewerGraph {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  validateSynthetic(o);
  const rand = seededRandom(o.seed);
  const graph: ViewerGraph = new Graph<NodeAttributes, ViewerEdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
  graph.setAttribute("name", `synthetic ${o.nodes.toLocaleString("en")} nodes`);
  const clusterSize = Math.max(2, Math.round(Math.sqrt(o.nodes) * 2));
  const clusters = Math.ceil(o.nodes / clusterSize);
  const spread = Math.sqrt(o.nodes) * 10;
  const centres = Array.from({ length: clusters }, () => [(rand() - 0.5) * spread, (rand() - 0.5) * spread]);
  const keys: string[] = new Array(o.nodes);
  for (let i = 0; i < o.nodes; i++) {
    const kind = ENTITY_KINDS[Math.floor(rand() * rand() * ENTITY_KINDS.length)];
    const [cx, cy] = centres[Math.floor(i / clusterSize)];
    const angle = rand() * Math.PI * 2;
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.sqrt(clusterSize) * 1.5;
    // Index-like keys on purpose: graphology keeps per-node adjacency objects keyed by neighbour, and 100k
    // distinct *named* keys overflow V8's map transitions, making every later `{}` copy slow (sigma copies
    // each node's and edge's attributes on refresh). Index keys are stored as elements and avoid that.
    const key = String(i);
    keys[i] = key;
    graph.addNode(key, {
      label: `${kind} ${i}`,
      kind,
      aliases: [],
      mentions: 1,
      articles: [],
      x: cx + Math.cos(angle) * r,
      y: cy + Math.sin(angle) * r,
      color: KIND_COLORS[kind],
      size: 2,
    });
  }
  const edges = Math.round(o.nodes * o.edgeFactor);
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rand() * o.nodes);
    let t: number;
    if (rand() < o.locality) {
      const base = Math.floor(s / clusterSize) * clusterSize;
      t = Math.min(o.nodes - 1, base + Math.floor(rand() * clusterSize));
    } else t = Math.floor(rand() * o.nodes);
    if (t === s) t = (s + 1) % o.nodes;
    const relation = EXTRACTED_RELATIONS[Math.floor(rand() * EXTRACTED_RELATIONS.length)];
    graph.addEdge(keys[s], keys[t], { relation, evidence: [], articles: 0 });
  }
  let maxDeg = 1;
  graph.forEachNode((n) => {
    maxDeg = Math.max(maxDeg, graph.degree(n));
  });
  graph.updateEachNodeAttributes((n, a) => {
    a.size = 1.5 + 8 * Math.sqrt(graph.degree(n) / maxDeg);
    return a;
  });
  return graph;
}
