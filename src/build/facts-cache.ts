// The incremental build's cache: DIR/.cache/facts.jsonl, one line of extracted facts per article keyed by a
// content hash (bytes + what names the article + extractor version). A build appends what it extracts, and
// writes a fresh file (atomically) when most of the old one is no longer used.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync, promises as fs, createReadStream } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { ArticleFacts } from "../../graph/types.js";
import type { RawUnit } from "../read/read-units.js";

export const CACHE_FILE = join(".cache", "facts.jsonl");
const FORMAT = 1;

/** One cached article: its key, the hash of its decoded text (for duplicate notes) and its facts. */
export interface CacheEntry {
  key: string;
  text: string;
  facts: ArticleFacts;
}

/** What makes a unit's facts what they are: its bytes, format, file name (the id), line, and the extractor. */
export function unitKey(version: string, unit: RawUnit, contentHash: string): string {
  const name = basename(unit.path);
  return createHash("sha256").update(`${version}\0${unit.format}\0${name}\0${unit.line ?? ""}\0${contentHash}`).digest("hex");
}

export const contentHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The facts part of a cache line (`{"key":"<64 hex>","text":"<64 hex>","facts":{…}}`), without parsing it. */
export function factsBytes(line: Buffer): Buffer | undefined {
  const head = '","facts":';
  const at = '{"key":"'.length + 64 + '","text":"'.length + 64;
  return line.length > at + head.length + 1 && line.toString("latin1", at, at + head.length) === head && line[line.length - 1] === 0x7d
    ? line.subarray(at + head.length, line.length - 1)
    : undefined;
}

const header = (version: string) => JSON.stringify({ backchannelFactsCache: FORMAT, extractor: version });

/** The cache of the previous build: an index of line offsets (nothing parsed until a line is needed). */
export class FactsCacheReader {
  private constructor(
    private fd: number | undefined,
    private index: Map<string, { offset: number; length: number }>,
  ) {}

  get size() {
    return this.index.size;
  }

  /** The file exists and was made by this extractor: a build may append to it. */
  get current() {
    return this.fd !== undefined;
  }

  /** Where an entry's line is (the last one, if a key was written twice). */
  entry(key: string): { offset: number; length: number } | undefined {
    return this.index.get(key);
  }

  /** Opens DIR's cache; a missing one, or one made by another extractor version, is empty (with a note why). */
  static async open(dir: string, version: string, note: (msg: string) => void): Promise<FactsCacheReader> {
    const path = join(dir, CACHE_FILE);
    // the entries are read by offset through a descriptor of the reader's own
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      return new FactsCacheReader(undefined, new Map());
    }
    const index = new Map<string, { offset: number; length: number }>();
    let first = true;
    let stale = false;
    const line = (bytes: Buffer, at: number) => {
      if (first) {
        first = false;
        if (bytes.toString("utf8") !== header(version)) stale = true;
        return;
      }
      // `{"key":"<64 hex>"` starts every entry line
      if (bytes.length > 73 && bytes.toString("latin1", 0, 8) === '{"key":"') index.set(bytes.toString("latin1", 8, 72), { offset: at, length: bytes.length });
    };
    let pending: Buffer[] = [];
    let chunkStart = 0;
    let lineStart = 0;
    // the stream opens and closes its own descriptor: leaving the loop early (a stale cache) closes it, after any
    // read in flight, so it must not be one that the build goes on to use (it had been the reader's, and by then
    // the number of the next cache's file: an update over a stale cache of more than a MiB failed with EBADF)
    for await (const chunk of createReadStream(path, { start: 0, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10); nl >= 0 && !stale; nl = chunk.indexOf(10, from)) {
        const piece = chunk.subarray(from, nl);
        line(pending.length ? Buffer.concat([...pending, piece]) : piece, lineStart);
        pending = [];
        lineStart = chunkStart + nl + 1;
        from = nl + 1;
      }
      if (stale) break;
      if (from < chunk.length) pending.push(Buffer.from(chunk.subarray(from)));
      chunkStart += chunk.length;
    }
    if (stale) {
      note(`${path}: made by another extractor version; every article is extracted again`);
      closeSync(fd);
      return new FactsCacheReader(undefined, new Map());
    }
    if (first) {
      // no header line: an empty file (or one cut before its first line ended), no cache to append to
      closeSync(fd);
      return new FactsCacheReader(undefined, new Map());
    }
    return new FactsCacheReader(fd, index);
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** The raw line of an entry (no newline), or undefined. */
  raw(key: string): Buffer | undefined {
    const at = this.index.get(key);
    if (!at || this.fd === undefined) return undefined;
    const buf = Buffer.allocUnsafe(at.length);
    const n = readSync(this.fd, buf, 0, at.length, at.offset);
    return n === at.length ? buf : undefined;
  }

