// The incremental build's cache: DIR/.cache/facts.jsonl, one line of extracted facts per article keyed by a
// content hash (bytes + what names the article + extractor version). Each build writes a fresh file atomically.
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync, promises as fs, createReadStream } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { basename, join } from "node:path";
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

/** Writes the next cache beside the old one and renames it over only when the build's extraction is complete. */
export class FactsCacheWriter {
  private fd: number;
  private tmp: string;
  private target: string;
  written = 0;

  constructor(dir: string, version: string) {
    this.target = join(dir, CACHE_FILE);
    this.tmp = join(dir, ".cache", `.facts.jsonl.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    this.fd = openSync(this.tmp, "w");
    writeSync(this.fd, header(version) + "\n");
  }

  static async create(dir: string, version: string): Promise<FactsCacheWriter> {
    await fs.mkdir(join(dir, ".cache"), { recursive: true });
    return new FactsCacheWriter(dir, version);
  }

  /** A freshly extracted article. */
  add(key: string, text: string, factsJson: string) {
    writeSync(this.fd, `{"key":"${key}","text":"${text}","facts":${factsJson}}\n`);
    this.written++;
  }

  /** An entry kept from the previous cache, copied byte for byte. */
  keep(raw: Buffer) {
    writeSync(this.fd, raw);
    writeSync(this.fd, "\n");
    this.written++;
  }

  commit() {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.target);
  }

  abort() {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }
}
