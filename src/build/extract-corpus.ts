// Streams every article under the inputs through the extraction pool (or the cache, for --update) and returns
// only their facts, deduplicated and sorted by article id then origin, so the graph is the same whatever --jobs.
// The first `holdBytes` of facts are held in memory, the rest spooled to disk (facts-spool.ts) for the merge to
// read back: a big corpus's facts are more than its graph.
import { BackchannelError } from "../../graph/errors.js";
import type { ArticleFacts, ArticleRecord } from "../../graph/types.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readRawUnits, unitOrigin } from "../read/read-units.js";
import { createExtractPool, DEFAULT_POOL, validatePoolOptions, type ExtractPool } from "./extract-pool.js";
import { extractorVersion } from "./extractor-version.js";
import { contentHash, FactsCacheReader, FactsCacheWriter, factsBytes, unitKey } from "./facts-cache.js";
import { CorpusSource, FactsSpool, type SpoolRef } from "./facts-spool.js";
import { internStrings } from "./intern-strings.js";
import type { UnitResult } from "./process-unit.js";

export interface ExtractCorpusOptions {
  jobs: number;
  strict: boolean;
  maxArticleBytes: number;
  /** Folder whose .cache/facts.jsonl is reused and added to (incremental build); none: no cache. */
  cacheDir?: string;
  /** A bad input, one line (printed as a warning). */
  onProblem?: (msg: string) => void;
  /** Something worth knowing that is not a problem (duplicates, cache state). */
  onNote?: (msg: string) => void;
  /** Called as each article is done. */
  onArticle?: (done: number, id: string) => void;
  /** Called once every article is extracted, before the facts are ordered and returned. */
  onExtracted?: (articles: number) => void;
  /** Bytes of facts (as JSON) held in memory; the rest go to a spool on disk, read back by the merge. */
  holdBytes: number;
  /** Where the spool is made (default: the system's temporary folder). */
  spoolDir?: string;
}

export const DEFAULT_EXTRACT_CORPUS: ExtractCorpusOptions = {
  jobs: DEFAULT_POOL.jobs,
  strict: false,
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  holdBytes: 256 * 1024 * 1024,
};

export interface CorpusFacts {
  /** The facts, deduplicated and sorted by article id then origin, for one merge (which lets each article's
   * records go once merged); `source.close()` frees its spool. */
  source: CorpusSource;
  problems: string[];
  notes: string[];
  words: number;
  /** Articles extracted in this run, and taken from the cache. */
  extracted: number;
  reused: number;
}

interface Done {
  seq: number;
  origin: string;
  textHash: string;
  article: ArticleRecord;
  /** Its facts, held in memory, or where they are in the spool. */
  facts?: ArticleFacts;
  ref?: SpoolRef;
}

/** Bytes of articles read ahead of the workers. */
const MAX_PENDING_BYTES = 32 * 1024 * 1024;

