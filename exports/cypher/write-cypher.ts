// The Cypher script export: the same constraints and batched MERGE statements as the live export, with the
// rows written as literals, one statement per line, so `cypher-shell -f FILE` runs it as is (and twice is safe).
import { writeStreamAtomic } from "../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { mergeNodesQuery, mergeRelationshipsQuery, schemaStatements } from "../neo4j/cypher-queries.js";
import { batches, toPropertyGraph } from "../neo4j/property-graph.js";
import { cypherMap, cypherString } from "./cypher-literal.js";

export interface CypherScriptOptions {
  /** Rows per UNWIND statement. */
  batchSize: number;
}

export const DEFAULT_CYPHER_SCRIPT: CypherScriptOptions = { batchSize: 500 };

function oneLine(query: string): string {
  return query.replace(/\n/g, " ") + ";";
}

/** The script's statements in order, each one line ending with `;`, preceded by `//` comment lines. */
export function* cypherScriptLines(graph: BackchannelGraph, options: CypherScriptOptions = DEFAULT_CYPHER_SCRIPT): Generator<string> {
  const pg = toPropertyGraph(graph);
  const name = String(graph.getAttribute("name") ?? "").replace(/[\u0000-\u001f\u2028\u2029]+/g, " ");
  yield `// backchannel graph${name ? ` "${name}"` : ""}: ${pg.nodeCount} nodes, ${pg.relationshipCount} relationships.`;
  yield "// Run with: cypher-shell -u neo4j -p PASSWORD -f THIS_FILE (idempotent: running it again changes nothing).";
  for (const s of schemaStatements()) yield s + ";";
  yield "CALL db.awaitIndexes(300);";
  for (const group of pg.nodes)
    for (const rows of batches(group.rows, options.batchSize)) {
      const list = "[" + rows.map((r) => `{id: ${cypherString(r.id)}, props: ${cypherMap(r.props, group.types)}}`).join(", ") + "]";
      yield oneLine(mergeNodesQuery(group.label, list, false));
    }
  for (const group of pg.relationships)
    for (const rows of batches(group.rows, options.batchSize)) {
      const list =
        "[" +
        rows
          .map((r) => `{key: ${cypherString(r.key)}, source: ${cypherString(r.source)}, target: ${cypherString(r.target)}, props: ${cypherMap(r.props, group.types)}}`)
          .join(", ") +
        "]";
      yield oneLine(mergeRelationshipsQuery(group.type, list, false));
    }
}

/** The statements of a script written by writeCypherScript (comment lines and blank lines dropped). */
export function scriptStatements(script: string): string[] {
  return script
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("//"))
    .map((l) => l.replace(/;\s*$/, ""));
}

/** Writes the script to `file` atomically. */
export async function writeCypherScript(graph: BackchannelGraph, file: string, options: CypherScriptOptions = DEFAULT_CYPHER_SCRIPT): Promise<void> {
  await writeStreamAtomic(file, async (write) => {
    for (const line of cypherScriptLines(graph, options)) await write(line + "\n");
  });
}
