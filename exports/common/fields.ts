// The node and edge attributes the file exporters (GEXF, GraphML) write, with their value types, in one
// list, so both formats declare the same typed columns. Each exporter maps the types to its own names.
import type { EdgeAttributes, Evidence, NodeAttributes } from "../../graph/types.js";

export type FieldType = "string" | "integer" | "double" | "list";
export type FieldValue = string | number | readonly string[];

export interface Field<A> {
  /** Column name, also the attribute id/title in the file. */
  readonly name: string;
  readonly type: FieldType;
  readonly get: (attributes: A) => FieldValue | undefined;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const strings = (v: unknown): readonly string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
const count = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? Math.round(v) : undefined);

export const NODE_FIELDS: readonly Field<NodeAttributes>[] = [
  { name: "kind", type: "string", get: (a) => text(a.kind) },
  { name: "aliases", type: "list", get: (a) => strings(a.aliases) },
  { name: "mentions", type: "integer", get: (a) => count(a.mentions) },
  { name: "articles", type: "list", get: (a) => strings(a.articles) },
  { name: "articleCount", type: "integer", get: (a) => (Array.isArray(a.articles) ? a.articles.length : undefined) },
  { name: "firstSeen", type: "string", get: (a) => text(a.firstSeen) },
  { name: "lastSeen", type: "string", get: (a) => text(a.lastSeen) },
  { name: "status", type: "string", get: (a) => text(a.status) },
  { name: "date", type: "string", get: (a) => text(a.date) },
  { name: "titles", type: "list", get: (a) => strings(a.titles) },
  { name: "title", type: "string", get: (a) => text(a.title) },
  { name: "source", type: "string", get: (a) => text(a.source) },
  { name: "url", type: "string", get: (a) => text(a.url) },
];

export const EDGE_FIELDS: readonly Field<EdgeAttributes>[] = [
  { name: "relation", type: "string", get: (a) => text(a.relation) },
  { name: "articles", type: "integer", get: (a) => edgeWeight(a) },
  { name: "evidence", type: "string", get: (a) => (a.evidence?.length ? formatEvidence(a.evidence) : undefined) },
  { name: "attribution", type: "list", get: (a) => strings(a.attribution) },
  { name: "title", type: "string", get: (a) => text(a.title) },
  { name: "note", type: "string", get: (a) => text(a.note) },
  { name: "date", type: "string", get: (a) => text(a.date) },
];

/** Number of distinct supporting articles: the `articles` count, else counted from the evidence, at least 1. */
export function edgeWeight(a: EdgeAttributes): number {
  if (typeof a.articles === "number" && Number.isFinite(a.articles) && a.articles > 0) return a.articles;
  const distinct = new Set((a.evidence ?? []).map((e) => e.article)).size;
  return Math.max(1, distinct);
}

/** Evidence as one readable line per sentence, joined by " | ": `a1: "sentence" [rule; per source]`. */
export function formatEvidence(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => {
      const notes = [e.rule, e.attribution ? `per ${e.attribution}` : undefined].filter(Boolean).join("; ");
      return `${e.article}: "${e.text}"${notes ? ` [${notes}]` : ""}`;
    })
    .join(" | ");
}
