// Property tests (fast-check) on the text stages: for any string, and for news-like strings built from the
// words extraction rules look for, nothing throws and every offset points into the article with the same text.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { isBackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";
import { extractArticle } from "../../src/extract/extract-article.js";
import { loadNerModel } from "../../src/entities/ner/index.js";
import { parseUnit } from "../../src/read/parse-unit.js";
import type { UnitFormat } from "../../src/read/read-units.js";
import { findDates } from "../../src/text/dates.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";
import { words } from "../../src/text/words.js";

const SEED = Number(process.env.PROPERTY_SEED ?? 20240607);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);
const params = { seed: SEED, numRuns: RUNS };

/** Pieces of diplomatic news: titles, names, states, verbs, dates, punctuation, datelines, odd characters. */
const PIECES = [
  "Prime Minister", "Foreign Minister", "President", "Mr", "Mr.", "Ms", "Dr.", "Shinzo Abe", "Abe", "Kim Jong Un", "Kim",
  "Moon Jae-in", "Xi Jinping", "Wang Yi", "Japan", "Japan's", "North Korea", "the North", "South Korean", "U.S.", "China",
  "Beijing", "Pyongyang", "Geneva", "the United Nations", "the ministry", "the government", "met", "will meet", "held talks with",
  "proposed a summit", "invited", "asked", "told", "conveyed a message to", "via", "through", "signed", "the Geneva Accord",
  "his sister", "Kim Yo Jong", "in", "on", "and", "with", "said", "according to", "sources", "the Asahi", "summit", "meeting",
  "on March 3, 2019", "last week", "next month", "in 2018", "Monday", "TOKYO •", "SEOUL (Reuters) -", ".", ",", ";", "!", "?",
  "\"", "'", "“", "”", "(", ")", "—", "-", "\n", "\n\n", "\r\n", "\t", "…", "é", "İ", "ß", "🇯🇵", "👍🏽", "\u200b", "\u0301", "\ud800",
];

const newsLike = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) }), { maxLength: 80 })
  .chain((parts) => fc.array(fc.constantFrom(" ", " ", " ", "", "  "), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join("")));
const anyText = fc.string({ maxLength: 400, unit: "binary" });
const texts = fc.oneof(newsLike, anyText, fc.string({ maxLength: 200, unit: "grapheme" }));

const ner = loadNerModel();
const article = (text: string): Article => ({ id: "prop", origin: "prop.txt", text });

function assertSlice(text: string, s: { start: number; end: number; text: string }, what: string) {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${s.start}-${s.end} inside 0-${text.length}`);
  assert.equal(s.text, text.slice(s.start, s.end), `${what} text is its slice`);
}

describe("text stages: properties for any input string", () => {
  it("extractArticle never throws; every evidence is the exact slice it points to", () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, withNer) => {
        const facts = extractArticle(article(text), { ner: withNer ? ner : undefined });
        for (const r of facts.relations) {
          assert.equal(r.evidence.article, "prop");
          assertSlice(text, r.evidence, `${r.relation} evidence`);
        }
        for (const e of facts.entities) assert.ok(typeof e.key === "string" && e.key.length > 0);
      }),
      params,
    );
  });

  it("sentences are in order, do not overlap, and are their slices", () => {
    fc.assert(
      fc.property(texts, (text) => {
        let prev = 0;
        splitSentences(text).forEach((s, i) => {
          assert.equal(s.index, i);
          assert.ok(s.start >= prev, "in order, no overlap");
          assertSlice(text, s, "sentence");
          prev = s.end;
        });
      }),
      params,
    );
  });

  it("tokens and words of every sentence carry article offsets of their own text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const s of splitSentences(text)) {
          for (const t of tokenize(s.text, s.start)) assertSlice(text, t, "token");
          for (const w of words(s.text, s.start)) assertSlice(text, w, "word");
        }
      }),
      params,
    );
  });

  it("dates are the slices they point to", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, "2019-03-03", "2019"), (text, date) => {
        for (const d of findDates(text, date)) assertSlice(text, d, "date");
      }),
      params,
    );
  });

  it("reading any bytes as any format gives an article or one BackchannelError, nothing else", () => {
    const formats: UnitFormat[] = ["txt", "md", "html", "jsonl"];
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), texts.map((t) => new TextEncoder().encode(t))), fc.constantFrom(...formats), (bytes, format) => {
        try {
          const a = parseUnit({ path: "prop.x", line: format === "jsonl" ? 1 : undefined, format, bytes });
          assert.ok(a.text.trim().length > 0);
        } catch (e) {
          assert.ok(isBackchannelError(e), `not a BackchannelError: ${(e as Error)?.stack}`);
          assert.ok(!e.message.includes("\n"), "one line");
          assert.ok(e.message.startsWith("prop.x"), e.message);
        }
      }),
      params,
    );
  });
});
