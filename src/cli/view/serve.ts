// A small static server on 127.0.0.1 for the viewer: the page's files from dist/viewer and the graph from
// DIR/graph.json at /graph.json. GET and HEAD only; nothing outside those files is ever served.
import { createReadStream, promises as fs } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { BackchannelError } from "../../../graph/errors.js";
import { graphJsonPath } from "../../../graph/io/load-graph.js";
import { viewerBundleDir, viewerBundleFiles } from "./bundle.js";

export interface ViewerServerOptions {
  /** The folder holding graph.json (or the path of the JSON itself). */
  graph: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  bundleDir: string;
}

export const DEFAULT_VIEWER_SERVER: Omit<ViewerServerOptions, "graph" | "bundleDir"> = { port: 0, host: "127.0.0.1" };

export function validateViewerServer(o: ViewerServerOptions): void {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    throw new BackchannelError("EUSAGE", `--port ${o.port}: a port is a whole number from 0 to 65535 (0 picks a free one)`);
}

export interface ViewerServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' http: https:",
};

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
  res.end(`${text}\n`);
}

/** Maps a request path to a file we are willing to serve, or null. */
function route(pathname: string, files: Set<string>, bundleDir: string, graphFile: string): string | null {
  if (pathname === "/" || pathname === "/index.html") return join(bundleDir, "index.html");
  if (pathname === "/graph.json") return graphFile;
  const name = pathname.slice(1);
  return files.has(name) ? join(bundleDir, name) : null;
}

async function serveFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    return send(res, 404, "Not found");
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": String(size),
    "Cache-Control": "no-store",
    ...SECURITY_HEADERS,
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new BackchannelError(
          "EUSAGE",
          e.code === "EADDRINUSE"
            ? `port ${port} on ${host} is in use; pick another with --port, or leave it out for a free one`
            : `cannot listen on ${host}:${port} (${e.message})`,
        ),
      ),
    );
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

export async function startViewerServer(options: Partial<ViewerServerOptions> & { graph: string }): Promise<ViewerServer> {
  const o: ViewerServerOptions = { ...DEFAULT_VIEWER_SERVER, bundleDir: viewerBundleDir(), ...options };
  validateViewerServer(o);
  const graphFile = graphJsonPath(o.graph);
  try {
    await fs.access(graphFile);
  } catch {
    throw new BackchannelError("ENOGRAPH", `${graphFile}: no graph here; run \`backchannel build <inputs..> --out DIR\` first`);
  }
  const files = new Set(await viewerBundleFiles(o.bundleDir));
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method not allowed");
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(res, 400, "Bad request");
    }
    const file = route(pathname, files, o.bundleDir, graphFile);
    if (!file) return send(res, 404, "Not found");
    void serveFile(req, res, file);
  });
  const address = await listen(server, o.port, o.host);
  return {
    url: `http://${o.host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
