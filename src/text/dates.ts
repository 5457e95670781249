// Finds dates in text and resolves them to ISO 8601 prefixes ("2018-03-30", "2018-03", "2018"), including
// relative ones ("on Tuesday", "this week", "early June", "Feb. 9 this year") against the article's date.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, "twenty-five": 25, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, "a hundred": 100 };
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A weekday, short or in full ("Mon", "Tues", "Thursday"), as a regular expression's source. */
export const WEEKDAY_RE = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?";

export const MONTH_RE = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

const pad = (n: number) => String(n).padStart(2, "0");
/** After a weekday, the date it is the weekday of: " 7 July", ", March 3". */
const WEEKDAY_THEN_DATE = new RegExp(`^,?\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_RE})\\b|(?:${MONTH_RE})\\s+\\d{1,2}\\b))`);
/** A date, then "a" before its weekday: "21 October, a Wednesday". */
const DATE_THEN_A = new RegExp(`(?:\\d|\\b${MONTH_RE}),? a\\s+$`);

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

export function isoDate(y?: number, m?: number, d?: number): string | undefined {
  if (!y) return undefined;
  if (!m) return String(y);
  if (!d) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO prefix as far as known; undefined when the year cannot be known. */
  iso?: string;
  /** Month and day known without a year (e.g. "Feb. 9" in an undated article); or a season's middle month, of which
   * only the year is ever told ("in the spring"). */
  partial?: { month?: number; day?: number; season?: boolean };
  relative: boolean;
}

function parseYmd(y: number | undefined, monthWord: string | undefined, day: number | undefined) {
  const m = monthWord ? monthNumber(monthWord) : undefined;
  return { y, m, d: day };
}

