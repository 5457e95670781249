// The live export's behaviour, as scenarios run against the real server for any graph folder (the sample
// fixtures and the seeds' graph): counts, evidence, idempotence, concurrency, a killed export, growth; the Cypher
// script and the neo4j-admin CSV files compared with the live export.
import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { KINDS, ALL_RELATIONS } from "../../graph/schema.js";
import { loadGraph } from "../../graph/io/load-graph.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { exportToNeo4j } from "../../exports/neo4j/export-to-neo4j.js";
import {
  SKIP_REASON,
  clearDatabase,
  cli,
  cliAsync,
  counts,
  dump,
  graphDir,
  importCsvAndStart,
  neo4jTarget,
  openDriver,
  run,
  runCypherScript,
  type Dump,
  type Neo4jTarget,
} from "./neo4j-support.js";

/** Exports with the CLI in a child process; resolves with its exit code and output. */
function exportWithCli(dir: string, extra: string[] = []) {
  const child = cliAsync(["export", "neo4j", dir, "--no-progress", ...extra]);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

/** Starts a CLI export and SIGKILLs it right after its first committed batch. */
function killAfterFirstBatch(dir: string, batchSize: number): Promise<void> {
  const child = cliAsync(["export", "neo4j", dir, "--no-progress", "--batch-size", String(batchSize)], { BACKCHANNEL_DEBUG: "neo4j" });
  let stderr = "";
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (d) => {
      stderr += d;
      if (/nodes \S+ batch \d+ committed/.test(stderr)) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`export ended by itself (code ${code}) before it could be killed: ${stderr}`)),
    );
  });
}

/** The graph minus its second half of nodes (and their edges), with mention counts lowered: "fewer articles". */
function smallerGraph(graph: BackchannelGraph): BackchannelGraph {
  const g = graph.copy();
  const nodes = g.nodes();
  for (const n of nodes.slice(Math.ceil(nodes.length / 2))) g.dropNode(n);
  g.forEachNode((n, a) => g.setNodeAttribute(n, "mentions", Math.max(0, a.mentions - 1)));
  return g;
}

