// Installs the small read-only window.__backchannel probe (shape in probe-types.ts) so end-to-end tests and
// the bench can assert on the viewer's state (visible counts, selection, path, timings), not pixels alone.
import type Sigma from "sigma";
import type { ViewerProbe, ViewerTimings } from "./probe-types.js";
import type { State } from "./state.js";
import type { ViewerGraph } from "./viewer-graph.js";

declare global {
  interface Window {
    __backchannel?: ViewerProbe;
  }
}

export interface ProbeSources {
  graph: () => ViewerGraph | null;
  renderer: () => Sigma | null;
  state: () => State | null;
  source: () => string | null;
  error: () => string | null;
  timings: ViewerTimings;
}

export function installProbe(s: ProbeSources): void {
  const probe: ViewerProbe = {
    get ready() {
      return s.renderer() !== null && s.timings.firstRenderMs !== null;
    },
    get error() {
      return s.error();
    },
    get source() {
      return s.source();
    },
    timings: () => ({ ...s.timings }),
    counts: () => {
      const g = s.graph();
      const st = s.state();
      if (!g || !st) return { nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 };
      return { nodes: g.order, edges: g.size, visibleNodes: g.order - st.hidden.nodes.size, visibleEdges: g.size - st.hidden.edges.size };
    },
    selection: () => {
      const st = s.state();
      return { node: st?.selectedNode?.node ?? null, edge: st?.selectedEdge ?? null, hovered: st?.hovered?.node ?? null };
    },
    path: () => {
      const p = s.state()?.path;
      return p ? { from: p.from, to: p.to, nodes: [...p.nodes], edges: [...p.edges], example: [...p.example], count: p.count } : null;
    },
    nodePosition: (key) => {
      const r = s.renderer();
      const d = r?.getNodeDisplayData(key);
      if (!r || !d) return null;
      return r.framedGraphToViewport(d);
    },
    nodeAttributes: (key) => {
      const g = s.graph();
      return g?.hasNode(key) ? structuredClone(g.getNodeAttributes(key)) : null;
    },
  };
  Object.defineProperty(window, "__backchannel", { value: Object.freeze(probe), writable: false, configurable: false });
}
