// Options of the GraphML exporter the sigma way: GraphmlOptions, DEFAULT_GRAPHML, validateGraphmlOptions().
import { BackchannelError } from "../../graph/errors.js";
import { DEFAULT_DRAWING, type DrawingOptions } from "../common/drawing.js";

export interface GraphmlOptions extends DrawingOptions {
  /** Also write yEd's node graphics (y:ShapeNode: position, size, fill, label), so yEd draws the graph as is. */
  yed: boolean;
}

export const DEFAULT_GRAPHML: GraphmlOptions = { ...DEFAULT_DRAWING, yed: true };

export function validateGraphmlOptions(options: Partial<GraphmlOptions> = {}): GraphmlOptions {
  const o: GraphmlOptions = { ...DEFAULT_GRAPHML, ...options };
  const fail = (what: string) => {
    throw new BackchannelError("EUSAGE", `GraphML export: ${what}`);
  };
  if (!Number.isInteger(o.seed)) fail(`seed must be an integer, not ${o.seed}`);
  if (o.iterations !== undefined && !(Number.isInteger(o.iterations) && o.iterations >= 0))
    fail(`iterations must be a whole number, not ${o.iterations}`);
  if (!(o.minSize >= 0 && o.maxSize >= o.minSize)) fail(`sizes must satisfy 0 <= minSize <= maxSize (${o.minSize}, ${o.maxSize})`);
  return o;
}
