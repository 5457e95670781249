// The readers of each article format, one fixture string at a time: the headline line of plain text, YAML
// front matter (good and malformed), visible HTML text without scripts, navigation or subscription boxes, JSONL lines.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseJsonlLine, readHtml, readMarkdown, readTxt, titleLine, baseId } from "../../src/read/formats.js";
import { isBackchannelError } from "../../graph/errors.js";
import { parseUnit } from "../../src/read/parse-unit.js";

/** Runs f and returns the BackchannelError it throws (failing the test when it throws nothing else). */
function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    assert.ok(isBackchannelError(e), `expected a BackchannelError, got ${String(e)}`);
    assert.equal(e.message.split("\n").length, 1, "one line");
    return { code: e.code, message: e.message };
  }
  assert.fail("expected an error");
}

describe("titleLine: a first line that reads as a headline", () => {
  const table: [string, string | undefined][] = [
    ["Envoys meet in Oslo\n\nOSLO, May 3, 2025 — The envoys met.", "Envoys meet in Oslo"],
    ["  Ceasefire talks stall  \nBody.", "Ceasefire talks stall"],
    ["The envoys met in Oslo on Monday and talked.\nMore text.", undefined], // a sentence, not a headline
    ["Only one line, no body", undefined],
    ["- a bullet item\nBody.", undefined],
    [`${"word ".repeat(30)}\nBody.`, undefined], // too long for a headline
  ];
  for (const [input, expected] of table) it(JSON.stringify(input.slice(0, 40)), () => assert.equal(titleLine(input), expected));
});

describe("readTxt", () => {
  it("takes the headline as title and the dateline as date, and keeps the text whole", () => {
    const text = "Envoys meet in Oslo\n\nOSLO, May 3, 2025 — Two envoys met on Saturday.\n";
    const a = readTxt("oslo-talks", "in/oslo-talks.txt", text);
    assert.deepEqual(a, { id: "oslo-talks", origin: "in/oslo-talks.txt", text, title: "Envoys meet in Oslo", date: "2025-05-03" });
  });
  it("leaves title and date unknown when the text has neither", () => {
    const a = readTxt("x", "x.txt", "The envoys talked for hours. Nobody said when.");
    assert.equal(a.title, undefined);
    assert.equal(a.date, undefined);
  });
  it("a .txt file that opens with YAML front matter is read as front matter, not as text", () => {
    const raw = "---\ntitle: Envoys meet in Oslo\ndate: 2025-05-03\nsource: Nordic Wire\n---\nTwo envoys met on Saturday.\n";
    const a = parseUnit({ path: "in/oslo.txt", format: "txt", bytes: new TextEncoder().encode(raw) });
    assert.equal(a.title, "Envoys meet in Oslo");
    assert.equal(a.date, "2025-05-03");
    assert.equal(a.source, "Nordic Wire");
    assert.equal(a.text.trim(), "Two envoys met on Saturday.");
  });
  it("a .txt file whose first line is only a rule, with no closing one, stays text", () => {
    const raw = "---\nTwo envoys met on Saturday.\n";
    assert.equal(parseUnit({ path: "in/x.txt", format: "txt", bytes: new TextEncoder().encode(raw) }).text, raw);
  });
  it("ids are file names without their extension", () => {
    assert.equal(baseId("/a/b/summit-report.txt"), "summit-report");
    assert.equal(baseId("C:\\news\\wire.2025.md"), "wire.2025");
  });
});