export function liveExportScenarios(name: string, graphFolder: () => Promise<string> | string, options: { killBatchSize?: number; concurrentBatchSizes?: [number, number] } = {}): void {
  const target: Neo4jTarget | undefined = neo4jTarget();
  describe(`live Neo4j export of ${name}`, { skip: target ? false : SKIP_REASON }, () => {
    let driver: Driver;
    let dir: string;
    let graph: BackchannelGraph;
    let reference: Dump;
    const connection = () => ({ ...target! });

    before(async () => {
      dir = await graphFolder();
      graph = await loadGraph(dir);
      driver = openDriver(target!);
      await clearDatabase(driver, target!.database);
      await exportToNeo4j(graph, connection());
      reference = await dump(driver, target!.database);
    });
    after(async () => driver?.close());
    beforeEach(async () => clearDatabase(driver, target!.database));

    it("writes as many nodes and relationships as the graph has, per kind and per relation", async () => {
      const r = await exportWithCli(dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(await counts(driver, target!.database), { nodes: graph.order, relationships: graph.size });
      for (const kind of KINDS) {
        const [rec] = await run(driver, `MATCH (n:${kind}) RETURN count(n) AS c`);
        assert.equal(Number(rec!.get("c")), graph.filterNodes((_, a) => a.kind === kind).length, kind);
      }
      for (const rel of ALL_RELATIONS) {
        const [rec] = await run(driver, `MATCH ()-[r:${rel}]->() RETURN count(r) AS c`);
        assert.equal(Number(rec!.get("c")), graph.filterEdges((_, a) => a.relation === rel).length, rel);
      }
    });

    it("answers a query with the evidence sentences and articles of an edge", async () => {
      await exportToNeo4j(graph, connection());
      const edge = graph.findEdge((_, a) => a.evidence.length > 0);
      assert.ok(edge, "the graph has an edge with evidence");
      const [rec] = await run(driver, "MATCH (s)-[r {key: $key}]->(t) RETURN s.id AS s, t.id AS t, r.evidence_text AS text, r.evidence_article AS article", { key: edge });
      const evidence = graph.getEdgeAttribute(edge, "evidence");
      assert.deepEqual(rec!.get("text"), evidence.map((e) => e.text));
      assert.deepEqual(rec!.get("article"), evidence.map((e) => e.article));
      assert.equal(rec!.get("s"), graph.source(edge));
      assert.equal(rec!.get("t"), graph.target(edge));
    });

    it("changes nothing when the same graph is exported again", async () => {
      await exportToNeo4j(graph, connection());
      const second = await exportToNeo4j(graph, connection());
      assert.deepEqual(
        [second.nodesCreated, second.nodesUpdated, second.relationshipsCreated, second.relationshipsUpdated, second.propertiesSet],
        [0, 0, 0, 0, 0],
      );
      assert.deepEqual(await dump(driver, target!.database), reference);
    });

    it("ends, after two exports at once, in the same database as after one", async () => {
      const [x, y] = options.concurrentBatchSizes ?? [7, 5];
      const [a, b] = await Promise.all([exportWithCli(dir, ["--batch-size", String(x)]), exportWithCli(dir, ["--batch-size", String(y)])]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      assert.deepEqual(await dump(driver, target!.database), reference);
    });

    it("completes with no duplicates when run again after being killed half-way", async () => {
      await killAfterFirstBatch(dir, options.killBatchSize ?? 1);
      const partial = await counts(driver, target!.database);
      assert.ok(partial.nodes > 0 && partial.nodes + partial.relationships < graph.order + graph.size, `partial: ${JSON.stringify(partial)}`);
      const r = await exportWithCli(dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(await dump(driver, target!.database), reference);
    });

    it("adds what a graph built from more articles has, without duplicates", async () => {
      const small = smallerGraph(graph);
      const first = await exportWithCli(graphDir(small, "smaller"));
      assert.equal(first.code, 0, first.stderr);
      assert.deepEqual(await counts(driver, target!.database), { nodes: small.order, relationships: small.size });
      const grown = await exportToNeo4j(graph, connection());
      assert.equal(grown.nodesCreated, graph.order - small.order);
      assert.equal(grown.relationshipsCreated, graph.size - small.size);
      assert.ok(grown.nodesUpdated > 0, "mention counts were updated");
      assert.deepEqual(await dump(driver, target!.database), reference);
    });
  });
}

/** A suite on the test server for one graph folder: `it` bodies get the driver, the folder and the live export's dump. */
function fileExportSuite(title: string, graphFolder: () => Promise<string> | string, test: string, body: (c: { driver: Driver; dir: string; graph: BackchannelGraph; live: Dump }) => Promise<void>): void {
  const target = neo4jTarget();
  describe(title, { skip: target ? false : SKIP_REASON }, () => {
    let driver: Driver;
    before(() => {
      driver = openDriver(target!);
    });
    after(async () => driver?.close());
    it(test, async () => {
      const dir = await graphFolder();
      const graph = await loadGraph(dir);
      await clearDatabase(driver, target!.database);
      await exportToNeo4j(graph, { ...target! });
      const live = await dump(driver, target!.database);
      await clearDatabase(driver, target!.database);
      await body({ driver, dir, graph, live });
    });
  });
}

/** The Cypher script, run statement by statement on an empty database, gives what the live export gives. */
export function cypherScriptScenario(name: string, graphFolder: () => Promise<string> | string): void {
  const test = "run on an empty database, gives the same nodes, relationships and properties as the live export";
  fileExportSuite(`Cypher script of ${name}`, graphFolder, test, async ({ driver, dir, graph, live }) => {
    const database = neo4jTarget()!.database;
    const file = join(mkdtempSync(join(tmpdir(), "backchannel-cypher-")), "graph.cypher");
    const r = cli(["export", "neo4j", dir, "--cypher", file]);
    assert.equal(r.status, 0, r.stderr);
    const script = readFileSync(file, "utf8");
    await runCypherScript(driver, script, database);
    assert.deepEqual(await counts(driver, database), { nodes: graph.order, relationships: graph.size });
    assert.deepEqual(await dump(driver, database), live);
    await runCypherScript(driver, script, database);
    assert.deepEqual(await dump(driver, database), live, "a second run changes nothing");
  });
}

/** The CSV files, loaded with the README's neo4j-admin command into a second server, give what the live export gives. */
export function csvImportScenario(name: string, graphFolder: () => Promise<string> | string): void {
  const test = "load with the README's neo4j-admin command into the same graph as the live export";
  fileExportSuite(`neo4j-admin CSV files of ${name}`, graphFolder, test, async ({ dir, graph, live }) => {
    const csv = mkdtempSync(join(tmpdir(), "backchannel-csv-"));
    const r = cli(["export", "neo4j", dir, "--csv", csv]);
    assert.equal(r.status, 0, r.stderr);
    const imported = await importCsvAndStart(readFileSync(join(csv, "README.md"), "utf8"));
    try {
      assert.match(imported.output, /IMPORT DONE/);
      assert.deepEqual(await counts(imported.driver), { nodes: graph.order, relationships: graph.size });
      assert.deepEqual(await dump(imported.driver), live);
      await runCypherScript(imported.driver, readFileSync(join(csv, "constraints.cypher"), "utf8"));
      const again = await exportToNeo4j(graph, { uri: imported.uri, user: "neo4j", password: imported.password });
      assert.deepEqual([again.nodesCreated, again.nodesUpdated, again.relationshipsCreated, again.relationshipsUpdated], [0, 0, 0, 0]);
    } finally {
      await imported.stop();
    }
  });
}
