// What a live export changed, from the result summaries' counters, and its one-paragraph description for
// the command line ("12 nodes created, 3 updated ...").

export interface Neo4jExportSummary {
  /** Nodes and relationships in the graph. */
  nodes: number;
  relationships: number;
  nodesCreated: number;
  /** Existing nodes whose labels or properties differed and were rewritten. */
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  /** Relationships not written because an end node was missing (0 for a well-formed graph). */
  relationshipsMissingEnds: number;
  propertiesSet: number;
  labelsAdded: number;
  constraintsAdded: number;
  indexesAdded: number;
  seconds: number;
}

/** Adds a result's counters (neo4j-driver `summary.counters.updates()`) to the summary. */
export function cypherUpdates(summary: Neo4jExportSummary, u: Record<string, number>): void {
  summary.nodesCreated += u.nodesCreated ?? 0;
  summary.relationshipsCreated += u.relationshipsCreated ?? 0;
  summary.propertiesSet += u.propertiesSet ?? 0;
  summary.labelsAdded += u.labelsAdded ?? 0;
}

export function describeSummary(s: Neo4jExportSummary, where: string): string {
  const changed = s.nodesCreated + s.nodesUpdated + s.relationshipsCreated + s.relationshipsUpdated;
  const lines = [
    `Exported ${s.nodes} nodes and ${s.relationships} relationships to ${where} in ${s.seconds.toFixed(1)} s` +
      (changed ? "." : " (already up to date: nothing changed)."),
    `  nodes: ${s.nodesCreated} created, ${s.nodesUpdated} updated; ` +
      `relationships: ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated` +
      (s.constraintsAdded ? `; ${s.constraintsAdded} constraints added` : ""),
  ];
  if (s.relationshipsMissingEnds) lines.push(`  warning: ${s.relationshipsMissingEnds} relationships skipped: an end node is missing`);
  return lines.join("\n");
}