describe("readMarkdown: YAML front matter", () => {
  it("reads title, date, source and url, and the body as text", () => {
    const raw = "---\ntitle: Envoys meet in Oslo\ndate: 2025-05-03\nsource: Nordic Wire\nurl: https://example.org/a\n---\nThe envoys met.\n";
    const a = readMarkdown("a", "in/a.md", raw);
    assert.deepEqual(a, {
      id: "a", origin: "in/a.md", text: "The envoys met.\n", title: "Envoys meet in Oslo", date: "2025-05-03", source: "Nordic Wire", url: "https://example.org/a",
    });
  });
  it("an id in the front matter wins over the file name; a quoted long date is normalised", () => {
    const a = readMarkdown("file-name", "f.md", "---\nid: custom-id\ndate: \"May 3, 2025\"\n---\n# Heading title\n\nBody text.\n");
    assert.equal(a.id, "custom-id");
    assert.equal(a.date, "2025-05-03");
    assert.equal(a.title, "Heading title");
  });
  it("without a date in the front matter, the dateline gives it", () => {
    const a = readMarkdown("a", "a.md", "---\ntitle: T\n---\nBERGEN, June 2, 2024 — Text.\n");
    assert.equal(a.date, "2024-06-02");
  });
  const malformed: [string, RegExp][] = [
    ["---\ntitle: ok\nsource: a: b\n---\nBody.\n", /^in\/bad\.md:3: malformed YAML front matter \(.+\)$/],
    ["---\ntitle: \"unclosed\ndate: 2025\n---\nBody.\n", /^in\/bad\.md:\d+: malformed YAML front matter/],
    ["---\ntitle: [a, b\n---\nBody.\n", /^in\/bad\.md:\d+: malformed YAML front matter/],
  ];
  for (const [raw, re] of malformed)
    it(`malformed front matter is one EINPUT line naming file and line: ${JSON.stringify(raw.split("\n")[2])}`, () => {
      const e = thrown(() => readMarkdown("bad", "in/bad.md", raw));
      assert.equal(e.code, "EINPUT");
      assert.match(e.message, re);
    });
  it(
    "the same malformed front matter read twice fails twice",
    {},
    () => {
      const raw = "---\ntitle: twice\nsource: x: y\n---\nBody read twice.\n";
      for (let i = 0; i < 2; i++) assert.match(thrown(() => readMarkdown("t", "in/t.md", raw)).message, /^in\/t\.md:3: malformed YAML/);
    },
  );
  it("front matter with no text after it is an error naming the file", () => {
    const e = thrown(() => readMarkdown("a", "in/a.md", "---\ntitle: Only metadata\n---\n\n"));
    assert.match(e.message, /^in\/a\.md: no article text/);
  });
});

describe("readHtml: the visible article text only", () => {
  const page = `<!doctype html><html><head>
    <title>Envoys meet in Oslo | Nordic Wire</title>
    <meta property="og:site_name" content="Nordic Wire">
    <meta property="og:url" content="https://example.org/envoys">
    <meta property="article:published_time" content="2025-05-03T09:00:00Z">
    <script>var tracker = "Script Person met Hidden Minister";</script>
    <style>.x{color:red}</style>
  </head><body>
    <nav><a href="/">Home</a><a href="/world">World Menu Item</a><a href="/subscribe">Subscribe</a></nav>
    <main><article>
      <h1>Envoys meet in Oslo</h1>
      <p>Two envoys met in Oslo on Saturday and agreed to keep talking through the summer, officials said afterwards.</p>
      <p>The meeting lasted four hours and ended without a joint statement, according to people briefed on it.</p>
      <div class="promo"><p>Subscribe now to read every story without limits.</p></div>
      <noscript>Enable JavaScript Noscript Text</noscript>
    </article></main>
    <aside><h2>Related articles</h2><ul><li><a href="/b">Sidebar Headline About Markets</a></li></ul></aside>
    <footer><p>Copyright Footer Holdings</p></footer>
    <script src="/ads.js"></script>
  </body></html>`;
  const a = readHtml("envoys", "in/envoys.html", page);
  it("keeps the article's paragraphs", () => {
    assert.match(a.text, /Two envoys met in Oslo on Saturday/);
    assert.match(a.text, /ended without a joint statement/);
  });
  const excluded = ["Script Person", "World Menu Item", "Subscribe now", "Noscript Text", "Sidebar Headline", "Copyright Footer", "color:red"];
  for (const s of excluded) it(`drops boilerplate: ${s}`, () => assert.ok(!a.text.includes(s), a.text));
  it("reads title, date, source and url from the page", () => {
    assert.match(a.title ?? "", /Envoys meet in Oslo/);
    assert.equal(a.date, "2025-05-03");
    assert.equal(a.source, "Nordic Wire");
    assert.equal(a.url, "https://example.org/envoys");
  });
  it("paragraphs are separated by blank lines, so sentences never run across them", () => {
    assert.match(a.text, /afterwards\.\n\nThe meeting/);
  });
  it("a page with only schema.org JSON-LD gives its date, headline and publisher from there (a broken block is skipped)", () => {
    const ld = readHtml(
      "ld",
      "in/ld.html",
      `<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys meet in Oslo","datePublished":"2025-05-03T09:00:00+02:00","publisher":{"@type":"Organization","name":"Nordic Wire"}}</script></head><body><article><p>Two envoys met in Oslo on Saturday and agreed to keep talking through the summer, officials said afterwards.</p></article></body></html>`,
    );
    assert.deepEqual([ld.date, ld.title, ld.source], ["2025-05-03", "Envoys meet in Oslo", "Nordic Wire"]);
  });
  it("a page with no visible text is one EINPUT line naming the file", () => {
    const e = thrown(() => readHtml("x", "in/x.html", "<html><head><script>var a = 1;</script></head><body><nav></nav></body></html>"));
    assert.equal(e.code, "EINPUT");
    assert.match(e.message, /^in\/x\.html: no visible article text/);
  });
});

