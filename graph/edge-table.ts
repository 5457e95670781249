// Where the merge puts a graph's relation edges: in the graphology graph (GraphEdges, for every caller that reads
// the graph), or in an EdgeTable, columns beside a graph of nodes (a big build: graphology's own structures, one
// attributes object and one object per evidence sentence cost four times what the columns do, about 1 GiB of a
// 100k-article build). The table gives back the same edges, in the same order, with the same attributes: as
// graph.json items, as graphology edges (`addTo`), and as the adjacency the layout follows (`topology`).
import type { Relation } from "./schema.js";
import type { BackchannelGraph, EdgeAttributes, Evidence } from "./types.js";

/** The optional attributes an edge takes from the first record that has them. */
export type FirstValue = "title" | "note" | "date";

/** What the merge does with edges (graph/build-graph.ts addRelations). Strings given are shared ones. */
export interface EdgeSink {
  /** The edge's id, the edge added (with no evidence) if it is new. */
  open(key: string, relation: Relation, source: string, target: string): number;
  /** Whether the edge has this sentence of this article (articles come in order: only its last entries can). */
  hasEvidence(edge: number, article: string, text: string): boolean;
  addEvidence(edge: number, ev: Evidence): void;
  hasAttribution(edge: number, who: string): boolean;
  addAttribution(edge: number, who: string): void;
  hasValue(edge: number, field: FirstValue): boolean;
  setValue(edge: number, field: FirstValue, value: string): void;
  /** Every edge is in: counts and compact copies. */
  finish(): void;
  /** The edges in order: relation, ends and title. */
  forEachEdge(fn: (relation: Relation, source: string, target: string, title: string | undefined) => void): void;
}

/** An edge's attributes in their one order (graph.json's bytes do not depend on which record came first). */
export function edgeAttributes(relation: Relation, evidence: Evidence[], values: { attribution?: string[]; title?: string; note?: string; date?: string }): EdgeAttributes {
  const articles = new Set(evidence.map((x) => x.article)).size;
  const a: EdgeAttributes = { relation, evidence, articles };
  if (values.attribution) a.attribution = values.attribution;
  if (values.title !== undefined) a.title = values.title;
  if (values.note !== undefined) a.note = values.note;
  if (values.date !== undefined) a.date = values.date;
  return a;
}

/** The edges as graphology edges of `graph`. */
export class GraphEdges implements EdgeSink {
  private readonly attrs: EdgeAttributes[] = [];
  private readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly graph: BackchannelGraph) {}

  open(key: string, relation: Relation, source: string, target: string): number {
    let id = this.index.get(key);
    if (id === undefined) {
      this.graph.addEdgeWithKey(key, source, target, { relation, evidence: [], articles: 0 });
      id = this.attrs.length;
      this.index.set(key, id);
      this.keys.push(key);
      this.attrs.push(this.graph.getEdgeAttributes(key));
    }
    return id;
  }
  hasEvidence(edge: number, article: string, text: string): boolean {
    const list = this.attrs[edge].evidence;
    for (let j = list.length - 1; j >= 0 && list[j].article === article; j--) if (list[j].text === text) return true;
    return false;
  }
  addEvidence(edge: number, ev: Evidence) {
    this.attrs[edge].evidence.push(ev);
  }
  hasAttribution(edge: number, who: string) {
    return !!this.attrs[edge].attribution?.includes(who);
  }
  addAttribution(edge: number, who: string) {
    const a = this.attrs[edge];
    a.attribution = [...(a.attribution ?? []), who];
  }
  hasValue(edge: number, field: FirstValue) {
    return this.attrs[edge][field] !== undefined;
  }
  setValue(edge: number, field: FirstValue, value: string) {
    this.attrs[edge][field] = value;
  }
  finish() {
    this.index.clear();
    for (let i = 0; i < this.attrs.length; i++) {
      const a = this.attrs[i];
      // an exact copy: a pushed-to list keeps room for a dozen more (a tenth of a big graph's memory)
      this.graph.replaceEdgeAttributes(this.keys[i], edgeAttributes(a.relation, a.evidence.slice(), a));
    }
    this.attrs.length = 0;
    this.keys.length = 0;
  }
  forEachEdge(fn: (relation: Relation, source: string, target: string, title: string | undefined) => void) {
    this.graph.forEachEdge((_e, a, s, t) => fn(a.relation, s, t, a.title));
  }
}

