// An article's publication date from its own text when metadata has none: a dateline at the top
// ("TOKYO, March 30, 2018") or a print/published line ("appeared in the print edition ... on March 30, 2018").
// Dates elsewhere (photo captions, history) are not publication dates and are ignored.
import { findDates, WEEKDAY_RE } from "../text/dates.js";

/** What may stand before a dateline's date: a city in capitals (and its wire), a weekday after it, or a weekday
 * alone (a byline's "Mon 8 Jul 2024 11.42 BST", "NAIROBI, Tuesday, 7 May 2024 —"). */
const DATELINE_BEFORE = new RegExp(`^[\\s•*-]*(?:[\\p{Lu}][\\p{Lu}\\s.'’-]*(?:\\([^)]{0,40}\\))?\\s*[,•—–-]?\\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s*)?|${WEEKDAY_RE}\\.?,?\\s+)?$`, "u");
const PRINT_LINE = /\b(print edition|published|updated|posted|first appeared|appeared in|filed)\b/i;

export function dateFromText(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  for (const line of lines) if (PRINT_LINE.test(line)) {
    const d = full(line);
    if (d) return d;
  }
  // a dateline: the first lines, a date near the line's start after at most a city in capitals
  for (const line of lines.filter((l) => l.trim()).slice(0, 6)) {
    for (const d of findDates(line)) {
      if (d.relative || !d.iso || d.iso.length < 10) continue;
      if (DATELINE_BEFORE.test(line.slice(0, d.start)) && d.start <= 60) return d.iso;
    }
  }
  return undefined;
}

/** A complete (year-month-day) absolute date in `s`. */
function full(s: string): string | undefined {
  for (const d of findDates(s)) {
    if (d.relative || !d.iso || d.iso.length < 10) continue;
    return d.iso;
  }
  return undefined;
}

/** Normalises a metadata date (string, Date, number) to an ISO prefix, or undefined. */
export function normaliseDate(v: unknown): string | undefined {
  if (v instanceof Date && !isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && v > 1000 && v < 3000) return String(v);
  // a Unix time, in seconds or milliseconds
  if (typeof v === "number" && v >= 1e8) return new Date(v >= 1e11 ? v : v * 1000).toISOString().slice(0, 10);
  if (typeof v !== "string" || !v.trim()) return undefined;
  const s = v.trim();
  const iso = s.match(/^(\d{4})(-\d{2})?(-\d{2})?/);
  if (iso) return iso[0];
  const found = findDates(s).find((d) => d.iso);
  if (found) return found.iso;
  const t = Date.parse(s);
  return isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
