// The viewer's UI state, kept outside the graph: filters, what is hovered, selected and on a path.
// computeHidden() turns the filters into the sets of hidden nodes and edges the reducers read.
import { MENTIONED_IN, type Kind, type MeetingStatus, type Relation } from "../../graph/schema.js";
import { edgeArticleIds, type GraphIndex } from "./graph-index.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface Filters {
  hiddenKinds: Set<Kind>;
  hiddenRelations: Set<Relation>;
  hiddenStatuses: Set<MeetingStatus>;
  /** Only what this article supports (an article id), or everything. */
  article: string | null;
  /** Only what is dated on or before this date (ISO prefix); undated items always show. */
  until: string | null;
}

/** A node in focus and what touches it. */
export interface Focus {
  node: string;
  neighbours: Set<string>;
  edges: Set<string>;
}

export interface PathHighlight {
  from: string;
  to: string;
  /** Every node and edge on some shortest path. */
  nodes: Set<string>;
  edges: Set<string>;
  /** One shortest path, node by node, for the text summary. */
  example: string[];
  /** How many distinct shortest paths there are. */
  count: number;
}

export interface State {
  filters: Filters;
  hidden: { nodes: Set<string>; edges: Set<string> };
  hovered: Focus | null;
  selectedNode: Focus | null;
  selectedEdge: string | null;
  path: PathHighlight | null;
  /** A path was asked for and none exists. */
  pathMissing: boolean;
}

/** Articles and their provenance edges are hidden at first: the evidence is in the side panel instead. */
export function defaultFilters(index: GraphIndex): Filters {
  const entities = [...index.kindCounts.entries()].some(([k, n]) => k !== "Article" && n > 0);
  return {
    hiddenKinds: new Set<Kind>(entities ? ["Article"] : []),
    hiddenRelations: new Set<Relation>(entities ? [MENTIONED_IN] : []),
    hiddenStatuses: new Set(),
    article: null,
    until: null,
  };
}

export function createState(filters: Filters): State {
  return {
    filters,
    hidden: { nodes: new Set(), edges: new Set() },
    hovered: null,
    selectedNode: null,
    selectedEdge: null,
    path: null,
    pathMissing: false,
  };
}

export function focusOn(graph: ViewerGraph, node: string): Focus {
  return { node, neighbours: new Set(graph.neighbors(node)), edges: new Set(graph.edges(node)) };
}

function isAfter(date: string | undefined, until: string | null): boolean {
  return until !== null && date !== undefined && date > until;
}

export function computeHidden(graph: ViewerGraph, index: GraphIndex, f: Filters): State["hidden"] {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const article = f.article;
  graph.forEachNode((key, a) => {
    const hide =
      f.hiddenKinds.has(a.kind) ||
      (a.kind === "Meeting" && a.status !== undefined && f.hiddenStatuses.has(a.status)) ||
      (article !== null && key !== `article:${article}` && !(a.articles ?? []).includes(article)) ||
      isAfter(index.nodeDate.get(key), f.until);
    if (hide) nodes.add(key);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const hide =
      nodes.has(source) ||
      nodes.has(target) ||
      f.hiddenRelations.has(a.relation) ||
      (article !== null && !edgeArticleIds(graph, edge).includes(article)) ||
      isAfter(index.edgeDate.get(edge), f.until);
    if (hide) edges.add(edge);
  });
  return { nodes, edges };
}
