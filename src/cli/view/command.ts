// `backchannel view [DIR]`: serves the viewer page and DIR/graph.json on 127.0.0.1 and opens a browser.
import type { CommandModule } from "yargs";

export interface ViewArgs {
  dir: string;
  port: number;
  open: boolean;
  verbose: boolean;
}

export const viewCommand: CommandModule<{}, ViewArgs> = {
  command: "view [dir]",
  describe: "Open the graph in the browser viewer (serves DIR/graph.json on 127.0.0.1)",
  builder: (y) =>
    y
      .positional("dir", { type: "string", default: "out", describe: "Folder holding graph.json (from build --out)" })
      .option("port", { alias: "p", type: "number", default: 0, describe: "Port on 127.0.0.1 (0: a free one)" })
      .option("open", { type: "boolean", default: true, describe: "Open a browser (--no-open to only print the URL)" })
      .example("$0 view out", "Serve out/graph.json and open it in the browser")
      .example("$0 view out --port 8080 --no-open", "Serve on a fixed port without opening a browser") as any,
  handler: async (args) => {
    const { runView } = await import("./run.js");
    await runView(args);
  },
};
