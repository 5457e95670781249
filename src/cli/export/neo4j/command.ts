// `backchannel export neo4j DIR`: writes DIR/graph.json into a live Neo4j (and/or a Cypher script with
// --cypher, neo4j-admin CSV files with --csv). Connection options fall back to the NEO4J_* variables.
import type { CommandModule } from "yargs";

export interface ExportNeo4jArgs {
  dir: string;
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  cypher?: string;
  csv?: string;
  live?: boolean;
  batchSize: number;
  timeout: number;
  progress: boolean;
  verbose: boolean;
}

export const exportNeo4jCommand: CommandModule<{}, ExportNeo4jArgs> = {
  command: "neo4j <dir>",
  describe: "Write the graph into Neo4j (idempotent MERGE), or as a Cypher script / neo4j-admin CSV files",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "Folder holding graph.json (or the JSON file)" })
      .option("uri", { type: "string", describe: "Bolt URI [env NEO4J_URI, default bolt://localhost:7687]" })
      .option("user", { alias: "u", type: "string", describe: "User name [env NEO4J_USERNAME, default neo4j]" })
      .option("password", { alias: "p", type: "string", describe: "Password [env NEO4J_PASSWORD]" })
      .option("database", { alias: "d", type: "string", describe: "Database [env NEO4J_DATABASE, default: the server's]" })
      .option("cypher", { type: "string", describe: "Write a Cypher script that cypher-shell runs as is (no live export unless --live)" })
      .option("csv", { type: "string", describe: "Write neo4j-admin import CSV files and a README with the command into this folder" })
      .option("live", { type: "boolean", describe: "Write into the server [default: yes, unless --cypher or --csv is given]" })
      .option("batch-size", { type: "number", default: 1000, describe: "Rows per transaction" })
      .option("timeout", { type: "number", default: 60, describe: "Seconds to wait for any one answer from the server" })
      .option("progress", { type: "boolean", default: true, describe: "Show a progress bar on a terminal" })
      .example("$0 export neo4j out --password secret", "Export out/graph.json to bolt://localhost:7687")
      .example("$0 export neo4j out --cypher out/graph.cypher", "Write a script instead: cypher-shell -f out/graph.cypher")
      .example("$0 export neo4j out --csv out/neo4j-import", "Write neo4j-admin import files and the command to load them") as any,
  handler: async (args) => {
    const { runExportNeo4j } = await import("./run.js");
    await runExportNeo4j(args);
  },
};
