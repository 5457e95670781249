// The GEXF exporter's public surface: writeGexf (streamed, atomic), the options, and the piecewise generator.
export { writeGexf, gexfString } from "./write-gexf.js";
export { gexfChunks, gexfList, KIND_SHAPES, GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE } from "./gexf-chunks.js";
export { DEFAULT_GEXF, validateGexfOptions, type GexfOptions } from "./gexf-options.js";
export { dateInterval, type DateInterval } from "./date-interval.js";
