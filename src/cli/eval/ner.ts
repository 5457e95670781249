// `backchannel eval ner --conll FILE`: tags every document of a CoNLL file with the NER model and prints
// exact-span precision, recall and F1 per type and overall, then tokens per second; the last line is `F1 0.xxx`.
import { readConll } from "../../entities/ner/conll.js";
import { evaluateNer } from "../../entities/ner/evaluate.js";
import { loadNerModel } from "../../entities/ner/index.js";
import { formatReport } from "../../entities/ner/score.js";
import type { EvalNerArgs } from "./command.js";

/** The lines to print. */
export function runEvalNer(args: EvalNerArgs): string[] {
  const docs = readConll(args.conll);
  const t0 = performance.now();
  const model = args.model ? loadNerModel(args.model) : loadNerModel();
  const loadMs = performance.now() - t0;
  const ev = evaluateNer(model, docs);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  return [
    `eval ner: ${args.conll}: ${docs.length} documents, ${sentences} sentences, ${ev.tokens} tokens (model loaded in ${loadMs.toFixed(0)} ms)`,
    ...formatReport(ev.report),
    `tokens/s ${Math.round(ev.tokens / Math.max(ev.seconds, 1e-9))}`,
    `F1 ${ev.report.overall.f1.toFixed(3)}`,
  ];
}
