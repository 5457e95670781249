// Options of the GEXF exporter the sigma way: GexfOptions, DEFAULT_GEXF, and validateGexfOptions(), which
// fills in defaults and throws a BackchannelError (EUSAGE) naming the bad option.
import { BackchannelError } from "../../graph/errors.js";
import { DEFAULT_DRAWING, validateDrawingOptions, type DrawingOptions } from "../common/drawing.js";

export interface GexfOptions extends DrawingOptions {
  /** `mode="dynamic"`, `timeformat="date"` and spells on dated nodes (meetings, articles) and dated edges. */
  dynamic: boolean;
  /** `<meta><creator>`. */
  creator: string;
  /** `<meta lastmodifieddate>` (YYYY-MM-DD); defaults to the day the graph was built, if it says. */
  lastModified?: string;
}

export const DEFAULT_GEXF: GexfOptions = { ...DEFAULT_DRAWING, dynamic: false, creator: "backchannel" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function validateGexfOptions(options: Partial<GexfOptions> = {}): GexfOptions {
  const o: GexfOptions = { ...DEFAULT_GEXF, ...options };
  validateDrawingOptions(o, "GEXF export");
  if (o.lastModified !== undefined && !DAY.test(o.lastModified))
    throw new BackchannelError("EUSAGE", `GEXF export: lastModified must be YYYY-MM-DD, not ${o.lastModified}`);
  return o;
}
