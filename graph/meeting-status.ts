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
 * apart, two: true when `date` is a day more than `DAY_SLACK` days from one of `days`. */
export const DAY_SLACK = 3;
export function dayClash(days: Iterable<string>, date?: string): boolean {
  if (date?.length !== 10) return false;
  const t = Date.parse(date);
  for (const d of days) if (d.length === 10 && Math.abs(Date.parse(d) - t) > DAY_SLACK * 86400000) return true;
  return false;
}
