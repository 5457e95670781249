// Shared pieces of the Neo4j export tests: the server named by NEO4J_* (skip outside CI when there is none),
// clearing it, counting, a canonical dump of everything in it, writing graphs to folders, running the CLI.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import type { BackchannelGraph } from "../../graph/types.js";

export const ROOT = process.cwd();

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** The test server from the environment; in CI its absence is an error, elsewhere the tests skip. */
export function neo4jTarget(): Neo4jTarget | undefined {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    if (process.env.CI === "true") throw new Error("CI=true but NEO4J_URI is not set: the test Neo4j did not start");
    return undefined;
  }
  return {
    uri,
    user: process.env.NEO4J_USERNAME ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

export const SKIP_REASON = "no Neo4j: set NEO4J_URI (npm test starts one from tools/neo4j)";

export function openDriver(t: Neo4jTarget): Driver {
  return neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password));
}

export async function run(driver: Driver, query: string, params: Record<string, unknown> = {}, database?: string) {
  return (await driver.executeQuery(query, params, { database })).records;
}

/** Deletes every node and relationship; keeps constraints and indexes. */
export async function clearDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export async function counts(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const [n] = await run(driver, "MATCH (n) RETURN count(n) AS c", {}, database);
  const [r] = await run(driver, "MATCH ()-[r]->() RETURN count(r) AS c", {}, database);
  return { nodes: Number(n!.get("c")), relationships: Number(r!.get("c")) };
}

/** A value with its Neo4j type spelled out, so an integer stored as a float shows as a difference. */
function canonical(v: unknown): unknown {
  if (neo4j.isInt(v)) return `int:${v.toString()}`;
  if (typeof v === "number") return `float:${v}`;
  if (Array.isArray(v)) return v.map(canonical);
  return v;
}

function canonicalProps(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(p).sort().map((k) => [k, canonical(p[k])]));
}

export interface Dump {
  nodes: unknown[];
  relationships: unknown[];
}

/** Every node (id, labels, properties) and relationship (key, type, ends, properties), sorted. */
export async function dump(driver: Driver, database?: string): Promise<Dump> {
  const nodes = await run(driver, "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id", {}, database);
  const rels = await run(
    driver,
    "MATCH (s)-[r]->(t) RETURN r.key AS key, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props ORDER BY key, type",
    {},
    database,
  );
  return {
    nodes: nodes.map((r) => ({ id: r.get("id"), labels: [...r.get("labels")].sort(), props: canonicalProps(r.get("props")) })),
    relationships: rels.map((r) => ({
      key: r.get("key"),
      type: r.get("type"),
      source: r.get("source"),
      target: r.get("target"),
      props: canonicalProps(r.get("props")),
    })),
  };
}

/** Writes `graph` as DIR/graph.json in a new temp folder and returns DIR. */
export function graphDir(graph: BackchannelGraph, name = "graph"): string {
  const dir = mkdtempSync(join(tmpdir(), `backchannel-${name}-`));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "graph.json"), JSON.stringify(graph.export()));
  return dir;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `backchannel ARGS` with the target's connection in the environment (unless env overrides it). */
export function cli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, ["bin/backchannel.js", ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Same, asynchronously (for a CLI export running while something else happens). */
export function cliAsync(args: string[], env: Record<string, string | undefined> = {}) {
  return spawn(process.execPath, ["bin/backchannel.js", ...args], { cwd: ROOT, env: { ...process.env, ...env } });
}

/** The project's service module (start a second Neo4j, find the launcher's class path). */
export async function neo4jService(): Promise<{
  startNeo4j(o: { root: string; home: string; port?: number; password?: string; heap?: string }): Promise<{ uri: string; stop(): Promise<void> }>;
  launcherClasspath(root: string): string;
  TEST_PASSWORD: string;
}> {
  return import(pathToFileURL(join(ROOT, "scripts", "services", "neo4j.mjs")).href);
}

/** Runs a Cypher script written by `export neo4j --cypher`, statement by statement, in auto-commit transactions. */
export async function runCypherScript(driver: Driver, script: string, database?: string): Promise<number> {
  const { scriptStatements } = await import("../../exports/cypher/write-cypher.js");
  const statements = scriptStatements(script);
  const session = driver.session({ database });
  try {
    for (const s of statements) await session.run(s);
  } finally {
    await session.close();
  }
  return statements.length;
}

/** The first ```sh block of a README written by `export neo4j --csv`: the neo4j-admin import command. */
export function importCommandOf(readme: string): string {
  const m = /```sh\n(neo4j-admin [\s\S]*?)\n```/.exec(readme);
  if (!m) throw new Error("no neo4j-admin command in the README");
  return m[1]!;
}

/**
 * Runs the README's import command as written, with `neo4j-admin` being Neo4j's AdminTool from the Maven
 * jars and NEO4J_HOME a fresh folder, then starts a Neo4j on that home. Returns its driver and stop().
 */
export async function importCsvAndStart(readme: string): Promise<{ driver: Driver; uri: string; password: string; stop(): Promise<void>; output: string }> {
  const service = await neo4jService();
  const home = mkdtempSync(join(tmpdir(), "backchannel-neo4j-import-"));
  const classpath = service.launcherClasspath(ROOT);
  const script = `neo4j-admin() { NEO4J_HOME="$HOME_DIR" java -Xmx1g -cp "$CLASSPATH" org.neo4j.cli.AdminTool "$@"; }\nset -e\n${importCommandOf(readme)}\n`;
  const r = spawnSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, HOME_DIR: home, CLASSPATH: classpath }, timeout: 300_000 });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`neo4j-admin database import failed (${r.status}):\n${output.slice(-3000)}`);
  const server = await service.startNeo4j({ root: ROOT, home, heap: "512m" });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", service.TEST_PASSWORD));
  return {
    driver,
    uri: server.uri,
    password: service.TEST_PASSWORD,
    output,
    stop: async () => {
      await driver.close();
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The ```cypher blocks of exports/neo4j/README.md: the queries we promise run on the seeds' graph. */
export function readmeQueries(): string[] {
  const readme = readFileSync(join(ROOT, "exports", "neo4j", "README.md"), "utf8");
  return [...readme.matchAll(/```cypher\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

let seeds: Promise<string> | undefined;

/** Builds ../shared/seeds through the real CLI into a temp folder, once per test file; resolves to the folder. */
export function seedsGraphDir(): Promise<string> {
  seeds ??= new Promise((resolve, reject) => {
    const out = mkdtempSync(join(tmpdir(), "backchannel-seeds-"));
    const child = spawn(process.execPath, ["bin/backchannel.js", "build", join(ROOT, "..", "shared", "seeds"), "--out", out, "--no-progress"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`building ../shared/seeds failed (${code}): ${stderr.trim()}`))));
  });
  return seeds;
}
