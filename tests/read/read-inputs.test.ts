// Reading a corpus from disk: folders recursively, every format, bad inputs (empty, binary, invalid UTF-8,
// malformed front matter, bad JSONL lines, missing paths) reported as one line naming file (and line) while the
// rest is still read, and fatal under strict. Also decodeText's messages on raw bytes.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArticles } from "../../src/read/read-inputs.js";
import { decodeText, firstInvalidUtf8 } from "../../src/read/decode.js";
import { isBackchannelError, type BackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";

describe("decodeText", () => {
  const bad: [string, number[], RegExp][] = [
    ["empty", [], /^e\.txt: empty file$/],
    ["whitespace only", [0x20, 0x0a, 0x09], /^e\.txt: empty file \(only whitespace\)$/],
    ["NUL bytes", [0x41, 0x00, 0x42], /^e\.txt: binary file/],
    ["a lone 0xFF", [0x48, 0x69, 0xff, 0x21], /^e\.txt: invalid UTF-8 at byte 2$/],
    ["a truncated sequence", [0x48, 0xc3], /^e\.txt: invalid UTF-8 at byte 1$/],
    ["an overlong encoding", [0x41, 0xc0, 0xaf], /^e\.txt: invalid UTF-8 at byte 1$/],
  ];
  for (const [what, bytes, re] of bad)
    it(`${what}: one EINPUT line`, () => {
      assert.throws(() => decodeText(new Uint8Array(bytes), "e.txt"), (e: unknown) => isBackchannelError(e) && e.code === "EINPUT" && re.test(e.message));
    });
  it("drops a byte-order mark and keeps other text as it is", () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "b.txt"), "Hi");
    assert.equal(decodeText(new TextEncoder().encode("Ferrán — café ✓"), "u.txt"), "Ferrán — café ✓");
  });
  it("firstInvalidUtf8 points at the first bad byte, or the length when none", () => {
    assert.equal(firstInvalidUtf8(new TextEncoder().encode("añb")), 4);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82, 0x61])), 1);
  });
});

describe("readArticles on a folder with good and bad files", () => {
  const dir = mkdtempSync(join(tmpdir(), "backchannel-read-"));
  const rel = (s: string) => s.split(dir).join("D");
  before(() => {
    mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
    writeFileSync(join(dir, "a-plain.txt"), "Envoys meet in Oslo\n\nOSLO, May 3, 2025 — The envoys met.\n");
    writeFileSync(join(dir, "b-front.md"), "---\ntitle: Front matter\ndate: 2025-05-04\n---\nBody.\n");
    writeFileSync(join(dir, "c-bad-front.md"), "---\ntitle: ok\nsource: a: b\n---\nBody.\n");
    writeFileSync(join(dir, "d-empty.txt"), "");
    writeFileSync(join(dir, "e-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, "f-latin1.txt"), Buffer.from("Caf\xe9 talks\n\nBody.\n", "latin1"));
    writeFileSync(join(dir, "notes.csv"), "not,an,article\n");
    writeFileSync(join(dir, ".hidden.txt"), "Hidden\n\nNever read.\n");
    writeFileSync(join(dir, "README.md"), "About this corpus\n\nFive stories about envoys.\n");
    writeFileSync(join(dir, "nested", "LICENSE.txt"), "Licence\n\nMay be shared.\n");
    writeFileSync(join(dir, "nested", "g-page.html"), "<html><body><article><h1>Page</h1><p>A paragraph long enough to be an article body, written for this test only, about envoys.</p></article></body></html>");
    writeFileSync(
      join(dir, "nested", "deeper", "h-wire.jsonl"),
      [
        JSON.stringify({ id: "w1", text: "First record." }),
        "{not json",
        "",
        JSON.stringify({ id: "w2", title: "Second", text: "Second record.", date: "2025-05-06" }),
        JSON.stringify({ id: "w3" }),
      ].join("\n") + "\n",
    );
  });

  let lenient: { articles: Article[]; problems: string[] };
  before(async () => {
    lenient = await readAll(false); // once: gray-matter caches what it has seen (see formats.test.ts)
  });

  async function readAll(strict: boolean) {
    const articles: Article[] = [];
    const problems: string[] = [];
    for await (const a of readArticles([dir], { strict, onProblem: (e: BackchannelError) => problems.push(rel(e.message)) })) articles.push(a);
    return { articles, problems };
  }

  it("reads every good article, recursively, skipping other extensions, hidden files and the folder's README and LICENSE", async () => {
    const { articles } = lenient;
    const byId = new Map(articles.map((a) => [a.id, a]));
    assert.deepEqual([...byId.keys()].sort(), ["a-plain", "b-front", "g-page", "w1", "w2"]);
    assert.deepEqual(articles.map((a) => rel(a.origin)).sort(), ["D/a-plain.txt", "D/b-front.md", "D/nested/deeper/h-wire.jsonl:1", "D/nested/deeper/h-wire.jsonl:4", "D/nested/g-page.html"]);
    assert.equal(byId.get("a-plain")!.date, "2025-05-03");
    assert.equal(byId.get("w2")!.title, "Second");
    assert.equal(byId.get("w2")!.date, "2025-05-06");
  });

  it("reports each bad input once, as one line naming the file (and line)", async () => {
    const { problems } = lenient;
    assert.deepEqual(
      problems.map((p) => p.match(/^[^:]+(?::\d+)?: [^(]*?(?= \(|,|$)/)?.[0]).sort(),
      [
        "D/c-bad-front.md:3: malformed YAML front matter",
        "D/d-empty.txt: empty file",
        "D/e-binary.txt: binary file",
        "D/f-latin1.txt: invalid UTF-8 at byte 3",
        "D/nested/deeper/h-wire.jsonl:2: not valid JSON",
        'D/nested/deeper/h-wire.jsonl:5: missing or empty "text" field',
      ],
    );
    for (const p of problems) assert.equal(p.split("\n").length, 1);
  });

  it("a README named on the command line is read", async () => {
    const named: Article[] = [];
    for await (const a of readArticles([join(dir, "README.md")], { strict: true, onProblem: () => {} })) named.push(a);
    assert.deepEqual(named.map((a) => a.id), ["README"]);
  });

  it("strict makes a bad input fatal, with the same one-line message", async () => {
    const { problems } = lenient;
    await assert.rejects(readAll(true), (e: unknown) => isBackchannelError(e) && problems.includes(rel(e.message)));
  });

  it("a missing input is a problem naming it, not a crash", async () => {
    const problems: string[] = [];
    const got: Article[] = [];
    for await (const a of readArticles([join(dir, "missing-folder")], { strict: false, onProblem: (e) => problems.push(rel(e.message)) })) got.push(a);
    assert.deepEqual(got, []);
    assert.deepEqual(problems, ["D/missing-folder: cannot read (no such file or folder)"]);
  });

  it("a JSONL line with invalid UTF-8 is reported with its line number; the other lines are read", async () => {
    const file = join(dir, "nested", "utf8.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from('{"id":"ok1","text":"Fine."}\n{"id":"bad","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"ok2","text":"Fine too."}\n')]));
    const problems: string[] = [];
    const ids: string[] = [];
    for await (const a of readArticles([file], { strict: false, onProblem: (e) => problems.push(rel(e.message)) })) ids.push(a.id);
    assert.deepEqual(ids, ["ok1", "ok2"]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^D\/nested\/utf8\.jsonl:2: invalid UTF-8\b/);
  });
});