  /** A parsed entry; a damaged line counts as a miss. */
  get(key: string): { entry: CacheEntry; raw: Buffer } | undefined {
    const raw = this.raw(key);
    if (!raw) return undefined;
    try {
      const entry = JSON.parse(raw.toString("utf8")) as CacheEntry;
      return entry.key === key && entry.facts?.article ? { entry, raw } : undefined;
    } catch {
      return undefined;
    }
  }

  close() {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * Writes what a build extracts into the cache. Over a current cache (same extractor) it appends: each line is
 * whole and checked when read, so a build killed part-way leaves the entries before it and at worst one cut line,
 * read as a miss. When more than half of the file is entries no build uses any more (articles changed or removed),
 * or there is no current cache, the next one is written beside it with only the entries in use and renamed over it.
 * (Copying every kept entry on every update rewrote 1.8 GB for 100k articles to add a few.)
 */
export class FactsCacheWriter {
  private fd: number;
  private tmp: string | undefined;
  private target: string;
  /** Append mode: the file's length so far, and where the entries this build uses are (old ones and new). */
  private end = 0;
  private live = new Map<string, { offset: number; length: number }>();
  private liveBytes = 0;
  written = 0;
  /** Set by commit: the file was rewritten with only the entries in use. */
  compacted = false;

  private constructor(
    dir: string,
    private version: string,
    private previous: FactsCacheReader | undefined,
  ) {
    this.target = join(dir, CACHE_FILE);
    if (previous?.current) {
      this.fd = openSync(this.target, "r+");
      this.end = fstatSync(this.fd).size;
      // a build killed mid-line left a cut last line: the next entry starts on a line of its own
      const last = Buffer.alloc(1);
      if (this.end > 0 && readSync(this.fd, last, 0, 1, this.end - 1) === 1 && last[0] !== 10) this.append(Buffer.from("\n"));
      return;
    }
    this.tmp = join(dir, ".cache", `.facts.jsonl.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    this.fd = openSync(this.tmp, "w");
    this.append(Buffer.from(header(version) + "\n"));
  }

  /** `previous`: the cache this build reads (appended to when current). */
  static async create(dir: string, version: string, previous?: FactsCacheReader): Promise<FactsCacheWriter> {
    await fs.mkdir(join(dir, ".cache"), { recursive: true });
    return new FactsCacheWriter(dir, version, previous);
  }

  private append(bytes: Buffer) {
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at, this.end + at);
    this.end += bytes.length;
  }

  private use(key: string, at: { offset: number; length: number }) {
    const had = this.live.get(key);
    if (had) this.liveBytes -= had.length + 1;
    this.live.set(key, at);
    this.liveBytes += at.length + 1;
  }

  /** A freshly extracted article. */
  add(key: string, text: string, factsJson: string) {
    const line = Buffer.from(`{"key":"${key}","text":"${text}","facts":${factsJson}}`);
    const offset = this.end;
    this.append(Buffer.concat([line, Buffer.from("\n")]));
    this.use(key, { offset, length: line.length });
    this.written++;
  }

  /** An entry of the previous cache this build uses (`raw`, its line as read). */
  keep(key: string, raw: Buffer) {
    if (this.tmp === undefined) {
      const at = this.previous!.entry(key);
      if (at) this.use(key, at);
    } else {
      const offset = this.end;
      this.append(Buffer.concat([raw, Buffer.from("\n")]));
      this.use(key, { offset, length: raw.length });
    }
    this.written++;
  }

  commit() {
    if (this.tmp === undefined) {
      const headerBytes = Buffer.byteLength(header(this.version)) + 1;
      if (this.end - headerBytes - this.liveBytes > this.liveBytes) return this.compact();
      fsyncSync(this.fd);
      closeSync(this.fd);
      return;
    }
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.target);
  }

  /** The entries in use, in file order, into a new file renamed over this one. */
  private compact() {
    const from = this.fd;
    this.tmp = join(dirname(this.target), `.facts.jsonl.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    this.fd = openSync(this.tmp, "w");
    this.end = 0;
    try {
      this.append(Buffer.from(header(this.version) + "\n"));
      const entries = [...this.live.values()].sort((a, b) => a.offset - b.offset);
      let buf = Buffer.allocUnsafe(1 << 20);
      for (const at of entries) {
        if (buf.length < at.length + 1) buf = Buffer.allocUnsafe(at.length + 1);
        if (readSync(from, buf, 0, at.length + 1, at.offset) !== at.length + 1) throw new Error(`${this.target}: shorter than its index`);
        this.append(buf.subarray(0, at.length + 1));
      }
    } catch (e) {
      this.abort();
      closeSync(from);
      throw e;
    }
    closeSync(from);
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.target);
    this.compacted = true;
  }

  abort() {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    // (appended entries are whole ones, each good for the next build)
    if (this.tmp !== undefined) rmSync(this.tmp, { force: true });
  }
}
