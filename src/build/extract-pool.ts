// A pool of worker threads that extract facts from raw units, one NER model loaded per worker; with one job it
// runs in the main thread instead. Results come back in completion order; callers order them by sequence.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BackchannelError, type ErrorCode } from "../../graph/errors.js";
import { loadNerModel } from "../entities/ner/index.js";
import { unitOrigin, type RawUnit } from "../read/read-units.js";
import { processUnit, type UnitResult } from "./process-unit.js";

export interface PoolOptions {
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  /** NER model file (default: the shipped one). */
  modelPath?: string;
}

export const DEFAULT_POOL: PoolOptions = { jobs: availableParallelism() };

export function validatePoolOptions(o: PoolOptions): PoolOptions {
  if (!Number.isInteger(o.jobs) || o.jobs < 1 || o.jobs > 256)
    throw new BackchannelError("EUSAGE", `--jobs must be a whole number from 1 to 256, not ${o.jobs}`);
  return o;
}

export interface ExtractPool {
  readonly jobs: number;
  run(unit: RawUnit): Promise<UnitResult>;
  close(): Promise<void>;
}

export interface WorkerRequest {
  seq: number;
  unit: RawUnit;
}
export type WorkerReply =
  | { ready: true }
  | { fatal: { code: ErrorCode; message: string } }
  | { seq: number; result: UnitResult };

export async function createExtractPool(options: Partial<PoolOptions> = {}): Promise<ExtractPool> {
  const o = validatePoolOptions({ ...DEFAULT_POOL, ...options });
  if (o.jobs === 1) {
    const ner = loadNerModel(o.modelPath);
    return { jobs: 1, run: async (unit) => processUnit(unit, ner), close: async () => {} };
  }
  return WorkerPool.start(o);
}

interface Task {
  seq: number;
  unit: RawUnit;
  resolve: (r: UnitResult) => void;
  reject: (e: Error) => void;
}

class WorkerPool implements ExtractPool {
  private idle: Worker[] = [];
  private queue: Task[] = [];
  private busy = new Map<Worker, Task>();
  private broken: Error | undefined;
  private seq = 0;

  private constructor(
    readonly jobs: number,
    private workers: Worker[],
  ) {}

  static async start(o: PoolOptions): Promise<WorkerPool> {
    const url = new URL("./extract-worker.js", import.meta.url);
    const workers = Array.from({ length: o.jobs }, () => new Worker(url, { workerData: { modelPath: o.modelPath } }));
    const pool = new WorkerPool(o.jobs, workers);
    try {
      await Promise.all(workers.map((w) => pool.ready(w)));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /** Resolves when the worker has loaded its model, then wires its replies and failures. */
  private ready(w: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      const first = (m: WorkerReply) => {
        w.off("error", early);
        if ("fatal" in m) return reject(new BackchannelError(m.fatal.code, m.fatal.message));
        w.on("message", (r: WorkerReply) => this.reply(w, r));
        w.on("error", (e) => this.fail(w, e));
        w.on("exit", (code) => this.fail(w, new Error(`exited with code ${code}`)));
        this.idle.push(w);
        resolve();
        this.dispatch();
      };
      const early = (e: Error) => reject(new Error(`a build worker failed to start (${e.message})`));
      w.once("message", first);
      w.once("error", early);
    });
  }

  run(unit: RawUnit): Promise<UnitResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, unit, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const t = this.queue.shift()!;
      this.busy.set(w, t);
      w.postMessage({ seq: t.seq, unit: t.unit } satisfies WorkerRequest);
    }
  }

  private reply(w: Worker, m: WorkerReply) {
    const t = this.busy.get(w);
    if (!t || !("seq" in m) || m.seq !== t.seq) return;
    this.busy.delete(w);
    this.idle.push(w);
    t.resolve(m.result);
    this.dispatch();
  }

  /** A worker died (out of memory, a crash): the build cannot be trusted to be complete, so it stops. */
  private fail(w: Worker, e: Error) {
    if (this.broken) return;
    const t = this.busy.get(w);
    const where = t ? ` while reading ${unitOrigin(t.unit)}` : "";
    this.broken = new BackchannelError("EINPUT", `a build worker stopped${where} (${e.message.split("\n")[0]})`, { cause: e });
    for (const task of [...this.busy.values(), ...this.queue]) task.reject(this.broken);
    this.busy.clear();
    this.queue = [];
  }

  async close(): Promise<void> {
    this.broken ??= new BackchannelError("EINPUT", "the build worker pool is closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
