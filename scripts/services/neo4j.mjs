// The test Neo4j for `npm test` and the bench: starts tools/neo4j's launcher (Neo4j 5.26 embedded, Bolt on
// 127.0.0.1, auth on) in a temporary home, unless NEO4J_URI names a server or no selected test needs one.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEST_USER = "neo4j";
export const TEST_PASSWORD = "backchannel-test";
const START_TIMEOUT_MS = 180_000;

function launcherDir(root) {
  return join(root, "tools", "neo4j");
}

/** The Java class path of the launcher and Neo4j's jars, building them first if Maven is there. */
export function launcherClasspath(root) {
  const dir = launcherDir(root);
  const jar = join(dir, "target", "neo4j-launcher-1.0.0.jar");
  if (!existsSync(jar) || !existsSync(join(dir, "target", ".built"))) {
    const r = spawnSync("bash", [join(root, "scripts", "setup.d", "neo4j.sh")], { stdio: "inherit" });
    if (r.status !== 0 || !existsSync(jar)) throw new Error("the test Neo4j is not built and `bash scripts/setup.d/neo4j.sh` failed");
  }
  return `${jar}:${join(dir, "target", "lib", "*")}`;
}

/**
 * Starts one Neo4j in `home` (created if needed) and resolves once it accepts Bolt connections.
 * Returns { uri, home, importDir, stop() }; stop() closes its standard input, which shuts it down.
 */
export async function startNeo4j({ root, home, port = 0, password = TEST_PASSWORD, heap = "1g" }) {
  const classpath = launcherClasspath(root);
  const importDir = join(home, "import");
  const child = spawn(
    "java",
    [`-Xmx${heap}`, "-XX:+UseParallelGC", "-cp", classpath, "backchannel.Neo4jLauncher",
      "--home", home, "--port", String(port), "--password", password, "--import", importDir],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let output = "";
  const uri = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Neo4j did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    function fail(e) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${e.message}\n${output.slice(-4000)}`));
    }
    child.on("error", fail);
    child.on("exit", (code) => fail(new Error(`Neo4j exited with code ${code} before it was ready`)));
    child.stderr.on("data", (d) => (output += d));
    child.stdout.on("data", (d) => {
      output += d;
      const m = /READY (bolt:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve(m[1]);
      }
    });
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    child.stdin.end();
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(timer);
  };
  return { uri, home, importDir, pid: child.pid, stop };
}

/** The service hook of scripts/test.mjs: { env: { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, ... }, stop }. */
export async function start({ root, files = [] }) {
  if (process.env.NEO4J_URI) return null;
  if (!files.some((f) => f.includes("neo4j"))) return null;
  const home = mkdtempSync(join(tmpdir(), "backchannel-neo4j-"));
  const t0 = Date.now();
  let server;
  try {
    server = await startNeo4j({ root, home });
  } catch (e) {
    rmSync(home, { recursive: true, force: true });
    const message = `test Neo4j could not be started: ${e.message}`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`${message}\nThe neo4j tests will be skipped (set NEO4J_URI to use your own server).`);
    return null;
  }
  console.log(`test Neo4j ready at ${server.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return {
    env: {
      NEO4J_URI: server.uri,
      NEO4J_USERNAME: TEST_USER,
      NEO4J_PASSWORD: TEST_PASSWORD,
      /** The folder LOAD CSV reads file:/// URLs from (only for the server started here). */
      NEO4J_IMPORT_DIR: server.importDir,
    },
    stop: async () => {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
