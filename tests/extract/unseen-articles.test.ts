// The whole pipeline (reading, extraction, merge) on two articles unlike the seeds: front matter in a .txt file,
// offices in organisations ("Mossad chief", "United Nations Secretary-General"), a field word between state and
// title ("Egypt's intelligence chief"), names with "of the", passive "were held", "the two presidents" after a
// sentence that named them as a pair.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildFromInputs } from "../../src/cli/build/run.js";
import type { BackchannelGraph } from "../../graph/types.js";

const FOLDER = join(process.cwd(), "tests", "fixtures", "unseen");

describe("two articles unlike the seeds", () => {
  let g: BackchannelGraph;
  before(async () => {
    g = (await buildFromInputs([FOLDER], { jobs: 1 })).graph;
  });
  const edge = (relation: string, s: string, t: string) => g.hasEdge(`${relation}:${s}->${t}`);
  const officesOf = (p: string) => g.outEdges(p).filter((e) => g.getEdgeAttribute(e, "relation") === "HOLDS_OFFICE").map((e) => g.target(e));

  it("reads the front matter of a .txt file: title and date, and no person named after its source", () => {
    assert.equal(g.getNodeAttribute("article:havana-channel", "title"), "Vatican quietly carried messages between Havana and Washington");
    assert.equal(g.getNodeAttribute("article:havana-channel", "date"), "2014-12-18");
    assert.ok(!g.someNode((_n, a) => a.label === "Example Wire"));
  });

  it("offices: a state through a field word, organisations named before a title", () => {
    assert.deepEqual(officesOf("person:abbas-kamel"), ["government:egypt"]);
    assert.equal(g.getEdgeAttribute("HOLDS_OFFICE:person:abbas-kamel->government:egypt", "title"), "intelligence chief");
    assert.deepEqual(officesOf("person:antonio-guterres"), ["organization:united-nations"]);
    assert.deepEqual(officesOf("person:david-barnea"), ["organization:mossad"]);
    assert.deepEqual(officesOf("person:william-burns"), ["organization:cia"]);
  });

  it("no state guessed for a pope, or from where a visitor goes", () => {
    assert.deepEqual(officesOf("person:francis"), []);
    assert.deepEqual(officesOf("person:john-kerry"), ["government:united-states"]);
  });

  it("no person is a bare title", () => {
    assert.ok(!g.someNode((_n, a) => a.kind === "Person" && /^(Prime Minister|Foreign Minister|President|Secretary of State)$/.test(a.label)));
  });

  it('names with "of the": an organisation with its acronym, and a named summit', () => {
    const icrc = "organization:international-committee-of-the-red-cross";
    assert.ok(g.hasNode(icrc));
    assert.ok(g.getNodeAttribute(icrc, "aliases").includes("ICRC"));
    assert.ok(g.someNode((_n, a) => a.kind === "Meeting" && a.label === "Summit of the Americas"));
  });

  it('"Talks between Egypt, Qatar and the United States were held in Cairo": a held meeting of the three, in Cairo', () => {
    const m = g.findNode((n, a) => a.kind === "Meeting" && ["egypt", "qatar", "united-states"].every((s) => edge("PARTICIPANT_IN", `government:${s}`, n)));
    assert.ok(m);
    assert.equal(g.getNodeAttribute(m, "status"), "held");
    assert.ok(edge("HELD_IN", m, "place:cairo"));
  });

  it("the Doha meeting was held: MET_WITH; the one planned in Paris is not", () => {
    assert.ok(edge("MET_WITH", "person:mohammed-bin-abdulrahman-al-thani", "person:william-burns"));
    const paris = g.findNode((n, a) => a.kind === "Meeting" && edge("HELD_IN", n, "place:paris"));
    assert.equal(paris && g.getNodeAttribute(paris, "status"), "planned");
    assert.ok(!edge("MET_WITH", "person:david-barnea", "person:william-burns") && !edge("MET_WITH", "person:william-burns", "person:david-barnea"));
  });

  it("a bare 'Foreign Minister' in a sentence quoting Israeli officials is Israel's, not the dateline's (Doha)", () => {
    assert.deepEqual(officesOf("person:eli-cohen"), ["government:israel"]);
  });

  it("'The two presidents are expected to meet in Panama': a planned Obama–Castro meeting", () => {
    assert.ok(g.someNode((n, a) => a.kind === "Meeting" && a.status === "planned" && edge("PARTICIPANT_IN", "person:barack-obama", n) && edge("PARTICIPANT_IN", "person:raul-castro", n)));
  });
});
