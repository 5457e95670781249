// Streams articles from files, folders (recursively, symlink loops skipped) and .jsonl files, one at a time.
// A bad input is reported through onProblem (one line naming the file and line) and skipped, unless strict.
import { BackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";
import { parseUnit } from "./parse-unit.js";
import { DEFAULT_READ, readRawUnits, type ReadOptions } from "./read-units.js";

export { ARTICLE_EXTENSIONS, DEFAULT_READ, listInputFiles, type ReadOptions } from "./read-units.js";

/** Every article under the inputs, one at a time. */
export async function* readArticles(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<Article> {
  for await (const unit of readRawUnits(inputs, options)) {
    try {
      yield parseUnit(unit);
    } catch (e) {
      if (!(e instanceof BackchannelError) || options.strict) throw e;
      options.onProblem(e);
    }
  }
}
