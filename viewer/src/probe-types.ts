// The shape of the viewer's read-only window.__backchannel probe. DOM-free, so the Node-side tests and
// bench can import these types too.
import type { NodeAttributes } from "../../graph/types.js";

export interface ViewerTimings {
  /** ms from navigation start until the graph was parsed or generated. */
  loadedMs: number | null;
  /** ms from navigation start until the first frame with the graph drawn was presented. */
  firstRenderMs: number | null;
  /** How many times sigma has rendered. */
  renders: number;
  /** ms spent in each start-up step (load, prepare, index, sigma, ...), in order. */
  steps: Record<string, number>;
}

export interface ViewerProbe {
  readonly ready: boolean;
  readonly error: string | null;
  readonly source: string | null;
  timings(): ViewerTimings;
  counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
  selection(): { node: string | null; edge: string | null; hovered: string | null };
  path(): { from: string; to: string; nodes: string[]; edges: string[]; example: string[]; count: number } | null;
  /** Where a node is drawn, in CSS pixels relative to the graph container (null if unknown). */
  nodePosition(key: string): { x: number; y: number } | null;
  nodeAttributes(key: string): NodeAttributes | null;
  /** Renders once and counts the pixels sigma's layers actually painted (alpha > 0), per layer. */
  drawnPixels(): Record<string, number>;
}
