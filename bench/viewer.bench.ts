// Viewer speed in headless Chromium (software WebGL unless CHROMIUM_EXTRA_ARGS enables a GPU): time to first
// render and frames per second while dragging the graph, for the seeds' graph and a synthetic 100k/300k one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, probeOf, waitForViewer } from "../tests/viewer/chromium.js";
import { ROOT, runCli, startView, type RunningView } from "../tests/viewer/serve-cli.js";

export interface ViewerBenchOptions {
  panSeconds: number;
  syntheticNodes: number;
}

export const DEFAULT_VIEWER_BENCH: ViewerBenchOptions = { panSeconds: 4, syntheticNodes: 100_000 };

/** Counts animation frames in the page (a string: this file is compiled without the DOM library). */
const FRAME_COUNTER = "window.__frames = 0; (function tick() { window.__frames++; requestAnimationFrame(tick); })();";

interface Figures {
  label: string;
  firstRenderMs: number;
  steps: Record<string, number>;
  fps: number;
  renders: number;
}

async function measure(url: string, label: string, o: ViewerBenchOptions): Promise<Figures> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(url, { timeout: 300_000 });
    await waitForViewer(page, 300_000);
    const t = await probeOf(page).timings();
    const box = (await page.locator("#graph").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.evaluate(FRAME_COUNTER);
    const rendersBefore = (await probeOf(page).timings()).renders;
    const framesBefore = await page.evaluate(() => (globalThis as unknown as { __frames: number }).__frames);
    const started = Date.now();
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    let i = 0;
    while (Date.now() - started < o.panSeconds * 1000) {
      i++;
      await page.mouse.move(cx + Math.sin(i / 10) * box.width * 0.3, cy + Math.cos(i / 13) * box.height * 0.3);
    }
    await page.mouse.up();
    const seconds = (Date.now() - started) / 1000;
    const frames = (await page.evaluate(() => (globalThis as unknown as { __frames: number }).__frames)) - framesBefore;
    const renders = (await probeOf(page).timings()).renders - rendersBefore;
    return { label, firstRenderMs: t.firstRenderMs ?? NaN, steps: t.steps, fps: frames / seconds, renders };
  } finally {
    await chromium.close();
  }
}

function print(f: Figures): void {
  const steps = Object.entries(f.steps)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  console.log(
    `viewer ${f.label}: first render ${(f.firstRenderMs / 1000).toFixed(2)} s (${steps} ms); panning ${f.fps.toFixed(1)} fps (${f.renders} sigma renders)`,
  );
}

export default async function viewerBench(options: Partial<ViewerBenchOptions> = {}): Promise<void> {
  const o = { ...DEFAULT_VIEWER_BENCH, ...options };
  const out = await mkdtemp(join(tmpdir(), "bc-viewer-bench-"));
  let view: RunningView | undefined;
  try {
    const built = await runCli(["build", join(ROOT, "..", "shared", "seeds"), "--out", out, "--no-progress"]);
    if (built.code !== 0) throw new Error(`build of the seeds failed: ${built.stderr.trim()}`);
    view = await startView([out]);
    print(await measure(view.url, "seeds", o));
    print(await measure(`${view.url}?synthetic=${o.syntheticNodes}`, `synthetic ${o.syntheticNodes} nodes / ${o.syntheticNodes * 3} edges`, o));
  } finally {
    await view?.stop();
    await rm(out, { recursive: true, force: true });
  }
}