export async function extractCorpus(inputs: string[], options: Partial<ExtractCorpusOptions> = {}): Promise<CorpusFacts> {
  const o = { ...DEFAULT_EXTRACT_CORPUS, ...options };
  validatePoolOptions({ jobs: o.jobs });
  const out: Omit<CorpusFacts, "source"> = { problems: [], notes: [], words: 0, extracted: 0, reused: 0 };
  const problem = (msg: string) => {
    out.problems.push(msg);
    o.onProblem?.(msg);
  };
  const note = (msg: string) => {
    out.notes.push(msg);
    o.onNote?.(msg);
  };
  const version = extractorVersion();
  const cache = o.cacheDir ? await FactsCacheReader.open(o.cacheDir, version, note) : undefined;
  const writer = o.cacheDir ? await FactsCacheWriter.create(o.cacheDir, version, cache) : undefined;
  // started on the first article the cache does not have, so an update with nothing new loads no model
  let pool: Promise<ExtractPool> | undefined;
  const getPool = () => (pool ??= createExtractPool({ jobs: o.jobs }));
  const done: Done[] = [];
  const strings = new Map<string, string>();
  let spool: FactsSpool | undefined;
  let held = 0;
  /** An article's facts, and their JSON (the extractor's, or the cache line's): held, or spooled. */
  const finish = (d: Pick<Done, "seq" | "origin" | "textHash">, facts: ArticleFacts, json: Buffer | string) => {
    const bytes = typeof json === "string" ? Buffer.byteLength(json) : json.length;
    let kept: Done;
    if (held + bytes <= o.holdBytes) {
      held += bytes;
      kept = { ...d, article: facts.article, facts: internStrings(facts, strings) };
    } else {
      spool ??= new FactsSpool(o.spoolDir);
      kept = { ...d, article: internStrings(facts.article, strings), ref: spool.put(typeof json === "string" ? Buffer.from(json) : json) };
    }
    done.push(kept);
    o.onArticle?.(done.length, kept.article.id);
  };
  let fatal: unknown;
  const onResult = (seq: number, origin: string, key: string, r: UnitResult) => {
    if (!r.ok) {
      if (o.strict) fatal ??= new BackchannelError(r.code, r.problem);
      else problem(r.problem);
      return;
    }
    writer?.add(key, r.textHash, r.json);
    out.extracted++;
    finish({ seq, origin, textHash: r.textHash }, JSON.parse(r.json), r.json);
  };
  // Articles waiting for a worker: at least a few per worker, and more while they are small, so that the reader
  // goes on (parsing cached articles of an update) while the workers extract the new ones.
  const ahead = new ReadAhead(o.jobs * 4, MAX_PENDING_BYTES);
  const firstOrigin = new Map<string, string>();
  let seq = 0;
  try {
    const units = readRawUnits(inputs, { strict: o.strict, maxArticleBytes: o.maxArticleBytes, onProblem: (e) => problem(e.message) });
    for await (const unit of units) {
      if (fatal) break;
      const origin = unitOrigin(unit);
      const content = contentHash(unit.bytes);
      const twin = firstOrigin.get(content);
      if (twin) {
        note(`${origin}: same content as ${twin}; read once`);
        continue;
      }
      firstOrigin.set(content, origin);
      const key = unitKey(version, unit, content);
      const n = seq++;
      const hit = cache?.get(key);
      if (hit) {
        writer!.keep(key, hit.raw);
        out.reused++;
        const facts = { ...hit.entry.facts, article: { ...hit.entry.facts.article, origin } };
        finish({ seq: n, origin, textHash: hit.entry.text }, facts, factsBytes(hit.raw) ?? JSON.stringify(hit.entry.facts));
        continue;
      }
      await ahead.room();
      const size = unit.bytes.length;
      ahead.take(size);
      getPool()
        .then((pl) => pl.run(unit))
        .then((r) => onResult(n, origin, key, r))
        .catch((e) => void (fatal ??= e))
        .finally(() => ahead.give(size));
    }
    await ahead.drained();
    if (fatal) throw fatal;
    writer?.commit();
  } catch (e) {
    writer?.abort();
    spool?.close();
    throw e;
  } finally {
    cache?.close();
    if (pool) await pool.then((pl) => pl.close(), () => undefined);
  }
  strings.clear();
  o.onExtracted?.(done.length);
  let kept: Done[];
  try {
    kept = settle(done, o.strict, problem, note);
  } catch (e) {
    spool?.close();
    throw e;
  }
  out.words = kept.reduce((s, d) => s + d.article.words, 0);
  const source = new CorpusSource(
    kept.map((d) => d.article),
    kept.map((d) => d.facts),
    kept.map((d) => d.ref),
    spool,
  );
  return { ...out, source };
}

/**
 * How far the reader may run ahead of the workers: it waits while at least `minCount` articles and `maxBytes`
 * bytes are pending. One waiter at a time (the reader), woken by the article that frees room: no per-wait cost
 * that grows with the number pending (a race over every pending promise was quadratic at 100k articles).
 */
export class ReadAhead {
  private count = 0;
  private bytes = 0;
  private wake: (() => void) | undefined;
  constructor(
    private readonly minCount: number,
    private readonly maxBytes: number,
  ) {}
  get pending() {
    return { count: this.count, bytes: this.bytes };
  }
  private full() {
    return this.count >= this.minCount && this.bytes >= this.maxBytes;
  }
  take(bytes: number) {
    this.count++;
    this.bytes += bytes;
  }
  give(bytes: number) {
    this.count--;
    this.bytes -= bytes;
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
  /** Resolves once there is room for one more article. */
  async room(): Promise<void> {
    while (this.full()) await new Promise<void>((r) => (this.wake = r));
  }
  /** Resolves once nothing is pending. */
  async drained(): Promise<void> {
    while (this.count > 0) await new Promise<void>((r) => (this.wake = r));
  }
}

/** In reading order: the same text read twice counts once; a reused id is a problem. Then sorted by id, origin. */
function settle(done: Done[], strict: boolean, problem: (m: string) => void, note: (m: string) => void): Done[] {
  done.sort((a, b) => a.seq - b.seq);
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  const kept: Done[] = [];
  for (const d of done) {
    const twin = byText.get(d.textHash);
    if (twin) {
      note(`${d.origin}: same text as ${twin}; read once`);
      continue;
    }
    byText.set(d.textHash, d.origin);
    const id = d.article.id;
    const other = byId.get(id);
    if (other) {
      const msg = `${d.origin}: article id "${id}" already used by ${other}; skipped`;
      if (strict) throw new BackchannelError("EINPUT", msg);
      problem(msg);
      continue;
    }
    byId.set(id, d.origin);
    kept.push(d);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return kept.sort((a, b) => cmp(a.article.id, b.article.id) || cmp(a.article.origin, b.article.origin));
}
