// Merges the facts of many articles into one graphology graph: entities with the same key or a shared full
// name become one node, lone surnames join the one full name they fit, meetings reported by several articles
// become one (matched by people, else by the states involved, and by year), states never seen acting become
// places, and every edge keeps its evidence sentences, deduplicated.
import Graph from "graphology";
import { RELATIONS, isSymmetric, type ExtractedRelation, type Kind, type MeetingStatus } from "./schema.js";
import type { ArticleFacts, BackchannelGraph, EdgeAttributes, EntityRecord, Evidence, GraphAttributes, NodeAttributes, RelationRecord } from "./types.js";
import { mergeMeetings, type MeetingInput } from "./merge-meetings.js";
import { decideStatus } from "./meeting-status.js";
import { debugOn } from "./debug.js";
import { addProvenance } from "./provenance.js";

/** Words after which a name is the father's: "bin", "ibn", "bint", "ben". */
const PATRONYMIC = /^(?:bin|ibn|bint|ben)$/i;

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string, prefer: (a: string, b: string) => string = (x) => x) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = prefer(ra, rb);
    this.parent.set(root === ra ? rb : ra, root);
  }
}

const norm = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, " ").trim();

interface Merged {
  key: string;
  kind: Kind;
  labels: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
  articles: Set<string>;
  acted: boolean;
  /** Titles the articles name a person with (see EntityRecord.extra.titles). */
  titles: Set<string>;
  /** A named meeting's date, the most specific one its articles agree on. */
  date?: string;
}

export interface BuildGraphOptions {
  /** "edges" (the default): MENTIONED_IN edges in the graph; "implicit": only in each node's `articles`, for
   * callers that read them from there (layout and graph.json writer with the same option; see provenance.ts). */
  provenance?: "edges" | "implicit";
  /** The facts are the caller's no longer: each article's entity and relation records are dropped (its arrays
   * emptied in place) once merged, so that a big build does not hold all its facts and the whole graph at once. */
  consume?: boolean;
}

