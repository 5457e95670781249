// A meeting's status from the votes of its mentions: held beats everything (it happened), a cancellation
// beats plans, and between planned and proposed the more frequent wins (ties go to proposed).
import type { MeetingStatus } from "./schema.js";

export function decideStatus(votes: readonly MeetingStatus[]): MeetingStatus {
  if (votes.includes("held")) return "held";
  if (votes.includes("cancelled")) return "cancelled";
  const planned = votes.filter((v) => v === "planned").length;
  const proposed = votes.filter((v) => v === "proposed").length;
  if (!planned && !proposed) return "proposed";
  return planned > proposed ? "planned" : "proposed";
}

/** Two meetings of the same people a few days apart are one (reports differ by a day or a time zone); further
 * apart, two. Dates are ISO prefixes: a month ("2023-06") is its whole month. True when `date` (a day or a month)
 * lies more than `DAY_SLACK` days from one of `dates` (days or months). */
export const DAY_SLACK = 3;
const DAY = 86400000;
function span(iso: string): [number, number] | undefined {
  if (iso.length === 10) {
    const t = Date.parse(iso);
    return [t, t];
  }
  if (iso.length !== 7) return undefined;
  const start = Date.parse(`${iso}-01`);
  const next = new Date(start);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [start, next.getTime() - DAY];
}
export function dayClash(dates: Iterable<string>, date?: string): boolean {
  const b = date ? span(date) : undefined;
  if (!b) return false;
  for (const d of dates) {
    const a = span(d);
    if (a && Math.max(a[0] - b[1], b[0] - a[1]) > DAY_SLACK * DAY) return true;
  }
  return false;
}
