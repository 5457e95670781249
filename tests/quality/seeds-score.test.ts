// The regression gate of issue 2: builds ../shared/seeds through the real CLI into a temp folder and scores the
// graph with ../shared/eval/score.mjs. Entity F1 ≥ 0.90, meeting F1 ≥ 0.85 with status right ≥ 90%, relation
// F1 ≥ 0.80, no forbidden edges, every scored edge quoting its sentence.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
const SEEDS = join(root, "..", "shared", "seeds");
const SCORER = join(root, "..", "shared", "eval", "score.mjs");

interface Score {
  entities: { f: number };
  meetings: { f: number; statusAccuracy: number };
  relations: { f: number; negatives: string[] };
  evidence: { edges: number; quoted: number };
}

describe("the seeds' graph against the answer key", { skip: !existsSync(SCORER) && "../shared/eval is not beside the repository" }, () => {
  let score: Score;
  before(() => {
    const out = mkdtempSync(join(tmpdir(), "backchannel-quality-"));
    const build = spawnSync(process.execPath, ["bin/backchannel.js", "build", SEEDS, "--out", out, "--no-progress"], { encoding: "utf8", cwd: root });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
    const scored = spawnSync(process.execPath, [SCORER, join(out, "graph.json"), "--json"], { encoding: "utf8", cwd: root });
    assert.equal(scored.status, 0, `scorer failed: ${scored.stderr}`);
    score = JSON.parse(scored.stdout);
  });

  const floor = (what: string, get: (s: Score) => number, min: number) =>
    it(`${what} ≥ ${min.toFixed(2)}`, () => assert.ok(get(score) >= min, `${what} is ${get(score).toFixed(3)}`));
  // (issue 2 asked for 0.90, 0.85, 0.90 and 0.80; the seeds have scored 1.00 on all four for many sessions, and the
  // floors are raised to what is kept, as the held-out sets' are, so that a rule lowering them fails here: the
  // forty-third session's first "asked … to convey to <state>" change lowered relation F1 to 0.99 and passed)
  floor("entity F1", (s) => s.entities.f, 1);
  floor("meeting F1", (s) => s.meetings.f, 1);
  floor("meeting status accuracy", (s) => s.meetings.statusAccuracy, 1);
  floor("relation F1", (s) => s.relations.f, 1);
  it("no forbidden edges (e.g. MET_WITH for a summit only proposed)", () => assert.deepEqual(score.relations.negatives, []));
  it("evidence 1.00: every scored edge quotes a sentence found in its article", () => {
    assert.ok(score.evidence.edges > 0);
    assert.equal(score.evidence.quoted, score.evidence.edges);
  });
});
