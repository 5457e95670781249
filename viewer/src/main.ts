// The viewer's entry point: loads the graph, draws it with sigma, and wires search, legend, filters, the
// side panel, the path finder and the layout button to one State applied through sigma's reducers.
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import "../style.css";
import { byId, el } from "./dom.js";
import { renderFilters, syncArticleSelect } from "./filters-panel.js";
import { indexGraph, type GraphIndex } from "./graph-index.js";
import { wireLayoutControl } from "./layout-control.js";
import { renderLegend } from "./legend.js";
import { loadGraphData } from "./load-graph-data.js";
import { edgePanel, nodePanel, type PanelActions } from "./panel.js";
import { renderPathFinder, type PathFinder } from "./path-finder.js";
import { prepareGraph } from "./prepare-graph.js";
import { makeEdgeReducer, makeNodeReducer } from "./reducers.js";
import { buildSearchIndex } from "./search-index.js";
import { createSearchBox } from "./search-box.js";
import { shortestPaths } from "./shortest-paths.js";
import { computeHidden, createState, defaultFilters, focusOn, type State } from "./state.js";
import type { ViewerTimings } from "./probe-types.js";
import { installProbe } from "./test-hook.js";
import type { NodeAttributes } from "../../graph/types.js";
import type { ViewerEdgeAttributes, ViewerGraph } from "./viewer-graph.js";

/** Graphs above these sizes get the settings that keep sigma smooth while moving. */
const LARGE_GRAPH = { nodes: 10_000, edges: 30_000 };

let graph: ViewerGraph | null = null;
let renderer: Sigma<NodeAttributes, ViewerEdgeAttributes> | null = null;
let state: State | null = null;
let source: string | null = null;
let failure: string | null = null;
const timings: ViewerTimings = { loadedMs: null, firstRenderMs: null, renders: 0, steps: {} };

/** Runs one start-up step and records how long it took. */
function step<T>(name: string, fn: () => T): T {
  const t = performance.now();
  const out = fn();
  timings.steps[name] = Math.round(performance.now() - t);
  return out;
}

installProbe({ graph: () => graph, renderer: () => renderer, state: () => state, source: () => source, error: () => failure, timings });

function sigmaSettings(g: ViewerGraph, st: State): Partial<Settings<NodeAttributes, ViewerEdgeAttributes>> {
  const large = g.order > LARGE_GRAPH.nodes || g.size > LARGE_GRAPH.edges;
  return {
    nodeReducer: makeNodeReducer(st),
    edgeReducer: makeEdgeReducer(st),
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    renderEdgeLabels: !large,
    enableEdgeEvents: g.size <= 50_000,
    zIndex: !large,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2328" },
    labelDensity: large ? 0.4 : 1,
    labelGridCellSize: large ? 140 : 90,
    labelRenderedSizeThreshold: large ? 9 : 4,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#57606a" },
    // Large graphs: one vertex per node (points) and hairline edges, far cheaper to draw than quads.
    ...(large ? { defaultNodeType: "point", nodeProgramClasses: { point: NodePointProgram }, edgeProgramClasses: { line: EdgeLineProgram } } : {}),
    defaultEdgeType: "line",
    stagePadding: 40,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
  };
}

function setStatus(text: string): void {
  byId("status").textContent = text;
}

function describeCounts(g: ViewerGraph, st: State): string {
  const n = g.order - st.hidden.nodes.size;
  const e = g.size - st.hidden.edges.size;
  return `${n.toLocaleString("en")} of ${g.order.toLocaleString("en")} nodes · ${e.toLocaleString("en")} of ${g.size.toLocaleString("en")} edges shown`;
}

