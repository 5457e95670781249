// BACKCHANNEL_DEBUG=merge: a big build's heap stage by stage (node only: the viewer bundles graph/debug.ts).
import { writeSync } from "node:fs";
import { debugOn } from "./debug.js";

/** BACKCHANNEL_DEBUG=merge: the heap at a stage of a build (after a collection, when node runs with --expose-gc). */
export const heapNow = (stage: string) => {
  if (!debugOn("merge")) return;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mib = (n: number) => Math.round(n / 2 ** 20);
  // (written at once: a worker thread's console is flushed only when its event loop turns, after the merge)
  writeSync(2, `merge: ${stage}: heap ${mib(m.heapUsed)} of ${mib(m.heapTotal)} MiB, external ${mib(m.external)}, rss ${mib(m.rss)}\n`);
};
