// Exact-span scoring as conlleval counts it: a found entity is correct when its first token, last token and
// type all match a gold entity. Precision, recall and F1 per type and overall, and their printed table.
import { spansFromTagStrings } from "./tags.js";

export interface Counts {
  gold: number;
  found: number;
  correct: number;
}
export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface ScoreReport {
  byType: Record<string, Score>;
  overall: Score;
}

type SpanLike = { start: number; end: number; type: string };

export class SpanScorer {
  private readonly counts = new Map<string, Counts>();
  private readonly total: Counts = { gold: 0, found: 0, correct: 0 };

  private of(type: string): Counts {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, found: 0, correct: 0 }));
    return c;
  }

  /** Add one sentence's gold and found spans. */
  add(gold: readonly SpanLike[], found: readonly SpanLike[]): void {
    const key = (s: SpanLike) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.of(s.type).gold++, this.total.gold++;
    for (const s of found) {
      this.of(s.type).found++;
      this.total.found++;
      if (goldKeys.has(key(s))) this.of(s.type).correct++, this.total.correct++;
    }
  }

  /** Add one sentence's gold and found tag strings (IOB or IOBES). */
  addTags(gold: readonly string[], found: readonly string[]): void {
    this.add(spansFromTagStrings(gold), spansFromTagStrings(found));
  }

  report(): ScoreReport {
    const byType: Record<string, Score> = {};
    for (const t of [...this.counts.keys()].sort()) byType[t] = score(this.counts.get(t)!);
    return { byType, overall: score(this.total) };
  }
}

export function score(c: Counts): Score {
  const precision = c.found ? c.correct / c.found : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** The table `eval ner` prints: one line per type (PER ORG LOC MISC first), then overall. */
export function formatReport(r: ScoreReport): string[] {
  const order = ["PER", "ORG", "LOC", "MISC", ...Object.keys(r.byType).filter((t) => !["PER", "ORG", "LOC", "MISC"].includes(t))];
  const row = (name: string, s: Score) =>
    `${name.padEnd(8)} ${s.precision.toFixed(4)}  ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${String(s.gold).padStart(6)}  ${String(s.found).padStart(6)}  ${String(s.correct).padStart(7)}`;
  const lines = [`${"type".padEnd(8)} ${"prec".padEnd(6)}  ${"recall".padEnd(6)}  ${"F1".padEnd(6)}  ${"gold".padStart(6)}  ${"found".padStart(6)}  ${"correct".padStart(7)}`];
  for (const t of order) lines.push(row(t, r.byType[t] ?? score({ gold: 0, found: 0, correct: 0 })));
  lines.push(row("overall", r.overall));
  return lines;
}
