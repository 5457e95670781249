// The live Neo4j export against the real server on the fixtures: the shared scenarios on the sample and a
// synthetic graph, hostile strings stored exactly, and one clear line for each way the server can fail.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:net";
import type { Driver } from "neo4j-driver";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { syntheticGraph } from "../fixtures/synthetic-graph.js";
import { exportToNeo4j } from "../../exports/neo4j/export-to-neo4j.js";
import { isBackchannelError } from "../../graph/errors.js";
import { liveExportScenarios } from "./neo4j-scenarios.js";
import { SKIP_REASON, clearDatabase, cli, graphDir, neo4jTarget, openDriver, readmeQueries, run } from "./neo4j-support.js";

liveExportScenarios("the sample graph", () => graphDir(sampleGraph(), "sample"));
liveExportScenarios("a synthetic graph (1,500 nodes, 4,000 relationships)", () => graphDir(syntheticGraph({ nodes: 1500, relationships: 4000, seed: 7 }), "synthetic"), {
  killBatchSize: 50,
  concurrentBatchSizes: [100, 70],
});

const target = neo4jTarget();

describe("live Neo4j export of hostile strings", { skip: target ? false : SKIP_REASON }, () => {
  let driver: Driver;
  before(async () => {
    driver = openDriver(target!);
    await clearDatabase(driver, target!.database);
  });
  after(async () => driver?.close());

  it("stores quotes, control characters, emoji and 20k-character strings exactly", async () => {
    const g = awkwardGraph();
    await exportToNeo4j(g, { ...target!, batchSize: 3 });
    for (const n of g.filterNodes((key) => key.startsWith("organization:weird-"))) {
      const [rec] = await run(driver, "MATCH (n:Entity {id: $id}) RETURN n.label AS label, n.aliases AS aliases", { id: n });
      assert.equal(rec!.get("label"), g.getNodeAttribute(n, "label"));
      assert.deepEqual(rec!.get("aliases"), g.getNodeAttribute(n, "aliases"));
    }
    for (const e of g.filterEdges((key) => key.includes("weird-"))) {
      const [rec] = await run(driver, "MATCH ()-[r {key: $key}]->() RETURN r.note AS note, r.evidence_rule AS rule", { key: e });
      assert.equal(rec!.get("note"), g.getEdgeAttribute(e, "note"));
      assert.deepEqual(rec!.get("rule"), g.getEdgeAttribute(e, "evidence").map((x) => x.rule));
    }
  });
});

describe("the README's queries", { skip: target ? false : SKIP_REASON }, () => {
  it("are five, and run without error on the sample graph", async () => {
    const driver = openDriver(target!);
    try {
      await clearDatabase(driver, target!.database);
      await exportToNeo4j(sampleGraph(), { ...target! });
      const queries = readmeQueries();
      assert.equal(queries.length, 5);
      for (const q of queries) await run(driver, q);
    } finally {
      await driver.close();
    }
  });
});

describe("export neo4j failures", { skip: target ? false : SKIP_REASON }, () => {
  let dir: string;
  let silent: Server;
  let silentPort: number;
  before(async () => {
    dir = graphDir(sampleGraph(), "sample");
    silent = createServer(() => {}); // accepts connections and never answers: a hung server
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  after(() => silent?.close());

  const oneLine = (stderr: string) => stderr.trim().split("\n");

  it("says in one line that the password is wrong, and exits non-zero", () => {
    const r = cli(["export", "neo4j", dir, "--password", "not-the-password", "--no-progress"]);
    assert.notEqual(r.status, 0);
    assert.equal(oneLine(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr, /^backchannel: Neo4j at \S+ refused user "neo4j": wrong user name or password/);
  });

  it("says in one line that the server cannot be reached, and exits non-zero", async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
    const port = (free.address() as { port: number }).port;
    await new Promise((resolve) => free.close(resolve));
    const r = cli(["export", "neo4j", dir, "--uri", `bolt://127.0.0.1:${port}`, "--no-progress"]);
    assert.notEqual(r.status, 0);
    assert.equal(oneLine(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^backchannel: Neo4j at bolt://127.0.0.1:${port} cannot be reached`));
  });

  it("gives up on a server that never answers after --timeout, in one line", async () => {
    const t0 = Date.now();
    const child = (await import("./neo4j-support.js")).cliAsync(["export", "neo4j", dir, "--uri", `bolt://127.0.0.1:${silentPort}`, "--timeout", "1", "--no-progress"]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    assert.notEqual(code, 0);
    assert.equal(oneLine(stderr).length, 1, stderr);
    assert.match(stderr, /did not answer within 1 s/);
    assert.ok(Date.now() - t0 < 30_000, "it did not wait for the driver's own defaults");
  });

  it("says which database does not exist", async () => {
    await assert.rejects(
      exportToNeo4j(sampleGraph(), { ...target!, database: "nosuchdatabase" }),
      (e) => isBackchannelError(e) && e.code === "ENEO4J" && /no database "nosuchdatabase"/.test(e.message),
    );
  });
});
