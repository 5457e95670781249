// The export subcommands. Add a target by appending its CommandModule here (one file per target).
import type { CommandModule } from "yargs";
import { exportNeo4jCommand } from "./neo4j/command.js";
import { exportGexfCommand } from "./gexf.js";
import { exportGraphmlCommand } from "./graphml.js";

export const exportTargets: CommandModule<any, any>[] = [
  exportNeo4jCommand,
  // neo4j (issue 4), gexf and graphml (issue 5)
  exportGexfCommand,
  exportGraphmlCommand,
];
