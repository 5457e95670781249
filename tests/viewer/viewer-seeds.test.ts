// The viewer on the real five-article story: build ../shared/seeds through the CLI, serve it with
// `backchannel view`, and check the scenarios people will try first in headless Chromium.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { choose, collectErrors, launchChromium, probeOf, waitForViewer, type Chromium } from "./chromium.js";
import { ROOT, runCli, startView, type RunningView } from "./serve-cli.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const SHOTS = join(ROOT, "test-output", "viewer");

describe("viewer on the seeds' graph", () => {
  let out: string;
  let view: RunningView;
  let chromium: Chromium;
  let page: Page;
  let errors: string[];
  let seedText: string;

  before(async () => {
    out = await mkdtemp(join(tmpdir(), "bc-seeds-view-"));
    const built = await runCli(["build", SEEDS, "--out", out, "--no-progress"]);
    assert.equal(built.code, 0, `build failed: ${built.stderr}`);
    const files = (await readdir(SEEDS)).filter((f) => f.endsWith(".txt"));
    seedText = (await Promise.all(files.map((f) => readFile(join(SEEDS, f), "utf8")))).join("\n");
    view = await startView([out]);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    errors = collectErrors(page);
    await page.goto(view.url);
    await waitForViewer(page);
  });
  after(async () => {
    await chromium?.close();
    await view?.stop();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it("loads with no console errors and draws the canvas", async () => {
    const counts = await probeOf(page).counts();
    assert.ok(counts.nodes > 10 && counts.visibleEdges > 10, JSON.stringify(counts));
    const drawn = await page.evaluate(() => (globalThis as any).__backchannel.drawnPixels());
    assert.ok(drawn.nodes > 1000 && drawn.edges > 500, JSON.stringify(drawn));
    assert.deepEqual(errors, []);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "seeds.png") });
  });

  it('searching "Chongryon" opens its panel with the sentence from the article', async () => {
    await choose(page, "#search-input", "Chongryon");
    await page.waitForSelector("#panel:not([hidden]) .panel-title");
    const panel = (await page.textContent("#panel")) ?? "";
    assert.match(panel, /Chongryon/);
    const quotes = await page.$$eval("#panel .evidence-text", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(quotes.length > 0, "some evidence is shown");
    assert.ok(quotes.every((q) => seedText.includes(q)), "every evidence sentence is verbatim from a seed article");
    assert.ok(quotes.some((q) => /Chongryon|General Association of Korean Residents/.test(q)), quotes.join(" | "));
    assert.ok((await page.locator("#panel .evidence-text mark").count()) > 0, "names are marked");
    await page.screenshot({ path: join(SHOTS, "seeds-chongryon.png") });
    await page.keyboard.press("Escape");
  });

  it("the relation filter hides edges", async () => {
    const before = await probeOf(page).counts();
    const id = await page.locator("input[name=relation]:checked").first().getAttribute("id");
    const first = page.locator(`#${id}`);
    await first.uncheck();
    const during = await probeOf(page).counts();
    assert.ok(during.visibleEdges < before.visibleEdges, `${during.visibleEdges} < ${before.visibleEdges}`);
    await first.check();
    assert.deepEqual(await probeOf(page).counts(), before);
  });

  it("the path finder connects Japan and North Korea", async () => {
    await choose(page, "#path-from", "Japan");
    await choose(page, "#path-to", "North Korea");
    await page.waitForSelector("#path-result .path-chain");
    const path = await probeOf(page).path();
    assert.ok(path, "a path was found");
    const label = async (k: string) => (await probeOf(page).nodeAttributes(k))?.label;
    assert.equal(await label(path.from), "Japan");
    assert.equal(await label(path.to), "North Korea");
    assert.ok(path.example.length >= 2 && path.edges.length >= 1);
    await page.screenshot({ path: join(SHOTS, "seeds-path.png") });
  });
});
