// Facts about the loaded graph computed once: the articles (title, date) behind evidence, the date of each
// node and edge for the time slider, and what kinds, relations and meeting statuses occur, with counts.
import type { Kind, MeetingStatus, Relation } from "../../graph/schema.js";
import { MENTIONED_IN } from "../../graph/schema.js";
import { articleKey, type ViewerGraph } from "./viewer-graph.js";

export interface ArticleInfo {
  id: string;
  key: string;
  title: string;
  date?: string;
  source?: string;
  url?: string;
}

export interface GraphIndex {
  articles: Map<string, ArticleInfo>;
  /** Distinct known dates (ISO prefixes), ascending. */
  dates: string[];
  nodeDate: Map<string, string>;
  edgeDate: Map<string, string>;
  kindCounts: Map<Kind, number>;
  relationCounts: Map<Relation, number>;
  statusCounts: Map<MeetingStatus, number>;
}

export function articleInfo(graph: ViewerGraph, id: string): ArticleInfo {
  const key = articleKey(id);
  if (!graph.hasNode(key)) return { id, key, title: id };
  const a = graph.getNodeAttributes(key);
  return { id, key, title: a.title || a.label || id, date: a.date, source: a.source, url: a.url };
}

/** The article ids an edge rests on: its evidence, or for MENTIONED_IN the article it points to. */
export function edgeArticleIds(graph: ViewerGraph, edge: string): string[] {
  const a = graph.getEdgeAttributes(edge);
  if (a.relation === MENTIONED_IN) {
    const t = graph.target(edge);
    return t.startsWith("article:") ? [t.slice("article:".length)] : [];
  }
  return (a.evidence ?? []).map((e) => e.article);
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function increment<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function indexGraph(graph: ViewerGraph): GraphIndex {
  const articles = new Map<string, ArticleInfo>();
  const kindCounts = new Map<Kind, number>();
  const statusCounts = new Map<MeetingStatus, number>();
  const relationCounts = new Map<Relation, number>();
  graph.forEachNode((key, a) => {
    increment(kindCounts, a.kind);
    if (a.kind === "Meeting" && a.status) increment(statusCounts, a.status);
    if (a.kind === "Article" && key.startsWith("article:")) {
      const id = key.slice("article:".length);
      articles.set(id, articleInfo(graph, id));
    }
  });
  const articleDate = (id: string) => articles.get(id)?.date;
  const nodeDate = new Map<string, string>();
  const edgeDate = new Map<string, string>();
  const dates = new Set<string>();
  graph.forEachNode((key, a) => {
    let d = a.firstSeen ?? (a.kind === "Article" ? a.date : undefined);
    if (!d) for (const id of a.articles ?? []) d = minDate(d, articleDate(id));
    if (d) {
      nodeDate.set(key, d);
      dates.add(d);
    }
  });
  graph.forEachEdge((edge, a) => {
    increment(relationCounts, a.relation);
    let d: string | undefined;
    if (articles.size) for (const id of edgeArticleIds(graph, edge)) d = minDate(d, articleDate(id));
    if (d) {
      edgeDate.set(edge, d);
      dates.add(d);
    }
  });
  return { articles, dates: [...dates].sort(), nodeDate, edgeDate, kindCounts, relationCounts, statusCounts };
}
