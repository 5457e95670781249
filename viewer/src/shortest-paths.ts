// "How are these two connected": every shortest path between two nodes over the visible edges, ignoring
// direction. Distances come from graphology-shortest-path run from both ends; a node or edge lies on a
// shortest path exactly when the distances from the two ends add up to the path length.
import Graph from "graphology";
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";
import type { PathHighlight } from "./state.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface PathScope {
  nodeHidden: (node: string) => boolean;
  edgeHidden: (edge: string) => boolean;
}

/** The visible part of the graph as a simple undirected graph (the two ends always included). */
function visibleSkeleton(graph: ViewerGraph, scope: PathScope, ends: string[]): Graph {
  const skeleton = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => {
    if (!scope.nodeHidden(n) || ends.includes(n)) skeleton.addNode(n);
  });
  graph.forEachEdge((edge, _a, s, t) => {
    if (s !== t && !scope.edgeHidden(edge) && skeleton.hasNode(s) && skeleton.hasNode(t)) skeleton.mergeEdge(s, t);
  });
  return skeleton;
}

export function shortestPaths(graph: ViewerGraph, from: string, to: string, scope: PathScope): PathHighlight | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { from, to, nodes: new Set([from]), edges: new Set(), example: [from], count: 1 };
  const skeleton = visibleSkeleton(graph, scope, [from, to]);
  const dFrom = undirectedSingleSourceLength(skeleton, from);
  const length = dFrom[to];
  if (length === undefined) return null;
  const dTo = undirectedSingleSourceLength(skeleton, to);
  const onPath = (n: string) => dFrom[n] !== undefined && dTo[n] !== undefined && dFrom[n] + dTo[n] === length;
  const nodes = new Set(skeleton.filterNodes(onPath));
  const edges = new Set<string>();
  for (const n of nodes)
    graph.forEachEdge(n, (edge, _a, s, t) => {
      if (scope.edgeHidden(edge) || !nodes.has(s) || !nodes.has(t)) return;
      if (dFrom[s] + 1 + dTo[t] === length || dFrom[t] + 1 + dTo[s] === length) edges.add(edge);
    });
  const ordered = [...nodes].sort((a, b) => dFrom[a] - dFrom[b]);
  const count = new Map<string, number>([[from, 1]]);
  for (const n of ordered) {
    if (n === from) continue;
    let c = 0;
    skeleton.forEachNeighbor(n, (m) => {
      if (nodes.has(m) && dFrom[m] === dFrom[n] - 1) c += count.get(m) ?? 0;
    });
    count.set(n, c);
  }
  const example = [from];
  let current = from;
  while (current !== to) {
    const next = skeleton
      .neighbors(current)
      .filter((m) => nodes.has(m) && dFrom[m] === dFrom[current] + 1)
      .sort((a, b) => String(graph.getNodeAttribute(a, "label")).localeCompare(String(graph.getNodeAttribute(b, "label"))))[0];
    example.push(next);
    current = next;
  }
  return { from, to, nodes, edges, example, count: count.get(to) ?? 1 };
}
