// The records that flow between stages (articles → sentences → mentions → entities → relations → graph)
// and the attributes of the graphology graph every exporter and the viewer read.
import type { AbstractGraph } from "graphology-types";
import type { EntityKind, ExtractedRelation, Kind, MeetingStatus, Relation } from "./schema.js";

/** One news article as read from disk or a JSON Lines stream. */
export interface Article {
  /** Stable id: the file name without extension, or the `id` field of a JSONL record. */
  id: string;
  title?: string;
  /** ISO 8601, as far as known: `2018-03-30`, `2018-03`, `2018`. */
  date?: string;
  source?: string;
  url?: string;
  /** Where it was read from: a path, or `path:line` for JSONL. */
  origin: string;
  /** The text evidence offsets point into. */
  text: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The sentence a fact came from: `text` is exactly `article.text.slice(start, end)`. */
export interface Evidence {
  article: string;
  text: string;
  start: number;
  end: number;
  /** Why the edge exists: the reason of the rule that produced it. */
  rule?: string;
  /** Who the article says said it ("the Asahi", "diplomatic sources"). */
  attribution?: string;
}

/** A stretch of a sentence that names something. Offsets are into the article text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** Key of the entity it resolves to, set by resolution. */
  entity?: string;
}

/** An entity as one article sees it. */
export interface EntityRecord {
  /** Article-independent key, e.g. `person:kim-jong-un`, `government:japan`. */
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentions: number;
  /** Meeting-only fields. */
  status?: MeetingStatus;
  date?: string;
  /** Free extra attributes (office titles, roles ...). */
  extra?: Record<string, unknown>;
}

/** A relation as one sentence states it. */
export interface RelationRecord {
  relation: ExtractedRelation;
  source: string;
  target: string;
  evidence: Evidence;
  title?: string;
  note?: string;
  date?: string;
  /** Guessed rather than stated (a title with no country, resolved from context): dropped when a stated one exists. */
  weak?: boolean;
}

/** Everything extracted from one article: plain records, merged into the graph afterwards. */
export interface ArticleFacts {
  article: Omit<Article, "text"> & { words: number };
  entities: EntityRecord[];
  relations: RelationRecord[];
  warnings: string[];
}

/** An article as the merge sees it (its records apart). */
export type ArticleRecord = ArticleFacts["article"];

/** The two lists of records an article has. */
export type FactsPart = "entities" | "relations";
export type ArticleRecords = Pick<ArticleFacts, FactsPart>;

/**
 * The facts of a corpus in merge order, read as often as the merge needs them (three passes): from memory, or
 * parsed afresh each time from a spool on disk (src/build/facts-spool.ts), so that a big build never holds every
 * article's records at once.
 */
export interface FactsSource {
  readonly articles: readonly ArticleRecord[];
  /** Article i's records: both parts, or at least the one asked for. */
  read(i: number, part?: FactsPart): ArticleRecords;
  /** The merge is done with article i's records of that part: a source may let them go. */
  release?(i: number, part: FactsPart): void;
}

/** A source over facts in memory; `consume`: each part is emptied in place once released. */
export function arraySource(facts: ArticleFacts[], consume = false): FactsSource {
  return {
    articles: facts.map((f) => f.article),
    read: (i) => facts[i],
    release: consume ? (i, part) => void (facts[i][part] = []) : undefined,
  };
}

/** Node attributes of the built graph. */
export interface NodeAttributes {
  label: string;
  kind: Kind;
  aliases: string[];
  mentions: number;
  articles: string[];
  /** Earliest and latest known date among supporting articles (ISO 8601 prefix). */
  firstSeen?: string;
  lastSeen?: string;
  /** Meetings. */
  status?: MeetingStatus;
  date?: string;
  /** People: office titles held, e.g. ["Prime Minister"]. */
  titles?: string[];
  /** Articles. */
  title?: string;
  source?: string;
  url?: string;
  /** Layout, written by the build (ForceAtlas2) for viewers and exporters. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** Edge attributes of the built graph. */
export interface EdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  /** How many distinct articles support it. */
  articles: number;
  attribution?: string[];
  title?: string;
  note?: string;
  date?: string;
}

export interface GraphAttributes {
  name?: string;
  builtAt?: string;
  articles?: number;
}

export type BackchannelGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
