// The graph type the viewer works on: the built graph's attributes (graph/types.ts) plus the display
// attributes sigma reads on edges (colour, size, program type), set once when the graph is prepared.
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.js";

export interface EdgeDisplay {
  color?: string;
  size?: number;
  type?: "line" | "arrow";
}

export type ViewerEdgeAttributes = EdgeAttributes & EdgeDisplay;
export type ViewerGraph = AbstractGraph<NodeAttributes, ViewerEdgeAttributes, GraphAttributes>;

/** The key of the Article node for an article id (`article:<id>`), as the graph builder writes it. */
export function articleKey(articleId: string): string {
  return `article:${articleId}`;
}
