// Helpers for the build tests: run the real CLI (`node bin/backchannel.js`) in a child process, make temp
// corpora from the fixtures, and read a built graph.json without its build time.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = process.cwd();
export const CLI = join(REPO, "bin", "backchannel.js");
export const SEEDS = resolve(REPO, "..", "shared", "seeds");
export const FIXTURES = join(REPO, "tests", "fixtures", "build");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: SpawnSyncOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args, "--no-progress"], { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The same, without blocking the test's event loop (for kill tests). */
export function cliAsync(args: string[]) {
  return spawn(process.execPath, [CLI, ...args, "--no-progress"], { stdio: ["ignore", "pipe", "pipe"] });
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `backchannel-${label}-`));
}

/** A temp corpus folder holding the good fixture article (as good.txt), and its output folder beside it. */
export function corpusWithGoodArticle(label: string): { root: string; corpus: string; out: string } {
  const root = tempDir(label);
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  copyFileSync(join(FIXTURES, "good-article.txt"), join(corpus, "good.txt"));
  return { root, corpus, out: join(root, "out") };
}

export interface GraphJson {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, any> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, any> }[];
}

export const readGraph = (dir: string): GraphJson => JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));

/** graph.json text with `builtAt` removed (and node positions too, with `layout: false`): two builds of the same
 * facts give the same string. */
export function withoutTime(json: string, { layout = true } = {}): string {
  const g = JSON.parse(json) as GraphJson;
  delete g.attributes.builtAt;
  if (!layout)
    for (const n of g.nodes) {
      delete n.attributes.x;
      delete n.attributes.y;
    }
  return JSON.stringify(g);
}

export const graphWithoutTime = (dir: string, o?: { layout?: boolean }): string => withoutTime(readFileSync(join(dir, "graph.json"), "utf8"), o);

/** The stderr lines that are not blank. */
export const lines = (s: string) => s.split("\n").filter((l) => l.trim());
