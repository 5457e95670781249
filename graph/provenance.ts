// Provenance: every entity links to the articles that mention it (MENTIONED_IN), one edge per entry of the
// node's `articles`. A big build holds them implicitly (two thirds of its edges, a third of its memory:
// graphology's own structures per edge), and the layout and graph.json writer read them from `articles` in the
// order the edges would have been added; `addProvenance` makes them real edges, for everything else.
import { MENTIONED_IN } from "./schema.js";
import type { BackchannelGraph, EdgeAttributes, Evidence } from "./types.js";

/** Provenance edges have no evidence of their own: they all share one frozen attributes object. */
export const MENTION: EdgeAttributes = Object.freeze({ relation: MENTIONED_IN, evidence: Object.freeze([]) as unknown as Evidence[], articles: 1 });

export const provenanceKey = (node: string, article: string): string => `${MENTIONED_IN}:${node}->${article}`;

/** Each article node's id (`articles` entries) → its key, built once per pass: a lookup instead of a new
 * "article:<id>" string and its hash per link (millions at 100k articles). */
function articleKeys(graph: BackchannelGraph): Map<string, string> {
  const keys = new Map<string, string>();
  graph.forEachNode((n, a) => void (a.kind === "Article" && n.startsWith("article:") && keys.set(n.slice(8), n)));
  return keys;
}

/** Calls fn(node, article node) for every provenance link, in node order, then each node's `articles` order. */
export function forEachProvenanceLink(graph: BackchannelGraph, fn: (node: string, article: string) => void): void {
  const keys = articleKeys(graph);
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "Article") return;
    for (const a of attributes.articles) {
      const target = keys.get(a);
      if (target !== undefined) fn(node, target);
    }
  });
}

/** [node, article node] for every provenance link, in the order of forEachProvenanceLink. */
export function* provenanceLinks(graph: BackchannelGraph): Generator<[string, string]> {
  const keys = articleKeys(graph);
  for (const { node, attributes } of graph.nodeEntries()) {
    if (attributes.kind === "Article") continue;
    for (const a of attributes.articles) {
      const target = keys.get(a);
      if (target !== undefined) yield [node, target];
    }
  }
}

export function addProvenance(graph: BackchannelGraph): void {
  forEachProvenanceLink(graph, (n, target) => void graph.addEdgeWithKey(provenanceKey(n, target), n, target, MENTION));
}

/** The implicit links as adjacency: each article's readers (in link order) and each node's count of links. */
export interface ProvenanceIndex {
  readers: Map<string, string[]>;
  degree(node: string): number;
  count: number;
}

export function indexProvenance(graph: BackchannelGraph): ProvenanceIndex {
  const readers = new Map<string, string[]>();
  const out = new Map<string, number>();
  let count = 0;
  forEachProvenanceLink(graph, (n, target) => {
    let list = readers.get(target);
    if (!list) readers.set(target, (list = []));
    list.push(n);
    out.set(n, (out.get(n) ?? 0) + 1);
    count++;
  });
  return { readers, count, degree: (node) => out.get(node) ?? readers.get(node)?.length ?? 0 };
}

export function countProvenance(graph: BackchannelGraph): number {
  let n = 0;
  forEachProvenanceLink(graph, () => void n++);
  return n;
}
