// The progress display on a terminal, with worker threads: the build runs under `script` (a real pseudo-
// terminal), counts articles as the workers finish them, and clears its lines before the summary.
import { it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CLI, corpusWithGoodArticle, SEEDS } from "./support.js";

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

it("build shows a live article count on a TTY with two workers, then the summary", (t) => {
  if (spawnSync("script", ["--version"]).status !== 0) return t.skip("no `script` (util-linux) to make a pseudo-terminal");
  const { corpus, out } = corpusWithGoodArticle("tty");
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(corpus, f));
  const cmd = [process.execPath, CLI, "build", corpus, "--out", out, "--jobs", "2"].map(quote).join(" ");
  const r = spawnSync("script", ["-qec", cmd, "/dev/null"], { encoding: "utf8", env: { ...process.env, TERM: "xterm" } });
  assert.equal(r.status, 0, r.stdout);
  // cli-progress redraws from column 1 (ESC [1G): each redraw becomes a line
  const screen = r.stdout.replace(/\x1b\[1G/g, "\n").replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").split(/\r|\n/);
  const counts = screen.map((l) => l.match(/^reading (\d+) articles · /)?.[1]).filter(Boolean).map(Number);
  assert.ok(counts.length >= 2, `the count is redrawn as articles finish:\n${r.stdout}`);
  assert.equal(Math.max(...counts), 6);
  assert.ok(screen.some((l) => /^merging the facts of 6 articles…/.test(l)));
  assert.ok(screen.some((l) => /^built .*graph\.json from 6 articles/.test(l)));
});
