// Bad input through the real CLI: each awkward file sits in a temp corpus beside one good article. Without
// --strict the build succeeds, says one line naming the file (and line) and the cause, and builds the rest;
// with --strict that line is fatal. Inputs that are merely odd (scripts in HTML, another language) just build.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, corpusWithGoodArticle, FIXTURES, lines, readGraph, type CliRun } from "./support.js";

interface BadCase {
  name: string;
  /** Writes the bad input into `corpus`; returns the path the message must name. */
  make: (corpus: string) => string;
  /** The cause, after `PATH[:LINE]: `. */
  cause: RegExp;
  /** A line number the message must carry (JSONL, front matter). */
  line?: boolean;
}

const MB = 1024 * 1024;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const CASES: BadCase[] = [
  { name: "an empty file", make: (c) => write(c, "empty.txt", ""), cause: /^empty file/ },
  { name: "a whitespace-only file", make: (c) => write(c, "blank.md", " \n\t\n"), cause: /^empty file/ },
  { name: "a binary file", make: (c) => write(c, "photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), cause: /^binary file/ },
  {
    name: "invalid UTF-8",
    make: (c) => write(c, "latin1.txt", Buffer.concat([Buffer.from("Foreign Minister "), Buffer.from([0xe9, 0x20]), Buffer.from("met the envoy.")])),
    cause: /^invalid UTF-8 at byte 17$/,
  },
  {
    name: "a 50 MB single article",
    make: (c) => write(c, "dump.txt", Buffer.alloc(50 * MB, "The envoy met the minister. ")),
    cause: /^the file is 50\.0 MB, over the 5\.0 MB limit for one article \(--max-article-mb\); skipped$/,
  },
  {
    name: "malformed YAML front matter",
    make: (c) => copy(join(FIXTURES, "bad-front-matter.md"), c, "front.md"),
    cause: /^malformed YAML front matter \(.+\)$/,
    line: true,
  },
  {
    name: "a bad line in a JSONL",
    make: (c) => write(c, "feed.jsonl", [jsonl("j1", "Prime Minister Magnus Berg met President Xi Jinping in Shanghai."), "{not json", jsonl("j3", "Foreign Minister Wang Yi visited Bergen.")].join("\n") + "\n"),
    cause: /^not valid JSON \(.+\)$/,
    line: true,
  },
  {
    name: "a JSONL line of 10 MB",
    make: (c) => write(c, "big.jsonl", [jsonl("b1", "Prime Minister Magnus Berg met President Xi Jinping in Beijing."), jsonl("b2", "x".repeat(10 * MB)), jsonl("b3", "Foreign Minister Wang Yi visited Oslo.")].join("\n")),
    cause: /^the line is 10\.0 MB, over the 5\.0 MB limit for one article \(--max-article-mb\); skipped$/,
    line: true,
  },
  {
    name: "invalid UTF-8 in a JSONL line",
    make: (c) => write(c, "mixed.jsonl", Buffer.concat([Buffer.from(jsonl("m1", "Envoys met in Oslo.") + "\n" + '{"id":"m2","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')])),
    cause: /^invalid UTF-8 at byte 22 of the line$/,
    line: true,
  },
  {
    name: "a symbolic link loop in a folder",
    make: (c) => {
      mkdirSync(join(c, "sub"));
      symlinkSync("..", join(c, "sub", "up"));
      return join(c, "sub", "up");
    },
    cause: /^symbolic link loop \(already read as .+\); skipped$/,
  },
  {
    name: "a symbolic link to itself",
    make: (c) => {
      symlinkSync("self.txt", join(c, "self.txt"));
      return join(c, "self.txt");
    },
    cause: /^cannot read \(symbolic link loop\)$/,
  },
];

const write = (dir: string, name: string, data: string | Buffer) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const copy = (from: string, dir: string, name: string) => {
  copyFileSync(from, join(dir, name));
  return join(dir, name);
};
const jsonl = (id: string, text: string) => JSON.stringify({ id, text });
const warnings = (r: CliRun) => lines(r.stderr).filter((l) => l.startsWith("warning: "));
const articleKeys = (out: string) => readGraph(out).nodes.filter((n) => n.attributes.kind === "Article").map((n) => n.key);

function assertOneLine(r: CliRun, prefix: string, path: string, c: BadCase) {
  const all = lines(r.stderr).filter((l) => l.startsWith(prefix));
  assert.equal(all.length, 1, `one ${prefix} line expected, got:\n${r.stderr}`);
  const m = all[0].match(new RegExp(`^${escape(prefix)}${escape(path)}(:\\d+)?: (.*)$`));
  assert.ok(m, `the line names ${path}: ${all[0]}`);
  if (c.line) assert.ok(m[1], `the line carries a line number: ${all[0]}`);
  assert.match(m[2], c.cause);
}

describe("build: bad input gives one line and the rest is built", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { corpus, out } = corpusWithGoodArticle("bad");
      const path = c.make(corpus);
      const r = cli(["build", corpus, "--out", out, "--jobs", "1"]);
      assert.equal(r.status, 0, r.stderr);
      assertOneLine(r, "warning: ", path, c);
      assert.ok(articleKeys(out).includes("article:good"), "the good article is built");
      const strict = cli(["build", corpus, "--out", join(out, "strict"), "--jobs", "1", "--strict"]);
      assert.equal(strict.status, 1, `--strict fails: ${strict.stderr}`);
      assertOneLine(strict, "backchannel: ", path, c);
    });
  }

  it("the lines of a JSONL after a bad or overlong line are built", () => {
    const { corpus, out } = corpusWithGoodArticle("jsonl");
    CASES.find((c) => c.name === "a JSONL line of 10 MB")!.make(corpus);
    CASES.find((c) => c.name === "a bad line in a JSONL")!.make(corpus);
    assert.equal(cli(["build", corpus, "--out", out, "--jobs", "1"]).status, 0);
    assert.deepEqual(articleKeys(out).sort(), ["article:b1", "article:b3", "article:good", "article:j1", "article:j3"]);
  });

  it("an unreadable file (chmod 000)", (t) => {
    const { root, corpus, out } = corpusWithGoodArticle("unreadable");
    const path = write(corpus, "locked.txt", "Foreign Minister Wang Yi visited Oslo.");
    chmodSync(path, 0o000);
    // root reads a chmod 000 file anyway: run the CLI as the unprivileged user "nobody" instead
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot) {
      chmodSync(root, 0o777);
      chmodSync(corpus, 0o755);
      if (cli(["--version"], user).status !== 0) return t.skip("running as root and cannot switch to user nobody, so chmod 000 cannot make a file unreadable");
    }
    const c: BadCase = { name: "unreadable", make: () => path, cause: /^cannot read \(permission denied\)$/ };
    const r = cli(["build", corpus, "--out", out, "--jobs", "1"], user);
    assert.equal(r.status, 0, r.stderr);
    assertOneLine(r, "warning: ", path, c);
    assert.deepEqual(articleKeys(out), ["article:good"]);
    const strict = cli(["build", corpus, "--out", join(out, "strict"), "--jobs", "1", "--strict"], user);
    assert.equal(strict.status, 1);
    assertOneLine(strict, "backchannel: ", path, c);
  });
});

