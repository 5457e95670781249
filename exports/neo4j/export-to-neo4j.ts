// The live export: writes a built graph into a Neo4j server through neo4j-driver, idempotently (constraints
// first, then batched UNWIND ... MERGE per label and relationship type in retried managed transactions).
import neo4j, { type Driver, type Session } from "neo4j-driver";
import type { BackchannelGraph } from "../../graph/types.js";
import { cypherUpdates, type Neo4jExportSummary } from "./export-summary.js";
import { mergeNodesQuery, mergeRelationshipsQuery, schemaStatements } from "./cypher-queries.js";
import { toNeo4jError, withDeadline } from "./neo4j-errors.js";
import { DEFAULT_NEO4J_EXPORT, validateNeo4jExportOptions, type Neo4jExportOptions } from "./options.js";
import { batches, toPropertyGraph, type PropertyGraph } from "./property-graph.js";
import type { Properties, PropertyType } from "./property-types.js";

export type { Neo4jExportSummary } from "./export-summary.js";

/** Codes a concurrent `CREATE ... IF NOT EXISTS` may still raise when another export created it first. */
const SCHEMA_RACE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists|ConstraintWithNameAlreadyExists|IndexWithNameAlreadyExists/;

/** Integer-typed properties go over Bolt as Neo4j integers (a JS number would arrive as a float). */
function toDriverProps(props: Properties, types: Map<string, PropertyType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(props)) {
    const t = types.get(name);
    out[name] = t === "int" ? neo4j.int(v as number) : t === "int[]" ? (v as number[]).map((x) => neo4j.int(x)) : v;
  }
  return out;
}

async function runSchema(session: Session, options: Neo4jExportOptions, summary: Neo4jExportSummary): Promise<void> {
  for (const statement of schemaStatements()) {
    try {
      const result = await withDeadline(session.executeWrite((tx) => tx.run(statement)), options.timeoutMs, "creating constraints");
      const u = result.summary.counters.updates();
      summary.constraintsAdded += u.constraintsAdded;
      summary.indexesAdded += u.indexesAdded;
    } catch (e) {
      if (!SCHEMA_RACE.test(String((e as { code?: string }).code ?? "") + String((e as Error).message))) throw e;
    }
  }
  await withDeadline(session.executeRead((tx) => tx.run("CALL db.awaitIndexes(300)")), options.timeoutMs + 300_000, "waiting for indexes");
}

/** Runs one batch in a managed (retried) transaction; returns rows seen and rows written. */
async function runBatch(session: Session, query: string, rows: unknown[], options: Neo4jExportOptions, summary: Neo4jExportSummary) {
  const work = session.executeWrite((tx) => tx.run(query, { rows }), { timeout: options.timeoutMs });
  const result = await withDeadline(work, options.timeoutMs + options.maxRetryTimeMs, "writing a batch");
  cypherUpdates(summary, result.summary.counters.updates());
  const record = result.records[0];
  return { matched: record ? Number(record.get("matched")) : 0, written: record ? Number(record.get("written")) : 0 };
}

async function writeGroups(session: Session, pg: PropertyGraph, options: Neo4jExportOptions, summary: Neo4jExportSummary): Promise<void> {
  const total = pg.nodeCount + pg.relationshipCount;
  let done = 0;
  let batch = 0;
  const progress = (phase: "nodes" | "relationships", group: string) => options.onProgress?.({ phase, group, done, total, batch });
  for (const group of pg.nodes)
    for (const rows of batches(group.rows, options.batchSize)) {
      const params = rows.map((r) => ({ id: r.id, props: toDriverProps(r.props, group.types) }));
      const before = summary.nodesCreated;
      const { written } = await runBatch(session, mergeNodesQuery(group.label), params, options, summary);
      summary.nodesUpdated += written - (summary.nodesCreated - before);
      done += rows.length;
      batch++;
      progress("nodes", group.label);
    }
  for (const group of pg.relationships)
    for (const rows of batches(group.rows, options.batchSize)) {
      const params = rows.map((r) => ({ key: r.key, source: r.source, target: r.target, props: toDriverProps(r.props, group.types) }));
      const before = summary.relationshipsCreated;
      const { matched, written } = await runBatch(session, mergeRelationshipsQuery(group.type), params, options, summary);
      summary.relationshipsUpdated += written - (summary.relationshipsCreated - before);
      summary.relationshipsMissingEnds += rows.length - matched;
      done += rows.length;
      batch++;
      progress("relationships", group.type);
    }
}

function openDriver(options: Neo4jExportOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout: options.timeoutMs,
    connectionAcquisitionTimeout: options.timeoutMs,
    maxTransactionRetryTime: options.maxRetryTimeMs,
    maxConnectionPoolSize: 2,
    userAgent: "backchannel",
  });
}

/**
 * Exports `graph` into the Neo4j named by `options` (merged over DEFAULT_NEO4J_EXPORT) and returns what
 * changed. Safe to run again, or twice at once: the database ends the same. Throws ENEO4J on failure.
 */
export async function exportToNeo4j(
  graph: BackchannelGraph,
  partial: Partial<Neo4jExportOptions> & { password: string },
): Promise<Neo4jExportSummary> {
  const options: Neo4jExportOptions = { ...DEFAULT_NEO4J_EXPORT, ...partial };
  validateNeo4jExportOptions(options);
  const pg = toPropertyGraph(graph);
  const summary = emptySummary(pg);
  const t0 = performance.now();
  let driver: Driver | undefined;
  try {
    driver = openDriver(options);
    await withDeadline(driver.getServerInfo({ database: options.database }), options.timeoutMs, "connecting");
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await runSchema(session, options, summary);
      options.onProgress?.({ phase: "schema", group: "constraints", done: 0, total: pg.nodeCount + pg.relationshipCount, batch: 0 });
      await writeGroups(session, pg, options, summary);
    } finally {
      void session.close().catch(() => {});
    }
  } catch (e) {
    throw toNeo4jError(e, options);
  } finally {
    if (driver) await withDeadline(driver.close(), 2000, "closing").catch(() => {});
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

function emptySummary(pg: PropertyGraph): Neo4jExportSummary {
  return {
    nodes: pg.nodeCount,
    relationships: pg.relationshipCount,
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    relationshipsMissingEnds: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    constraintsAdded: 0,
    indexesAdded: 0,
    seconds: 0,
  };
}
