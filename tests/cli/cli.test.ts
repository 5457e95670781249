// The real command line (bin/backchannel.js, spawned): --help on every command and subcommand, an unknown
// command, `build` on the sample corpus (graph.json and the summary), an empty folder, a bad file among good
// ones (warned, built) and --strict (fatal, nothing written).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { COMMANDS } from "../../src/cli/index.js";
import { exportTargets } from "../../src/cli/export/targets.js";
import { evalNerCommand } from "../../src/cli/eval/command.js";
import { ALL_RELATIONS, KINDS } from "../../graph/schema.js";

const root = process.cwd();
const EXAMPLES = join(root, "examples");

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["bin/backchannel.js", ...args], { encoding: "utf8", cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const nameOf = (c: CommandModule<any, any>) => String(c.command).split(" ")[0];
const tmp = (what: string) => mkdtempSync(join(tmpdir(), `backchannel-cli-${what}-`));

describe("--help", () => {
  const paths = [[], ...COMMANDS.map((c) => [nameOf(c)]), ...exportTargets.map((c) => ["export", nameOf(c)]), ["eval", nameOf(evalNerCommand)]];
  for (const path of paths)
    it(`backchannel ${[...path, "--help"].join(" ")}`, () => {
      const r = cli([...path, "--help"]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`backchannel ${path.join(" ")}`));
      assert.match(r.stdout, /--help/);
      assert.equal(r.stderr, "");
    });
});

describe("usage errors", () => {
  it("an unknown command exits non-zero with a one-line message naming it (and a pointer to --help)", () => {
    const r = cli(["frobnicate"]);
    assert.notEqual(r.status, 0);
    const lines = r.stderr.trim().split("\n");
    assert.match(lines[0], /^backchannel: .*frobnicate/);
    assert.ok(lines.length <= 2, r.stderr);
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  });
  it("no command at all is a usage error too", () => {
    const r = cli([]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /^backchannel: /);
  });
});

describe("build on the sample corpus", () => {
  const out = tmp("examples");
  const r = cli(["build", EXAMPLES, "--out", out, "--no-progress"]);
  const graphFile = join(out, "graph.json");

  it("succeeds quietly and writes DIR/graph.json", () => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "", "the sample corpus has no bad inputs");
    assert.ok(existsSync(graphFile));
  });

  const json = () => JSON.parse(readFileSync(graphFile, "utf8"));
  it("prints the summary: articles and seconds, nodes by kind, edges by relation, matching the graph", () => {
    const g = json();
    const lines = r.stdout.trim().split("\n");
    assert.match(lines[0], /^built .*graph\.json from 6 articles\b.*\bin \d+(\.\d+)? s$/);
    const byKind = new Map<string, number>();
    for (const n of g.nodes) byKind.set(n.attributes.kind, (byKind.get(n.attributes.kind) ?? 0) + 1);
    const byRel = new Map<string, number>();
    for (const e of g.edges) byRel.set(e.attributes.relation, (byRel.get(e.attributes.relation) ?? 0) + 1);
    const parse = (line: string | undefined, head: string) => {
      const m = line?.match(new RegExp(`^\\s*${head} (\\d+): (.*)$`));
      assert.ok(m, `a "${head}" line: ${line}`);
      return { total: Number(m[1]), parts: new Map(m[2].split(", ").map((p) => [p.split(" ")[0], Number(p.split(" ")[1])])) };
    };
    const nodes = parse(lines.find((l) => /^\s*nodes /.test(l)), "nodes");
    assert.equal(nodes.total, g.nodes.length);
    assert.deepEqual(nodes.parts, byKind);
    const edges = parse(lines.find((l) => /^\s*edges /.test(l)), "edges");
    assert.equal(edges.total, g.edges.length);
    assert.deepEqual(edges.parts, byRel);
    for (const k of nodes.parts.keys()) assert.ok((KINDS as readonly string[]).includes(k), k);
    for (const k of edges.parts.keys()) assert.ok((ALL_RELATIONS as readonly string[]).includes(k), k);
  });

  it("the sample graph tells the story: six articles, people with offices, meetings with statuses, evidence on every edge", () => {
    const g = json();
    const nodes = g.nodes.map((n: any) => n.attributes);
    assert.equal(nodes.filter((a: any) => a.kind === "Article").length, 6);
    assert.ok(nodes.filter((a: any) => a.kind === "Person").length >= 6);
    const statuses = new Set(nodes.filter((a: any) => a.kind === "Meeting").map((a: any) => a.status));
    for (const s of ["held", "cancelled"]) assert.ok(statuses.has(s), `a ${s} meeting`);
    const rels = new Set(g.edges.map((e: any) => e.attributes.relation));
    for (const r of ["HOLDS_OFFICE", "RELATIVE_OF", "INVITED", "SIGNED", "MET_WITH", "CONVEYED_VIA", "CONVEYED_TO", "ASKED", "PARTICIPANT_IN", "MENTIONED_IN"]) assert.ok(rels.has(r), r);
    for (const e of g.edges) if (e.attributes.relation !== "MENTIONED_IN") assert.ok(e.attributes.evidence.length > 0 && e.attributes.evidence.every((x: any) => x.text && x.article));
  });

  it("evidence in a plain-text article is the exact slice at its offsets", () => {
    const g = json();
    const text = readFileSync(join(EXAMPLES, "uruguayan-channel.txt"), "utf8");
    const evs = g.edges.flatMap((e: any) => e.attributes.evidence).filter((x: any) => x.article === "uruguayan-channel");
    assert.ok(evs.length > 0);
    for (const ev of evs) assert.equal(text.slice(ev.start, ev.end), ev.text);
  });
});

describe("build errors", () => {
  it("an empty folder is a one-line error, non-zero, and writes nothing", () => {
    const empty = tmp("empty-in");
    const out = join(tmp("empty-out"), "graph-dir");
    const r = cli(["build", empty, "--out", out, "--no-progress"]);
    assert.notEqual(r.status, 0);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^backchannel: .*no readable articles/);
    assert.equal(existsSync(join(out, "graph.json")), false);
  });

  const mixed = tmp("mixed");
  mkdirSync(join(mixed, "in"));
  copyFileSync(join(EXAMPLES, "uruguayan-channel.txt"), join(mixed, "in", "good.txt"));
  writeFileSync(join(mixed, "in", "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");

  it("a bad file among good ones: one warning line naming it, the rest is built", () => {
    const out = join(mixed, "out");
    const r = cli(["build", join(mixed, "in"), "--out", out, "--no-progress"]);
    assert.equal(r.status, 0, r.stderr);
    const warnings = r.stderr.trim().split("\n");
    assert.equal(warnings.length, 1, r.stderr);
    assert.match(warnings[0], /broken\.md:\d+: malformed YAML front matter/);
    assert.match(r.stdout, /from 1 articles?/);
    assert.ok(existsSync(join(out, "graph.json")));
  });

  it("--strict makes it fatal: non-zero, one line, no graph.json and no temp files left", () => {
    const out = join(mixed, "strict-out");
    const r = cli(["build", join(mixed, "in"), "--out", out, "--strict", "--no-progress"]);
    assert.notEqual(r.status, 0);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /broken\.md:\d+: malformed YAML front matter/);
    assert.equal(existsSync(join(out, "graph.json")), false);
    if (existsSync(out)) assert.deepEqual(readdirSync(out).filter((f) => /\.tmp|graph/.test(f)), []);
  });
});