describe("build: odd but readable input", () => {
  let corpus: string;
  let out: string;
  let run: CliRun;
  before(() => {
    ({ corpus, out } = corpusWithGoodArticle("odd"));
    copy(join(FIXTURES, "page-with-scripts.html"), corpus, "page.html");
    copy(join(FIXTURES, "non-english.txt"), corpus, "fremd.txt");
    copy(join(corpus, "good.txt"), corpus, "good-copy.txt");
    // the same text in another wrapper: front matter with the same body
    write(corpus, "wrapped.md", `---\ntitle: Ministers meet\n---\n${readFixture("good-article.txt")}`);
    run = cli(["build", corpus, "--out", out, "--jobs", "2", "--strict"]);
  });

  it("builds with --strict and two workers, warning about nothing", () => {
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(warnings(run), []);
  });

  it("HTML: script, style and noscript text never reaches the graph; the article does", () => {
    const text = JSON.stringify(readGraph(out));
    for (const s of ["Scriptov", "Payloadov", "Inlinescript", "Stylus", "Sheetson", "Noscripta", "analytics", "document.write"]) assert.ok(!text.includes(s), s);
    const page = readGraph(out).nodes.filter((n) => n.attributes.articles?.includes("page") && n.attributes.kind === "Person");
    assert.ok(page.some((n) => /halvorsen/.test(n.key)), "people of the article body are found");
  });

  it("a non-English article builds, with few entities", () => {
    const g = readGraph(out);
    assert.ok(g.nodes.some((n) => n.key === "article:fremd"));
    const own = g.nodes.filter((n) => n.attributes.kind !== "Article" && n.attributes.articles?.length === 1 && n.attributes.articles[0] === "fremd");
    assert.ok(own.length <= 10, `${own.length} entities from a German/Japanese/Russian article: ${own.map((n) => n.key).join(", ")}`);
  });

  it("the same article twice under two names is read once, with a one-line note each", () => {
    const notes = lines(run.stderr).filter((l) => l.startsWith("note: "));
    assert.equal(notes.length, 2, run.stderr);
    assert.ok(notes.some((l) => l === `note: ${join(corpus, "good.txt")}: same content as ${join(corpus, "good-copy.txt")}; read once`), notes.join("\n"));
    assert.ok(notes.some((l) => l.startsWith(`note: ${join(corpus, "wrapped.md")}: same text as `)), notes.join("\n"));
    const articles = readGraph(out).nodes.filter((n) => n.attributes.kind === "Article").map((n) => n.key).sort();
    assert.deepEqual(articles, ["article:fremd", "article:good-copy", "article:page"]);
  });
});

function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}
