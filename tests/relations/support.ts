// Runs the real per-article extraction (rules + the shipped NER model) on a text written in a test and
// returns its relations and meetings in a form that reads well in assertions.
import { extractArticle } from "../../src/extract/extract-article.js";
import { loadNerModel } from "../../src/entities/ner/index.js";
import type { ArticleFacts } from "../../graph/types.js";

export function extract(text: string, date = "2025-03-28", id = "t", title?: string): ArticleFacts {
  return extractArticle({ id, origin: `${id}.txt`, text, date, ...(title ? { title } : {}) }, { ner: loadNerModel() });
}

/** "RELATION source -> target" (with [title] or {note} when set), meeting keys shortened to "meeting". */
export function relations(f: ArticleFacts, only?: string[]): string[] {
  return f.relations
    .filter((r) => !only || only.includes(r.relation))
    .map((r) => `${r.relation} ${short(r.source)} -> ${short(r.target)}${r.title ? ` [${r.title}]` : ""}${r.note ? ` {${r.note}}` : ""}`);
}

export interface MeetingView {
  status?: string;
  date?: string;
  participants: string[];
}

export function meetings(f: ArticleFacts): MeetingView[] {
  return f.entities
    .filter((e) => e.kind === "Meeting")
    .map((e) => ({
      status: e.status,
      ...(e.date ? { date: e.date } : {}),
      participants: ((e.extra?.participants as string[]) ?? []).map(short).sort(),
    }));
}

const short = (k: string) => (k.startsWith("meeting:") ? "meeting" : k);
