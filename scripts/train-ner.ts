// `npm run train:ner [-- --max-epochs N --seed N --out FILE]`: trains the NER model on CoNLL-2003 eng.train,
// chooses epochs on eng.testa, writes models/ner-conll.bin.gz atomically and prints the testa scores.
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";
import { writeFileAtomic } from "../graph/io/atomic-write.js";
import { readConll } from "../src/entities/ner/conll.js";
import { evaluateNer } from "../src/entities/ner/evaluate.js";
import { loadNerModel } from "../src/entities/ner/index.js";
import { formatReport } from "../src/entities/ner/score.js";
import { DEFAULT_TRAIN_NER, trainNer } from "../src/entities/ner/train/train-ner.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const data = arg("data", join(root, "..", "shared", "data", "conll2003"));
const out = arg("out", join(root, "models", "ner-conll.bin.gz"));
// Training runs on one thread (a single core); --threads is accepted for scripts that pass it.
const threads = Number(arg("threads", "1"));
const opts = {
  ...DEFAULT_TRAIN_NER,
  trainFile: join(data, "eng.train"),
  devFile: join(data, "eng.testa"),
  maxEpochs: Number(arg("max-epochs", String(DEFAULT_TRAIN_NER.maxEpochs))),
  seed: Number(arg("seed", String(DEFAULT_TRAIN_NER.seed))),
  log: (l: string) => console.log(`train-ner: ${l}`),
};
console.log(`train-ner: ${opts.trainFile} → ${out} (seed ${opts.seed}, ${Math.min(threads, 1)} thread of ${cpus().length} cores)`);
const r = trainNer(opts);
await writeFileAtomic(out, r.model);
console.log(`train-ner: wrote ${out} (${(r.model.length / 1e6).toFixed(2)} MB) after ${r.seconds.toFixed(0)} s; epochs ${r.epochs.join(" + ")}`);

const t0 = performance.now();
const model = loadNerModel(out);
const loadMs = performance.now() - t0;
const ev = evaluateNer(model, readConll(opts.devFile));
console.log(`train-ner: eng.testa with the written model (load ${loadMs.toFixed(0)} ms):`);
for (const l of formatReport(ev.report)) console.log(l);
console.log(`tokens/s ${Math.round(ev.tokens / ev.seconds)}`);
console.log(`F1 ${ev.report.overall.f1.toFixed(3)}`);
