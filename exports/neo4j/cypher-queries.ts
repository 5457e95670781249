// The Cypher the live export and the script share: schema statements first, then one batched MERGE per
// label and per relationship type that rewrites only what differs (so a second export writes nothing).
import { ALL_RELATIONS, type Kind, type Relation } from "../../graph/schema.js";
import { COMMON_LABEL, NODE_ID, RELATIONSHIP_KEY } from "./property-graph.js";

/** `Person` stays as is; anything that is not a plain identifier goes in backticks (backticks doubled). */
export function quoteIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "`" + name.replace(/`/g, "``") + "`";
}

/**
 * Constraint statements, idempotent (IF NOT EXISTS); run before any data is written. (No index on `label`:
 * range indexes refuse values over 8 kB, and a label may be that long.)
 */
export function schemaStatements(): string[] {
  const l = quoteIdentifier(COMMON_LABEL);
  const statements = [
    `CREATE CONSTRAINT backchannel_entity_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.${NODE_ID} IS UNIQUE`,
  ];
  for (const type of ALL_RELATIONS)
    statements.push(
      `CREATE CONSTRAINT backchannel_${type.toLowerCase()}_key IF NOT EXISTS ` +
        `FOR ()-[r:${quoteIdentifier(type)}]-() REQUIRE r.${RELATIONSHIP_KEY} IS UNIQUE`,
    );
  return statements;
}

/**
 * MERGE a batch of nodes of one kind. `rows` is `$rows` for the driver or a list literal for the script;
 * each row is `{id, props}`. Returns `matched` (rows seen) and `written` (rows created or changed).
 */
export function mergeNodesQuery(label: Kind, rows = "$rows", withReturn = true): string {
  const l = quoteIdentifier(label);
  return [
    `UNWIND ${rows} AS row`,
    `MERGE (n:${quoteIdentifier(COMMON_LABEL)} {${NODE_ID}: row.id})`,
    `WITH n, row, NOT (n:${l} AND properties(n) = row.props) AS changed`,
    `FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n = row.props, n:${l})`,
    withReturn ? `RETURN count(n) AS matched, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS written` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * MERGE a batch of relationships of one type, identified by their graph edge key (multigraph safe). Each
 * row is `{key, source, target, props}`; both end nodes must exist already.
 */
export function mergeRelationshipsQuery(type: Relation, rows = "$rows", withReturn = true): string {
  const l = quoteIdentifier(COMMON_LABEL);
  return [
    `UNWIND ${rows} AS row`,
    `MATCH (s:${l} {${NODE_ID}: row.source})`,
    `MATCH (t:${l} {${NODE_ID}: row.target})`,
    `MERGE (s)-[r:${quoteIdentifier(type)} {${RELATIONSHIP_KEY}: row.key}]->(t)`,
    `WITH r, row, properties(r) <> row.props AS changed`,
    `FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = row.props)`,
    withReturn ? `RETURN count(r) AS matched, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS written` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
