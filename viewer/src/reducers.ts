// Applies the State to what sigma draws, without touching the graph: hidden items, the hovered or selected
// node's neighbourhood, a highlighted path, the selected edge. Used as sigma's nodeReducer/edgeReducer.
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { NodeAttributes } from "../../graph/types.js";
import type { State } from "./state.js";
import type { ViewerEdgeAttributes } from "./viewer-graph.js";

export const FADED_NODE_COLOR = "#e4e6eb";
export const PATH_EDGE_COLOR = "#1d1d1f";

type NodeOut = Partial<NodeDisplayData> & Attributes;
type EdgeOut = Partial<EdgeDisplayData> & Attributes;

const faded = (data: NodeAttributes): NodeOut => ({ ...data, color: FADED_NODE_COLOR, label: "", zIndex: 0 });

export function makeNodeReducer(state: State) {
  return (node: string, data: NodeAttributes): NodeOut => {
    if (state.hidden.nodes.has(node)) return { ...data, hidden: true };
    const path = state.path;
    if (path) {
      if (!path.nodes.has(node)) return faded(data);
      const end = node === path.from || node === path.to;
      return { ...data, forceLabel: true, highlighted: end, zIndex: 2 };
    }
    const focus = state.hovered ?? state.selectedNode;
    if (focus) {
      if (node === focus.node) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (focus.neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
      return faded(data);
    }
    return data;
  };
}

export function makeEdgeReducer(state: State) {
  return (edge: string, data: ViewerEdgeAttributes): EdgeOut => {
    if (state.hidden.edges.has(edge)) return { ...data, hidden: true };
    const path = state.path;
    if (path) {
      if (!path.edges.has(edge)) return { ...data, hidden: true };
      return { ...data, color: PATH_EDGE_COLOR, size: 3, label: data.relation, zIndex: 1 };
    }
    if (edge === state.selectedEdge) return { ...data, size: (data.size ?? 1) + 2, label: data.relation, zIndex: 2 };
    const focus = state.hovered ?? state.selectedNode;
    if (focus) {
      if (!focus.edges.has(edge)) return { ...data, hidden: true };
      return { ...data, label: data.relation, zIndex: 1 };
    }
    return data;
  };
}
