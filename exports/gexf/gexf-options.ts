// Options of the GEXF exporter the sigma way: GexfOptions, DEFAULT_GEXF, and validateGexfOptions(), which
// fills in defaults and throws a BackchannelError (EUSAGE) naming the bad option.
import { BackchannelError } from "../../graph/errors.js";
import { DEFAULT_DRAWING, type DrawingOptions } from "../common/drawing.js";

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
  const fail = (what: string) => {
    throw new BackchannelError("EUSAGE", `GEXF export: ${what}`);
  };
  if (!Number.isInteger(o.seed)) fail(`seed must be an integer, not ${o.seed}`);
  if (o.iterations !== undefined && !(Number.isInteger(o.iterations) && o.iterations >= 0))
    fail(`iterations must be a whole number, not ${o.iterations}`);
  if (!(o.minSize >= 0 && o.maxSize >= o.minSize)) fail(`sizes must satisfy 0 <= minSize <= maxSize (${o.minSize}, ${o.maxSize})`);
  if (o.lastModified !== undefined && !DAY.test(o.lastModified)) fail(`lastModified must be YYYY-MM-DD, not ${o.lastModified}`);
  return o;
}
