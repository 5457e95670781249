// Fast tests of the Neo4j exports' pure parts on the sample graphs: rows per label and relationship type,
// property types, Cypher literals and script lines, CSV fields and headers, option validation. No server.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_RELATIONS, KINDS } from "../../graph/schema.js";
import { isBackchannelError } from "../../graph/errors.js";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { COMMON_LABEL, batches, evidenceArrays, toPropertyGraph } from "../../exports/neo4j/property-graph.js";
import { inferPropertyTypes, typedProperties } from "../../exports/neo4j/property-types.js";
import { mergeNodesQuery, mergeRelationshipsQuery, quoteIdentifier, schemaStatements } from "../../exports/neo4j/cypher-queries.js";
import { validateNeo4jExportOptions, DEFAULT_NEO4J_EXPORT } from "../../exports/neo4j/options.js";
import { cypherFloat, cypherString } from "../../exports/cypher/cypher-literal.js";
import { cypherScriptLines, scriptStatements, writeCypherScript } from "../../exports/cypher/write-cypher.js";
import { adminType, csvField, writeNeo4jCsv } from "../../exports/csv/write-csv.js";
import { delimiterArgument, shellQuote } from "../../exports/csv/csv-readme.js";

describe("property graph rows", () => {
  const g = sampleGraph();
  const pg = toPropertyGraph(g);

  it("groups every node under its kind and every edge under its relation, in schema order", () => {
    assert.deepEqual(pg.nodes.map((x) => x.label), KINDS.filter((k) => g.someNode((_, a) => a.kind === k)));
    assert.deepEqual(pg.relationships.map((x) => x.type), ALL_RELATIONS.filter((r) => g.someEdge((_, a) => a.relation === r)));
    for (const group of pg.nodes)
      assert.deepEqual(group.rows.map((r) => r.id).sort(), g.filterNodes((_, a) => a.kind === group.label).sort());
    for (const group of pg.relationships)
      assert.deepEqual(group.rows.map((r) => r.key).sort(), g.filterEdges((_, a) => a.relation === group.type).sort());
    assert.equal(pg.nodeCount, g.order);
    assert.equal(pg.relationshipCount, g.size);
  });

  it("keeps the node key as id, the edge key as key, and the graph's ends", () => {
    const person = pg.nodes.find((x) => x.label === "Person")!.rows.find((r) => r.id === "person:ada-vell")!;
    assert.equal(person.props.id, "person:ada-vell");
    assert.deepEqual(person.props.titles, ["Foreign Minister"]);
    const via = pg.relationships.find((x) => x.type === "CONVEYED_VIA")!.rows[0]!;
    assert.equal(via.props.key, via.key);
    assert.equal(via.source, g.source(via.key));
    assert.equal(via.target, g.target(via.key));
  });

  it("stores evidence as parallel arrays, and none on MENTIONED_IN", () => {
    const to = pg.relationships.find((x) => x.type === "CONVEYED_TO")!.rows[0]!;
    const ev = g.getEdgeAttribute(to.key, "evidence");
    assert.deepEqual(to.props.evidence_text, ev.map((e) => e.text));
    assert.deepEqual(to.props.evidence_start, ev.map((e) => e.start));
    assert.deepEqual(to.props.evidence_article, ev.map((e) => e.article));
    assert.deepEqual(to.props.attribution, ["diplomatic sources"]);
    for (const r of pg.relationships.find((x) => x.type === "MENTIONED_IN")!.rows)
      assert.ok(!Object.keys(r.props).some((k) => k.startsWith("evidence_")));
  });

  it("fills a missing evidence field with \"\" so the arrays stay parallel", () => {
    const arrays = evidenceArrays([
      { article: "a", text: "x", start: 0, end: 1, rule: "r" },
      { article: "b", text: "y", start: 2, end: 3 },
    ]);
    assert.deepEqual(arrays.evidence_rule, ["r", ""]);
    assert.equal(arrays.evidence_attribution, undefined);
    assert.deepEqual(arrays.evidence_end, [1, 3]);
  });

  it("types each property once per group", () => {
    const types = pg.nodes.find((x) => x.label === "Person")!.types;
    assert.equal(types.get("mentions"), "int");
    assert.equal(types.get("aliases"), "string[]");
    assert.equal(types.get("label"), "string");
    const rel = pg.relationships.find((x) => x.type === "CONVEYED_TO")!.types;
    assert.equal(rel.get("evidence_start"), "int[]");
  });

  it("rejects a node of unknown kind with EINPUT", () => {
    const bad = sampleGraph();
    bad.mergeNodeAttributes("place:port-arlen", { kind: "Planet" as never });
    assert.throws(() => toPropertyGraph(bad), (e) => isBackchannelError(e) && e.code === "EINPUT" && /place:port-arlen/.test(e.message));
  });

  it("splits rows into batches", () => {
    assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.deepEqual(batches([], 3), []);
  });
});

