// Independent checks of exported files for the exporter tests: the official GEXF 1.3 schema (jing and
// xmllint), XML well-formedness, and networkx (from the project's .venv) reading GEXF and GraphML.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = process.cwd();
export const GEXF_RNC = join(ROOT, "..", "shared", "data", "gexf", "1.3", "gexf.rnc");
export const GEXF_RNG = join(ROOT, "..", "shared", "data", "gexf", "1.3", "gexf.rng");

export interface ToolResult {
  ok: boolean;
  output: string;
}

function run(cmd: string, args: string[]): ToolResult {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`${cmd} cannot run (${r.error.message}); run scripts/setup.sh`);
  const output = `${r.stdout}${r.stderr}`
    .split("\n")
    .filter((l) => l && !l.includes("Unable to locate")) // Debian jing's harmless classpath warnings
    .join("\n");
  return { ok: r.status === 0, output };
}

/** jing against the compact RelaxNG schema, the way the GEXF project validates. */
export function jingGexf(file: string): ToolResult {
  return run("jing", ["-c", GEXF_RNC, file]);
}

/** xmllint against the XML RelaxNG schema. */
export function xmllintGexf(file: string): ToolResult {
  return run("xmllint", ["--noout", "--relaxng", GEXF_RNG, file]);
}

export function xmlWellFormed(file: string): ToolResult {
  return run("xmllint", ["--noout", file]);
}

export function python(): string {
  const venv = join(ROOT, ".venv", "bin", "python");
  if (!existsSync(venv)) throw new Error(`${venv} is missing; run scripts/setup.d/python.sh`);
  return venv;
}

export interface NxSummary {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string; data: Record<string, unknown> }[];
}

const NX_SCRIPT = `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
def plain(d):
    return {k: v for k, v in d.items() if isinstance(v, (str, int, float, bool, list))}
out = {
    "directed": g.is_directed(),
    "multigraph": g.is_multigraph(),
    "nodes": {str(n): plain(d) for n, d in g.nodes(data=True)},
    "edges": [{"source": str(s), "target": str(t), "key": str(k), "data": plain(d)} for s, t, k, d in g.edges(keys=True, data=True)],
}
json.dump(out, sys.stdout)
`;

/** What networkx's read_gexf / read_graphml makes of a file, as plain JSON. */
export function networkxRead(format: "gexf" | "graphml", file: string): NxSummary {
  const r = spawnSync(python(), ["-c", NX_SCRIPT, format, file], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`networkx could not read ${file}: ${r.stderr.trim().split("\n").pop()}`);
  return JSON.parse(r.stdout) as NxSummary;
}

/** What an XML 1.0 file can carry of a string: our expectation, written apart from the exporter's code. */
export function xmlExpected(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
