// The training procedure: stage 1 (local features) is trained on eng.train with the epoch count chosen on
// eng.testa; 5-fold jackknifed stage-1 tags of eng.train feed stage 2 (local + document features), whose
// epoch count is chosen on eng.testa too. Seeded shuffles make every run identical.
import { seededRandom } from "../../../../graph/seeded-random.js";
import { readConll, type ConllDocument } from "../conll.js";
import { extractDocument } from "../extract.js";
import { Gazetteer, type GazetteerLists } from "../gazetteer.js";
import type { FeatureResources } from "../features.js";
import { encodeModel, MODEL_FORMAT, MODEL_VERSION, type ModelContents } from "../model-file.js";
import { SpanScorer, type ScoreReport } from "../score.js";
import { TAGS, spansFromTagIds, toIobesIds } from "../tags.js";
import { loadGazetteerLists } from "./gazetteer-sources.js";
import { FeatureIndex, stage2Sentences, toIds, type PreparedDocument } from "./feature-index.js";
import { AveragedPerceptron, decodeAll, toStageData, type DenseWeights, type TrainSentence } from "./perceptron.js";

export interface TrainNerOptions {
  trainFile: string;
  devFile: string;
  maxEpochs: number;
  /** Stop after this many epochs without a better dev F1. */
  patience: number;
  folds: number;
  seed: number;
  cityMinPopulation: number;
  /** A word joins the lowercase vocabulary when seen lowercase this often in the training text. */
  lowerVocabMinCount: number;
  /** Shares of training documents added again in lowercase and in uppercase, for text with odd casing. */
  augmentLowercase: number;
  augmentUppercase: number;
  log: (line: string) => void;
}

export const DEFAULT_TRAIN_NER: Omit<TrainNerOptions, "trainFile" | "devFile"> = {
  maxEpochs: 20,
  patience: 4,
  folds: 5,
  seed: 20240601,
  cityMinPopulation: 20000,
  lowerVocabMinCount: 2,
  augmentLowercase: 0.1,
  augmentUppercase: 0.05,
  log: () => {},
};

export function validateTrainNer(o: TrainNerOptions): void {
  for (const k of ["maxEpochs", "patience", "folds", "lowerVocabMinCount"] as const)
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`train-ner: ${k} must be a positive integer, got ${o[k]}`);
  const shares = o.augmentLowercase + o.augmentUppercase;
  if (!(o.augmentLowercase >= 0 && o.augmentUppercase >= 0 && shares <= 1))
    throw new Error(`train-ner: augment shares must be ≥ 0 and add up to at most 1, got ${o.augmentLowercase} + ${o.augmentUppercase}`);
  if (o.folds < 2) throw new Error(`train-ner: folds must be at least 2, got ${o.folds}`);
}

export interface TrainNerResult {
  model: Buffer;
  contents: ModelContents;
  dev: ScoreReport;
  epochs: [number, number];
  seconds: number;
}

/** Seeded PRNG (mulberry32), shared with the layout. */
export const rng = seededRandom;

function shuffled(n: number, rand: () => number): Int32Array {
  const a = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function lowerVocabulary(docs: ConllDocument[], min: number): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) for (const w of s.tokens) if (/^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= min).map(([w]) => w).sort();
}

/** Casing copies of some training documents (chosen by the seed); returns them with their originals' index. */
function augment(docs: ConllDocument[], o: TrainNerOptions): { docs: ConllDocument[]; origin: number[] } {
  const rand = rng(o.seed ^ 0x5eed);
  const out: ConllDocument[] = [];
  const origin: number[] = [];
  docs.forEach((d, i) => {
    const r = rand();
    const recase = r < o.augmentLowercase ? (w: string) => w.toLowerCase() : r < o.augmentLowercase + o.augmentUppercase ? (w: string) => w.toUpperCase() : null;
    if (!recase) return;
    out.push({ sentences: d.sentences.map((s) => ({ ...s, tokens: s.tokens.map(recase) })) });
    origin.push(i);
  });
  return { docs: out, origin };
}

function prepare(docs: ConllDocument[], res: FeatureResources): PreparedDocument[] {
  return docs.map((d) => {
    const f = extractDocument(d.sentences.map((s) => s.tokens), res);
    return { views: f.views, local: f.sink, localOffsets: f.offsets, gold: d.sentences.map((s) => toIobesIds(s.tags)) };
  });
}

const stage1Sentences = (docs: PreparedDocument[], index: FeatureIndex, grow: boolean): TrainSentence[][] =>
  docs.map((d) => d.views.map((v, s) => toIds([[d.local.buf, d.localOffsets[s]]], v.words.length, d.gold[s], index, grow)));

function evaluate(pred: Int8Array[], sentences: TrainSentence[]): ScoreReport {
  const sc = new SpanScorer();
  sentences.forEach((s, i) => sc.add(spansFromTagIds(s.gold), spansFromTagIds(pred[i])));
  return sc.report();
}

