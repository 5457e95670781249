// Where the page's graph comes from: `?synthetic=N` (generated in the page, seeded), `?graph=URL`, or
// graph.json beside the page; when fetch is impossible (opened from disk) it falls back to graph.js,
// a script the static copy writes that sets window.__BACKCHANNEL_GRAPH__.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { GraphAttributes, NodeAttributes } from "../../graph/types.js";
import { syntheticGraph } from "./synthetic-graph.js";
import type { ViewerEdgeAttributes, ViewerGraph } from "./viewer-graph.js";

type Serialized = SerializedGraph<NodeAttributes, ViewerEdgeAttributes, GraphAttributes>;

declare global {
  interface Window {
    __BACKCHANNEL_GRAPH__?: Serialized;
  }
}

export interface LoadedGraph {
  graph: ViewerGraph;
  /** Where it came from, for the status line. */
  source: string;
}

export async function loadGraphData(params: URLSearchParams): Promise<LoadedGraph> {
  const synthetic = params.get("synthetic");
  if (synthetic !== null) {
    const nodes = Number(synthetic || 100_000);
    const seed = params.has("seed") ? Number(params.get("seed")) : undefined;
    return { graph: syntheticGraph({ nodes, ...(seed !== undefined ? { seed } : {}) }), source: `synthetic graph (${nodes} nodes)` };
  }
  const url = params.get("graph") ?? "graph.json";
  const data = await fetchGraphJson(url);
  return { graph: graphFromSerialized(data, url), source: url };
}

async function fetchGraphJson(url: string): Promise<Serialized> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    // file:// pages cannot fetch; the static copy ships graph.js for them.
    if (url === "graph.json") return loadGraphScript("graph.js", e as Error);
    throw new Error(`${url}: cannot be fetched (${(e as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  try {
    return (await response.json()) as Serialized;
  } catch (e) {
    throw new Error(`${url}: not valid JSON (${(e as Error).message})`);
  }
}

function loadGraphScript(src: string, fetchError: Error): Promise<Serialized> {
  if (window.__BACKCHANNEL_GRAPH__) return Promise.resolve(window.__BACKCHANNEL_GRAPH__);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () =>
      window.__BACKCHANNEL_GRAPH__
        ? resolve(window.__BACKCHANNEL_GRAPH__)
        : reject(new Error(`${src} loaded but did not define the graph`));
    script.onerror = () =>
      reject(new Error(`graph.json cannot be fetched (${fetchError.message}) and ${src} is missing beside the page: serve the folder (backchannel view)`));
    document.head.appendChild(script);
  });
}

export function graphFromSerialized(data: Serialized, origin: string): ViewerGraph {
  if (!data || typeof data !== "object" || !Array.isArray(data.nodes))
    throw new Error(`${origin}: not a graphology graph (no "nodes" array)`);
  const graph: ViewerGraph = new Graph<NodeAttributes, ViewerEdgeAttributes, GraphAttributes>({
    type: "directed",
    multi: true,
    ...(data.options ?? {}),
  });
  graph.import(data);
  return graph;
}
