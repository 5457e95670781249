// The Neo4j exports on the graph of ../shared/seeds (built through the CLI): every live-export scenario, the
// Cypher script and CSV files, the Japan → Chongryon → North Korea channel, and the README's five queries.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { loadGraph } from "../../graph/io/load-graph.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { exportToNeo4j } from "../../exports/neo4j/export-to-neo4j.js";
import { csvImportScenario, cypherScriptScenario, liveExportScenarios } from "./neo4j-scenarios.js";
import { SKIP_REASON, clearDatabase, neo4jTarget, openDriver, readmeQueries, run, seedsGraphDir } from "./neo4j-support.js";

liveExportScenarios("the seeds' graph", seedsGraphDir);
cypherScriptScenario("the seeds' graph", seedsGraphDir);
csvImportScenario("the seeds' graph", seedsGraphDir);

const SIDE = (v: string, country: string) =>
  `(${v}.label = '${country}' OR EXISTS { (${v})-[:HOLDS_OFFICE|AFFILIATED_WITH]->(:Government {label: '${country}'}) })`;

/** The same question asked of the graph itself: channels from Japan's side to North Korea's. */
function channelsInGraph(g: BackchannelGraph): string[] {
  const side = (n: string, country: string) =>
    g.getNodeAttribute(n, "label") === country ||
    g.someOutEdge(n, (_, a, __, t) => (a.relation === "HOLDS_OFFICE" || a.relation === "AFFILIATED_WITH") && g.getNodeAttribute(t, "kind") === "Government" && g.getNodeAttribute(t, "label") === country);
  const out = new Set<string>();
  g.forEachEdge((_, a, s, c) => {
    if (a.relation !== "CONVEYED_VIA" || !side(s, "Japan")) return;
    g.forEachOutEdge(c, (__, b, ___, r) => {
      if (b.relation === "CONVEYED_TO" && side(r, "North Korea")) out.add(c);
    });
  });
  return [...out].sort();
}

const target = neo4jTarget();
describe("questions on the seeds' graph in Neo4j", { skip: target ? false : SKIP_REASON }, () => {
  let driver: Driver;
  let graph: BackchannelGraph;
  before(async () => {
    graph = await loadGraph(await seedsGraphDir());
    driver = openDriver(target!);
    await clearDatabase(driver, target!.database);
    await exportToNeo4j(graph, { ...target! });
  });
  after(async () => driver?.close());

  it("finds Chongryon between Japan and North Korea (CONVEYED_VIA then CONVEYED_TO)", async () => {
    const records = await run(
      driver,
      `MATCH (j:Entity)-[:CONVEYED_VIA]->(c:Entity)-[:CONVEYED_TO]->(n:Entity) WHERE ${SIDE("j", "Japan")} AND ${SIDE("n", "North Korea")}
       RETURN DISTINCT c.id AS id, c.label AS label, c.aliases AS aliases ORDER BY id`,
    );
    assert.deepEqual(records.map((r) => r.get("id")), channelsInGraph(graph));
    const chongryon = records.find((r) => [r.get("label"), ...(r.get("aliases") ?? [])].some((x: string) => /chongryon/i.test(x)));
    assert.ok(chongryon, `Chongryon among the channels: ${records.map((r) => r.get("label")).join(", ")}`);
  });

  it("runs the README's five queries without error", async () => {
    const queries = readmeQueries();
    assert.equal(queries.length, 5);
    for (const q of queries) await run(driver, q);
  });
});
