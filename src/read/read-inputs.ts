// Streams articles from files, folders (recursively, symlink loops skipped) and .jsonl files, one at a time.
// A bad input is reported through onProblem (one line naming the file and line) and skipped, unless strict.
import { createReadStream, promises as fs } from "node:fs";
import { createInterface } from "node:readline";
import { extname, join, resolve } from "node:path";
import { BackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";
import { decodeText } from "./decode.js";
import { baseId, parseJsonlLine, readHtml, readMarkdown, readTxt } from "./formats.js";

export const ARTICLE_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];

export interface ReadOptions {
  strict: boolean;
  onProblem: (e: BackchannelError) => void;
}

export const DEFAULT_READ: ReadOptions = {
  strict: false,
  onProblem: (e) => console.error(`warning: ${e.message}`),
};

function ioError(path: string, e: unknown): BackchannelError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "no such file or folder" :
    code === "ELOOP" ? "symbolic link loop" : code === "EISDIR" ? "is a folder" : (e as Error).message;
  return new BackchannelError("EREAD", `${path}: cannot read (${why})`, { cause: e });
}

/** Lists article files under the inputs, depth first, in name order, each real folder once. */
export async function* listInputFiles(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<string> {
  const seenDirs = new Set<string>();
  const problem = (e: BackchannelError) => {
    if (options.strict) throw e;
    options.onProblem(e);
  };
  async function* walk(path: string, explicit: boolean): AsyncGenerator<string> {
    let st;
    try {
      st = await fs.stat(path);
    } catch (e) {
      if (explicit || (e as NodeJS.ErrnoException).code !== "ENOENT") problem(ioError(path, e));
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await fs.realpath(path);
      } catch (e) {
        problem(ioError(path, e));
        return;
      }
      if (seenDirs.has(real)) {
        if (!explicit) problem(new BackchannelError("EREAD", `${path}: symbolic link loop (already read as ${real}); skipped`));
        return;
      }
      seenDirs.add(real);
      let names: string[];
      try {
        names = (await fs.readdir(path)).sort();
      } catch (e) {
        problem(ioError(path, e));
        return;
      }
      for (const name of names) if (!name.startsWith(".")) yield* walk(join(path, name), false);
    } else if (st.isFile()) {
      if (explicit || ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase())) yield path;
    }
  }
  for (const input of inputs) yield* walk(input === "-" ? input : resolve(input) === input ? input : input, true);
}

/** Reads one non-JSONL article file. */
export async function readArticleFile(path: string): Promise<Article> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    throw ioError(path, e);
  }
  const text = decodeText(bytes, path);
  const id = baseId(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") return readMarkdown(id, path, text);
  if (ext === ".html" || ext === ".htm") return readHtml(id, path, text);
  if (text.trimStart().startsWith("<") && /<(html|body|article|p)\b/i.test(text.slice(0, 2000))) return readHtml(id, path, text);
  return readTxt(id, path, text);
}

/** Streams the records of a JSON Lines file; blank lines are skipped, a bad line is one problem. */
export async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<Article> {
  const stream = createReadStream(path);
  const opened = new Promise<void>((res, rej) => {
    stream.once("open", () => res());
    stream.once("error", rej);
  });
  try {
    await opened;
  } catch (e) {
    throw ioError(path, e);
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    try {
      if (line.includes("\uFFFD") && Buffer.byteLength(line) !== line.length) {
        // TextDecoder in readline replaces bad bytes with U+FFFD; a genuine U+FFFD in JSON is rare.
        throw new BackchannelError("EINPUT", `${path}:${n}: invalid UTF-8 in this line`);
      }
      yield parseJsonlLine(line, path, n);
    } catch (e) {
      if (!(e instanceof BackchannelError) || options.strict) throw e;
      options.onProblem(e);
    }
  }
}

/** Every article under the inputs, one at a time. */
export async function* readArticles(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<Article> {
  for await (const path of listInputFiles(inputs, options)) {
    const ext = extname(path).toLowerCase();
    try {
      if (ext === ".jsonl" || ext === ".ndjson") yield* readJsonl(path, options);
      else yield await readArticleFile(path);
    } catch (e) {
      if (!(e instanceof BackchannelError) || options.strict) throw e;
      options.onProblem(e);
    }
  }
}