/** Growable column of small integers. */
class IntColumn {
  data = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  /** The column at its length (no spare room). */
  trim() {
    this.data = this.data.slice(0, this.length);
  }
}

/** Adjacency of a table's edges, as the layout reads it (graphology's own order: see `forEachNeighbor`). */
export interface Topology {
  /** Edges at the node, both directions, parallel ones each counted (graphology's `degree`). */
  degree(node: string): number;
  /** The distinct neighbours: those with an edge into the node first, then those it has an edge to, each in
   * the order of its first edge, as graphology's `forEachNeighbor` gives them. */
  forEachNeighbor(node: string, fn: (neighbor: string) => void): void;
  neighbors(node: string): string[];
  /** Every edge's ends, in order. */
  forEachEdge(fn: (source: string, target: string) => void): void;
}

/** The edges as columns, one row per edge; evidence rows chained per edge. */
export class EdgeTable implements EdgeSink {
  readonly relation: Relation[] = [];
  readonly source: string[] = [];
  readonly target: string[] = [];
  private readonly head = new IntColumn();
  private readonly tail = new IntColumn();
  /** The edge's first evidence row from its last article (articles come in order: a repeat can only be there). */
  private readonly run = new IntColumn();
  private readonly values: Record<FirstValue, Map<number, string>> = { title: new Map(), note: new Map(), date: new Map() };
  private readonly attribution = new Map<number, string[]>();
  // evidence rows
  private readonly evArticle: string[] = [];
  private readonly evText: string[] = [];
  private readonly evStart = new IntColumn();
  private readonly evEnd = new IntColumn();
  private readonly evRule: (string | undefined)[] = [];
  private readonly evAttribution = new Map<number, string>();
  private readonly evNext = new IntColumn();
  /** Edge key → row, while edges are added. */
  private index: Map<string, number> | undefined = new Map();

  get size(): number {
    return this.relation.length;
  }
  open(key: string, relation: Relation, source: string, target: string): number {
    const index = this.index;
    if (!index) throw new Error("the edge table is finished");
    let id = index.get(key);
    if (id === undefined) {
      id = this.relation.length;
      index.set(key, id);
      this.relation.push(relation);
      this.source.push(source);
      this.target.push(target);
      this.head.push(-1);
      this.tail.push(-1);
      this.run.push(-1);
    }
    return id;
  }
  hasEvidence(edge: number, article: string, text: string): boolean {
    const last = this.tail.data[edge];
    if (last < 0 || this.evArticle[last] !== article) return false;
    for (let e = this.run.data[edge]; e >= 0; e = this.evNext.data[e]) if (this.evText[e] === text) return true;
    return false;
  }
  addEvidence(edge: number, ev: Evidence) {
    const e = this.evArticle.length;
    this.evArticle.push(ev.article);
    this.evText.push(ev.text);
    this.evStart.push(ev.start);
    this.evEnd.push(ev.end);
    this.evRule.push(ev.rule);
    if (ev.attribution !== undefined) this.evAttribution.set(e, ev.attribution);
    this.evNext.push(-1);
    const last = this.tail.data[edge];
    if (last < 0) this.head.data[edge] = e;
    else this.evNext.data[last] = e;
    this.tail.data[edge] = e;
    if (last < 0 || this.evArticle[last] !== ev.article) this.run.data[edge] = e;
  }
  hasAttribution(edge: number, who: string) {
    return !!this.attribution.get(edge)?.includes(who);
  }
  addAttribution(edge: number, who: string) {
    this.attribution.set(edge, [...(this.attribution.get(edge) ?? []), who]);
  }
  hasValue(edge: number, field: FirstValue) {
    return this.values[field].has(edge);
  }
  setValue(edge: number, field: FirstValue, value: string) {
    this.values[field].set(edge, value);
  }
  finish() {
    this.index = undefined;
    this.run.data = new Int32Array(0);
    this.run.length = 0;
    for (const c of [this.head, this.tail, this.evStart, this.evEnd, this.evNext]) c.trim();
  }
  forEachEdge(fn: (relation: Relation, source: string, target: string, title: string | undefined) => void) {
    for (let i = 0; i < this.relation.length; i++) fn(this.relation[i], this.source[i], this.target[i], this.values.title.get(i));
  }

