// The whole pipeline on twelve articles in wire and British style (tests/fixtures/wire): what was fixed after they
// were first scored, pinned on the articles themselves (offices in apposition, denied reports, attendees, relays,
// a delegation's leader, outlets and venues).
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { buildFromInputs } from "../../src/cli/build/run.js";
import type { BackchannelGraph } from "../../graph/types.js";

const FOLDER = join(process.cwd(), "tests", "fixtures", "wire");

describe("thirty-six articles in wire, British, American, historical and other presses' styles", () => {
  let g: BackchannelGraph;
  before(async () => {
    g = (await buildFromInputs([FOLDER], { jobs: 1 })).graph;
  });
  const edge = (relation: string, s: string, t: string) => g.hasEdge(`${relation}:${s}->${t}`) || (relation === "MET_WITH" && g.hasEdge(`${relation}:${t}->${s}`));
  const officesOf = (p: string) => g.outEdges(p).filter((e) => g.getEdgeAttribute(e, "relation") === "HOLDS_OFFICE").map((e) => g.target(e));
  const meetingOf = (people: string[]) => g.filterNodes((n, a) => a.kind === "Meeting" && people.every((p) => edge("PARTICIPANT_IN", p, n)));

  it("capitalised posts set off by commas name their holders; the next name's post is not the one before", () => {
    assert.deepEqual(officesOf("person:tesfaye-gebremariam"), ["government:ethiopia"]);
    assert.deepEqual(officesOf("person:kenji-morimoto"), ["government:japan"]);
    assert.deepEqual(officesOf("person:sri-wulandari"), ["government:indonesia"]);
    assert.deepEqual(officesOf("person:sofia-restrepo"), ["government:colombia"]);
    assert.ok(!g.someNode((_n, a) => a.label === "Environment" || a.label === "Climate"));
  });

  it("a denied report tells no meeting, nor does being at the same conference; 'the two leaders' are the pair of leaders", () => {
    assert.ok(!edge("MET_WITH", "person:lee-seo-yeon", "person:aiko-tanabe"));
    const hiroshima = meetingOf(["person:park-min-jun", "person:haruto-ishikawa"]).filter((m) => edge("HELD_IN", m, "place:hiroshima"));
    assert.equal(hiroshima.length, 1);
    assert.equal(g.getNodeAttribute(hiroshima[0], "status"), "held");
  });

  it("those the talks were attended by were at them (Vostochny); a delegation's leader is at the meeting (Jeddah)", () => {
    for (const p of ["person:sergei-lavrov", "person:sergei-shoigu", "person:choe-son-hui"]) assert.equal(meetingOf(["person:vladimir-putin", "person:kim-jong-un", p]).length, 1, p);
    assert.ok(edge("MET_WITH", "person:marco-rubio", "person:andriy-yermak"));
  });

  it("received by 'the kingdom's crown prince, Y' (Jeddah); officials' secret talks 'in the Omani capital Muscat' that 'brought together' two envoys", () => {
    assert.ok(edge("MET_WITH", "person:volodymyr-zelenskiy", "person:mohammed-bin-salman"));
    const muscat = meetingOf(["person:faisal-al-otaibi", "person:reza-kazemi"]);
    assert.equal(muscat.length, 1);
    assert.ok(edge("HELD_IN", muscat[0], "place:muscat"));
    assert.equal(g.getNodeAttribute(muscat[0], "status"), "held");
    assert.deepEqual(officesOf("person:mohammed-bin-abdulrahman-al-thani"), ["government:qatar"]);
  });

  it("round two: a national agency's own leader; 'held talks with visiting X'; 'called on X'; counterparts' and senders' states", () => {
    assert.deepEqual(officesOf("person:junichiro-koizumi"), ["government:japan"]);
    assert.equal(meetingOf(["person:xi-jinping", "person:luiz-inacio-lula-da-silva"]).filter((m) => g.getNodeAttribute(m, "status") === "held").length, 1);
    assert.ok(edge("MET_WITH", "person:wang-yi", "person:narendra-modi"));
    assert.ok(!edge("MET_WITH", "person:li-qiang", "person:zhao-leji"));
    assert.deepEqual(officesOf("person:pham-duc-minh"), ["government:vietnam"]);
    assert.deepEqual(officesOf("person:nguyen-thi-lan"), ["government:vietnam"]);
    assert.ok(edge("MET_WITH", "person:joaquim-tavares", "person:carolina-mendoza"));
  });

  it("round two: documents named only by what they are, with their signers", () => {
    // (the documents of that label one of them signed: several articles have a "joint declaration")
    const signersOf = (label: string, by: string) => {
      const doc = g.findNode((n, a) => a.kind === "Document" && a.label === label && edge("SIGNED", by, n));
      return doc ? g.inEdges(doc).filter((e) => g.getEdgeAttribute(e, "relation") === "SIGNED").map((e) => g.source(e)).sort() : [];
    };
    assert.deepEqual(signersOf("joint declaration", "person:junichiro-koizumi"), ["person:junichiro-koizumi", "person:kim-jong-il"]);
    assert.ok(signersOf("ceasefire agreement", "government:nigeria").includes("government:niger"));
    assert.deepEqual(signersOf("protocol on grain corridor inspections", "person:olena-marchuk").length, 2);
  });

  it("round three: a timeline's 'receives', 'then president of Serbia', a retrospective's year, appositions of posts, 'did meet'", () => {
    const nixon = meetingOf(["person:richard-nixon", "person:yahya-khan"]);
    assert.equal(nixon.length, 1);
    assert.deepEqual([g.getNodeAttribute(nixon[0], "status"), g.getNodeAttribute(nixon[0], "date")], ["held", "1970-10-25"]);
    assert.deepEqual(officesOf("person:slobodan-milosevic"), ["government:serbia"]);
    const moscow = meetingOf(["person:george-shultz", "person:mikhail-gorbachev"]).filter((m) => edge("HELD_IN", m, "place:moscow"));
    assert.equal(moscow.length === 1 && g.getNodeAttribute(moscow[0], "date"), "1985-11-05");
    assert.ok(edge("MET_WITH", "person:ronald-reagan", "person:mikhail-gorbachev"));
    assert.deepEqual(officesOf("person:faisal-al-hamad-al-sabah"), ["government:kuwait"]);
    assert.ok(edge("MET_WITH", "person:arsen-grigoryan", "person:elnur-huseynov"));
    assert.ok(!g.someNode((_n, a) => a.label === "H.E." || a.label === "Amir" || a.label === "Mon"));
  });

  it("an outlet after 'official' is no person; a venue before its noun is a place", () => {
    assert.equal(g.getNodeAttribute("organization:kcna", "kind"), "Organization");
    assert.ok(!g.hasNode("person:kcna"));
    assert.equal(g.getNodeAttribute("place:filoli-estate", "kind"), "Place");
  });

  it("relayed demands and a rebuffed offer: who sent, who proposed", () => {
    assert.ok(edge("CONVEYED_VIA", "government:israel", "person:mohammed-bin-abdulrahman-al-thani"));
    assert.ok(edge("CONVEYED_TO", "person:mohammed-bin-abdulrahman-al-thani", "person:ismail-haniyeh"));
    const [summit] = meetingOf(["government:kenya", "government:ethiopia"]);
    assert.ok(summit && edge("PROPOSED", "government:ethiopia", summit));
    assert.ok(!g.someOutEdge("government:kenya", (_e, a) => a.relation === "PROPOSED"));
    // ("his Kenyan counterpart, Ms Wanjiru Odhiambo": the post of the one she meets, for Kenya)
    assert.deepEqual(officesOf("person:wanjiru-odhiambo"), ["government:kenya"]);
  });
});
