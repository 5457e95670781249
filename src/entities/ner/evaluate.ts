// Runs a tagger over CoNLL documents and scores it against their gold tags (exact spans, per type and
// overall), timing the tagging alone for a tokens-per-second figure.
import type { ConllDocument } from "./conll.js";
import { SpanScorer, type ScoreReport } from "./score.js";
import { spansFromTagStrings } from "./tags.js";
import type { NerModel } from "./index.js";

export interface NerEvaluation {
  report: ScoreReport;
  tokens: number;
  seconds: number;
}

export function evaluateNer(model: NerModel, docs: ConllDocument[]): NerEvaluation {
  const sc = new SpanScorer();
  let tokens = 0;
  let seconds = 0;
  for (const d of docs) {
    const sentences = d.sentences.map((s) => s.tokens);
    const t0 = process.hrtime.bigint();
    const found = model.tagDocument(sentences);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    d.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      sc.add(spansFromTagStrings(s.tags), found[i]);
    });
  }
  return { report: sc.report(), tokens, seconds };
}