describe("property types", () => {
  const table: [Record<string, unknown>[], Record<string, string>][] = [
    [[{ a: 1 }, { a: 2 }], { a: "int" }],
    [[{ a: 1 }, { a: 2.5 }], { a: "float" }],
    [[{ a: 1 }, { a: "x" }], { a: "string" }],
    [[{ a: true }], { a: "boolean" }],
    [[{ a: ["x"] }, { a: [] }], { a: "string[]" }],
    [[{ a: [1, 2] }, { a: 3 }], { a: "int[]" }],
    [[{ a: { nested: 1 } }], { a: "string" }],
    [[{ a: null }, { a: [] }], {}],
  ];
  for (const [rows, expected] of table)
    it(`${JSON.stringify(rows)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(Object.fromEntries(inferPropertyTypes(rows)), expected);
    });

  it("drops absent values and coerces to the group's type", () => {
    const types = inferPropertyTypes([{ a: 1, b: ["x"], c: { k: 1 } }, { a: "y", b: "z" }]);
    assert.deepEqual(typedProperties({ a: 1, b: "z", c: { k: 1 }, d: null }, types), { a: "1", b: ["z"], c: '{"k":1}' });
    assert.deepEqual(typedProperties({ b: [] }, types), {});
  });
});

describe("Cypher text", () => {
  const strings: [string, string][] = [
    ["plain", "'plain'"],
    ["it's", "'it\\'s'"],
    ["back\\slash", "'back\\\\slash'"],
    ["line\nbreak\ttab", "'line\\u000abreak\\u0009tab'"],
    ["sep\u2028x", "'sep\\u2028x'"],
    ["🇯🇵 漢字 \"q\"", "'🇯🇵 漢字 \"q\"'"],
    ["lone \ud800 surrogate", "'lone \\ud800 surrogate'"],
  ];
  for (const [input, expected] of strings) it(`escapes ${JSON.stringify(input)}`, () => assert.equal(cypherString(input), expected));

  it("writes floats that stay floats", () => {
    assert.equal(cypherFloat(2), "2.0");
    assert.equal(cypherFloat(0.25), "0.25");
    assert.equal(cypherFloat(1e21), "1e21");
    assert.equal(cypherFloat(1.5e-7), "1.5e-7");
  });

  it("quotes identifiers only when needed", () => {
    assert.equal(quoteIdentifier("CONVEYED_VIA"), "CONVEYED_VIA");
    assert.equal(quoteIdentifier("a b`c"), "`a b``c`");
  });

  it("creates the constraints IF NOT EXISTS: the common label's id and each relation's key", () => {
    const s = schemaStatements();
    assert.ok(s.every((x) => x.includes("IF NOT EXISTS")));
    assert.ok(s.some((x) => x.includes(`(n:${COMMON_LABEL}) REQUIRE n.id IS UNIQUE`)));
    for (const r of ALL_RELATIONS) assert.ok(s.some((x) => x.includes(`[r:${r}]`) && x.includes("r.key IS UNIQUE")), r);
  });

  it("MERGEs on the stable id and the edge key, from $rows", () => {
    assert.match(mergeNodesQuery("Person"), /^UNWIND \$rows AS row\nMERGE \(n:Entity \{id: row\.id\}\)/);
    assert.match(mergeNodesQuery("Person"), /SET n = row\.props, n:Person/);
    assert.match(mergeRelationshipsQuery("MET_WITH"), /MERGE \(s\)-\[r:MET_WITH \{key: row\.key\}\]->\(t\)/);
  });

  it("writes one statement per line even for hostile strings", async () => {
    const g = awkwardGraph();
    const lines = [...cypherScriptLines(g, { batchSize: 2 })];
    const statements = lines.filter((l) => !l.startsWith("//"));
    assert.ok(statements.every((l) => l.endsWith(";") && !/[\n\r\u2028\u2029]/.test(l)));
    const pg = toPropertyGraph(g);
    const expectedBatches = [...pg.nodes, ...pg.relationships].reduce((n, grp) => n + Math.ceil(grp.rows.length / 2), 0);
    assert.equal(statements.length, schemaStatements().length + 1 + expectedBatches);
    const file = join(mkdtempSync(join(tmpdir(), "backchannel-cypher-")), "graph.cypher");
    await writeCypherScript(g, file, { batchSize: 2 });
    assert.equal(scriptStatements(readFileSync(file, "utf8")).length, statements.length);
  });
});

