// Test helpers: write a fixture graph (laid out like the build does) as DIR/graph.json, and run the real
// `backchannel view DIR --no-open` as a child process, reading the URL it prints.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { layoutGraph } from "../../graph/layout.js";
import type { BackchannelGraph } from "../../graph/types.js";

export const ROOT = join(import.meta.dirname, "..", "..", "..");
export const CLI = join(ROOT, "bin", "backchannel.js");

export async function writeGraphDir(dir: string, graph: BackchannelGraph): Promise<string> {
  layoutGraph(graph);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "graph.json"), JSON.stringify(graph.export()));
  return dir;
}

export interface RunningView {
  url: string;
  child: ChildProcess;
  stop: () => Promise<number | null>;
}

export function startView(args: string[]): Promise<RunningView> {
  const child = spawn(process.execPath, [CLI, "view", ...args, "--no-open"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`backchannel view printed no URL in 20 s; stderr: ${err}`));
    }, 20_000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /Viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, stop });
      }
    });
    child.stderr!.on("data", (d) => (err += d));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`backchannel view exited (${code}) before serving: ${err.trim()}`));
    });
  });
}

/** Runs the CLI to completion and returns its exit code and output. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
