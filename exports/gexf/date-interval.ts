// Turns the partial ISO dates backchannel stores (`2018`, `2018-06`, `2018-06-12`, or a full timestamp) into
// the closed xsd:date interval GEXF spells need: a year spans Jan 1 to Dec 31, a month its first to last day.

export interface DateInterval {
  start: string;
  end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The interval a partial date covers, or undefined if it is not a date (or not a real one, like 2018-02-30). */
export function dateInterval(value: string | undefined): DateInterval | undefined {
  const m = value ? PARTIAL_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  const y = pad(year, 4);
  if (m[2] === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  const d = `${y}-${pad(month)}-${pad(day)}`;
  return { start: d, end: d };
}
