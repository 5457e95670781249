// The graph as Neo4j sees it, shared by the live export, the Cypher script and the CSV files: nodes grouped
// by kind (label), relationships grouped by relation (type), typed properties, evidence as parallel arrays.
import { ALL_RELATIONS, KINDS, isKind, isRelation, type Kind, type Relation } from "../../graph/schema.js";
import { BackchannelError } from "../../graph/errors.js";
import type { BackchannelGraph, Evidence } from "../../graph/types.js";
import { inferPropertyTypes, typedProperties, type Properties, type PropertyType } from "./property-types.js";

/** Every node also carries this label; its `id` (the graph node key) is unique under it. */
export const COMMON_LABEL = "Entity";
/** Node property holding the graph node key; relationship property holding the graph edge key. */
export const NODE_ID = "id";
export const RELATIONSHIP_KEY = "key";
/** Evidence fields stored as parallel arrays `evidence_<field>` on each relationship (index i = one sentence). */
export const EVIDENCE_FIELDS = ["article", "text", "start", "end", "rule", "attribution"] as const satisfies readonly (keyof Evidence)[];

export interface NodeRow {
  id: string;
  /** All properties, `id` included. */
  props: Properties;
}

export interface RelationshipRow {
  key: string;
  source: string;
  target: string;
  /** All properties, `key` included. */
  props: Properties;
}

export interface NodeGroup {
  label: Kind;
  types: Map<string, PropertyType>;
  rows: NodeRow[];
}

export interface RelationshipGroup {
  type: Relation;
  types: Map<string, PropertyType>;
  rows: RelationshipRow[];
}

export interface PropertyGraph {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  nodeCount: number;
  relationshipCount: number;
}

/** Raw evidence arrays: one array per field that at least one sentence has ("" where another lacks it). */
export function evidenceArrays(evidence: readonly Evidence[] | undefined): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  if (!evidence?.length) return out;
  for (const field of EVIDENCE_FIELDS) {
    if (!evidence.some((e) => e[field] !== undefined && e[field] !== null)) continue;
    const numeric = field === "start" || field === "end";
    out[`evidence_${field}`] = evidence.map((e) => e[field] ?? (numeric ? -1 : ""));
  }
  return out;
}

function groupBy<K, T>(order: readonly K[], items: Iterable<[K, T]>): Map<K, T[]> {
  const groups = new Map<K, T[]>(order.map((k) => [k, []]));
  for (const [k, item] of items) groups.get(k)!.push(item);
  for (const [k, list] of groups) if (!list.length) groups.delete(k);
  return groups;
}

function* rawNodes(graph: BackchannelGraph): Generator<[Kind, Record<string, unknown>]> {
  for (const { node, attributes } of graph.nodeEntries()) {
    if (!isKind(attributes.kind))
      throw new BackchannelError("EINPUT", `graph node "${node}": unknown kind "${String(attributes.kind)}"`);
    yield [attributes.kind, { ...attributes, [NODE_ID]: node }];
  }
}

function* rawRelationships(graph: BackchannelGraph): Generator<[Relation, { key: string; source: string; target: string; raw: Record<string, unknown> }]> {
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const { relation, evidence, ...rest } = attributes;
    if (!isRelation(relation))
      throw new BackchannelError("EINPUT", `graph edge "${edge}": unknown relation "${String(relation)}"`);
    yield [relation, { key: edge, source, target, raw: { ...rest, ...evidenceArrays(evidence), [RELATIONSHIP_KEY]: edge } }];
  }
}

/** Builds the label and relationship-type groups with their typed rows. Pure; throws EINPUT on unknown kinds. */
export function toPropertyGraph(graph: BackchannelGraph): PropertyGraph {
  const nodes: NodeGroup[] = [];
  for (const [label, raws] of groupBy(KINDS, rawNodes(graph))) {
    const types = inferPropertyTypes(raws);
    nodes.push({ label, types, rows: raws.map((r) => ({ id: r[NODE_ID] as string, props: typedProperties(r, types) })) });
  }
  const relationships: RelationshipGroup[] = [];
  for (const [type, items] of groupBy(ALL_RELATIONS, rawRelationships(graph))) {
    const types = inferPropertyTypes(items.map((i) => i.raw));
    relationships.push({
      type,
      types,
      rows: items.map(({ key, source, target, raw }) => ({ key, source, target, props: typedProperties(raw, types) })),
    });
  }
  return { nodes, relationships, nodeCount: graph.order, relationshipCount: graph.size };
}

/** Splits rows into batches of at most `size`. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
