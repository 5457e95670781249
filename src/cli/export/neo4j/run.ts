// The `export neo4j` job: load DIR/graph.json, write the files asked for, then (unless only files were
// asked for) export live with a progress bar on a terminal and print what changed.
import { SingleBar, Presets } from "cli-progress";
import { loadGraph } from "../../../../graph/io/load-graph.js";
import { isBackchannelError } from "../../../../graph/errors.js";
import { debugOn } from "../../../../graph/debug.js";
import { writeNeo4jCsv } from "../../../../exports/csv/write-csv.js";
import { writeCypherScript } from "../../../../exports/cypher/write-cypher.js";
import { describeSummary } from "../../../../exports/neo4j/export-summary.js";
import { exportToNeo4j } from "../../../../exports/neo4j/export-to-neo4j.js";
import { DEFAULT_NEO4J_EXPORT, type Neo4jExportProgress } from "../../../../exports/neo4j/options.js";
import type { ExportNeo4jArgs } from "./command.js";

function progressReporter(args: ExportNeo4jArgs): { onProgress: (p: Neo4jExportProgress) => void; stop: () => void } {
  const debug = debugOn("neo4j");
  const bar = args.progress && process.stderr.isTTY ? new SingleBar({ format: "neo4j {bar} {value}/{total} {group}", stream: process.stderr, hideCursor: true }, Presets.shades_classic) : undefined;
  let started = false;
  return {
    onProgress: (p) => {
      if (debug) process.stderr.write(`neo4j: ${p.phase} ${p.group} batch ${p.batch} committed (${p.done}/${p.total})\n`);
      if (!bar) return;
      if (!started) bar.start(p.total, p.done, { group: p.group });
      started = true;
      bar.update(p.done, { group: p.group });
    },
    stop: () => bar?.stop(),
  };
}

export async function runExportNeo4j(args: ExportNeo4jArgs): Promise<void> {
  const graph = await loadGraph(args.dir);
  if (args.cypher) {
    await writeCypherScript(graph, args.cypher);
    console.log(`Wrote the Cypher script ${args.cypher} (run it with: cypher-shell -u neo4j -p PASSWORD -f ${args.cypher}).`);
  }
  if (args.csv) {
    const out = await writeNeo4jCsv(graph, args.csv);
    console.log(`Wrote ${out.files.length} neo4j-admin CSV files into ${args.csv}; ${args.csv}/README.md has the import command.`);
  }
  if (!(args.live ?? !(args.cypher || args.csv))) return;
  const env = process.env;
  const uri = args.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J_EXPORT.uri;
  const progress = progressReporter(args);
  try {
    const summary = await exportToNeo4j(graph, {
      uri,
      user: args.user ?? env.NEO4J_USERNAME ?? DEFAULT_NEO4J_EXPORT.user,
      password: args.password ?? env.NEO4J_PASSWORD ?? "",
      database: args.database ?? (env.NEO4J_DATABASE || undefined),
      batchSize: args.batchSize,
      timeoutMs: args.timeout * 1000,
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(describeSummary(summary, uri));
  } catch (e) {
    progress.stop();
    // A server that never answers can leave a socket open: make sure the process still ends.
    if (isBackchannelError(e) && e.code === "ENEO4J") setTimeout(() => process.exit(process.exitCode || 1), 1000).unref();
    throw e;
  }
}
