// The worker thread `main` starts for a command that needs a bigger heap (heap.ts): the same CLI, given the
// arguments and the terminal of the main thread.
import { workerData } from "node:worker_threads";
import { adoptTerminal } from "./heap.js";
import { runCli } from "./index.js";

adoptTerminal();
await runCli((workerData as { argv: string[] }).argv);
