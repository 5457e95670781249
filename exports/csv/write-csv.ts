// The neo4j-admin CSV export: one node file per kind (`id:ID`, `:LABEL`), one relationship file per relation
// (`:START_ID`, `:END_ID`, `:TYPE`), typed headers (`mentions:long`, `aliases:string[]`), every field quoted
// (quotes doubled, newlines kept: import with --multiline-fields=true), an array delimiter no value contains,
// and a README.md in the folder with the exact `neo4j-admin database import full` command.
import { join, resolve } from "node:path";
import { writeFileAtomic, writeStreamAtomic } from "../../graph/io/atomic-write.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { schemaStatements } from "../neo4j/cypher-queries.js";
import { COMMON_LABEL, NODE_ID, toPropertyGraph, type PropertyGraph } from "../neo4j/property-graph.js";
import type { Properties, PropertyType } from "../neo4j/property-types.js";
import { csvReadme } from "./csv-readme.js";

/** Array delimiters tried in order: the first that no array element (nor label) contains is used. */
const DELIMITERS = [";", "|", "\u001e", "\ue000", "\ue001"];

export interface CsvFile {
  name: string;
  kind: "nodes" | "relationships";
  rows: number;
}

export interface CsvExport {
  dir: string;
  files: CsvFile[];
  arrayDelimiter: string;
  /** The import command, as written in DIR/README.md. */
  command: string;
}

/** neo4j-admin column types: Neo4j integers are 64-bit (`long`), floats `double`. */
export function adminType(t: PropertyType): string {
  return t.replace("int", "long").replace("float", "double");
}

export function csvField(v: string): string {
  return '"' + v.replace(/"/g, '""') + '"';
}

function chooseDelimiter(pg: PropertyGraph): string {
  const used = new Set<string>();
  const scan = (props: Properties) => {
    for (const v of Object.values(props)) if (Array.isArray(v)) for (const x of v) for (const d of DELIMITERS) if (String(x).includes(d)) used.add(d);
  };
  for (const g of pg.nodes) for (const r of g.rows) scan(r.props);
  for (const g of pg.relationships) for (const r of g.rows) scan(r.props);
  const d = DELIMITERS.find((x) => !used.has(x));
  if (!d) throw new Error("every candidate array delimiter occurs in the graph's values");
  return d;
}

function field(v: Properties[string] | undefined, delimiter: string): string {
  if (v === undefined) return "";
  return csvField(Array.isArray(v) ? v.map(String).join(delimiter) : String(v));
}

function header(fixed: string[], types: Map<string, PropertyType>, skip: string): { line: string; names: string[] } {
  const names = [...types.keys()].filter((n) => n !== skip);
  const cols = [...fixed, ...names.map((n) => (types.get(n) === "string" ? n : `${n}:${adminType(types.get(n)!)}`))];
  return { line: cols.map(csvField).join(","), names };
}

/** Writes the CSV files, constraints.cypher and README.md into `dir` (each file atomically). */
export async function writeNeo4jCsv(graph: BackchannelGraph, dir: string): Promise<CsvExport> {
  const pg = toPropertyGraph(graph);
  const d = chooseDelimiter(pg);
  const files: CsvFile[] = [];
  for (const g of pg.nodes) {
    const name = `nodes-${g.label}.csv`;
    const h = header([`${NODE_ID}:ID`, ":LABEL"], g.types, NODE_ID);
    await writeStreamAtomic(join(dir, name), async (write) => {
      await write(h.line + "\n");
      for (const r of g.rows)
        await write([csvField(r.id), csvField(`${COMMON_LABEL}${d}${g.label}`), ...h.names.map((n) => field(r.props[n], d))].join(",") + "\n");
    });
    files.push({ name, kind: "nodes", rows: g.rows.length });
  }
  for (const g of pg.relationships) {
    const name = `relationships-${g.type}.csv`;
    const h = header([":START_ID", ":END_ID", ":TYPE"], g.types, "");
    await writeStreamAtomic(join(dir, name), async (write) => {
      await write(h.line + "\n");
      for (const r of g.rows)
        await write([csvField(r.source), csvField(r.target), csvField(g.type), ...h.names.map((n) => field(r.props[n], d))].join(",") + "\n");
    });
    files.push({ name, kind: "relationships", rows: g.rows.length });
  }
  await writeFileAtomic(join(dir, "constraints.cypher"), schemaStatements().map((s) => s + ";\n").join(""));
  const readme = csvReadme({ dir: resolve(dir), files, arrayDelimiter: d, nodes: pg.nodeCount, relationships: pg.relationshipCount });
  await writeFileAtomic(join(dir, "README.md"), readme.text);
  return { dir, files, arrayDelimiter: d, command: readme.command };
}
