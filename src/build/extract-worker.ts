// A build worker thread: loads the NER model once, then turns each raw unit it is sent into facts (JSON) or a
// one-line problem, and posts the result back with the unit's sequence number.
import { parentPort, workerData } from "node:worker_threads";
import { isBackchannelError } from "../../graph/errors.js";
import { loadNerModel, type NerModel } from "../entities/ner/index.js";
import { processUnit } from "./process-unit.js";
import type { WorkerRequest, WorkerReply } from "./extract-pool.js";

const port = parentPort!;
let ner: NerModel | undefined;
try {
  ner = workerData?.noNer ? undefined : loadNerModel(workerData?.modelPath);
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (e) {
  const code = isBackchannelError(e) ? e.code : "EMODEL";
  port.postMessage({ fatal: { code, message: (e as Error).message } } satisfies WorkerReply);
}
port.on("message", (m: WorkerRequest) => {
  port.postMessage({ seq: m.seq, result: processUnit(m.unit, ner) } satisfies WorkerReply);
});
