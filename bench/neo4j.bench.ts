// Relationships per second of the live Neo4j export (batched UNWIND ... MERGE) on a synthetic graph of 100k
// nodes and 300k relationships, against the naive way (one MERGE per relationship, each its own transaction).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import { exportToNeo4j } from "../exports/neo4j/export-to-neo4j.js";
import { COMMON_LABEL, toPropertyGraph } from "../exports/neo4j/property-graph.js";
import { syntheticGraph, seededRandom } from "../tests/fixtures/synthetic-graph.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NODES = 100_000;
const RELATIONSHIPS = 300_000;
const NAIVE_SAMPLE = 3_000;

interface Server {
  uri: string;
  user: string;
  password: string;
  stop?: () => Promise<void>;
}

/** The server named by NEO4J_URI, or a fresh one from scripts/services/neo4j.mjs. */
async function server(): Promise<Server> {
  if (process.env.NEO4J_URI)
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USERNAME ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "" };
  const service = await import(pathToFileURL(join(ROOT, "scripts", "services", "neo4j.mjs")).href);
  const home = mkdtempSync(join(tmpdir(), "backchannel-bench-neo4j-"));
  const s = await service.startNeo4j({ root: ROOT, home, heap: "2g" });
  return {
    uri: s.uri,
    user: service.TEST_USER,
    password: service.TEST_PASSWORD,
    stop: async () => {
      await s.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function autocommit(driver: Driver, query: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

/** One transaction per relationship, the way a first attempt would write them. Returns seconds. */
async function naiveExport(driver: Driver, rows: { type: string; key: string; source: string; target: string; props: Record<string, unknown> }[]): Promise<number> {
  const session = driver.session();
  const t0 = performance.now();
  try {
    for (const r of rows)
      await session.executeWrite((tx) =>
        tx.run(
          `MATCH (s:${COMMON_LABEL} {id: $source}) MATCH (t:${COMMON_LABEL} {id: $target}) MERGE (s)-[r:${r.type} {key: $key}]->(t) SET r = $props`,
          r,
        ),
      );
  } finally {
    await session.close();
  }
  return (performance.now() - t0) / 1000;
}

export default async function benchNeo4j(): Promise<void> {
  const s = await server();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  try {
    const [rec] = (await driver.executeQuery("MATCH (n) RETURN count(n) AS c")).records;
    if (Number(rec!.get("c")) > 0 && !s.stop) {
      console.log(`neo4j: skipped: the database at ${s.uri} is not empty (the bench deletes what it writes; unset NEO4J_URI to use a fresh server)`);
      return;
    }
    const graph = syntheticGraph({ nodes: NODES, relationships: RELATIONSHIPS, seed: 42 });
    let nodesDoneAt = 0;
    const t0 = performance.now();
    const batched = await exportToNeo4j(graph, {
      uri: s.uri,
      user: s.user,
      password: s.password,
      timeoutMs: 300_000,
      onProgress: (p) => {
        if (p.phase === "nodes" && p.done === graph.order) nodesDoneAt = performance.now();
      },
    });
    const relSeconds = (performance.now() - nodesDoneAt) / 1000;
    const batchedRate = RELATIONSHIPS / relSeconds;
    const again = await exportToNeo4j(graph, { uri: s.uri, user: s.user, password: s.password, timeoutMs: 300_000 });

    // The naive way on a sample of the same relationships, written anew (nodes already there).
    const rnd = seededRandom(7);
    const all = toPropertyGraph(graph).relationships.flatMap((g) => g.rows.map((r) => ({ type: g.type, ...r })));
    const sample = Array.from({ length: NAIVE_SAMPLE }, () => all[Math.floor(rnd() * all.length)]!);
    const sampleRows = [...new Map(sample.map((r) => [r.key, r])).values()];
    await autocommit(driver, "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
    const naiveSeconds = await naiveExport(driver, sampleRows);
    const naiveRate = sampleRows.length / naiveSeconds;

    console.log(
      `neo4j: synthetic graph ${NODES} nodes, ${RELATIONSHIPS} relationships · batched export (UNWIND, 1000 rows/tx): ` +
        `${batched.seconds.toFixed(1)} s in all, relationships ${relSeconds.toFixed(1)} s = ${Math.round(batchedRate)} rels/s · ` +
        `re-export of the same graph ${again.seconds.toFixed(1)} s (${again.nodesCreated + again.relationshipsCreated} created) · ` +
        `naive (one MERGE per tx, ${sampleRows.length} sampled): ${naiveSeconds.toFixed(1)} s = ${Math.round(naiveRate)} rels/s · ` +
        `ratio ${(batchedRate / naiveRate).toFixed(1)}× (goal ≥ 20×)`,
    );
    await autocommit(driver, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await driver.close();
    await s.stop?.();
  }
}
