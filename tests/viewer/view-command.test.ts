// `backchannel view DIR`: the real CLI serves the page and DIR/graph.json on 127.0.0.1, refuses anything
// else, fails in one line without a graph; writeStaticViewer copies a self-contained page beside a graph.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleGraph } from "../fixtures/sample-graph.js";
import { linkOrCopyAtomic, writeStaticViewer } from "../../src/cli/view/static-copy.js";
import { runCli, startView, writeGraphDir, type RunningView } from "./serve-cli.js";

describe("backchannel view", () => {
  let dir: string;
  let view: RunningView;

  before(async () => {
    dir = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-view-")), sampleGraph());
    view = await startView([dir]);
  });
  after(async () => {
    await view?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves the page and the graph of DIR", async () => {
    const page = await fetch(view.url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await page.text(), /<script src="app.js"/);
    const js = await fetch(new URL("app.js", view.url));
    assert.equal(js.status, 200);
    assert.ok((await js.text()).length > 10_000, "app.js is the bundle");
    const graph = await fetch(new URL("graph.json", view.url));
    assert.equal(graph.status, 200);
    assert.equal(await graph.text(), await readFile(join(dir, "graph.json"), "utf8"));
  });

  it("serves nothing outside the bundle and the graph", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/graph.js", "/node_modules/sigma/package.json"]) {
      const res = await fetch(new URL(path, view.url));
      assert.equal(res.status, 404, path);
    }
    const post = await fetch(view.url, { method: "POST", body: "x" });
    assert.equal(post.status, 405);
  });

  it("stops cleanly on SIGTERM", async () => {
    const other = await startView([dir, "--port", "0"]);
    assert.equal(await other.stop(), 0);
  });

  it("fails in one line when DIR has no graph", async () => {
    const empty = await mkdtemp(join(tmpdir(), "bc-view-empty-"));
    try {
      const r = await runCli(["view", empty, "--no-open"]);
      assert.notEqual(r.code, 0);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /graph\.json: no graph here/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("rejects a bad port in one line", async () => {
    const r = await runCli(["view", dir, "--port", "70000", "--no-open"]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr.trim(), /^backchannel: --port 70000: /);
  });
});

describe("writeStaticViewer", () => {
  it("copies the page, graph.json and graph.js into OUT/viewer", async () => {
    const out = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-static-")), sampleGraph());
    try {
      await writeStaticViewer(out);
      const files = await readdir(join(out, "viewer"));
      for (const f of ["index.html", "app.js", "app.css", "graph.json", "graph.js"]) assert.ok(files.includes(f), f);
      assert.ok(!files.some((f) => f.endsWith(".tmp")), "no temp files left");
      const json = await readFile(join(out, "graph.json"), "utf8");
      assert.equal(await readFile(join(out, "viewer", "graph.json"), "utf8"), json);
      const script = await readFile(join(out, "viewer", "graph.js"), "utf8");
      const assigned = script.slice(script.indexOf("=") + 1).trim().replace(/;$/, "");
      assert.deepEqual(JSON.parse(assigned), JSON.parse(json));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("gives the page graph.json as a second name for OUT/graph.json, not a second copy", async () => {
    const out = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-static-link-")), sampleGraph());
    try {
      await writeStaticViewer(out);
      const [a, b] = await Promise.all([stat(join(out, "graph.json")), stat(join(out, "viewer", "graph.json"))]);
      assert.equal(b.ino, a.ino, "one file on disk");
      assert.equal(a.nlink, 2);
      // again with the same graph.json: nothing changes, and no name is left behind
      await writeStaticViewer(out);
      assert.equal((await stat(join(out, "graph.json"))).nlink, 2);
      assert.ok(!(await readdir(join(out, "viewer"))).some((f) => f.startsWith(".")), "no temp names left");
      // a later build renames a new graph.json into place: the page's name is re-pointed to it, atomically
      await writeFile(join(out, ".next.json"), '{"nodes":[],"edges":[]}');
      await rename(join(out, ".next.json"), join(out, "graph.json"));
      await writeStaticViewer(out);
      assert.equal(await readFile(join(out, "viewer", "graph.json"), "utf8"), '{"nodes":[],"edges":[]}');
      assert.ok(!(await readdir(join(out, "viewer"))).some((f) => f.startsWith(".")), "no temp names left");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("copies where it cannot link (a missing source fails in one line and leaves the target as it was)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bc-static-copy-"));
    try {
      await writeFile(join(dir, "to.json"), "old");
      await assert.rejects(linkOrCopyAtomic(join(dir, "missing.json"), join(dir, "to.json")), { name: "BackchannelError", code: "EWRITE" });
      assert.equal(await readFile(join(dir, "to.json"), "utf8"), "old");
      assert.deepEqual((await readdir(dir)).sort(), ["to.json"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("leaves graph.js out above the size a page loads from a script, and removes an older one", async () => {
    const out = await writeGraphDir(await mkdtemp(join(tmpdir(), "bc-static-big-")), sampleGraph());
    try {
      await writeStaticViewer(out);
      assert.ok((await readdir(join(out, "viewer"))).includes("graph.js"));
      const notes: string[] = [];
      await writeStaticViewer(out, undefined, { maxScriptBytes: 10, onNote: (m) => notes.push(m) });
      const files = await readdir(join(out, "viewer"));
      assert.ok(!files.includes("graph.js"), "a stale graph.js would show the old graph from disk");
      assert.ok(files.includes("graph.json"));
      assert.equal(notes.length, 1);
      assert.match(notes[0], /graph\.js not written: graph\.json is \d+ MiB.*backchannel view/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("refuses a folder without graph.json", async () => {
    const empty = await mkdtemp(join(tmpdir(), "bc-static-empty-"));
    try {
      await assert.rejects(writeStaticViewer(empty), { name: "BackchannelError", code: "ENOGRAPH" });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
