// The start/stop button for ForceAtlas2 running in its web worker. The first paint uses the positions the
// build precomputed; the worker is only created when someone asks for more layout.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { ViewerGraph } from "./viewer-graph.js";

export function wireLayoutControl(button: HTMLButtonElement, graph: ViewerGraph): { stop: () => void } {
  let layout: FA2LayoutSupervisor | null = null;
  const show = (running: boolean) => {
    button.textContent = running ? "Stop layout" : "Run layout";
    button.setAttribute("aria-pressed", String(running));
  };
  const stop = () => {
    layout?.stop();
    show(false);
  };
  button.disabled = graph.order === 0;
  button.addEventListener("click", () => {
    if (layout?.isRunning()) return stop();
    layout ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2_000 },
    });
    layout.start();
    show(true);
  });
  show(false);
  return { stop };
}
