// Builds the seeds' graph through the real CLI into a temp folder, for exporter tests that need a real graph.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SEEDS = join(process.cwd(), "..", "shared", "seeds");

/** Runs `backchannel build ../shared/seeds --out TMP`; returns TMP (holding graph.json). */
export function buildSeedsGraph(): string {
  const out = mkdtempSync(join(tmpdir(), "backchannel-seeds-"));
  const r = spawnSync(process.execPath, ["bin/backchannel.js", "build", SEEDS, "--out", out, "--no-progress"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`build of the seeds failed: ${(r.stderr || r.stdout).trim()}`);
  return out;
}

export function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/backchannel.js", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
