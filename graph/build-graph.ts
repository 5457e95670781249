// Merges the facts of many articles into one graphology graph: entities with the same key or a shared full
// name become one node, lone surnames join the one full name they fit, meetings reported by several articles
// become one (matched by people, else by the states involved, and by year), states never seen acting become
// places, and every edge keeps its evidence sentences, deduplicated.
import { writeSync } from "node:fs";
import Graph from "graphology";
import { REGNAL_TITLE, RELATIONS, isSymmetric, type ExtractedRelation, type Kind, type MeetingStatus } from "./schema.js";
import { arraySource, type ArticleFacts, type BackchannelGraph, type EdgeAttributes, type EntityRecord, type Evidence, type FactsSource, type GraphAttributes, type NodeAttributes, type RelationRecord } from "./types.js";
import { mergeMeetings, type MeetingInput } from "./merge-meetings.js";
import { decideStatus } from "./meeting-status.js";
import { debugOn } from "./debug.js";
import { heapNow } from "./debug-heap.js";
import { addProvenance } from "./provenance.js";
import { GraphEdges, type EdgeSink, type EdgeTable } from "./edge-table.js";

/** Words after which a name is the father's: "bin", "ibn", "bint", "ben". */
const PATRONYMIC = /^(?:bin|ibn|bint|ben)$/i;

class UnionFind {
  private parent = new Map<string, string>();
  clear() {
    this.parent.clear();
  }
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
  /** Where the relation edges go: this table (a big build's compact columns, graph/edge-table.ts) instead of the
   * graph, which then holds nodes (and MENTIONED_IN edges, unless implicit) only. */
  table?: EdgeTable;
  /** A full garbage collection, run where the merge has just let go of much (a big build's memory peak; see
   * src/cli/heap.ts fullCollector). */
  collect?: () => void;
}

