// Options of the live Neo4j export, the sigma way: a type, the defaults, and a validator that throws a
// BackchannelError (EUSAGE) naming the bad option.
import { BackchannelError } from "../../graph/errors.js";

export interface Neo4jExportProgress {
  phase: "schema" | "nodes" | "relationships";
  /** The label or relationship type of the batch just written. */
  group: string;
  /** Nodes + relationships written so far, and in all. */
  done: number;
  total: number;
  batch: number;
}

export interface Neo4jExportOptions {
  /** bolt://, neo4j://, bolt+s://, neo4j+s:// ... */
  uri: string;
  user: string;
  password: string;
  /** The database to write into; the server's default when undefined. */
  database?: string;
  /** Rows per UNWIND transaction. */
  batchSize: number;
  /** Longest wait for any one answer (connecting, one batch); also the server-side transaction timeout. */
  timeoutMs: number;
  /** How long a batch is retried on transient errors (deadlocks, leader switches). */
  maxRetryTimeMs: number;
  /** Called after the schema statements and after every committed batch. */
  onProgress?: (p: Neo4jExportProgress) => void;
}

export const DEFAULT_NEO4J_EXPORT: Omit<Neo4jExportOptions, "password" | "onProgress"> = {
  uri: "bolt://localhost:7687",
  user: "neo4j",
  database: undefined,
  batchSize: 1000,
  timeoutMs: 60_000,
  maxRetryTimeMs: 30_000,
};

const URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;

export function validateNeo4jExportOptions(o: Neo4jExportOptions): void {
  const bad = (what: string) => {
    throw new BackchannelError("EUSAGE", `Neo4j export: ${what}`);
  };
  if (!URI.test(o.uri)) bad(`"${o.uri}" is not a Neo4j URI (expected bolt://host:7687 or neo4j://host)`);
  if (!o.user) bad("no user name (--user or NEO4J_USERNAME)");
  if (!o.password) bad("no password (--password or NEO4J_PASSWORD)");
  if (o.database !== undefined && !/^[A-Za-z0-9][A-Za-z0-9.\-]*$/.test(o.database)) bad(`"${o.database}" is not a database name`);
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) bad(`batch size must be a positive integer, not ${o.batchSize}`);
  if (!(o.timeoutMs > 0)) bad(`timeout must be positive, not ${o.timeoutMs} ms`);
  if (!(o.maxRetryTimeMs >= 0)) bad(`retry time must not be negative, not ${o.maxRetryTimeMs} ms`);
}
