// Streams the raw units articles are made of (a whole file, or one line of a JSON Lines file) as bytes, before
// any decoding, so that callers can hash them (the build cache) and parse them elsewhere (worker threads).
import { createReadStream, promises as fs } from "node:fs";
import { basename, extname, join } from "node:path";
import { BackchannelError } from "../../graph/errors.js";

export const ARTICLE_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];
/** Files in a corpus folder that describe it rather than report news. */
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|contributing)(?:\.[a-z]+)?$/i;

/** How a unit's bytes are read: "txt" also covers unknown extensions (an HTML sniff happens when parsing). */
export type UnitFormat = "txt" | "md" | "html" | "jsonl";

/** One article's bytes and where they came from. */
export interface RawUnit {
  /** The file. */
  path: string;
  /** 1-based line number, for JSON Lines. */
  line?: number;
  format: UnitFormat;
  bytes: Uint8Array;
}

export interface ReadOptions {
  strict: boolean;
  onProblem: (e: BackchannelError) => void;
  /** A file or JSONL line longer than this is reported and skipped without being held in memory. */
  maxArticleBytes?: number;
}

/** 5 MiB: a long news article is 100 KB; anything far bigger is a dump, a book or a mistake. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const DEFAULT_READ: ReadOptions = {
  strict: false,
  onProblem: (e) => console.error(`warning: ${e.message}`),
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
};

export const unitOrigin = (u: { path: string; line?: number }) => (u.line === undefined ? u.path : `${u.path}:${u.line}`);

export function formatOf(path: string): UnitFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".html" || ext === ".htm") return "html";
  return "txt";
}

export function ioError(path: string, e: unknown): BackchannelError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "no such file or folder" :
    code === "ELOOP" ? "symbolic link loop" : code === "EISDIR" ? "is a folder" : (e as Error).message;
  return new BackchannelError("EREAD", `${path}: cannot read (${why})`, { cause: e });
}

const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);

function tooBig(origin: string, size: number, limit: number, what: string): BackchannelError {
  return new BackchannelError("EINPUT", `${origin}: ${what} is ${mb(size)}, over the ${mb(limit)} limit for one article (--max-article-mb); skipped`);
}

function problemHandler(options: ReadOptions) {
  return (e: BackchannelError) => {
    if (options.strict) throw e;
    options.onProblem(e);
  };
}

/** Lists article files under the inputs, depth first, in name order, each real folder once. */
export async function* listInputFiles(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<string> {
  const seenDirs = new Set<string>();
  const problem = problemHandler(options);
  async function* walk(path: string, explicit: boolean): AsyncGenerator<string> {
    let st;
    try {
      st = await fs.stat(path);
    } catch (e) {
      if (explicit || (e as NodeJS.ErrnoException).code !== "ENOENT") problem(ioError(path, e));
      else problem(new BackchannelError("EREAD", `${path}: broken symbolic link or removed while reading; skipped`));
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
      // (a folder's README, LICENSE or CHANGELOG documents the corpus; named on the command line, it is read)
      if (explicit || (ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase()) && !NOT_ARTICLES.test(basename(path)))) yield path;
    }
  }
  for (const input of inputs) yield* walk(input, true);
}

/** A whole article file's bytes; one that is over the size limit is refused before it is read. */
export async function readFileUnit(path: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<RawUnit> {
  let fh;
  try {
    fh = await fs.open(path, "r");
  } catch (e) {
    throw ioError(path, e);
  }
  try {
    const { size } = await fh.stat();
    if (size > maxBytes) throw tooBig(path, size, maxBytes, "the file");
    const bytes = await fh.readFile();
    if (bytes.length > maxBytes) throw tooBig(path, bytes.length, maxBytes, "the file");
    return { path, format: formatOf(path), bytes };
  } catch (e) {
    if (e instanceof BackchannelError) throw e;
    throw ioError(path, e);
  } finally {
    await fh.close();
  }
}

const isBlank = (b: Uint8Array) => b.every((c) => c === 0x20 || c === 0x09 || c === 0x0d);

/**
 * Splits a JSON Lines file into line units without decoding (CRLF and a leading BOM handled). Blank lines are
 * skipped; a line over the size limit is reported as one problem and dropped while it streams past.
 */
export async function* readJsonlUnits(path: string, options: ReadOptions = DEFAULT_READ): AsyncGenerator<RawUnit> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const problem = problemHandler(options);
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  const finish = function* (): Generator<RawUnit> {
    if (length > maxBytes) problem(tooBig(`${path}:${line}`, length, maxBytes, "the line"));
    else if (length > 0) {
      let bytes: Uint8Array = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      if (!isBlank(bytes)) yield { path, line, format: "jsonl", bytes };
    }
    parts = [];
    length = 0;
    line++;
  };
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        take(chunk.subarray(from, nl));
        yield* finish();
        from = nl + 1;
      }
      take(chunk.subarray(from));
    }
  } catch (e) {
    if (e instanceof BackchannelError) throw e;
    throw ioError(path, e);
  }
  yield* finish();

  function take(piece: Buffer) {
    if (!piece.length) return;
    length += piece.length;
    // Copy: the stream may reuse its chunk; an overlong line keeps counting but holds nothing.
    if (length <= maxBytes) parts.push(Buffer.from(piece));
    else parts = [];
  }
}

/** Every raw unit under the inputs, in a fixed order (folders in name order, JSONL lines in file order). */
export async function* readRawUnits(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<RawUnit> {
  const problem = problemHandler(options);
  for await (const path of listInputFiles(inputs, options)) {
    try {
      if (formatOf(path) === "jsonl") yield* readJsonlUnits(path, options);
      else yield await readFileUnit(path, options.maxArticleBytes);
    } catch (e) {
      if (!(e instanceof BackchannelError)) throw e;
      problem(e);
    }
  }
}