/** Parses an ISO date string (or prefix) into numbers. */
export function parseIso(iso?: string): { y?: number; m?: number; d?: number } {
  const m = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return {};
  return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

export function shiftDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Holidays of a fixed day, [month, day]: "on Christmas Day 2015". */
const HOLIDAYS: Record<string, [number, number]> = { "Christmas Day": [12, 25], "Christmas Eve": [12, 24], "New Year's Day": [1, 1], "New Year's Eve": [12, 31], "Boxing Day": [12, 26] };
const HOLIDAY_RE = new RegExp(`\\b(${Object.keys(HOLIDAYS).join("|")})(?:,? ((?:19|20)\\d\\d))?\\b`, "g");

/** All date expressions in `text` (offsets relative to `text`), resolved against `articleDate` when relative. */
/** A season's middle month, in the northern hemisphere's reckoning the press mostly writes in. */
const SEASON_MONTHS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

export function findDates(text: string, articleDate?: string): DateMention[] {
  const out: DateMention[] = [];
  const ref = parseIso(articleDate);
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const push = (match: RegExpExecArray, iso: string | undefined, relative: boolean, partial?: DateMention["partial"]) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) return;
    taken.push([start, end]);
    out.push({ start, end, text: match[0], iso, relative, partial });
  };
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    for (const m of text.matchAll(re)) f(m as RegExpExecArray);
  };
  // seasons, a year at most: "in the summer of 2025"; "this spring", "last winter", "next autumn" of the article's year
  // or the one before or after; "in the spring" left to the side of the article its meeting is on (resolveMonth)
  // (not "the fall of Kabul")
  scan(/\b(in|this|next|last|by|during|over|until|before)(?: the)? (?:(?:early|late|mid-?) ?)?(spring|summer|autumn|fall|winter)(?: of ((?:19|20)\d\d))?\b(?! of (?!(?:19|20)\d\d))/gi, (m) => {
    const mid = SEASON_MONTHS[m[2].toLowerCase()];
    const w = m[1].toLowerCase();
    if (m[3]) push(m, m[3], false);
    else if (!ref.y || !ref.m) push(m, undefined, true, { month: mid, season: true });
    else if (w === "this") push(m, String(ref.y), true);
    else if (w === "last") push(m, String(mid >= ref.m ? ref.y - 1 : ref.y), true);
    else if (w === "next") push(m, String(mid > ref.m ? ref.y : ref.y + 1), true);
    else push(m, undefined, true, { month: mid, season: true });
  });
  // ("on Christmas Day 2015", "New Year's Day 2020": those days)
  scan(HOLIDAY_RE, (m) => {
    const md = HOLIDAYS[m[1]];
    const y = m[2] ? +m[2] : ref.y;
    push(m, y ? isoDate(y, md[0], md[1]) : undefined, !m[2], y ? undefined : { month: md[0], day: md[1] });
  });
  // "March 30, 2018", "Sept. 11-13", "Feb. 9 this year", "April 27"
  scan(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?(?:(?:st|nd|rd|th)?,?\\s+(\\d{4})|\\s+(this|last|next) year)?\\b`, "g"), (m) => {
    const { m: mo, d } = parseYmd(undefined, m[1], +m[2]);
    if (!mo || d! > 31) return;
    let y = m[3] ? +m[3] : undefined;
    if (!y && ref.y) {
      y = ref.y + (m[4] === "last" ? -1 : m[4] === "next" ? 1 : 0);
      if (!m[4] && ref.m && mo > ref.m + 3) y = ref.y - 1; // a month well after the article's: last year's
    }
    push(m, isoDate(y, mo, d), !m[3], y ? undefined : { month: mo, day: d });
  });
  // "30 March 2018"
  scan(new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})\\b`, "g"), (m) => {
    push(m, isoDate(+m[3], monthNumber(m[2]), +m[1]), false);
  });
  // "on 14 May", "12-13 October", "from 5 to 6 March" (day before month, no year): the first day, the year as for "May 14"
  // (and "9 January this year", "14 May last year": that year's)
  scan(new RegExp(`\\b(\\d{1,2})(?:\\s*(?:[-–]|to|and)\\s*\\d{1,2})?\\s+(${MONTH_RE})(?!\\s+\\d{4})\\b(?:\\s+(this|last|next) year\\b)?`, "g"), (m) => {
    const mo = monthNumber(m[2]);
    const d = +m[1];
    if (!mo || d < 1 || d > 31) return;
    let y = ref.y;
    if (y && m[3]) y += m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0;
    else if (y && ref.m && mo > ref.m + 3) y -= 1;
    push(m, isoDate(y, mo, d), true, y ? undefined : { month: mo, day: d });
  });
  // "in early June", "in mid-April", "in late 2011", "in March", "April 2018"
  // (not a month inside a hyphenated name: "Mar-a-Lago")
  // ("in July last year", "in March next year": that year's)
  scan(new RegExp(`\\b(?:(early|mid|late)[-\\s])?(${MONTH_RE})(?![-–][A-Za-z])(?:\\s+(?:of\\s+)?(\\d{4})|\\s+(last|next|this) year)?\\b`, "g"), (m) => {
    const mo = monthNumber(m[2]);
    if (!mo) return;
    if (m[2] === "May" && !m[1] && !m[3] && !m[4] && !/\b(in|by|since|until|for|of|from|to|early|mid|late)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    if (m[4]) {
      const y = ref.y ? ref.y + (m[4] === "last" ? -1 : m[4] === "next" ? 1 : 0) : undefined;
      push(m, isoDate(y, mo), true, y ? undefined : { month: mo });
      return;
    }
    let y = m[3] ? +m[3] : ref.y;
    // ("last September", "next March": the one before, or after, the article's month)
    const which = m[3] || m[1] ? undefined : text.slice(Math.max(0, m.index - 5), m.index).match(/\b(last|next|this)\s+$/i)?.[1].toLowerCase();
    if (which && ref.y && ref.m) y = which === "last" ? (mo < ref.m ? ref.y : ref.y - 1) : which === "next" ? (mo > ref.m ? ref.y : ref.y + 1) : ref.y;
    else if (!m[3] && ref.y && ref.m && mo > ref.m + 3) y = undefined; // unclear which year: leave open (see resolveMonth)
    push(m, isoDate(y, mo), !m[3], y ? undefined : { month: mo });
  });
  // "two weeks ago", "three days ago", "a month ago", "two years ago"
  // ("Forty years ago this week": that year, this month)
  scan(/\b(a hundred|twenty-five|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (day|week|month|year)s? ago(?: (?:this|that) (week|month))?\b/gi, (m) => {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    let iso: string | undefined;
    if (ref.y && ref.m) {
      const refIso = isoDate(ref.y, ref.m, ref.d ?? 15)!;
      const unit = m[2].toLowerCase();
      if (unit === "year") iso = m[3] ? isoDate(ref.y - n, ref.m) : String(ref.y - n);
      else if (unit === "month") iso = isoDate(ref.y + Math.floor((ref.m - 1 - n) / 12), ((((ref.m - 1 - n) % 12) + 12) % 12) + 1);
      else if (ref.d) iso = unit === "day" ? shiftDays(refIso, -n) : shiftDays(refIso, -7 * n).slice(0, 7);
    }
    push(m, iso, true);
  });
  // ISO dates
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => push(m, `${m[1]}-${m[2]}-${m[3]}`, false));
  // years: "in 2002", "2002 summit" (1900–2099)
  // (not a document's year: "the 1951 defence agreement", "the 1978 Camp David accords" tell of no day)
  scan(/\b(19|20)\d{2}\b/g, (m) => {
    if (/^(?:\s+(?:[A-Za-z-]+)){0,3}?\s+(?:agreement|treaty|accords?|pact|convention|constitution|resolution|law|act|declaration|protocol|charter|memorandum)s?\b/.test(text.slice(m.index + 4, m.index + 60)) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return;
    push(m, m[0], false);
  });
  // relative: "on Tuesday", "this week", "yesterday", "today", "this month", "earlier this month"
  scan(/\b(?:(?:on|last|this|next)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, (m) => {
    // (not a date's weekday set off after it: "On 21 October, a Wednesday,")
    if (DATE_THEN_A.test(text.slice(Math.max(0, m.index - 14), m.index))) return;
    // (nor the weekday of the date right after it, read with it: "on Tuesday 7 July", "on Monday, March 3" is one date,
    // from the weekday on)
    const then = text.slice(m.index + m[0].length, m.index + m[0].length + 20).match(WEEKDAY_THEN_DATE);
    const dated = then ? out.find((d) => d.start === m.index + m[0].length + then[0].indexOf(then[1])) : undefined;
    if (dated) {
      dated.start = m.index;
      dated.text = text.slice(m.index, dated.end);
      taken.push([m.index, dated.end]);
      return;
    }
    let iso: string | undefined;
    if (ref.d) {
      const refIso = isoDate(ref.y, ref.m, ref.d)!;
      const dow = new Date(`${refIso}T00:00:00Z`).getUTCDay();
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      if (/^next/i.test(m[0])) iso = shiftDays(refIso, ((want - dow + 7) % 7 || 7) + (want > dow ? 7 : 0));
      // ("last Wednesday" written on a Wednesday: a week before)
      else iso = shiftDays(refIso, -((dow - want + 7) % 7 || (/^last/i.test(m[0]) ? 7 : 0)));
    }
    push(m, iso, true);
  });
  // ("this morning", "tonight": the day itself; "last night": the day before)
  scan(/\b(yesterday|today|tomorrow|this (?:morning|afternoon|evening)|tonight|last night|this week|last week|next week|this month|last month|next month|this year|last year|next year)\b/gi, (m) => {
    let iso: string | undefined;
    const w = m[1].toLowerCase();
    if (ref.y) {
      if (w === "this year") iso = String(ref.y);
      else if (w === "last year") iso = String(ref.y - 1);
      else if (w === "next year") iso = String(ref.y + 1);
      else if (ref.m) {
        const refIso = isoDate(ref.y, ref.m, ref.d ?? 15)!;
        if (w === "this month" || w === "this week") iso = w === "this week" && ref.d ? shiftDays(refIso, -3).slice(0, 7) : isoDate(ref.y, ref.m);
        else if (w === "last month") iso = shiftDays(isoDate(ref.y, ref.m, 1)!, -1).slice(0, 7);
        else if (w === "next month") iso = shiftDays(isoDate(ref.y, ref.m, 28)!, 7).slice(0, 7);
        else if (w === "last week") iso = shiftDays(refIso, -7).slice(0, 7);
        else if (w === "next week") iso = shiftDays(refIso, 7).slice(0, 7);
        else if (ref.d) iso = w === "yesterday" || w === "last night" ? shiftDays(refIso, -1) : w === "tomorrow" ? shiftDays(refIso, 1) : refIso;
      }
    }
    push(m, iso, true);
  });
  return out.sort((a, b) => a.start - b.start);
}

/** A month named without a year ("in November", `partial`) in the year that puts it on the `when` side of the
 * article's date: behind for what happened, ahead for what is to come; undefined when neither is known. */
export function resolveMonth(d: DateMention, articleDate: string | undefined, when: "ahead" | "behind" | undefined): string | undefined {
  const ref = parseIso(articleDate);
  const mo = d.partial?.month;
  if (d.iso || !mo || !when || !ref.y || !ref.m) return d.iso;
  const y = when === "behind" ? (mo <= ref.m ? ref.y : ref.y - 1) : mo >= ref.m ? ref.y : ref.y + 1;
  return d.partial?.season ? String(y) : isoDate(y, mo, d.partial?.day);
}

/** A date written without its year ("on March 3", "in January") moved a year to the `side` of the article it must
 * be on: ahead for what is to come ("will meet in January", written in December), behind for what happened ("met on
 * March 3", written in January); its ISO prefix unchanged when it is there already or has a year of its own. */
export function yearOnSide(d: Pick<DateMention, "iso" | "relative">, articleDate: string | undefined, side: "ahead" | "behind"): string | undefined {
  const iso = d.iso;
  if (!iso || !d.relative || !articleDate || iso.length < 7) return iso;
  const ref = articleDate.slice(0, iso.length);
  if (side === "ahead" && iso < ref) return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  if (side === "behind" && iso > ref) return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return iso;
}

/** The most specific of two ISO prefixes that agree; the first when they conflict. */
export function mostSpecific(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  if (b.startsWith(a)) return b;
  return a;
}