/** Train for up to maxEpochs, keeping the averaged weights of the epoch with the best dev F1. */
function trainSelecting(
  name: string,
  numFeatures: number,
  train: TrainSentence[],
  dev: TrainSentence[],
  o: TrainNerOptions,
): { best: DenseWeights; epochs: number; report: ScoreReport } {
  const p = new AveragedPerceptron(numFeatures);
  const rand = rng(o.seed);
  let best: { best: DenseWeights; epochs: number; report: ScoreReport } | null = null;
  for (let e = 1; e <= o.maxEpochs; e++) {
    const t0 = Date.now();
    const wrong = p.epoch(train, shuffled(train.length, rand));
    const avg = p.averaged();
    const report = evaluate(decodeAll(avg, dev), dev);
    o.log(`${name} epoch ${e}: ${wrong} sentences wrong, dev F1 ${report.overall.f1.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (!best || report.overall.f1 > best.report.overall.f1) best = { best: avg, epochs: e, report };
    else if (e - best.epochs >= o.patience) break;
  }
  return best!;
}

function trainFixed(numFeatures: number, train: TrainSentence[], epochs: number, seed: number): DenseWeights {
  const p = new AveragedPerceptron(numFeatures);
  const rand = rng(seed);
  for (let e = 1; e <= epochs; e++) p.epoch(train, shuffled(train.length, rand));
  return p.averaged();
}

export function trainNer(o: TrainNerOptions): TrainNerResult {
  validateTrainNer(o);
  const t0 = Date.now();
  const original = readConll(o.trainFile);
  const extra = augment(original, o);
  const trainDocs = [...original, ...extra.docs];
  // A recased copy sits in its original's jackknife fold, so no fold sees its own text.
  const fold = [...original.map((_, i) => i % o.folds), ...extra.origin.map((i) => i % o.folds)];
  const devDocs = readConll(o.devFile);
  const gazetteers: GazetteerLists = loadGazetteerLists({ cityMinPopulation: o.cityMinPopulation });
  const lowerVocab = lowerVocabulary(original, o.lowerVocabMinCount);
  const res: FeatureResources = { gazetteer: new Gazetteer(gazetteers), lowerVocab: new Set(lowerVocab) };
  const train = prepare(trainDocs, res);
  const dev = prepare(devDocs, res);
  const index = new FeatureIndex();
  const train1 = stage1Sentences(train, index, true);
  const dev1 = stage1Sentences(dev, index, false);
  const n1 = index.size;
  o.log(`${extra.docs.length} recased copies of ${original.length} training documents`);
  o.log(`${train1.flat().length} training sentences, ${n1} local features (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const s1 = trainSelecting("stage 1", n1, train1.flat(), dev1.flat(), o);
  o.log(`stage 1: ${s1.epochs} epochs, dev F1 ${s1.report.overall.f1.toFixed(4)}`);

  // Jackknife: stage-1 tags of each fold of eng.train from a model trained on the other folds.
  const jack: Int8Array[][] = train.map(() => []);
  for (let k = 0; k < o.folds; k++) {
    const rest = train1.filter((_, d) => fold[d] !== k).flat();
    const m = trainFixed(n1, rest, s1.epochs, o.seed + k + 1);
    train1.forEach((sents, d) => {
      if (fold[d] === k) jack[d] = decodeAll(m, sents);
    });
    o.log(`fold ${k + 1}/${o.folds} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const devTags1 = dev1.map((sents) => decodeAll(s1.best, sents));

  const train2 = train.flatMap((d, i) => stage2Sentences(d, jack[i], index, true));
  const dev2 = dev.flatMap((d, i) => stage2Sentences(d, devTags1[i], index, false));
  o.log(`${index.size} features with document features`);
  const s2 = trainSelecting("stage 2", index.size, train2, dev2, o);
  o.log(`stage 2: ${s2.epochs} epochs, dev F1 ${s2.report.overall.f1.toFixed(4)}`);

  const seconds = (Date.now() - t0) / 1000;
  const contents: ModelContents = {
    header: {
      format: MODEL_FORMAT,
      version: MODEL_VERSION,
      tags: TAGS,
      gazetteers,
      lowerVocab,
      training: {
        data: "CoNLL-2003 eng.train; settings chosen on eng.testa",
        epochs: [s1.epochs, s2.epochs],
        folds: o.folds,
        augment: { lowercase: o.augmentLowercase, uppercase: o.augmentUppercase },
        seed: o.seed,
        devF1: [round(s1.report.overall.f1), round(s2.report.overall.f1)],
      },
    },
    stages: [toStageData(s1.best, index.hashes.slice(0, n1)), toStageData(s2.best, index.hashes)],
  };
  return { model: encodeModel(contents), contents, dev: s2.report, epochs: [s1.epochs, s2.epochs], seconds };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
