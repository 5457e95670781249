// Renders an evidence sentence with the names of the entities involved wrapped in <mark>, built from text
// nodes and elements only (never HTML), so whatever the article says is shown as text.
import { el } from "./dom.js";

interface Span {
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Non-overlapping spans of `text` where one of `names` occurs (longest names win), in text order. */
export function nameSpans(text: string, names: string[]): Span[] {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2 && n.length <= 200))];
  unique.sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  for (const name of unique) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function highlightNames(text: string, names: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const s of nameSpans(text, names)) {
    if (s.start > at) fragment.append(document.createTextNode(text.slice(at, s.start)));
    fragment.append(el("mark", { text: text.slice(s.start, s.end) }));
    at = s.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}
