// Facts a big build does not hold in memory: each article's facts JSON is appended to a scratch file, and read
// back (parsed afresh) by each pass of the merge. The file's name is removed as soon as it is open, so nothing is
// left behind, whatever ends the process; its space is freed when it is closed.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArticleFacts, ArticleRecord, ArticleRecords, FactsPart, FactsSource } from "../../graph/types.js";

/** Where an article's facts JSON is in the spool. */
export interface SpoolRef {
  offset: number;
  length: number;
}

const RELATIONS_KEY = Buffer.from(',"relations":[');
const WARNINGS_KEY = Buffer.from(',"warnings":[');
const ENTITIES_KEY = Buffer.from('"entities":[');

/**
 * One part of an ArticleFacts JSON text (`{"article":…,"entities":[…],"relations":[…],"warnings":[…]}`), parsed
 * alone: a quarter of the text is entities. No string in the text can hold these keys with their quotes bare (JSON
 * escapes them), and no record has keys of these names, so the last `,"relations":[` is the top-level one. Any
 * other shape: undefined (the caller parses the whole).
 */
export function onePart(json: Buffer, part: FactsPart): any[] | undefined {
  const rel = json.lastIndexOf(RELATIONS_KEY);
  const warn = json.lastIndexOf(WARNINGS_KEY);
  const ent = json.indexOf(ENTITIES_KEY);
  if (rel < 0 || warn < rel || ent < 0 || ent > rel) return undefined;
  const [from, to] = part === "entities" ? [ent + ENTITIES_KEY.length - 1, rel] : [rel + RELATIONS_KEY.length - 1, warn];
  try {
    const v = JSON.parse(json.toString("utf8", from, to));
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes gathered before a write. */
const WRITE_CHUNK = 1 << 20;

export class FactsSpool {
  private fd: number | undefined;
  private end = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** `dir`: where the scratch file is made (default: the system's temporary folder). */
  constructor(dir = tmpdir()) {
    const folder = mkdtempSync(join(dir, "backchannel-spool-"));
    const path = join(folder, "facts.spool");
    try {
      this.fd = openSync(path, "w+");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  /** Bytes spooled so far. */
  get bytes() {
    return this.end + this.pendingBytes;
  }

  /** Appends one article's facts JSON (an ArticleFacts object's text). */
  put(json: Buffer): SpoolRef {
    const ref = { offset: this.bytes, length: json.length };
    this.pending.push(json);
    this.pendingBytes += json.length;
    if (this.pendingBytes >= WRITE_CHUNK) this.flush();
    return ref;
  }

  private flush() {
    if (!this.pendingBytes) return;
    const buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < buf.length; ) at += writeSync(this.open(), buf, at, buf.length - at, this.end + at);
    this.end += buf.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private open(): number {
    if (this.fd === undefined) throw new Error("facts spool: already closed");
    return this.fd;
  }

  /** One article's records, parsed afresh: both parts, or only the one asked for (the other empty). */
  read(ref: SpoolRef, part?: FactsPart): ArticleRecords {
    this.flush();
    const buf = Buffer.allocUnsafe(ref.length);
    for (let at = 0; at < ref.length; ) {
      const n = readSync(this.open(), buf, at, ref.length - at, ref.offset + at);
      if (n === 0) throw new Error(`facts spool: ${ref.length} bytes at ${ref.offset} cut short`);
      at += n;
    }
    const one = part && onePart(buf, part);
    if (one) return part === "entities" ? { entities: one, relations: [] } : { entities: [], relations: one };
    const f = JSON.parse(buf.toString("utf8")) as ArticleFacts;
    return { entities: f.entities, relations: f.relations };
  }

  close() {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * A corpus's facts for one merge: some held in memory (emptied as the merge lets each part go), the rest in a
 * spool. `close()` frees the spool.
 */
export class CorpusSource implements FactsSource {
  constructor(
    readonly articles: readonly ArticleRecord[],
    private held: (ArticleFacts | undefined)[],
    private refs: (SpoolRef | undefined)[],
    private spool: FactsSpool | undefined,
  ) {}

  /** Articles whose records are in the spool rather than in memory. */
  get spooled(): number {
    return this.refs.reduce((n, r) => n + (r ? 1 : 0), 0);
  }

  read(i: number, part?: FactsPart): ArticleRecords {
    const f = this.held[i];
    if (f) return f;
    const ref = this.refs[i];
    if (!ref || !this.spool) throw new Error(`article ${i}: no facts`);
    return this.spool.read(ref, part);
  }

  release(i: number, part: FactsPart) {
    const f = this.held[i];
    if (f) f[part] = [];
  }

  close() {
    this.spool?.close();
  }
}
