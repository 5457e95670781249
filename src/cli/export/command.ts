// `backchannel export <target> DIR`: writes a built graph to another tool. One subcommand per target,
// listed in targets.ts; each lazily imports its exporter from exports/.
import type { CommandModule } from "yargs";
import { exportTargets } from "./targets.js";

export const exportCommand: CommandModule = {
  command: "export <target>",
  describe: "Export a built graph (DIR/graph.json) to Neo4j, GEXF, GraphML ...",
  builder: (y) => {
    let b = y;
    for (const t of exportTargets) b = b.command(t);
    return b.demandCommand(1, "Name an export target (see backchannel export --help).");
  },
  handler: () => {},
};
