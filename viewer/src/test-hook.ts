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
  renderer: () => Sigma<any, any> | null;
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
    drawnPixels: () => {
      const r = s.renderer();
      return r ? countDrawnPixels(r) : {};
    },
  };
  Object.defineProperty(window, "__backchannel", { value: Object.freeze(probe), writable: false, configurable: false });
}

/** Copies each of sigma's canvases right after a render (before the WebGL buffer is cleared) and counts inked pixels. */
function countDrawnPixels(renderer: Sigma<any, any>): Record<string, number> {
  renderer.refresh({ skipIndexation: true });
  const out: Record<string, number> = {};
  for (const [layer, canvas] of Object.entries(renderer.getCanvases())) {
    if (!canvas.width || !canvas.height) continue;
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext("2d", { willReadFrequently: true });
    if (!ctx) continue;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    out[layer] = inked;
  }
  return out;
}
