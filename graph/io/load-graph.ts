// Reads a built graph back from DIR/graph.json (or a path to the JSON itself) into a graphology graph.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { BackchannelError } from "../errors.js";
import type { BackchannelGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";

export function graphJsonPath(dirOrFile: string): string {
  return dirOrFile.endsWith(".json") ? dirOrFile : join(dirOrFile, "graph.json");
}

export async function loadGraph(dirOrFile: string): Promise<BackchannelGraph> {
  const path = graphJsonPath(dirOrFile);
  let raw: string;
  try {
    raw = await fs.readFile(path, "utf8");
  } catch {
    throw new BackchannelError("ENOGRAPH", `${path}: no graph here; run \`backchannel build <inputs..> --out DIR\` first`);
  }
  return parseGraph(raw, path);
}

export function parseGraph(raw: string, path = "graph.json"): BackchannelGraph {
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new BackchannelError("EINPUT", `${path}: not valid JSON (${(e as Error).message})`);
  }
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
  graph.import(data);
  return graph;
}
