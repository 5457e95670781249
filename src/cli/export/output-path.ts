// Where a file export writes by default: beside graph.json, e.g. `DIR/graph.gexf` for `export gexf DIR`
// (DIR may also be the path of the JSON file itself).
import { dirname, join } from "node:path";

export function defaultOutputPath(dirOrFile: string, fileName: string): string {
  return join(dirOrFile.endsWith(".json") ? dirname(dirOrFile) : dirOrFile, fileName);
}
