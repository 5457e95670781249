// Gephi's own importer (gephi-toolkit, headless) opens our GEXF as is: no import warnings, every node and
// edge, parallel edges kept apart by kind, typed columns, colours, positions, a timeline when dynamic;
// and our GraphML with every node and no complaints.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeGexf } from "../../exports/gexf/index.js";
import { writeGraphml } from "../../exports/graphml/index.js";
import type { BackchannelGraph } from "../../graph/types.js";
import { awkwardGraph, sampleGraph } from "../fixtures/sample-graph.js";
import { xmlExpected } from "./support/external-readers.js";
import { gephiComplaints, gephiImport, type GephiImport } from "./support/gephi.js";

const dir = mkdtempSync(join(tmpdir(), "backchannel-gephi-"));
const WEIRD = ["organization:weird-0", "organization:weird-1", "organization:weird-2", "organization:weird-3", "organization:weird-5"];

for (const [name, make] of [["sample", sampleGraph], ["awkward", awkwardGraph]] as const)
  for (const dynamic of [false, true])
    describe(`Gephi opens the ${dynamic ? "dynamic" : "static"} GEXF of the ${name} graph`, () => {
      const graph: BackchannelGraph = make();
      let g: GephiImport;
      before(async () => {
        const file = join(dir, `${name}-${dynamic ? "dynamic" : "static"}.gexf`);
        await writeGexf(graph, file, { dynamic });
        g = gephiImport(file, WEIRD);
      });

      it("with no import warnings or errors", () => assert.deepEqual(gephiComplaints(g), []));

      it("with every node and every edge, parallel edges kept apart by their kind", () => {
        assert.equal(g.nodes, graph.order);
        assert.equal(g.edges, graph.size);
        assert.deepEqual(g.edgeKinds, [...new Set(graph.mapEdges((_e, a) => a.relation))].sort());
      });

      it("with typed columns, colours and a spread-out layout", () => {
        for (const column of ["kind:String", "aliases:String[]", "mentions:Integer", "articles:String[]", "titles:String[]"])
          assert.ok(g.nodeColumns.includes(column), `${column} in ${g.nodeColumns.join(", ")}`);
        assert.equal(g.coloredNodes, graph.order);
        assert.ok(g.xSpread > 1, `x spread ${g.xSpread}`);
      });

      it(dynamic ? "as a dynamic graph whose timeline spans the fixture's dates" : "as a static graph", () => {
        assert.equal(g.dynamic, dynamic);
        // Earliest: the Vell–Tam meeting, 2021-05-03; latest: the summit dated only "2022", so all of 2022.
        assert.deepEqual(g.timeBounds, dynamic ? ["2021-05-03", "2022-12-31"] : null);
      });

      if (name === "awkward")
        it("with awkward labels and aliases intact", () => {
          for (const key of WEIRD) {
            const a = graph.getNodeAttributes(key);
            assert.deepEqual(g.probes[key], { label: xmlExpected(a.label), aliases: a.aliases.map(xmlExpected) }, key);
          }
        });
    });

describe("Gephi opens the GraphML", () => {
  it("with every node and no warnings or errors", async () => {
    const graph = awkwardGraph();
    const file = join(dir, "awkward.graphml");
    await writeGraphml(graph, file);
    const g = gephiImport(file);
    assert.deepEqual(gephiComplaints(g), []);
    assert.equal(g.nodes, graph.order);
    assert.equal(g.coloredNodes, graph.order);
    assert.ok(g.nodeColumns.includes("mentions:Integer"));
  });
});

describe("Gephi's import report is live", () => {
  it("complains about a value that does not fit its declared type", async () => {
    const file = join(dir, "bad-type.gexf");
    await writeGexf(sampleGraph(), file);
    writeFileSync(file, readFileSync(file, "utf8").replace('<attvalue for="mentions" value="3"/>', '<attvalue for="mentions" value="three"/>'));
    const complaints = gephiComplaints(gephiImport(file));
    assert.equal(complaints.length, 1);
    assert.match(complaints[0]!, /SEVERE: .*mentions/);
  });
});