  key(edge: number): string {
    return `${this.relation[edge]}:${this.source[edge]}->${this.target[edge]}`;
  }
  evidence(edge: number): Evidence[] {
    const list: Evidence[] = [];
    for (let e = this.head.data[edge]; e >= 0; e = this.evNext.data[e]) {
      const ev: Evidence = { article: this.evArticle[e], text: this.evText[e], start: this.evStart.data[e], end: this.evEnd.data[e] };
      if (this.evRule[e] !== undefined) ev.rule = this.evRule[e];
      const who = this.evAttribution.get(e);
      if (who !== undefined) ev.attribution = who;
      list.push(ev);
    }
    return list;
  }
  /** The edge's attributes, as GraphEdges gives them (a fresh object each call). */
  attributes(edge: number): EdgeAttributes {
    return edgeAttributes(this.relation[edge], this.evidence(edge), {
      attribution: this.attribution.get(edge),
      title: this.values.title.get(edge),
      note: this.values.note.get(edge),
      date: this.values.date.get(edge),
    });
  }
  /** Adds the edges to `graph` (whose nodes they join), in order: the graph GraphEdges would have made. */
  addTo(graph: BackchannelGraph): void {
    for (let i = 0; i < this.size; i++) graph.addEdgeWithKey(this.key(i), this.source[i], this.target[i], this.attributes(i));
  }

  /** The adjacency, built once per call (typed arrays: cheap beside the graph). */
  topology(): Topology {
    const id = new Map<string, number>();
    const names: string[] = [];
    const idOf = (n: string) => {
      let i = id.get(n);
      if (i === undefined) {
        id.set(n, (i = names.length));
        names.push(n);
      }
      return i;
    };
    const m = this.size;
    const src = new Int32Array(m);
    const dst = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      src[i] = idOf(this.source[i]);
      dst[i] = idOf(this.target[i]);
    }
    // compressed rows: each node's in-edges' sources and out-edges' targets, in edge order
    const csr = (from: Int32Array, to: Int32Array) => {
      const start = new Int32Array(names.length + 1);
      for (let i = 0; i < m; i++) start[from[i] + 1]++;
      for (let v = 0; v < names.length; v++) start[v + 1] += start[v];
      const fill = start.slice(0, names.length);
      const list = new Int32Array(m);
      for (let i = 0; i < m; i++) list[fill[from[i]]++] = to[i];
      return { start, list };
    };
    const ins = csr(dst, src);
    const outs = csr(src, dst);
    // a neighbour seen in this call is marked with the call's number
    const seen = new Int32Array(names.length);
    let call = 0;
    const forEachNeighbor = (node: string, fn: (neighbor: string) => void) => {
      const v = id.get(node);
      if (v === undefined) return;
      const mark = ++call;
      for (const { start, list } of [ins, outs])
        for (let k = start[v]; k < start[v + 1]; k++) {
          const w = list[k];
          if (seen[w] === mark) continue;
          seen[w] = mark;
          fn(names[w]);
        }
    };
    return {
      degree: (node) => {
        const v = id.get(node);
        return v === undefined ? 0 : ins.start[v + 1] - ins.start[v] + outs.start[v + 1] - outs.start[v];
      },
      forEachNeighbor,
      neighbors: (node) => {
        const list: string[] = [];
        forEachNeighbor(node, (w) => list.push(w));
        return list;
      },
      forEachEdge: (fn) => {
        for (let i = 0; i < m; i++) fn(names[src[i]], names[dst[i]]);
      },
    };
  }
}

/** The same adjacency, read from a graph's own edges. */
export function graphTopology(graph: BackchannelGraph): Topology {
  return {
    degree: (node) => graph.degree(node),
    forEachNeighbor: (node, fn) => graph.forEachNeighbor(node, (n) => fn(n)),
    neighbors: (node) => graph.neighbors(node),
    forEachEdge: (fn) => graph.forEachEdge((_e, _a, s, t) => fn(s, t)),
  };
}