describe("neo4j-admin CSV", () => {
  it("quotes every field, doubling quotes", () => {
    assert.equal(csvField('say "hi", ok'), '"say ""hi"", ok"');
    assert.equal(adminType("int[]"), "long[]");
    assert.equal(adminType("float"), "double");
    assert.equal(delimiterArgument("\u001e"), "U+001E");
    assert.equal(shellQuote("it's"), `'it'\\''s'`);
  });

  it("writes one file per kind and relation with neo4j-admin headers and a README with the command", async () => {
    const g = sampleGraph();
    const dir = mkdtempSync(join(tmpdir(), "backchannel-csv-"));
    const out = await writeNeo4jCsv(g, dir);
    const pg = toPropertyGraph(g);
    assert.equal(out.files.length, pg.nodes.length + pg.relationships.length);
    const person = readFileSync(join(dir, "nodes-Person.csv"), "utf8").trim().split("\n");
    assert.match(person[0]!, /^"id:ID",":LABEL",/);
    assert.match(person[0]!, /"mentions:long"/);
    assert.match(person[0]!, /"aliases:string\[\]"/);
    assert.equal(person.length, 1 + g.filterNodes((_, a) => a.kind === "Person").length);
    assert.match(person[1]!, /"Entity;Person"/);
    const rel = readFileSync(join(dir, "relationships-CONVEYED_TO.csv"), "utf8").split("\n")[0]!;
    assert.match(rel, /^":START_ID",":END_ID",":TYPE",/);
    assert.match(rel, /"evidence_start:long\[\]"/);
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    assert.ok(readme.includes(out.command));
    assert.match(out.command, /^neo4j-admin database import full neo4j/);
    for (const f of out.files) assert.ok(out.command.includes(join(dir, f.name)), f.name);
  });

  it("picks an array delimiter that no value contains", async () => {
    const g = sampleGraph();
    g.mergeNodeAttributes("person:ada-vell", { aliases: ["Vell; Ada", "A|V"] });
    const out = await writeNeo4jCsv(g, mkdtempSync(join(tmpdir(), "backchannel-csv-")));
    assert.equal(out.arrayDelimiter, "\u001e");
    assert.match(out.command, /--array-delimiter=U\+001E/);
  });
});

describe("options", () => {
  const ok = { ...DEFAULT_NEO4J_EXPORT, password: "secret" };
  const bad: [string, object][] = [
    ["uri", { uri: "http://localhost:7474" }],
    ["password", { password: "" }],
    ["batch size", { batchSize: 0 }],
    ["timeout", { timeoutMs: -1 }],
    ["database", { database: "no spaces" }],
  ];
  for (const [what, patch] of bad)
    it(`rejects a bad ${what} with EUSAGE`, () =>
      assert.throws(() => validateNeo4jExportOptions({ ...ok, ...patch }), (e) => isBackchannelError(e) && e.code === "EUSAGE"));
  it("accepts the defaults with a password", () => validateNeo4jExportOptions(ok));
});
