// Dates in text: absolute ones to ISO 8601 prefixes, relative ones ("on Tuesday", "this week", "early June",
// "Feb. 9 this year") resolved against the article's date, and left open when the year cannot be known.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findDates, isoDate, mostSpecific, parseIso, resolveMonth } from "../../src/text/dates.js";

/** The first date found in `text`, as "matched text=iso". */
const first = (text: string, ref?: string) => {
  const d = findDates(text, ref)[0];
  return d ? `${d.text}=${d.iso ?? "?"}` : "none";
};

describe("absolute dates", () => {
  const table: [string, string][] = [
    ["They met on March 30, 2018 in Oslo.", "March 30, 2018=2018-03-30"],
    ["They met on 30 March 2018.", "30 March 2018=2018-03-30"],
    ["signed on Sept. 12, 2024.", "Sept. 12, 2024=2024-09-12"],
    ["The 2018-04-27 summit.", "2018-04-27=2018-04-27"],
    ["in April 2018", "April 2018=2018-04"],
    ["in November of 2024", "November of 2024=2024-11"],
    ["the 2002 summit", "2002=2002"],
    ["in late 2011", "2011=2011"],
    ["They may meet again.", "none"], // the modal verb is not the month
    ["He was born in 1850.", "none"], // years outside 1900–2099 are not matched
  ];
  for (const [text, expected] of table) it(text, () => assert.equal(first(text), expected));
  it("dates without a year found without an article date are partial, not guessed", () => {
    const [d] = findDates("on Feb. 9", undefined);
    assert.equal(d.iso, undefined);
    assert.deepEqual(d.partial, { month: 2, day: 9 });
  });
});

describe("relative dates against the article's date (Thursday 2025-05-22)", () => {
  const ref = "2025-05-22";
  const table: [string, string, string?][] = [
    ["The envoys met on Tuesday.", "on Tuesday=2025-05-20"],
    ["The envoys met on Thursday.", "on Thursday=2025-05-22"],
    ["They talked last Friday.", "last Friday=2025-05-16"],
    ["They talked last Thursday.", "last Thursday=2025-05-15"], // the article's own weekday: a week before
    ["They met this week.", "this week=2025-05"],
    ["They met yesterday.", "yesterday=2025-05-21"],
    ["They meet today.", "today=2025-05-22"],
    ["They meet tomorrow.", "tomorrow=2025-05-23"],
    ["They met last month.", "last month=2025-04"],
    ["They meet next month.", "next month=2025-06"],
    ["They meet next week.", "next week=2025-05"],
    ["They met this month.", "this month=2025-05"],
    ["a summit in early June", "early June=2025-06"],
    ["a visit in mid-April", "mid-April=2025-04"],
    ["in May", "May=2025-05"],
    ["on Feb. 9 this year", "Feb. 9 this year=2025-02-09"],
    ["on Feb. 9 last year", "Feb. 9 last year=2024-02-09"],
    // a month with the year named relative to the article's
    ["They last met in Kuala Lumpur in July last year.", "July last year=2024-07"],
    ["a visit in March next year", "March next year=2026-03"],
    ["on April 27", "April 27=2025-04-27"],
    ["on November 3", "November 3=2024-11-03"], // well after May: last year's
    ["next year", "next year=2026"],
    ["They will meet next Friday.", "next Friday=2025-05-30"],
    // the day before the month, as British papers write it
    ["They met in Brussels on 14 May.", "14 May=2025-05-14"],
    ["talks on 12-13 October", "12-13 October=2024-10-12"], // well after May: last year's
    ["a visit from 5 to 6 May", "5 to 6 May=2025-05-05"],
    // "last" and "next" before a month: the one before, or after, the article's month
    ["They met last September.", "September=2024-09"],
    ["They met last March.", "March=2025-03"],
    ["They will meet next March.", "March=2026-03"],
    ["They will meet next September.", "September=2025-09"],
    // so long ago
    ["They met three days ago.", "three days ago=2025-05-19"],
    ["They met two weeks ago.", "two weeks ago=2025-05"],
    ["They met a month ago.", "a month ago=2025-04"],
    ["They met seven months ago.", "seven months ago=2024-10"],
    ["Forty years ago this week, they met.", "Forty years ago this week=1985-05"],
    ["They met fifty years ago.", "fifty years ago=1975"],
    ["They met two years ago.", "two years ago=2023"],
  ];
  for (const [text, expected, todo] of table) it(text, todo ? { todo } : {}, () => assert.equal(first(text, ref), expected));

  it("a week day crossing a year boundary: Monday before Wednesday 2025-01-01", () => {
    assert.equal(first("They met on Monday.", "2025-01-01"), "on Monday=2024-12-30");
  });
  it("a month well after the article's month is left open rather than guessed", () => {
    assert.equal(first("a summit in December", ref), "December=?");
  });
  it("a month left open takes the year its meeting's side of the article says: behind for one held, ahead for one to come", () => {
    const [d] = findDates("a summit in December", ref);
    assert.equal(resolveMonth(d, ref, "behind"), "2024-12");
    assert.equal(resolveMonth(d, ref, "ahead"), "2025-12");
    assert.equal(resolveMonth(d, ref, undefined), undefined);
    assert.equal(resolveMonth(findDates("in early June", ref)[0], ref, "behind"), "2025-06"); // known already: kept
  });
  it("a season is a year at most: its own ('in the summer of 2025'), the article's side's ('in the spring'), or this, last or next one's; not 'the fall of Kabul'", () => {
    assert.equal(first("talks in the summer of 2019", ref), "in the summer of 2019=2019");
    assert.equal(first("a visit next spring", "2025-11-20"), "next spring=2026");
    assert.equal(first("a visit this autumn", "2025-03-01"), "this autumn=2025");
    const [d] = findDates("an invitation to visit Russia in the spring", "2025-11-20");
    assert.equal(resolveMonth(d, "2025-11-20", "ahead"), "2026");
    assert.equal(resolveMonth(d, "2025-11-20", "behind"), "2025");
    assert.equal(findDates("after the fall of Kabul", "2025-11-20").length, 0);
  });
  it("an article dated to the month only resolves months but not week days", () => {
    assert.equal(first("in early June", "2025-05"), "early June=2025-06");
    assert.equal(first("on Tuesday", "2025-05"), "on Tuesday=?");
  });
  it("offsets point at the date in the text", () => {
    const text = "Envoys said on Friday that talks in early June were possible.";
    for (const d of findDates(text, ref)) assert.equal(text.slice(d.start, d.end), d.text);
    assert.deepEqual(findDates(text, ref).map((d) => d.text), ["on Friday", "early June"]);
  });
});

describe("ISO helpers", () => {
  it("isoDate, parseIso and mostSpecific", () => {
    assert.equal(isoDate(2018), "2018");
    assert.equal(isoDate(2018, 4), "2018-04");
    assert.equal(isoDate(2018, 4, 7), "2018-04-07");
    assert.equal(isoDate(undefined, 4, 7), undefined);
    assert.deepEqual(parseIso("2018-04"), { y: 2018, m: 4, d: undefined });
    assert.deepEqual(parseIso("soon"), {});
    assert.equal(mostSpecific("2018", "2018-04-27"), "2018-04-27");
    assert.equal(mostSpecific("2018-04", "2019"), "2018-04"); // conflict: the first wins
    assert.equal(mostSpecific(undefined, "2018"), "2018");
  });
});
