// An article's publication date from its own text: a dateline near the top, else a print or "published" line,
// else unknown; and metadata dates (strings, Date objects, years) normalised to ISO 8601 prefixes.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { dateFromText, normaliseDate } from "../../src/read/article-date.js";

describe("dateFromText", () => {
  const table: [string, string | undefined, string?][] = [
    ["OSLO, May 3, 2025 — The envoys met.", "2025-05-03"],
    ["Envoys meet\n\nOSLO, May 3, 2025 — The envoys met.", "2025-05-03"],
    ["BERGEN (Nordic Wire) — 3 May 2025 — Text.", "2025-05-03"],
    ["Headline\n\nText without dates.\n\nThis article appeared in the print edition on March 30, 2018.", "2018-03-30"],
    ["Headline\n\nText.\n\nPublished: April 2, 2019", "2019-04-02"],
    ["Headline\n\nText.\n\nThe 1998 treaty was signed on June 5, 1998, long before.", undefined], // a date in the story, not a print line
    ["No date here at all.\nNone below either.", undefined],
    // a byline's time line, its weekday first
    ["Envoys meet\n\nMarta Iglesias in Lima\nMon 8 Jul 2024 11.42 BST\n\nText.", "2024-07-08"],
    ["NAIROBI, Tuesday, 7 May 2024 — Text.", "2024-05-07"],
    ["Envoys meet\n\nOSLO, May 2025 — Only a month.", undefined], // a dateline must be a full date
    [
      "Uruguayan envoy carried messages between Chile and Bolivia for months\n\nSANTIAGO, March 4, 2025 — Text.",
      "2025-03-04",
    ],
    [
      "Talks resume\n\nSix years after the summit of March 30, 2018, the envoys met again.\n\nThis article appeared in the print edition on April 2, 2024.",
      "2024-04-02",
    ],
  ];
  for (const [text, expected, todo] of table)
    it(JSON.stringify(text.slice(0, 60)), todo ? { todo } : {}, () => assert.equal(dateFromText(text), expected));
});

describe("normaliseDate", () => {
  const table: [unknown, string | undefined][] = [
    ["2025-05-03", "2025-05-03"],
    ["2025-05-03T22:10:00+09:00", "2025-05-03"],
    ["2025-05", "2025-05"],
    ["May 3, 2025", "2025-05-03"],
    ["3 May 2025", "2025-05-03"],
    [new Date(Date.UTC(2025, 4, 3)), "2025-05-03"],
    [2019, "2019"],
    [12, undefined],
    ["", undefined],
    ["soon", undefined],
    [null, undefined],
    [new Date("not a date"), undefined],
  ];
  for (const [input, expected] of table) it(`${String(input)} → ${expected}`, () => assert.equal(normaliseDate(input), expected));
});
