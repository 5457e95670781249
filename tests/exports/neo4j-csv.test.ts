// The neo4j-admin CSV export, loaded for real: the README's own `neo4j-admin database import full` command
// (Neo4j's AdminTool from the Maven jars) into a fresh home, a second Neo4j started on it, compared with
// the live export; then the README's constraints and a live export on top change nothing.
import { awkwardGraph } from "../fixtures/sample-graph.js";
import { csvImportScenario } from "./neo4j-scenarios.js";
import { graphDir } from "./neo4j-support.js";

csvImportScenario("the awkward graph", () => graphDir(awkwardGraph(), "awkward"));
