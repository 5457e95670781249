// The whole pipeline on twelve articles in forms the earlier rounds had not tried (tests/fixtures/press): a press
// release, a digest, a briefing, a column, the Indian press's abbreviations, the passive, a summit's sidelines.
// What was fixed after they were first read, pinned on the articles themselves.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildFromInputs } from "../../src/cli/build/run.js";
import type { BackchannelGraph } from "../../graph/types.js";

const FOLDER = join(process.cwd(), "tests", "fixtures", "press");

describe("twelve articles in the forms of press releases, digests, briefings, columns and other presses", () => {
  let g: BackchannelGraph;
  before(async () => {
    g = (await buildFromInputs([FOLDER], { jobs: 1 })).graph;
  });
  const edge = (relation: string, s: string, t: string) => g.hasEdge(`${relation}:${s}->${t}`) || (relation === "MET_WITH" && g.hasEdge(`${relation}:${t}->${s}`));
  const people = () => g.filterNodes((_n, a) => a.kind === "Person").map((n) => g.getNodeAttribute(n, "label"));

  it("posts are no people: 'External Affairs Minister (EAM) S. Jaishankar', 'Joint Secretary (…) X', 'H.E. Mr. X', 'Undersecretary for Policy X'", () => {
    const names = people();
    for (const post of ["External Affairs Minister", "Joint Secretary", "Additional Secretary", "High Commissioner"]) assert.ok(!names.includes(post), post);
    for (const name of ["S. Jaishankar", "Kavita Raghunathan", "Domingos Kiala Neto", "Miguel Dantes Ocampo"]) assert.ok(names.includes(name), name);
    assert.ok(edge("MET_WITH", "person:ibrahim-sharif", "person:s-jaishankar"));
  });

  it("a Maldivian minister is the Maldives'; Guinea-Bissau's prime minister is not Guinea's", () => {
    assert.ok(edge("HOLDS_OFFICE", "person:ibrahim-sharif", "government:maldives"));
    assert.ok(edge("HOLDS_OFFICE", "person:rui-duarte-de-barros", "government:guinea-bissau"));
    assert.ok(!edge("HOLDS_OFFICE", "person:rui-duarte-de-barros", "government:guinea"));
  });

  it("'The meeting with Sheinbaum' after a sentence naming Starmer deep inside is Albanese's", () => {
    assert.ok(edge("MET_WITH", "person:anthony-albanese", "person:claudia-sheinbaum"));
    assert.ok(!edge("MET_WITH", "person:keir-starmer", "person:claudia-sheinbaum"));
  });

  it("'held bilateral meetings with A, B, the British prime minister, and …': one each; 'The meeting with Xi, held at …' and 'Albanese's talks with Starmer … focused on' were held", () => {
    for (const p of ["person:xi-jinping", "person:keir-starmer", "person:claudia-sheinbaum"]) assert.ok(edge("MET_WITH", "person:anthony-albanese", p), p);
    const withXi = g.filterNodes((n, a) => a.kind === "Meeting" && edge("PARTICIPANT_IN", "person:xi-jinping", n));
    assert.deepEqual(withXi.map((m) => g.getNodeAttribute(m, "status")), ["held"]);
    assert.ok(edge("PARTICIPANT_IN", "person:penny-wong", withXi[0]));
  });

  it("the passive story: a message from X of Senegal delivered to Y by Z, who was received by Y; an invitation extended to A by B", () => {
    assert.ok(edge("CONVEYED_VIA", "person:bassirou-diomaye-faye", "person:yassine-fall"));
    assert.ok(edge("CONVEYED_TO", "person:yassine-fall", "person:rui-duarte-de-barros"));
    assert.ok(edge("MET_WITH", "person:yassine-fall", "person:rui-duarte-de-barros"));
    assert.ok(edge("INVITED", "person:umaro-sissoco-embalo", "person:bassirou-diomaye-faye"));
    // "A meeting between Ms. Haugland and Guinea-Bissau's minister of fisheries, Malam Djaló, … was cancelled"
    const called = g.filterNodes((n, a) => a.kind === "Meeting" && edge("PARTICIPANT_IN", "person:malam-djalo", n));
    assert.deepEqual(called.map((m) => g.getNodeAttribute(m, "status")), ["cancelled"]);
    // "The talks were hosted by Norway" (no one named) is no other story's meeting of Norway
    assert.ok(!g.someNode((n, a) => a.kind === "Meeting" && a.articles.length > 1));
  });

  it("a ministry's own release: its minister's bare post is its state's; 'the Ministry of External Relations of Angola' is Angola's; 'the Minister of External Relations of Angola, Téte António,' is a person, Angola's", () => {
    assert.deepEqual(g.outNeighbors("person:paulo-rangel").filter((n) => n.startsWith("government:")), ["government:portugal"]);
    assert.ok(edge("AFFILIATED_WITH", "organization:ministry-of-external-relations-of-angola", "government:angola"));
    assert.ok(!g.someNode((_n, a) => /^Portuguese Ministry of External Relations/.test(a.label)));
    assert.deepEqual(g.outNeighbors("person:tete-antonio").filter((n) => n.startsWith("government:")), ["government:angola"]);
    assert.ok(edge("HOLDS_OFFICE", "person:domingos-kiala-neto", "government:angola"));
  });

  it("'the visiting dignitary called on President Murmu' is the visiting minister's call", () => {
    assert.ok(edge("MET_WITH", "person:ibrahim-sharif", "person:droupadi-murmu"));
    assert.ok(!edge("MET_WITH", "person:kavita-raghunathan", "person:droupadi-murmu"));
  });
});
