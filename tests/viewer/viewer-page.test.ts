// End-to-end scenarios for the viewer page in real headless Chromium, on the sample graph written in
// tests/fixtures: loading, drawing, search and panel evidence, clicks, filters, path finder, keyboard,
// hostile text, and the static copy opened from disk.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { writeStaticViewer } from "../../src/cli/view/static-copy.js";
import { choose, collectErrors, launchChromium, probeOf, waitForViewer, type Chromium } from "./chromium.js";
import { ROOT, startView, writeGraphDir, type RunningView } from "./serve-cli.js";

const SHOTS = join(ROOT, "test-output", "viewer");

describe("viewer page (sample graph)", () => {
  let dir: string;
  let view: RunningView;
  let chromium: Chromium;
  let page: Page;
  let errors: string[];

  before(async () => {
    dir = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-page-")), sampleGraph());
    view = await startView([dir]);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    errors = collectErrors(page);
    await page.goto(view.url);
    await waitForViewer(page);
  });
  after(async () => {
    await chromium?.close();
    await view?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the graph with no console errors, articles hidden by default", async () => {
    const counts = await probeOf(page).counts();
    const g = sampleGraph();
    assert.equal(counts.nodes, g.order);
    assert.equal(counts.edges, g.size);
    const articles = g.filterNodes((_n, a) => a.kind === "Article").length;
    const provenance = g.filterEdges((_e, a) => a.relation === "MENTIONED_IN").length;
    assert.equal(counts.visibleNodes, g.order - articles);
    assert.equal(counts.visibleEdges, g.size - provenance);
    assert.deepEqual(errors, []);
  });

  it("draws nodes, edges and labels on the canvas", async () => {
    const drawn = await page.evaluate(() => (globalThis as any).__backchannel.drawnPixels());
    assert.ok(drawn.nodes > 200, `node pixels: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.edges > 200, `edge pixels: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.labels > 50, `label pixels: ${JSON.stringify(drawn)}`);
  });

  it("finds a node by alias and shows its evidence with the names marked", async () => {
    await choose(page, "#search-input", "Vell");
    await page.waitForSelector("#panel:not([hidden]) .panel-title");
    assert.equal(await page.textContent("#panel .panel-title"), "Ada Vell");
    assert.equal((await probeOf(page).selection()).node, "person:ada-vell");
    const quotes = await page.$$eval("#panel .evidence-text", (els) => els.map((e) => e.textContent));
    assert.ok(quotes.includes("Vell met Tam in Port Arlen on 3 May 2021."), quotes.join(" | "));
    const marks = await page.$$eval("#panel .evidence-text mark", (els) => els.map((e) => e.textContent));
    assert.ok(marks.includes("Ada Vell") && marks.includes("Tam"), marks.join(","));
    const sources = await page.$$eval("#panel .evidence-source", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(sources.some((s) => s.includes("Talks in Port Arlen") && s.includes("2021-05-04")), sources.join(" | "));
    assert.match((await page.textContent("#panel")) ?? "", /Foreign Minister/);
    assert.match((await page.textContent("#panel")) ?? "", /held · 2021-05-03/);
  });

  it("closes the panel with Escape", async () => {
    await page.focus("#search-input");
    await page.keyboard.press("Escape");
    assert.equal(await page.isHidden("#panel"), true);
    assert.equal((await probeOf(page).selection()).node, null);
  });

  it("opens a node's panel when it is clicked on the canvas", async () => {
    await page.click("#fit-view");
    await page.waitForTimeout(700);
    const at = await probeOf(page).nodePosition("place:port-arlen");
    assert.ok(at);
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => (globalThis as any).__backchannel.selection().hovered === "place:port-arlen");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector("#panel:not([hidden]) .panel-title");
    assert.equal(await page.textContent("#panel .panel-title"), "Port Arlen");
    await page.keyboard.press("Escape");
  });

  it("hides a relation's edges when it is unticked", async () => {
    const before = await probeOf(page).counts();
    await page.uncheck("#relation-HOLDS_OFFICE");
    const during = await probeOf(page).counts();
    const holds = sampleGraph().filterEdges((_e, a) => a.relation === "HOLDS_OFFICE").length;
    assert.equal(during.visibleEdges, before.visibleEdges - holds);
    await page.check("#relation-HOLDS_OFFICE");
    assert.deepEqual(await probeOf(page).counts(), before);
  });

  it("hides a kind from the legend and a meeting status from the filters", async () => {
    const before = await probeOf(page).counts();
    await page.click('.legend-item[data-kind="Person"]');
    assert.equal(await page.getAttribute('.legend-item[data-kind="Person"]', "aria-pressed"), "false");
    assert.equal((await probeOf(page).counts()).visibleNodes, before.visibleNodes - 2);
    await page.click('.legend-item[data-kind="Person"]');
    await page.uncheck("#status-proposed");
    assert.equal((await probeOf(page).counts()).visibleNodes, before.visibleNodes - 1);
    await page.check("#status-proposed");
    assert.deepEqual(await probeOf(page).counts(), before);
  });

  it("connects two entities by their shortest paths", async () => {
    await choose(page, "#path-from", "Harbour Office");
    await choose(page, "#path-to", "Port Arlen");
    await page.waitForSelector("#path-result .path-chain");
    const path = await probeOf(page).path();
    assert.ok(path, "a path was found");
    assert.equal(path.example[0], "organization:harbour-office");
    assert.equal(path.example.at(-1), "place:port-arlen");
    // Harbour Office → Freedonia → (Ada Vell | Rufus Tam) → Vell–Tam meeting → Port Arlen
    assert.equal(path.example.length, 5);
    assert.equal(path.count, 2);
    assert.ok(path.nodes.includes("person:ada-vell") && path.nodes.includes("person:rufus-tam"));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "sample-path.png") });
    await page.click("#path-clear");
    assert.equal(await probeOf(page).path(), null);
  });

  it("shows an edge's evidence from the panel", async () => {
    await choose(page, "#search-input", "Harbour Accord");
    await page.click("#panel .relation-item .edge-link");
    await page.waitForFunction(() => (globalThis as any).__backchannel.selection().edge !== null);
    assert.equal(await page.textContent("#panel .panel-title"), "SIGNED");
    assert.match((await page.textContent("#panel .evidence-text")) ?? "", /The Harbour Accord was signed by both governments\./);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "sample-edge.png") });
    await page.keyboard.press("Escape");
  });

  it("shows only one article's facts when it is picked", async () => {
    await page.selectOption("#article-filter", "a1");
    const counts = await probeOf(page).counts();
    assert.ok(counts.visibleEdges > 0);
    await page.selectOption("#article-filter", "");
  });
});

describe("viewer page (hostile text, static copy from disk)", () => {
  let out: string;
  let chromium: Chromium;

  before(async () => {
    out = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-awkward-")), awkwardGraph());
    await writeStaticViewer(out);
    chromium = await launchChromium();
  });
  after(async () => {
    await chromium?.close();
    await rm(out, { recursive: true, force: true });
  });

  it("opens from file:// (graph.js fallback) and never renders text as HTML", async () => {
    const page = await chromium.context.newPage();
    const errors = collectErrors(page);
    await page.goto(pathToFileURL(join(out, "viewer", "index.html")).href);
    await waitForViewer(page);
    assert.equal((await probeOf(page).counts()).nodes, awkwardGraph().order);
    await choose(page, "#search-input", "Ampersand");
    await page.waitForSelector("#panel:not([hidden]) .panel-title");
    assert.equal(await page.textContent("#panel .panel-title"), "Ampersand & <angle> </brackets>");
    assert.equal(await page.locator("angle, brackets").count(), 0, "no element made from text");
    // Fetching graph.json is refused on file://; that one console line is expected, nothing else.
    assert.deepEqual(errors.filter((e) => !/graph\.json|Failed to load resource|CORS|Fetch API/i.test(e)), []);
    await page.close();
  });
});
