// Turns one raw unit (a file's bytes, or one JSON Lines line) into an Article with the reader for its format.
// Pure and synchronous, so it runs the same in the main thread and in a build worker.
import { BackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";
import { decodeText, firstInvalidUtf8 } from "./decode.js";
import { baseId, parseJsonlLine, readHtml, readMarkdown, readTxt } from "./formats.js";
import type { RawUnit } from "./read-units.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function parseUnit(unit: RawUnit): Article {
  const { path, bytes } = unit;
  if (unit.format === "jsonl") {
    const line = unit.line ?? 1;
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      throw new BackchannelError("EINPUT", `${path}:${line}: invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} of the line`);
    }
    return parseJsonlLine(text, path, line);
  }
  const text = decodeText(bytes, path);
  const id = baseId(path);
  if (unit.format === "md") return readMarkdown(id, path, text);
  if (unit.format === "html") return readHtml(id, path, text);
  if (text.trimStart().startsWith("<") && /<(html|body|article|p)\b/i.test(text.slice(0, 2000))) return readHtml(id, path, text);
  // a text file that opens with YAML front matter (title, date, source) is read as such
  if (/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(0, 20_000))) return readMarkdown(id, path, text);
  return readTxt(id, path, text);
}
