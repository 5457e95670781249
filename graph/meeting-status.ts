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
