// `npm test`: builds, starts the services the tests need (a Neo4j on loopback unless NEO4J_URI names one),
// runs every dist/tests/**/*.test.js with node's test runner, then stops what it started.
import { spawnSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.argv.includes("--no-build")) run("npm", ["run", "--silent", "build"]);

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith(".test.js")) out.push(p);
  }
  return out;
}
const filter = process.argv.slice(2).filter((a) => !a.startsWith("--"));
let files = findTests(join(root, "dist", "tests")).sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));

// Services: each hook module exports start() -> { env, stop() }.
const hooks = [join(root, "scripts", "services", "neo4j.mjs")].filter(existsSync);
const started = [];
const env = { ...process.env };
for (const h of hooks) {
  const mod = await import(h);
  const s = await mod.start({ root, files });
  if (s) {
    started.push(s);
    Object.assign(env, s.env ?? {});
  }
}

// Every scratch folder a test makes goes under one folder of this run, removed at the end, so runs leave
// nothing behind in the system's temporary folder even when a test forgets to clean up after itself.
// (open to all, as /tmp is: a test runs the CLI as another user, to read a file its owner cannot)
const scratch = mkdtempSync(join(tmpdir(), "backchannel-tests-"));
chmodSync(scratch, 0o1777);
env.TMPDIR = scratch;
let code = 1;
try {
  const child = spawn(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], {
    stdio: "inherit",
    cwd: root,
    env,
  });
  code = await new Promise((resolve) => child.on("exit", (c, sig) => resolve(c ?? (sig ? 1 : 0))));
} finally {
  for (const s of started.reverse()) await s.stop?.();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