describe("parseJsonlLine", () => {
  it("reads a good record with its fields; origin names file and line", () => {
    const a = parseJsonlLine(JSON.stringify({ id: "w1", title: "T", date: "2025-01-02", source: "S", url: "u", text: "Body." }), "in/wire.jsonl", 7);
    assert.deepEqual(a, { id: "w1", origin: "in/wire.jsonl:7", text: "Body.", title: "T", date: "2025-01-02", source: "S", url: "u" });
  });
  it("without an id, the id is file name and line number; a numeric id is kept as text", () => {
    assert.equal(parseJsonlLine('{"text":"Body."}', "in/wire.jsonl", 4).id, "wire-4");
    assert.equal(parseJsonlLine('{"id":42,"text":"Body."}', "in/wire.jsonl", 4).id, "42");
  });
  it("reads the field names feeds and scrapers use: body/content/maintext, headline, published/pubDate/Unix time, publisher object, link", () => {
    const a = parseJsonlLine(JSON.stringify({ headline: "H", published: "2024-03-10T12:00:00Z", publisher: { name: "P" }, link: "l", body: "Body." }), "f.jsonl", 1);
    assert.deepEqual(a, { id: "f-1", origin: "f.jsonl:1", text: "Body.", title: "H", date: "2024-03-10", source: "P", url: "l" });
    assert.equal(parseJsonlLine(JSON.stringify({ pubDate: "Tue, 12 Mar 2024 08:00:00 GMT", content: "Body." }), "f.jsonl", 2).date, "2024-03-12");
    assert.equal(parseJsonlLine(JSON.stringify({ timestamp: 1710072000, maintext: "Body." }), "f.jsonl", 3).date, "2024-03-10");
    assert.equal(parseJsonlLine(JSON.stringify({ date_publish: "March 12, 2024", article: "Body." }), "f.jsonl", 4).date, "2024-03-12");
  });
  it("the date comes from the text's dateline when the record has none", () => {
    assert.equal(parseJsonlLine(JSON.stringify({ text: "OSLO, May 3, 2025 — Body." }), "w.jsonl", 1).date, "2025-05-03");
  });
  const bad: [string, RegExp][] = [
    ['{"id": "a", ', /^in\/wire\.jsonl:9: not valid JSON/],
    ["[1, 2]", /^in\/wire\.jsonl:9: expected a JSON object/],
    ['"just a string"', /^in\/wire\.jsonl:9: expected a JSON object/],
    ['{"id": "a"}', /^in\/wire\.jsonl:9: missing or empty "text" field/],
    ['{"id": "a", "text": "   "}', /^in\/wire\.jsonl:9: missing or empty "text" field/],
    ['{"id": "a", "text": 12}', /^in\/wire\.jsonl:9: missing or empty "text" field/],
  ];
  for (const [line, re] of bad)
    it(`bad line ${line} is one EINPUT line naming file and line`, () => {
      const e = thrown(() => parseJsonlLine(line, "in/wire.jsonl", 9));
      assert.equal(e.code, "EINPUT");
      assert.match(e.message, re);
    });
});
