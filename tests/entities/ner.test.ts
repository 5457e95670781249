// The shipped NER model: it loads (once), tags sentences written for this test, scores a small CoNLL file
// written by hand through the real CLI (IOB1, IOB2 and IOBES), rejects bad files, and holds a sane floor
// on the first 300 sentences of CoNLL-2003 testa when that data is beside the repository.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNerModel, type NerSpan } from "../../src/entities/ner/index.js";
import { parseConll } from "../../src/entities/ner/conll.js";
import { evaluateNer } from "../../src/entities/ner/evaluate.js";
import { isBackchannelError } from "../../graph/errors.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const fixtures = join(root, "tests", "fixtures", "ner");
const testa = join(root, "..", "shared", "data", "conll2003", "eng.testa");

const show = (words: string[], spans: NerSpan[]) => spans.map((s) => `${words.slice(s.start, s.end).join(" ")}/${s.type}`);

test("the shipped model loads, once", () => {
  const a = loadNerModel();
  assert.equal(loadNerModel(), a);
  assert.deepEqual(a.tagDocument([]), []);
  assert.deepEqual(a.tagDocument([[]]), [[]]);
});

test("tags people, organisations and places in sentences written for this test", () => {
  const table: [string, string[]][] = [
    ["Emmanuel Macron met Olaf Scholz in Berlin on Tuesday .", ["Emmanuel Macron/PER", "Olaf Scholz/PER", "Berlin/LOC"]],
    ["Shares of Microsoft fell after Reuters reported the deal .", ["Microsoft/ORG", "Reuters/ORG"]],
    ["The European Union and NATO will meet in Brussels .", ["European Union/ORG", "NATO/ORG", "Brussels/LOC"]],
    ["Jacinda Ardern and Rishi Sunak flew to New Delhi .", ["Jacinda Ardern/PER", "Rishi Sunak/PER", "New Delhi/LOC"]],
    ["Japan 's prime minister Fumio Kishida visited Washington last week .", ["Japan/LOC", "Fumio Kishida/PER", "Washington/LOC"]],
  ];
  const model = loadNerModel();
  const sentences = table.map(([s]) => s.split(" "));
  const found = model.tagDocument(sentences);
  table.forEach(([s, expected], i) => assert.deepEqual(show(sentences[i], found[i]), expected, s));
});

test("spans are well formed: within the sentence, ordered, not overlapping, with a known type", () => {
  const model = loadNerModel();
  const sentences = ["THE UNITED NATIONS SAID ON MONDAY", "", "joe biden met xi jinping in san francisco", "- - ' 's"].map((s) => s.split(" "));
  const found = model.tagDocument(sentences);
  found.forEach((spans, i) => {
    let last = 0;
    for (const s of spans) {
      assert.ok(s.start >= last && s.end > s.start && s.end <= sentences[i].length);
      assert.ok(["PER", "ORG", "LOC", "MISC"].includes(s.type));
      last = s.end;
    }
  });
});

function evalNer(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, "bin", "backchannel.js"), "eval", "ner", "--conll", file], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Hand count for small.*.conll: PER 3 gold, 3 found, 3 right; ORG 4/4/4; LOC 2 gold, 3 found (Wellington is
// left unlabelled in the gold file), 2 right; MISC 1 gold ("table", which no tagger should find), 0 found.
// Overall 10 gold, 10 found, 9 right: P = R = F1 = 0.9; LOC P = 2/3, F1 = 2 * (2/3) / (5/3) = 0.8.
const EXPECTED = [
  "PER      1.0000  1.0000  1.0000       3       3        3",
  "ORG      1.0000  1.0000  1.0000       4       4        4",
  "LOC      0.6667  1.0000  0.8000       2       3        2",
  "MISC     0.0000  0.0000  0.0000       1       0        0",
  "overall  0.9000  0.9000  0.9000      10      10        9",
];

for (const name of ["small.iobes.conll", "small.iob2.conll", "small.iob1.conll"]) {
  test(`eval ner on ${name} prints the hand-computed scores`, () => {
    const r = evalNer(join(fixtures, name));
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.match(lines[0], /2 documents, 4 sentences, 41 tokens/);
    assert.deepEqual(lines.slice(2, 7), EXPECTED);
    assert.match(lines[7], /^tokens\/s \d+$/);
    assert.equal(lines[8], "F1 0.900");
    assert.equal(lines.length, 9);
  });
}

test("eval ner on a malformed file fails with one line naming the file and line", () => {
  const file = join(fixtures, "malformed.conll");
  const r = evalNer(file);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr.trimEnd(), `backchannel: ${file}:5: expected a token and a tag separated by a space, got "in".`);
});

test("a missing or corrupt model file is a one-line EMODEL error", () => {
  const dir = mkdtempSync(join(tmpdir(), "ner-model-"));
  const bad = join(dir, "bad.bin.gz");
  writeFileSync(bad, "not a model");
  for (const path of [join(dir, "missing.bin.gz"), bad])
    assert.throws(
      () => loadNerModel(path),
      (e: unknown) => isBackchannelError(e) && e.code === "EMODEL" && e.message.startsWith(path) && !e.message.includes("\n"),
    );
});

test("first 300 sentences of CoNLL-2003 testa: F1 above a sane floor", { skip: !existsSync(testa) && "no ../shared data" }, () => {
  const text = readFileSync(testa, "utf8");
  const docs = parseConll(text, testa);
  const head: typeof docs = [];
  let left = 300;
  for (const d of docs) {
    if (left <= 0) break;
    head.push({ sentences: d.sentences.slice(0, left) });
    left -= head[head.length - 1].sentences.length;
  }
  assert.equal(head.reduce((n, d) => n + d.sentences.length, 0), 300);
  const ev = evaluateNer(loadNerModel(), head);
  assert.ok(ev.report.overall.f1 > 0.85, `F1 ${ev.report.overall.f1}`);
  assert.ok(ev.report.byType.PER.f1 > 0.85 && ev.report.byType.LOC.f1 > 0.85, JSON.stringify(ev.report.byType));
});
