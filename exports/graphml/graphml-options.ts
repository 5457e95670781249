// Options of the GraphML exporter the sigma way: GraphmlOptions, DEFAULT_GRAPHML, validateGraphmlOptions().
import { DEFAULT_DRAWING, validateDrawingOptions, type DrawingOptions } from "../common/drawing.js";

export interface GraphmlOptions extends DrawingOptions {
  /**
   * Also write yEd's node graphics (y:ShapeNode: position, size, fill, label), so yEd draws the graph as is.
   * Off by default: Gephi's importer reports the untyped `yfiles.type` key as a SEVERE issue.
   */
  yed: boolean;
}

export const DEFAULT_GRAPHML: GraphmlOptions = { ...DEFAULT_DRAWING, yed: false };

export function validateGraphmlOptions(options: Partial<GraphmlOptions> = {}): GraphmlOptions {
  const o: GraphmlOptions = { ...DEFAULT_GRAPHML, ...options };
  validateDrawingOptions(o, "GraphML export");
  return o;
}
