// Local feature extraction for a whole document (the same code for training and tagging): token views,
// the document's case evidence, and every sentence's feature hashes in one buffer.
import { FeatureSink, docCase, sentenceFeatures, tokenView, type FeatureResources, type TokenView } from "./features.js";

export interface DocumentFeatures {
  views: TokenView[];
  sink: FeatureSink;
  /** Per sentence, per token offsets into sink.buf (n + 1 entries). */
  offsets: Int32Array[];
}

/** Empty tokens would have no shape; tag them as an underscore. */
const clean = (words: string[]) => (words.some((w) => !w) ? words.map((w) => w || "_") : words);

/** Local features of a document; without `withWord`, only those that depend on context (see wordFeatures). */
export function extractDocument(sentences: string[][], res: FeatureResources, withWord = true): DocumentFeatures {
  const views = sentences.map((s) => tokenView(clean(s)));
  const dc = docCase(views);
  const sink = new FeatureSink();
  const offsets = views.map((v) => sentenceFeatures(v, dc, res, sink, withWord));
  return { views, sink, offsets };
}
