// The view job: start the server, print the URL, open a browser if there is one, and serve until
// interrupted (Ctrl-C or SIGTERM), then close cleanly.
import type { ViewArgs } from "./command.js";
import { openBrowser } from "./open-browser.js";
import { startViewerServer } from "./serve.js";

/** Resolves on the first SIGINT or SIGTERM (listening from the moment it is called). */
function interrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export async function runView(args: ViewArgs): Promise<void> {
  const server = await startViewerServer({ graph: args.dir, port: args.port });
  const stopped = interrupted();
  console.log(`Viewer: ${server.url}`);
  const opened = args.open && openBrowser(server.url);
  console.log(opened ? "Opened in your browser. Ctrl-C to stop." : "Open that address in a browser. Ctrl-C to stop.");
  await stopped;
  await server.close();
}
