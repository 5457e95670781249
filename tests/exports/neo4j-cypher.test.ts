// The Cypher script export against the real server: run statement by statement on an empty database it
// gives exactly what the live export gives, hostile strings included; run again it changes nothing.
import { awkwardGraph } from "../fixtures/sample-graph.js";
import { syntheticGraph } from "../fixtures/synthetic-graph.js";
import { cypherScriptScenario } from "./neo4j-scenarios.js";
import { graphDir } from "./neo4j-support.js";

cypherScriptScenario("the awkward graph", () => graphDir(awkwardGraph(), "awkward"));
cypherScriptScenario("a synthetic graph", () => graphDir(syntheticGraph({ nodes: 400, relationships: 1000, seed: 3 }), "synthetic"));
