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

/** Units sent ahead to each worker. */
const AHEAD = 3;

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
  private queue: Task[] = [];
  /** Tasks sent to each worker, oldest first: a worker holds up to AHEAD, so it never waits for the main thread. */
  private sent = new Map<Worker, Task[]>();
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
        this.sent.set(w, []);
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
    while (this.queue.length) {
      let w: Worker | undefined;
      for (const [x, tasks] of this.sent) if (tasks.length < AHEAD && (!w || tasks.length < this.sent.get(w)!.length)) w = x;
      if (!w) return;
      const t = this.queue.shift()!;
      this.sent.get(w)!.push(t);
      w.postMessage({ seq: t.seq, unit: t.unit } satisfies WorkerRequest);
    }
  }

  private reply(w: Worker, m: WorkerReply) {
    const tasks = this.sent.get(w);
    const t = tasks?.[0];
    if (!t || !("seq" in m) || m.seq !== t.seq) return;
    tasks.shift();
    t.resolve(m.result);
    this.dispatch();
  }

  /** A worker died (out of memory, a crash): the build cannot be trusted to be complete, so it stops. */
  private fail(w: Worker, e: Error) {
    if (this.broken) return;
    const t = this.sent.get(w)?.[0];
    const where = t ? ` while reading ${unitOrigin(t.unit)}` : "";
    this.broken = new BackchannelError("EINPUT", `a build worker stopped${where} (${e.message.split("\n")[0]})`, { cause: e });
    for (const task of [...[...this.sent.values()].flat(), ...this.queue]) task.reject(this.broken);
    for (const tasks of this.sent.values()) tasks.length = 0;
    this.queue = [];
  }

  async close(): Promise<void> {
    this.broken ??= new BackchannelError("EINPUT", "the build worker pool is closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
