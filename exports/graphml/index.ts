// The GraphML exporter's public surface: writeGraphml (streamed, atomic), its options and the generator.
export { writeGraphml, graphmlString } from "./write-graphml.js";
export { graphmlChunks, GRAPHML_NAMESPACE } from "./graphml-chunks.js";
export { DEFAULT_GRAPHML, validateGraphmlOptions, type GraphmlOptions } from "./graphml-options.js";
