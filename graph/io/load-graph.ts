// Reads a built graph back from DIR/graph.json (or a path to the JSON itself) into a graphology graph. A big
// graph.json (100k articles: 2 GB) is more than one JavaScript string can hold, so past STREAM_ABOVE bytes it is
// read in chunks, one node or edge parsed at a time (readGraphStream).
import { createReadStream, promises as fs } from "node:fs";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { BackchannelError } from "../errors.js";
import type { BackchannelGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";

/** Files up to this size are read as one string and parsed at once (faster); bigger ones are streamed. */
export const STREAM_ABOVE = 256 * 1024 * 1024;

export function graphJsonPath(dirOrFile: string): string {
  return dirOrFile.endsWith(".json") ? dirOrFile : join(dirOrFile, "graph.json");
}

const newGraph = (): BackchannelGraph => new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });

export async function loadGraph(dirOrFile: string, options: { streamAbove?: number; chunkBytes?: number } = {}): Promise<BackchannelGraph> {
  const path = graphJsonPath(dirOrFile);
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch {
    throw new BackchannelError("ENOGRAPH", `${path}: no graph here; run \`backchannel build <inputs..> --out DIR\` first`);
  }
  if (size > (options.streamAbove ?? STREAM_ABOVE)) return readGraphStream(path, options.chunkBytes);
  let raw: string;
  try {
    raw = await fs.readFile(path, "utf8");
  } catch (e) {
    throw new BackchannelError("EINPUT", `${path}: cannot be read (${(e as Error).message})`);
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
  const graph = newGraph();
  graph.import(data);
  return graph;
}

type Section = "nodes" | "edges" | "attributes" | "other";

/**
 * Reads graphology `export()` JSON in chunks: the top-level object's `attributes` whole, and each item of its
 * `nodes` and `edges` arrays parsed and added as it ends, so that neither the text nor a parsed copy of the whole
 * is ever held. The same graph as parseGraph; a malformed file is one error naming it and where.
 */
export async function readGraphStream(path: string, chunkBytes = 4 * 1024 * 1024): Promise<BackchannelGraph> {
  const graph = newGraph();
  const fail = (why: string): never => {
    throw new BackchannelError("EINPUT", `${path}: not valid graph JSON (${why})`);
  };
  // scanner state: nesting depth, inside a string (and after a backslash), the top-level key last read (and one
  // being read: its text so far and where it goes on in this chunk)
  let depth = 0;
  let inString = false;
  let escaped = false;
  let section: Section = "other";
  let keyText = "";
  let keySoFar: string | undefined;
  let keyFrom = 0;
  // the item being gathered (a node or edge at depth 3, or `attributes` at depth 2): its text from earlier
  // chunks, and where it starts in this one (-1: none)
  let item: string[] = [];
  let itemStart = -1;
  let items = 0;
  let chars = 0;
  const add = (json: string) => {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (e) {
      fail(`${section} item ${items + 1}: ${(e as Error).message}`);
    }
    items++;
    try {
      // (graphology's own import, one item at a time: what parseGraph does with the whole)
      graph.import(section === "attributes" ? { attributes: value as GraphAttributes } : { [section]: [value] });
    } catch (e) {
      fail(`${section} item ${items}: ${(e as Error).message}`);
    }
  };
  const scan = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (keySoFar !== undefined) {
            keyText = keySoFar + text.slice(keyFrom, i);
            keySoFar = undefined;
          }
        }
      } else if (c === 0x22) {
        inString = true;
        // (a string at depth 1 is a key of the top-level object)
        if (depth === 1) {
          keySoFar = "";
          keyFrom = i + 1;
        }
      } else if (c === 0x7b || c === 0x5b) {
        // { or [
        depth++;
        if (depth === 2) {
          section = keyText === "nodes" || keyText === "edges" || keyText === "attributes" ? keyText : "other";
          items = 0;
        }
        if ((depth === 2 && section === "attributes") || (depth === 3 && (section === "nodes" || section === "edges"))) itemStart = i;
      } else if (c === 0x7d || c === 0x5d) {
        // } or ]
        if (itemStart >= 0 && ((depth === 3 && section !== "attributes") || (depth === 2 && section === "attributes"))) {
          item.push(text.slice(itemStart, i + 1));
          itemStart = -1;
          add(item.length === 1 ? item[0] : item.join(""));
          item = [];
        }
        depth--;
        if (depth < 0) fail(`a closing bracket with none open, at character ${chars + i}`);
      }
    }
    // what goes on into the next chunk
    if (itemStart >= 0) {
      item.push(text.slice(itemStart));
      itemStart = 0;
    }
    if (keySoFar !== undefined) {
      keySoFar += text.slice(keyFrom);
      keyFrom = 0;
    }
    chars += text.length;
  };
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
      scan(decoder.write(chunk as Buffer));
    }
    scan(decoder.end());
  } catch (e) {
    if (e instanceof BackchannelError) throw e;
    throw new BackchannelError("EINPUT", `${path}: cannot be read (${(e as Error).message})`);
  }
  if (depth !== 0 || inString) fail("it ends before its last bracket closes: cut short?");
  if (chars === 0) fail("it is empty");
  return graph;
}
