// Search over node labels and aliases: exact matches first, then prefixes of the label, of an alias, of
// any word, then any substring; ties go to the more important node. Pure, so it is easy to reason about.
import type { Kind } from "../../graph/schema.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface SearchEntry {
  key: string;
  label: string;
  kind: Kind;
  /** Label first, then aliases, as written. */
  names: string[];
  /** The same, lower-cased. */
  lower: string[];
  weight: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched (an alias when the label did not). */
  matched: string;
  rank: number;
}

export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const label = a.label || key;
    const names = [label, ...(a.aliases ?? []).filter((x) => x && x !== label)];
    if (a.kind === "Article" && a.title && a.title !== label) names.push(a.title);
    entries.push({ key, label, kind: a.kind, names, lower: names.map((n) => n.toLowerCase()), weight: a.size ?? a.mentions ?? 0 });
  });
  return entries;
}

function rankName(name: string, q: string, isLabel: boolean): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return isLabel ? 1 : 2;
  const at = name.indexOf(q);
  if (at < 0) return -1;
  return /[\s\-–'’(.,]/.test(name[at - 1]) ? 3 : 4;
}

export function search(entries: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best = -1;
    let matched = "";
    for (let i = 0; i < entry.lower.length; i++) {
      const r = rankName(entry.lower[i], q, i === 0);
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        matched = entry.names[i];
      }
    }
    if (best >= 0) keepBest(hits, { entry, matched, rank: best }, limit);
  }
  return hits;
}

const compareHits = (a: SearchHit, b: SearchHit) =>
  a.rank - b.rank || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label);

/** Inserts `hit` into the sorted `top` list, kept at most `limit` long (cheap even with 100k matches). */
function keepBest(top: SearchHit[], hit: SearchHit, limit: number): void {
  if (top.length >= limit && compareHits(hit, top[top.length - 1]) >= 0) return;
  let i = top.length;
  while (i > 0 && compareHits(hit, top[i - 1]) < 0) i--;
  top.splice(i, 0, hit);
  if (top.length > limit) top.pop();
}