export function buildGraph(facts: ArticleFacts[], attrs: GraphAttributes = {}, options: BuildGraphOptions = {}): BackchannelGraph {
  const dateOf = new Map(facts.map((f) => [f.article.id, f.article.date]));
  // every entity record but unnamed meetings (merged below), with its article
  const records = (fn: (e: EntityRecord, article: string) => void) => {
    for (const f of facts) for (const e of f.entities) if (e.kind !== "Meeting" || e.extra?.named) fn(e, f.article.id);
  };
  const uf = new UnionFind();
  const entityKeys = new Set<string>();
  records((e) => {
    entityKeys.add(e.key);
    uf.find(e.key);
  });
  // organisations and documents sharing a full name (an alias of three or more words, or an organisation's
  // acronym: "KCNA" alone and "Korean Central News Agency (KCNA)") are one
  const strong = new Map<string, string>();
  records((e) => {
    if ((e.kind !== "Organization" && e.kind !== "Document") || e.extra?.generic) return;
    for (const a of e.aliases) {
      const n = `${e.kind}|${norm(a)}`;
      if (norm(a).split(" ").length < 3 && !(e.kind === "Organization" && /^\p{Lu}{3,6}$/u.test(a))) continue;
      if (strong.has(n)) uf.union(strong.get(n)!, e.key);
      else strong.set(n, e.key);
    }
  });
  // documents: "Pyongyang Declaration" is the end of "Japan-North Korea Pyongyang Declaration"
  const docs = [...entityKeys.keys()].filter((k) => k.startsWith("document:"));
  const docAt = new Map(docs.map((k, i) => [k.slice(9), i]));
  for (const a of docs) {
    const slug = a.slice(9);
    const ends: number[] = [];
    for (let i = slug.indexOf("-"); i >= 0; i = slug.indexOf("-", i + 1)) {
      const at = docAt.get(slug.slice(i + 1));
      if (at !== undefined) ends.push(at);
    }
    for (const b of ends.sort((x, y) => x - y)) uf.union(docs[b], a);
  }
  // lone names ("person:kim") join the one full name whose first or last word they are
  const hostsOf = new Map<string, Set<string>>();
  for (const f of entityKeys.keys()) {
    if (!f.startsWith("person:") || !f.includes("-")) continue;
    const parts = f.slice(7).split("-");
    // (not a father's name: "Salman" alone is not "Mohammed bin Salman")
    const patronymic = PATRONYMIC.test(parts[parts.length - 2] ?? "");
    for (const t of new Set([parts[0], ...(patronymic ? [] : [parts[parts.length - 1]])])) {
      if (!hostsOf.has(t)) hostsOf.set(t, new Set());
      hostsOf.get(t)!.add(f);
    }
  }
  for (const k of entityKeys.keys()) {
    if (!k.startsWith("person:") || k.includes("-")) continue;
    const hosts = hostsOf.get(k.slice(7));
    if (hosts?.size === 1) uf.union([...hosts][0], k);
  }

  // merge records into nodes
  const merged = new Map<string, Merged>();
  records((e, article) => {
    const root = uf.find(e.key);
    let m = merged.get(root);
    if (!m) {
      m = { key: root, kind: e.kind, labels: new Map(), aliases: new Set(), mentions: 0, articles: new Set(), acted: false, titles: new Set() };
      merged.set(root, m);
    }
    if (e.key === root || !m.labels.size) m.labels.set(e.label, (m.labels.get(e.label) ?? 0) + e.mentions + (e.key === root ? 1000 : 0));
    else m.labels.set(e.label, (m.labels.get(e.label) ?? 0) + e.mentions);
    for (const a of e.aliases) m.aliases.add(a);
    m.aliases.add(e.label);
    m.mentions += e.mentions;
    m.articles.add(article);
    if (e.extra?.acted) m.acted = true;
    if (e.kind === "Meeting" && e.date && (!m.date || (e.date.startsWith(m.date) && e.date.length > m.date.length))) m.date = e.date;
    for (const t of (e.extra?.titles as string[] | undefined) ?? []) m.titles.add(t);
  });
  // a state only ever named as a location is a place ("the summit in Singapore")
  const rekey = new Map<string, string>();
  for (const m of merged.values()) {
    if (m.kind === "Government" && !m.acted) {
      const place = `place:${m.key.slice("government:".length)}`;
      rekey.set(m.key, place);
      m.kind = "Place";
    }
  }
  const resolveKey = (k: string) => {
    const r = uf.find(k);
    return rekey.get(r) ?? r;
  };

  // relations with resolved ends (kept beside the records, not in copies of them: millions in a big corpus);
  // weak offices give way to stated ones
  const rel = resolvedRelations(facts, resolveKey, !!options.consume);
  const stated = new Set<string>();
  rel.each((i, r) => void (r.relation === "HOLDS_OFFICE" && !r.weak && stated.add(rel.source[i])));
  rel.each((i, r) => void (r.relation === "HOLDS_OFFICE" && r.weak && stated.has(rel.source[i]) && rel.drop(i)));
  const governmentOf = new Map<string, string>();
  rel.each((i, r) => {
    if (r.relation === "HOLDS_OFFICE" && rel.target[i].startsWith("government:") && !governmentOf.has(rel.source[i])) governmentOf.set(rel.source[i], rel.target[i]);
  });
  const orgState = new Map<string, string>();
  rel.each((i, r) => {
    if (r.relation === "AFFILIATED_WITH" && rel.target[i].startsWith("government:") && !orgState.has(rel.source[i])) orgState.set(rel.source[i], rel.target[i]);
  });
  rel.each((i, h) => {
    const state = h.relation === "HOLDS_OFFICE" ? orgState.get(rel.target[i]) : undefined;
    if (state && !governmentOf.has(rel.source[i])) governmentOf.set(rel.source[i], state);
  });
  // a state's own official is not an intermediary for it
  rel.each((i, r) => void (r.relation === "CONVEYED_VIA" && governmentOf.get(rel.target[i]) === rel.source[i] && rel.drop(i)));

  // meetings across articles
  const meetingInputs: MeetingInput[] = facts.flatMap((f) =>
    f.entities
      .filter((e) => e.kind === "Meeting" && !e.extra?.named)
      .map((e) => ({
        key: e.key,
        article: f.article.id,
        articleDate: f.article.date,
        participants: ((e.extra?.participants as string[]) ?? []).map(resolveKey),
        statuses: (e.extra?.statuses as MeetingStatus[]) ?? [],
        date: e.date,
        label: e.label || undefined,
        head: String(e.extra?.head ?? "meeting"),
        ...(e.extra?.distinct ? { distinct: true } : {}),
      })),
  );
  const named = new Map<string, MeetingStatus[]>();
  for (const f of facts) for (const e of f.entities) if (e.kind === "Meeting" && e.extra?.named) named.set(e.key, [...(named.get(e.key) ?? []), ...((e.extra?.statuses as MeetingStatus[]) ?? [])]);
  if (options.consume) for (const f of facts) f.entities = [];
  const labels = new Map<string, string>();
  const shortNames = new Map<string, string>();
  const labelOf = (k: string) => labels.get(k) ?? labels.set(k, bestLabel(merged.get(k))).get(k)!;
  const shortName = (k: string) => shortNames.get(k) ?? shortNames.set(k, shortLabel(merged.get(k))).get(k)!;
  const tm = performance.now();
  const { clusters, keyOf } = mergeMeetings(meetingInputs, governmentOf, labelOf, shortName);
  if (debugOn("merge"))
    console.error(`merge: ${meetingInputs.length} meeting mentions into ${clusters.length} meetings in ${((performance.now() - tm) / 1000).toFixed(1)} s`);
  // ends re-pointed to the merged meetings
  const members = new Map(clusters.map((c) => [c.key, c.participants]));
  rel.each((i, r) => {
    const source = (rel.source[i] = keyOf.get(rel.source[i]) ?? rel.source[i]);
    const target = (rel.target[i] = keyOf.get(rel.target[i]) ?? rel.target[i]);
    if (source.includes("#") || target.includes("#")) rel.drop(i);
    else if (r.relation === "PARTICIPANT_IN" && members.has(target) && !members.get(target)!.has(source)) rel.drop(i);
  });

  // the graph
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ ...attrs, articles: facts.length });
  const seenDates = (arts: Iterable<string>) => [...arts].map((a) => dateOf.get(a)).filter((d): d is string => !!d).sort();
  for (const m of merged.values()) {
    const key = rekey.get(m.key) ?? m.key;
    const dates = seenDates(m.articles);
    const label = bestLabel(m);
    const attrsN: NodeAttributes = {
      label,
      kind: m.kind,
      aliases: [...m.aliases].sort(),
      mentions: m.mentions,
      articles: [...m.articles].sort(),
      ...(dates.length ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
    };
    if (m.kind === "Meeting") {
      attrsN.status = decideStatus(named.get(m.key) ?? []);
      if (m.date) attrsN.date = m.date;
    }
    graph.addNode(key, attrsN);
  }
  for (const c of clusters) {
    const dates = seenDates(c.articles);
    graph.addNode(c.key, {
      label: c.label,
      kind: "Meeting",
      aliases: c.aliases,
      mentions: c.mentions,
      articles: [...c.articles].sort(),
      status: c.status,
      ...(c.date ? { date: c.date } : {}),
      ...(dates.length ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
    });
  }
  for (const f of facts) {
    const a = f.article;
    graph.addNode(`article:${a.id}`, {
      label: a.title ?? a.id,
      kind: "Article",
      aliases: [],
      mentions: 0,
      articles: [a.id],
      ...(a.title ? { title: a.title } : {}),
      ...(a.date ? { date: a.date } : {}),
      ...(a.source ? { source: a.source } : {}),
      ...(a.url ? { url: a.url } : {}),
    });
  }
  addRelations(graph, rel);
  // offices held, on the person; a person with none known keeps the titles the articles name them with
  // ("Homeland Security Secretary", no state given)
  graph.forEachEdge((_e, attr, s) => {
    if (attr.relation === "HOLDS_OFFICE" && attr.title) {
      const titles = graph.getNodeAttribute(s, "titles") ?? [];
      if (!titles.includes(attr.title)) graph.setNodeAttribute(s, "titles", [...titles, attr.title]);
    }
  });
  for (const [key, m] of merged) if (m.kind === "Person" && m.titles.size && graph.hasNode(key) && !graph.getNodeAttribute(key, "titles")) graph.setNodeAttribute(key, "titles", [...m.titles]);
  if (options.provenance !== "implicit") addProvenance(graph);
  return graph;
}

function bestLabel(m?: Merged): string {
  if (!m) return "";
  return [...m.labels].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? m.key;
}

/** The name people use alone ("Kim" for Kim Jong Un, when the articles do), else the full label. */
function shortLabel(m?: Merged): string {
  const label = bestLabel(m);
  if (!m || m.kind !== "Person") return label;
  const parts = label.split(/[\s-]+/);
  const single = [...m.aliases].filter((a) => !/\s/.test(a) && (a === parts[0] || a === parts[parts.length - 1]));
  return single[0] ?? label;
}

/** Adds relations as edges, one per (relation, ends), each keeping its evidence sentences once. The relations
 * come grouped by article (facts order), so a repeated sentence can only be among the edge's last evidence. */
function addRelations(graph: BackchannelGraph, rel: ResolvedRelations) {
  const touched: EdgeAttributes[] = [];
  // (kinds looked up here, not in the graph: millions of lookups in a big corpus)
  const kindOf = new Map<string, Kind>();
  graph.forEachNode((n, a) => void kindOf.set(n, a.kind));
  rel.last((i, r) => {
    let [s, t] = [rel.source[i], rel.target[i]];
    const sk = kindOf.get(s);
    const tk = kindOf.get(t);
    if (!sk || !tk || s === t) return;
    const spec = RELATIONS[r.relation as ExtractedRelation];
    if (!(spec.from as readonly Kind[]).includes(sk) || !(spec.to as readonly Kind[]).includes(tk)) return;
    if (isSymmetric(r.relation) && s > t) [s, t] = [t, s];
    const key = `${r.relation}:${s}->${t}`;
    let attr: EdgeAttributes;
    if (graph.hasEdge(key)) attr = graph.getEdgeAttributes(key);
    else {
      graph.addEdgeWithKey(key, s, t, { relation: r.relation, evidence: [], articles: 0 });
      touched.push((attr = graph.getEdgeAttributes(key)));
    }
    const ev: Evidence = r.evidence;
    const list = attr.evidence;
    let dup = false;
    for (let j = list.length - 1; j >= 0 && list[j].article === ev.article; j--) if (list[j].text === ev.text) dup = true;
    if (!dup) list.push(ev);
    if (ev.attribution && !attr.attribution?.includes(ev.attribution)) attr.attribution = [...(attr.attribution ?? []), ev.attribution];
    if (r.title && !attr.title) attr.title = r.title;
    if (r.note && !attr.note) attr.note = r.note;
    if (r.date && !attr.date) attr.date = r.date;
  });
  for (const attr of touched) {
    attr.articles = new Set(attr.evidence.map((x) => x.article)).size;
    // an exact copy: a pushed-to list keeps room for a dozen more (a tenth of a big graph's memory)
    attr.evidence = attr.evidence.slice();
  }
}

/** The relations of a corpus in facts order, their ends resolved (`source[i]`, `target[i]`), and which are still in. */
interface ResolvedRelations {
  source: string[];
  target: string[];
  /** Calls `fn` for each relation still in, in order. */
  each(fn: (i: number, r: RelationRecord) => void): void;
  drop(i: number): void;
  /** Like `each`, for the last pass: when consuming, each record is let go once `fn` is done with it. */
  last(fn: (i: number, r: RelationRecord) => void): void;
}

/** `consume`: the articles' relation arrays are emptied here, their records held only by this (see `last`). */
function resolvedRelations(facts: ArticleFacts[], resolve: (key: string) => string, consume: boolean): ResolvedRelations {
  const records: (RelationRecord | undefined)[] = facts.flatMap((f) => f.relations);
  if (consume) for (const f of facts) f.relations = [];
  const live = new Uint8Array(records.length).fill(1);
  const each = (fn: (i: number, r: RelationRecord) => void) => {
    for (let i = 0; i < records.length; i++) if (live[i]) fn(i, records[i]!);
  };
  return {
    source: records.map((r) => resolve(r!.source)),
    target: records.map((r) => resolve(r!.target)),
    each,
    drop: (i) => void (live[i] = 0),
    last: consume
      ? (fn) => {
          for (let i = 0; i < records.length; i++) {
            if (live[i]) fn(i, records[i]!);
            records[i] = undefined;
          }
        }
      : each,
  };
}