export function buildGraph(input: ArticleFacts[] | FactsSource, attrs: GraphAttributes = {}, options: BuildGraphOptions = {}): BackchannelGraph {
  const source = Array.isArray(input) ? arraySource(input, !!options.consume) : input;
  const articles = source.articles;
  const dateOf = new Map(articles.map((a) => [a.id, a.date]));
  // every entity record but unnamed meetings (merged below) is merged by key
  const byKey = (e: EntityRecord) => e.kind !== "Meeting" || !!e.extra?.named;
  const uf = new UnionFind();
  const entityKeys = new Set<string>();
  // organisations and documents sharing a full name (an alias of three or more words, or an organisation's
  // acronym: "KCNA" alone and "Korean Central News Agency (KCNA)") are one
  const strong = new Map<string, string>();
  // (people named with a monarch's style: a lone "Ibrahim" of "Sultan Ibrahim" joins no "Anwar Ibrahim")
  const crowned = new Set<string>();
  for (let i = 0; i < articles.length; i++) {
    for (const e of source.read(i, "entities").entities) {
      if (!byKey(e)) continue;
      entityKeys.add(e.key);
      if (e.kind === "Person" && (e.extra?.titles as string[] | undefined)?.some((t) => REGNAL_TITLE.test(t))) crowned.add(e.key);
      if ((e.kind !== "Organization" && e.kind !== "Document") || e.extra?.generic) continue;
      for (const a of e.aliases) {
        const n = `${e.kind}|${norm(a)}`;
        if (norm(a).split(" ").length < 3 && !(e.kind === "Organization" && /^\p{Lu}{3,6}$/u.test(a))) continue;
        if (strong.has(n)) uf.union(strong.get(n)!, e.key);
        else strong.set(n, e.key);
      }
    }
  }
  strong.clear();
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
    if (hosts?.size === 1 && (!crowned.has(k) || crowned.has([...hosts][0]))) uf.union([...hosts][0], k);
  }
  hostsOf.clear();
  crowned.clear();
  entityKeys.clear();

  // merge records into nodes; gather the meetings to merge across articles and each relation's ends (kept as
  // columns, not records: millions in a big corpus; their evidence is read again when the edges are made)
  const merged = new Map<string, Merged>();
  const meetingInputs: MeetingInput[] = [];
  const named = new Map<string, MeetingStatus[]>();
  const rel = new RelationColumns();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const { entities, relations } = source.read(i);
    for (const e of entities) {
      if (e.kind === "Meeting" && e.extra?.named) named.set(e.key, [...(named.get(e.key) ?? []), ...((e.extra?.statuses as MeetingStatus[]) ?? [])]);
      if (!byKey(e)) {
        meetingInputs.push({
          key: e.key,
          article: article.id,
          articleDate: article.date,
          participants: ((e.extra?.participants as string[]) ?? []).map((p) => rel.pool(p)),
          statuses: (e.extra?.statuses as MeetingStatus[]) ?? [],
          date: e.date,
          label: e.label || undefined,
          head: rel.pool(String(e.extra?.head ?? "meeting")),
          ...(e.extra?.distinct ? { distinct: true } : {}),
        });
        continue;
      }
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
      m.articles.add(article.id);
      if (e.extra?.acted) m.acted = true;
      if (e.kind === "Meeting" && e.date && (!m.date || (e.date.startsWith(m.date) && e.date.length > m.date.length))) m.date = e.date;
      for (const t of (e.extra?.titles as string[] | undefined) ?? []) m.titles.add(t);
    }
    rel.addArticle(relations);
    source.release?.(i, "entities");
  }
  heapNow("records merged");
  // a state only ever named as a location is a place ("the summit in Singapore")
  // (a city-state's, "Singapore", may be a place of that key already: the two are one node)
  const rekey = new Map<string, string>();
  for (const m of [...merged.values()]) {
    if (m.kind === "Government" && !m.acted) {
      const place = `place:${m.key.slice("government:".length)}`;
      rekey.set(m.key, place);
      m.kind = "Place";
      const same = merged.get(place);
      if (!same) continue;
      for (const [label, n] of m.labels) same.labels.set(label, (same.labels.get(label) ?? 0) + n);
      for (const a of m.aliases) same.aliases.add(a);
      for (const a of m.articles) same.articles.add(a);
      same.mentions += m.mentions;
      merged.delete(m.key);
    }
  }
  const resolveKey = (k: string) => {
    const r = uf.find(k);
    return rekey.get(r) ?? r;
  };

  // relations with resolved ends; weak offices of a state give way to stated ones (a post stated in an organisation,
  // "Chinese Foreign Ministry spokesperson X", leaves the state's inferred from it)
  rel.resolve(resolveKey);
  const stated = new Set<string>();
  const ofState = (i: number) => rel.relation[i] === "HOLDS_OFFICE" && rel.target[i].startsWith("government:");
  rel.each((i) => void (ofState(i) && !rel.weak.has(i) && stated.add(rel.source[i])));
  rel.each((i) => void (ofState(i) && rel.weak.has(i) && stated.has(rel.source[i]) && rel.drop(i)));
  const governmentOf = new Map<string, string>();
  rel.each((i) => {
    if (rel.relation[i] === "HOLDS_OFFICE" && rel.target[i].startsWith("government:") && !governmentOf.has(rel.source[i])) governmentOf.set(rel.source[i], rel.target[i]);
  });
  const orgState = new Map<string, string>();
  rel.each((i) => {
    if (rel.relation[i] === "AFFILIATED_WITH" && rel.target[i].startsWith("government:") && !orgState.has(rel.source[i])) orgState.set(rel.source[i], rel.target[i]);
  });
  rel.each((i) => {
    const state = rel.relation[i] === "HOLDS_OFFICE" ? orgState.get(rel.target[i]) : undefined;
    if (state && !governmentOf.has(rel.source[i])) governmentOf.set(rel.source[i], state);
  });
  // a state's own official is not an intermediary for it
  rel.each((i) => void (rel.relation[i] === "CONVEYED_VIA" && governmentOf.get(rel.target[i]) === rel.source[i] && rel.drop(i)));

  // meetings across articles
  for (const m of meetingInputs) m.participants = m.participants.map(resolveKey);
  const labels = new Map<string, string>();
  const shortNames = new Map<string, string>();
  const labelOf = (k: string) => labels.get(k) ?? labels.set(k, bestLabel(merged.get(k))).get(k)!;
  const shortName = (k: string) => shortNames.get(k) ?? shortNames.set(k, shortLabel(merged.get(k))).get(k)!;
  heapNow("meeting mentions resolved");
  const tm = performance.now();
  const { clusters, keyOf } = mergeMeetings(meetingInputs, governmentOf, labelOf, shortName);
  if (debugOn("merge"))
    writeSync(2, `merge: ${meetingInputs.length} meeting mentions into ${clusters.length} meetings in ${((performance.now() - tm) / 1000).toFixed(1)} s\n`);
  // ends re-pointed to the merged meetings
  options.collect?.();
  heapNow("meetings merged");
  const members = new Map(clusters.map((c) => [c.key, c.participants]));
  rel.each((i) => {
    const source = (rel.source[i] = keyOf.get(rel.source[i]) ?? rel.source[i]);
    const target = (rel.target[i] = keyOf.get(rel.target[i]) ?? rel.target[i]);
    if (source.includes("#") || target.includes("#")) rel.drop(i);
    else if (rel.relation[i] === "PARTICIPANT_IN" && members.has(target) && !members.get(target)!.has(source)) rel.drop(i);
  });

  // the graph
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ ...attrs, articles: articles.length });
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
  for (const a of articles) {
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
  // what the merge no longer needs is let go before the edges, the bulk of a big graph, are made
  const spokenTitles = new Map<string, string[]>();
  for (const [key, m] of merged) if (m.kind === "Person" && m.titles.size) spokenTitles.set(key, [...m.titles]);
  for (const done of [merged, named, rekey, governmentOf, orgState, stated, labels, shortNames, keyOf, members, dateOf]) done.clear();
  meetingInputs.length = 0;
  clusters.length = 0;
  uf.clear();
  options.collect?.();
  heapNow("nodes added");
  const edges = options.table ?? new GraphEdges(graph);
  addRelations(graph, edges, rel, source);
  heapNow("edges added");
  // offices held, on the person; a person with none known keeps the titles the articles name them with
  // ("Homeland Security Secretary", no state given)
  edges.forEachEdge((relation, s, _t, title) => {
    if (relation === "HOLDS_OFFICE" && title) {
      const titles = graph.getNodeAttribute(s, "titles") ?? [];
      if (!titles.includes(title)) graph.setNodeAttribute(s, "titles", [...titles, title]);
    }
  });
  for (const [key, titles] of spokenTitles) if (graph.hasNode(key) && !graph.getNodeAttribute(key, "titles")) graph.setNodeAttribute(key, "titles", titles);
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
function addRelations(graph: BackchannelGraph, edges: EdgeSink, rel: RelationColumns, source: FactsSource) {
  // (kinds looked up here, not in the graph: millions of lookups in a big corpus)
  const kindOf = new Map<string, Kind>();
  graph.forEachNode((n, a) => void kindOf.set(n, a.kind));
  rel.last(source, (i, r) => {
    let [s, t] = [rel.source[i], rel.target[i]];
    const sk = kindOf.get(s);
    const tk = kindOf.get(t);
    if (!sk || !tk || s === t) return;
    const spec = RELATIONS[r.relation as ExtractedRelation];
    if (!(spec.from as readonly Kind[]).includes(sk) || !(spec.to as readonly Kind[]).includes(tk)) return;
    if (isSymmetric(r.relation) && s > t) [s, t] = [t, s];
    const relation = rel.relation[i] as ExtractedRelation;
    const edge = edges.open(`${r.relation}:${s}->${t}`, relation, s, t);
    const ev: Evidence = r.evidence;
    if (!edges.hasEvidence(edge, ev.article, ev.text)) {
      // (a spooled article's records are parsed afresh: the strings an edge keeps are shared ones)
      ev.article = rel.pool(ev.article);
      if (ev.rule) ev.rule = rel.pool(ev.rule);
      if (ev.attribution) ev.attribution = rel.pool(ev.attribution);
      edges.addEvidence(edge, ev);
    }
    if (ev.attribution && !edges.hasAttribution(edge, ev.attribution)) edges.addAttribution(edge, rel.pool(ev.attribution));
    if (r.title && !edges.hasValue(edge, "title")) edges.setValue(edge, "title", rel.pool(r.title));
    if (r.note && !edges.hasValue(edge, "note")) edges.setValue(edge, "note", r.note);
    if (r.date && !edges.hasValue(edge, "date")) edges.setValue(edge, "date", rel.pool(r.date));
  });
  edges.finish();
}

/**
 * The relations of a corpus in facts order, as columns: each one's relation, its ends (resolved by `resolve`,
 * re-pointed by the caller), whether it is weak and still in. The records themselves (evidence) are read again,
 * article by article, by `last`. Equal strings are shared (`pool`): records read from a spool are fresh parses.
 */
class RelationColumns {
  relation: string[] = [];
  source: string[] = [];
  target: string[] = [];
  weak = new Set<number>();
  /** Index of each article's first relation. */
  private starts: number[] = [];
  private live = new Uint8Array(0);
  private strings = new Map<string, string>();

  pool(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    this.strings.set(s, s);
    return s;
  }
  addArticle(records: RelationRecord[]) {
    this.starts.push(this.relation.length);
    for (const r of records) {
      if (r.weak) this.weak.add(this.relation.length);
      this.relation.push(this.pool(r.relation));
      this.source.push(this.pool(r.source));
      this.target.push(this.pool(r.target));
    }
  }
  /** Once every article is added: the ends resolved, every relation in. */
  resolve(resolve: (key: string) => string) {
    this.live = new Uint8Array(this.relation.length).fill(1);
    for (let i = 0; i < this.source.length; i++) {
      this.source[i] = resolve(this.source[i]);
      this.target[i] = resolve(this.target[i]);
    }
  }
  /** Calls `fn` for each relation still in, in order. */
  each(fn: (i: number) => void) {
    for (let i = 0; i < this.live.length; i++) if (this.live[i]) fn(i);
  }
  drop(i: number) {
    this.live[i] = 0;
  }
  /** The last pass: each relation still in with its record, read article by article from `source`, which is
   * told as each article is done. */
  last(source: FactsSource, fn: (i: number, r: RelationRecord) => void) {
    for (let a = 0; a < this.starts.length; a++) {
      const first = this.starts[a];
      const end = a + 1 < this.starts.length ? this.starts[a + 1] : this.live.length;
      if (first < end) {
        const records = source.read(a, "relations").relations;
        if (records.length !== end - first) throw new Error(`article ${a}: ${records.length} relations read again, ${end - first} before`);
        // an article's sentence is the evidence of several relations: one string (a fresh parse has a copy each)
        const texts = new Map<string, string>();
        for (let i = first; i < end; i++) {
          if (!this.live[i]) continue;
          const r = records[i - first];
          const text = texts.get(r.evidence.text);
          if (text === undefined) texts.set(r.evidence.text, r.evidence.text);
          else r.evidence.text = text;
          fn(i, r);
        }
      }
      source.release?.(a, "relations");
    }
    this.strings.clear();
  }
}
