// One raw unit in, its facts out (as JSON, ready for the cache) or one line saying why not. The same function
// runs in a build worker and, with --jobs 1, in the main thread.
import { createHash } from "node:crypto";
import { isBackchannelError, type ErrorCode } from "../../graph/errors.js";
import { extractArticle } from "../extract/extract-article.js";
import type { NerModel } from "../entities/ner/index.js";
import { parseUnit } from "../read/parse-unit.js";
import { unitOrigin, type RawUnit } from "../read/read-units.js";

export type UnitResult =
  | { ok: true; id: string; textHash: string; json: string; words: number }
  | { ok: false; code: ErrorCode; problem: string; stack?: string };

export const textHash = (text: string) => createHash("sha256").update(text).digest("hex");

export function processUnit(unit: RawUnit, ner: NerModel | undefined): UnitResult {
  const origin = unitOrigin(unit);
  let article;
  try {
    article = parseUnit(unit);
  } catch (e) {
    if (isBackchannelError(e)) return { ok: false, code: e.code, problem: e.message };
    return { ok: false, code: "EINPUT", problem: `${origin}: cannot be read (${oneLine(e)})`, stack: (e as Error)?.stack };
  }
  try {
    const facts = extractArticle(article, { ner });
    return { ok: true, id: article.id, textHash: textHash(article.text), json: JSON.stringify(facts), words: facts.article.words };
  } catch (e) {
    return { ok: false, code: "EINPUT", problem: `${origin}: extraction failed (${oneLine(e)}); skipped`, stack: (e as Error)?.stack };
  }
}

const oneLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];
