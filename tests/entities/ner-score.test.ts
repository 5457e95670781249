// Scoring and reading CoNLL: conlleval's chunk rules for IOB1, IOB2 and IOBES, hand-computed precision,
// recall and F1, and one-line errors for malformed files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConll } from "../../src/entities/ner/conll.js";
import { SpanScorer, formatReport } from "../../src/entities/ner/score.js";
import { spansFromTagStrings, toIobesIds, TAGS } from "../../src/entities/ner/tags.js";
import { isBackchannelError } from "../../graph/errors.js";

const spans = (tags: string) => spansFromTagStrings(tags.split(" ")).map((s) => `${s.start}-${s.end}:${s.type}`);

test("chunks are read as conlleval reads them, in IOB1, IOB2 and IOBES", () => {
  const table: [string, string[]][] = [
    ["B-PER E-PER O S-LOC", ["0-2:PER", "3-4:LOC"]], // IOBES
    ["B-PER I-PER O B-LOC", ["0-2:PER", "3-4:LOC"]], // IOB2
    ["I-PER I-PER O I-LOC", ["0-2:PER", "3-4:LOC"]], // IOB1
    ["I-LOC B-LOC O", ["0-1:LOC", "1-2:LOC"]], // IOB1: B splits two adjacent LOCs
    ["B-PER I-ORG", ["0-1:PER", "1-2:ORG"]], // a type change ends a chunk
    ["O I-MISC E-MISC", ["1-3:MISC"]], // I after O starts a chunk
    ["S-ORG S-ORG", ["0-1:ORG", "1-2:ORG"]],
    ["B-PER", ["0-1:PER"]], // an unfinished chunk ends with the sentence
    ["O O", []],
  ];
  for (const [tags, expected] of table) assert.deepEqual(spans(tags), expected, tags);
});

test("IOB tags convert to well-formed IOBES ids", () => {
  const ids = toIobesIds("I-PER I-PER O B-LOC I-LOC I-LOC O I-ORG".split(" "));
  assert.deepEqual(Array.from(ids, (t) => TAGS[t]), ["B-PER", "E-PER", "O", "B-LOC", "I-LOC", "E-LOC", "O", "S-ORG"]);
});

test("precision, recall and F1 are counted on exact spans, per type and overall", () => {
  const sc = new SpanScorer();
  // gold: PER 0-2, LOC 3-4; found: PER 0-2 (right), LOC 3-5 (wrong end)
  sc.addTags("B-PER E-PER O S-LOC O".split(" "), "B-PER E-PER O B-LOC E-LOC".split(" "));
  // gold: ORG 0-1; found: ORG 0-1 (right), MISC 2-3 (spurious)
  sc.addTags("S-ORG O O".split(" "), "S-ORG O S-MISC".split(" "));
  const r = sc.report();
  assert.deepEqual([r.overall.gold, r.overall.found, r.overall.correct], [3, 4, 2]);
  assert.equal(r.overall.precision, 0.5);
  assert.equal(r.overall.recall, 2 / 3);
  assert.equal(r.overall.f1.toFixed(4), "0.5714"); // 2 * 0.5 * 0.6667 / 1.1667
  assert.equal(r.byType.LOC.f1, 0);
  assert.equal(r.byType.PER.f1, 1);
  assert.equal(r.byType.MISC.precision, 0);
  const lines = formatReport(r);
  assert.equal(lines.length, 6); // header, 4 types, overall
  assert.match(lines[5], /^overall\s+0\.5000\s+0\.6667\s+0\.5714\s+3\s+4\s+2$/);
});

test("CoNLL files: tag in the last column, -DOCSTART- splits documents", () => {
  const docs = parseConll("-DOCSTART- -X- -X- O\n\nEU NNP B-NP S-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- O\n\nBonn S-LOC\n", "x.conll");
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences.map((s) => s.tokens), [["EU", "rejects"], ["Peter"]]);
  assert.deepEqual(docs[0].sentences[0].tags, ["S-ORG", "O"]);
  assert.equal(docs[1].sentences[0].line, 10);
});

test("malformed CoNLL gives one-line errors naming the file and line", () => {
  const cases: [string, RegExp][] = [
    ["EU S-ORG\nrejects\n", /^bad\.conll:2: expected a token and a tag/],
    ["EU S-ORG\nrejects X-FOO\n", /^bad\.conll:2: "X-FOO" is not an IOB or IOBES tag/],
    ["\n\n", /^bad\.conll: holds no tokens/],
    ["EU\0S-ORG", /^bad\.conll: is a binary file/],
  ];
  for (const [text, re] of cases) {
    assert.throws(
      () => parseConll(text, "bad.conll"),
      (e: unknown) => isBackchannelError(e) && e.code === "EINPUT" && re.test(e.message) && !e.message.includes("\n"),
    );
  }
});
