// Big corpora need a bigger V8 heap than Node's default (about 4 GiB here, whatever the machine has; a build of
// 100k articles peaks near 3.2 GiB, near 7 GiB before its heap growth was capped). Node cannot raise the limit of
// a running isolate, so `build` and `export` run in a worker thread given a limit of three quarters of the
// machine's memory, unless the user chose a limit
// (--max-old-space-size in NODE_OPTIONS or on node's command line). BACKCHANNEL_HEAP_MB=N runs them with N MiB
// (more or less than the default; 0: the default heap, no worker).
// A worker, not a child process: a kill of the process (even SIGKILL) ends the job with it, and stdout, stderr
// and the exit code pass through unchanged. The worker is told whether the terminal is one, for progress bars.
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { totalmem } from "node:os";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { debugOn } from "../../graph/debug.js";

/** The commands whose memory grows with the corpus. */
const BIG_HEAP_COMMANDS = new Set(["build", "export"]);
const MiB = 2 ** 20;

export interface HeapPlan {
  /** The heap limit (MiB) to run the command with, or undefined to run it as it is. */
  limitMb?: number;
  why: string;
}

/** Whether the user gave node a flag (in NODE_OPTIONS or on node's own command line). */
const userSet = (flag: RegExp, env: NodeJS.ProcessEnv, execArgv: readonly string[]) => [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => flag.test(a));

/** Decides whether `argv` should run in a worker with a bigger heap, from the environment given. */
export function planHeap(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  currentMb = getHeapStatistics().heap_size_limit / MiB,
  machineMb = totalmem() / MiB,
): HeapPlan {
  const command = argv.find((a) => !a.startsWith("-"));
  if (!command || !BIG_HEAP_COMMANDS.has(command)) return { why: `${command ?? "no command"} runs with the default heap` };
  if (argv.includes("--help") || argv.includes("-h")) return { why: "help" };
  if (userSet(/^--max[-_]old[-_]space[-_]size\b/, env, execArgv)) return { why: "the heap limit was set with --max-old-space-size" };
  const asked = env.BACKCHANNEL_HEAP_MB?.trim();
  const current = Math.round(currentMb);
  if (asked) {
    // the user's figure, higher or lower than the default; 0 keeps the default
    const mb = Number(asked);
    if (!Number.isFinite(mb) || mb < 0) return { why: `BACKCHANNEL_HEAP_MB=${asked} is not a number of MiB: ignored` };
    if (mb === 0) return { why: `the heap limit (${current} MiB) is kept (BACKCHANNEL_HEAP_MB=0)` };
    return { limitMb: Math.round(mb), why: `heap limit ${current} → ${Math.round(mb)} MiB (BACKCHANNEL_HEAP_MB)` };
  }
  const target = Math.floor(machineMb * 0.75);
  if (target <= currentMb) return { why: `the heap limit (${current} MiB) is already at least ${target} MiB` };
  return { limitMb: target, why: `heap limit ${current} → ${target} MiB (three quarters of this machine's memory)` };
}

interface HeapWorkerData {
  heapWorker: true;
  stdoutTTY: boolean;
  stderrTTY: boolean;
  columns?: number;
}

/** Runs `argv` through `entry` (a module whose import runs the CLI in the worker) with the planned heap. */
export function runWithHeap(entry: URL, argv: string[], limitMb: number): Promise<number> {
  const data: HeapWorkerData = { heapWorker: true, stdoutTTY: !!process.stdout.isTTY, stderrTTY: !!process.stderr.isTTY, columns: process.stderr.columns };
  return new Promise((resolve) => {
    const worker = new Worker(entry, { workerData: { ...data, argv }, resourceLimits: { maxOldGenerationSizeMb: limitMb } });
    let failed = false;
    worker.on("error", (e: Error & { code?: string }) => {
      failed = true;
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY")
        console.error(`backchannel: out of memory: the job needed more than its ${limitMb} MiB heap (BACKCHANNEL_HEAP_MB sets it; split the corpus or use a machine with more memory)`);
      else console.error(`backchannel: ${e.message}`);
    });
    worker.on("exit", (code) => resolve(failed ? code || 1 : code));
  });
}

/** In the worker: the terminal as the main thread sees it (a worker's stdout and stderr are pipes to it). */
export function adoptTerminal(): boolean {
  if (isMainThread || !(workerData as HeapWorkerData | undefined)?.heapWorker) return false;
  const d = workerData as HeapWorkerData;
  if (d.stdoutTTY) Object.assign(process.stdout, { isTTY: true });
  if (d.stderrTTY) Object.assign(process.stderr, { isTTY: true, columns: d.columns });
  if (debugOn("heap")) console.error(`heap: running in a worker thread with a ${Math.round(getHeapStatistics().heap_size_limit / MiB)} MiB heap limit`);
  return true;
}

/** How far V8 may let a heap grow past what the last full collection kept: by this percentage, not V8's own
 * choice of up to four times, which with a limit of three quarters of the machine made a build's memory two to
 * three times what it holds. Measured (bench/README.md): 10k articles 840 → 540–580 MiB peak, 100k (an update
 * with nothing new) 4.8 → 3.7 GiB, for a few percent more time. */
export const HEAP_GROWING_PERCENT = 30;

/** The V8 flag that caps heap growth for a big job, or why none is set (the user's own flag, or
 * BACKCHANNEL_HEAP_GROWTH=N: N percent; 0 leaves V8's own choice). */
export function planHeapGrowth(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): { flag?: string; why: string } {
  if (userSet(/^--heap[-_]growing[-_]percent\b/, env, execArgv)) return { why: "heap growth set with --heap-growing-percent" };
  const asked = env.BACKCHANNEL_HEAP_GROWTH?.trim();
  if (asked !== undefined && asked !== "") {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) return { flag: `--heap-growing-percent=${HEAP_GROWING_PERCENT}`, why: `BACKCHANNEL_HEAP_GROWTH=${asked} is not a whole percentage: ${HEAP_GROWING_PERCENT}% kept` };
    if (n === 0) return { why: "heap growth left to V8 (BACKCHANNEL_HEAP_GROWTH=0)" };
    return { flag: `--heap-growing-percent=${n}`, why: `heap growth ${n}% (BACKCHANNEL_HEAP_GROWTH)` };
  }
  return { flag: `--heap-growing-percent=${HEAP_GROWING_PERCENT}`, why: `heap growth ${HEAP_GROWING_PERCENT}%` };
}

/** Applies planHeapGrowth for this process (V8 reads the flag at each collection, in every thread). */
export function capHeapGrowth(): void {
  const { flag, why } = planHeapGrowth();
  if (flag) setFlagsFromString(flag);
  if (debugOn("heap")) console.error(`heap: ${why}`);
}

/**
 * A full garbage collection on demand, for a big job's phase boundaries (buildGraph's `collect`): the merge of
 * meetings leaves hundreds of MiB of garbage and working structures that V8, its limit raised while they were
 * live, would otherwise keep while the edges are made on top (100k articles: an update's peak 2.3 → 1.9 GiB).
 * node exposes `gc` only to a context made after --expose-gc is set; BACKCHANNEL_GC=0 turns it off.
 */
export function fullCollector(env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  if (env.BACKCHANNEL_GC?.trim() === "0") return undefined;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return () => exposed();
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  return typeof gc === "function" ? () => gc() : undefined;
}
