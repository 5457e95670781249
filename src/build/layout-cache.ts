// The incremental build's layout: DIR/.cache/positions.json, every node's position in the last build, so that an
// update keeps the picture people know and only places what is new (graph/layout.ts, `keep`).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../graph/types.js";

export const POSITIONS_FILE = join(".cache", "positions.json");

interface PositionsFile {
  backchannelPositions: 1;
  keys: string[];
  /** x0, y0, x1, y1, … in the order of `keys`. */
  xy: number[];
}

/** The positions saved by the previous build in DIR; none (not an error) when missing or unreadable. */
export async function readPositions(dir: string, note: (msg: string) => void): Promise<Map<string, [number, number]> | undefined> {
  const path = join(dir, POSITIONS_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as PositionsFile;
    if (data.backchannelPositions !== 1 || !Array.isArray(data.keys) || data.xy?.length !== data.keys.length * 2) throw new Error("not a positions file");
    const out = new Map<string, [number, number]>();
    data.keys.forEach((k, i) => {
      const [x, y] = [data.xy[2 * i], data.xy[2 * i + 1]];
      if (typeof k === "string" && Number.isFinite(x) && Number.isFinite(y)) out.set(k, [x, y]);
    });
    return out;
  } catch (e) {
    note(`${path}: ${(e as Error).message}; the graph is laid out again`);
    return undefined;
  }
}

export async function writePositions(dir: string, graph: BackchannelGraph): Promise<void> {
  const keys: string[] = [];
  const xy: number[] = [];
  graph.forEachNode((n, a) => {
    keys.push(n);
    xy.push(a.x ?? 0, a.y ?? 0);
  });
  const data: PositionsFile = { backchannelPositions: 1, keys, xy };
  await writeFileAtomic(join(dir, POSITIONS_FILE), JSON.stringify(data));
}