function start(g: ViewerGraph, index: GraphIndex): void {
  const st = createState(defaultFilters(index));
  st.hidden = step("filter", () => computeHidden(g, index, st.filters));
  state = st;
  const container = byId("graph");
  const sigma = step("sigma", () => new Sigma(g, container, sigmaSettings(g, st)));
  renderer = sigma;
  sigma.on("afterRender", () => timings.renders++);
  // The frame after the first one starts only once the first is drawn (slow with software WebGL).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      timings.firstRenderMs = performance.now();
    }),
  );

  const panel = byId("panel");
  const showCounts = () => {
    const counts = describeCounts(g, st);
    setStatus(`${counts} · ${source}`);
    container.setAttribute("aria-label", `Graph: ${counts}. Use search, the legend and the filters to explore it.`);
  };
  const refresh = () => {
    sigma.refresh({ skipIndexation: true });
    showCounts();
  };

  const centreOn = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d) return;
    const camera = sigma.getCamera();
    camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
  };

  const openPanel = (children: HTMLElement[], focus: boolean) => {
    panel.replaceChildren(...children);
    panel.hidden = false;
    panel.scrollTop = 0;
    if (focus) byId("panel-title").focus({ preventScroll: true });
  };
  const closePanel = () => {
    st.selectedNode = null;
    st.selectedEdge = null;
    panel.hidden = true;
    panel.replaceChildren();
    refresh();
  };

  const actions: PanelActions = {
    selectNode: (key) => selectNode(key, { centre: true, focus: true }),
    selectEdge: (key) => selectEdge(key, true),
    showArticle: (id) => {
      st.filters.article = id;
      syncArticleSelect(st.filters);
      applyFilters();
    },
    close: closePanel,
  };

  function selectNode(key: string, how: { centre: boolean; focus: boolean }): void {
    if (!g.hasNode(key)) return;
    st.selectedNode = focusOn(g, key);
    st.selectedEdge = null;
    openPanel(nodePanel(g, key, actions), how.focus);
    if (how.centre) centreOn(key);
    refresh();
  }

  function selectEdge(key: string, focus: boolean): void {
    st.selectedEdge = key;
    st.selectedNode = null;
    openPanel(edgePanel(g, key, actions), focus);
    refresh();
  }

  let pathFinder: PathFinder | null = null;
  const clearPath = () => {
    st.path = null;
    st.pathMissing = false;
    pathFinder?.show(null, false);
    refresh();
  };
  const findPath = (from: string, to: string) => {
    st.path = shortestPaths(g, from, to, { nodeHidden: (n) => st.hidden.nodes.has(n), edgeHidden: (e) => st.hidden.edges.has(e) });
    st.pathMissing = st.path === null;
    pathFinder?.show(st.path, st.pathMissing);
    refresh();
    return st.path;
  };

  function applyFilters(): void {
    st.hidden = computeHidden(g, index, st.filters);
    if (st.path) findPath(st.path.from, st.path.to);
    else refresh();
  }

  // Search, legend, filters, path finder, layout.
  const entries = step("search-index", () => buildSearchIndex(g));
  const search = createSearchBox(entries, {
    id: "search-input",
    label: "Search entities by name or alias",
    placeholder: "Search names and aliases…  (/)",
    hiddenLabel: true,
    limit: 8,
    onChoose: (key) => selectNode(key, { centre: true, focus: false }),
  });
  byId("search-slot").replaceChildren(search.root);
  renderLegend(byId("legend"), index, st.filters, applyFilters);
  renderFilters(byId("filters"), index, st.filters, applyFilters);
  pathFinder = renderPathFinder(byId("path-finder"), g, entries, { find: findPath, clear: clearPath, selectNode: actions.selectNode });
  wireLayoutControl(byId<HTMLButtonElement>("layout-toggle"), g);
  const fit = byId<HTMLButtonElement>("fit-view");
  fit.disabled = false;
  fit.addEventListener("click", () => sigma.getCamera().animatedReset({ duration: 400 }));

  // Pointer interaction.
  sigma.on("enterNode", ({ node }) => {
    st.hovered = focusOn(g, node);
    container.style.cursor = "pointer";
    refresh();
  });
  sigma.on("leaveNode", () => {
    st.hovered = null;
    container.style.cursor = "";
    refresh();
  });
  sigma.on("clickNode", ({ node }) => selectNode(node, { centre: false, focus: false }));
  sigma.on("clickEdge", ({ edge }) => selectEdge(edge, false));
  sigma.on("clickStage", () => {
    if (st.selectedNode || st.selectedEdge) closePanel();
  });

  // Keyboard: "/" focuses search; Escape closes the panel, then clears the path.
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
    if (e.key === "/" && !typing) {
      search.input.focus();
      e.preventDefault();
    } else if (e.key === "Escape") {
      if (st.selectedNode || st.selectedEdge) {
        const fromPanel = panel.contains(document.activeElement);
        closePanel();
        if (fromPanel) search.input.focus();
      } else if (st.path) clearPath();
    }
  });

  // The constructor has drawn the first frame already; only the status needs filling in.
  showCounts();
}

async function main(): Promise<void> {
  try {
    const params = new URLSearchParams(location.search);
    const t = performance.now();
    const loaded = await loadGraphData(params);
    timings.steps.load = Math.round(performance.now() - t);
    const g = (graph = loaded.graph);
    source = loaded.source;
    step("prepare", () => prepareGraph(g));
    timings.loadedMs = performance.now();
    const name = g.getAttribute("name");
    if (name && name !== "backchannel") byId("graph-name").textContent = String(name);
    const index = step("index", () => indexGraph(g));
    step("start", () => start(g, index));
  } catch (e) {
    failure = (e as Error).message;
    console.error(`backchannel viewer: ${failure}`);
    setStatus(`Could not show the graph: ${failure}`);
    byId("graph").replaceChildren(el("p", { className: "load-error", text: `Could not show the graph: ${failure}` }));
  }
}

void main();
