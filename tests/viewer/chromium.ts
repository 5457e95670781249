// Starts Debian's Chromium (no browser download) headless through playwright-core, with a fresh profile
// that is removed on close. Shared by the viewer's end-to-end tests and bench/viewer.bench.ts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ViewerProbe } from "../../viewer/src/probe-types.js";
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Chromium no longer falls back to software WebGL on its own; sigma needs WebGL.
  "--enable-unsafe-swiftshader",
  // Extra flags for experiments (e.g. a GPU machine): CHROMIUM_EXTRA_ARGS="--use-angle=gl --enable-gpu".
  ...(process.env.CHROMIUM_EXTRA_ARGS ?? "").split(/\s+/).filter(Boolean),
];

export interface Chromium {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), "backchannel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors and uncaught page errors, collected from the moment the page is created. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

type ProbeHost = { __backchannel?: ViewerProbe };

/** Waits until the viewer reports that it drew its first frame, or failed. */
export async function waitForViewer(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const p = (globalThis as unknown as ProbeHost).__backchannel;
      return Boolean(p && (p.ready || p.error));
    },
    undefined,
    { timeout, polling: 100 },
  );
  const error = await page.evaluate(() => (globalThis as unknown as ProbeHost).__backchannel?.error ?? null);
  if (error) throw new Error(`viewer failed: ${error}`);
}

/** Node-side calls into the page's read-only probe (each page function is self-contained). */
export function probeOf(page: Page) {
  return {
    counts: () => page.evaluate(() => (globalThis as unknown as ProbeHost).__backchannel!.counts()),
    selection: () => page.evaluate(() => (globalThis as unknown as ProbeHost).__backchannel!.selection()),
    path: () => page.evaluate(() => (globalThis as unknown as ProbeHost).__backchannel!.path()),
    timings: () => page.evaluate(() => (globalThis as unknown as ProbeHost).__backchannel!.timings()),
    nodePosition: (key: string) => page.evaluate((k) => (globalThis as unknown as ProbeHost).__backchannel!.nodePosition(k), key),
    nodeAttributes: (key: string) => page.evaluate((k) => (globalThis as unknown as ProbeHost).__backchannel!.nodeAttributes(k), key),
  };
}

/** Types into a search box, waits for its suggestions, and picks the first with Enter. */
export async function choose(page: Page, input: string, text: string): Promise<void> {
  await page.fill(input, text);
  await page.waitForSelector(`${input} ~ .suggestions li[role=option]`);
  await page.press(input, "Enter");
}
