// The hand-written expected facts of eight articles no rule was fitted to when they were written
// (tests/fixtures/heldout), scored by scripts/score-facts.mjs: the script reads its format, and the whole pipeline
// keeps at least what it found after the fixes found on them (122 of 151 facts, no MET_WITH a line forbids).
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = process.cwd();
const score = (graph: string, expected: string) => spawnSync(process.execPath, [join(ROOT, "scripts", "score-facts.mjs"), graph, expected], { encoding: "utf8" });

describe("held-out articles scored against their expected facts", () => {
  let out: string;
  before(() => {
    out = mkdtempSync(join(tmpdir(), "backchannel-heldout-"));
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "backchannel.js"), "build", join(ROOT, "tests", "fixtures", "heldout"), "--out", out, "--jobs", "1", "--no-progress"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  /** A node and an edge of a hand-made graph, and its score against `expected` (the scorer's output). */
  const node = (key: string, label: string, kind = "Person") => ({ key, attributes: { label, kind, aliases: [] } });
  const edge = (relation: string, source: string, target: string) => ({ key: `${relation}:${source}->${target}`, source, target, attributes: { relation, evidence: [] } });
  const scoreTiny = (name: string, graph: { nodes: unknown[]; edges: unknown[] }, expected: string): string => {
    writeFileSync(join(out, `${name}.json`), JSON.stringify(graph));
    writeFileSync(join(out, `${name}.md`), expected);
    const r = score(join(out, `${name}.json`), join(out, `${name}.md`));
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };

  it("the scorer counts a fact found, one missed and a MET_WITH no line expects", () => {
    const stdout = scoreTiny(
      "tiny",
      {
        nodes: [node("person:ana-quispe", "Ana Quispe"), node("person:rodrigo-mamani", "Rodrigo Mamani"), node("government:peru", "Peru", "Government")],
        edges: [edge("HOLDS_OFFICE", "person:ana-quispe", "government:peru"), edge("MET_WITH", "person:ana-quispe", "person:rodrigo-mamani")],
      },
      "OFFICE: Ana Quispe | Peru\nOFFICE: Rodrigo Mamani | Bolivia\nNOT_MET_WITH: Ana Quispe | Rodrigo Mamani\n",
    );
    assert.match(stdout, /^OFFICE\s+1\/2$/m);
    assert.match(stdout, /MET_WITH edges 1, 1 not expected: Ana Quispe–Rodrigo Mamani; forbidden pairs present 1/);
  });

  it('the scorer tells a person by the surname before a generational suffix: "Gilberto Teodoro Jr." is not "Ferdinand Marcos Jr."', () => {
    const stdout = scoreTiny(
      "suffix",
      {
        nodes: [node("person:toshimitsu-motegi", "Toshimitsu Motegi"), node("person:ferdinand-marcos-jr", "Ferdinand Marcos Jr."), node("person:gilberto-teodoro-jr", "Gilberto Teodoro Jr.")],
        edges: [edge("MET_WITH", "person:toshimitsu-motegi", "person:ferdinand-marcos-jr")],
      },
      "MET_WITH: Toshimitsu Motegi | Ferdinand Marcos Jr.\nNOT_MET_WITH: Toshimitsu Motegi | Gilberto Teodoro Jr.\n",
    );
    assert.match(stdout, /^MET_WITH\s+1\/1$/m);
    assert.match(stdout, /forbidden pairs present 0/);
  });

  it('the scorer does not take a first name for a surname: "Mahathir Mohamad" is not "Mohamad Hasan", "Takaichi Sanae" is "Sanae Takaichi"', () => {
    const stdout = scoreTiny(
      "first",
      {
        nodes: [node("person:mohamad-hasan", "Mohamad Hasan"), node("person:prabowo-subianto", "Prabowo Subianto"), node("person:sanae-takaichi", "Sanae Takaichi")],
        edges: [edge("MET_WITH", "person:mohamad-hasan", "person:prabowo-subianto"), edge("MET_WITH", "person:sanae-takaichi", "person:prabowo-subianto")],
      },
      "MET_WITH: Takaichi Sanae | Prabowo Subianto\nNOT_MET_WITH: Mahathir Mohamad | Prabowo Subianto\n",
    );
    assert.match(stdout, /^MET_WITH\s+1\/1$/m);
    assert.match(stdout, /forbidden pairs present 0/);
  });

  it('the scorer tells two long names sharing a family name apart by their first words: "Meshal Al-Ahmad Al-Jaber Al-Sabah" is not "Ahmad Abdullah Al-Ahmad Al-Sabah", "Sheikh Sabah Khaled Al-Hamad Al-Sabah" is "Sabah Khaled Al-Hamad Al-Sabah"', () => {
    const stdout = scoreTiny(
      "long",
      {
        nodes: [node("person:ahmad-abdullah-al-ahmad-al-sabah", "Ahmad Abdullah Al-Ahmad Al-Sabah"), node("person:haitham-bin-tarik", "Haitham bin Tarik"), node("person:sabah-khaled-al-hamad-al-sabah", "Sheikh Sabah Khaled Al-Hamad Al-Sabah"), node("government:kuwait", "Kuwait", "Government")],
        edges: [edge("MET_WITH", "person:ahmad-abdullah-al-ahmad-al-sabah", "person:haitham-bin-tarik"), edge("HOLDS_OFFICE", "person:sabah-khaled-al-hamad-al-sabah", "government:kuwait")],
      },
      "MET_WITH: Ahmad Abdullah Al-Ahmad Al-Sabah | Haitham bin Tarik\nOFFICE: Sabah Khaled Al-Hamad Al-Sabah | Kuwait\nOFFICE: Meshal Al-Ahmad Al-Jaber Al-Sabah | Kuwait\nNOT_MET_WITH: Meshal Al-Ahmad Al-Jaber Al-Sabah | Haitham bin Tarik\n",
    );
    assert.match(stdout, /^OFFICE\s+1\/2$/m);
    assert.match(stdout, /forbidden pairs present 0/);
  });

  // later sets: [folder, facts found when written (before any change made for them), floor now, facts expected, and, for a
  // set only measured so far (none of its misses fixed yet) or one whose fixes left some, the forbidden MET_WITH pairs
  // it still has]
  const later: [string, number, number, number, number?][] = [
    ["heldout2", 66, 132, 165],
    ["heldout3", 57, 138, 165],
    ["heldout4", 65, 153, 182],
    ["heldout5", 76, 193, 234],
    // (heldout6 195 → 193 with no change of extraction: the scorer no longer credits Sabah Khaled Al-Sabah's two facts
    // to the Amir, a long name sharing his family name)
    ["heldout6", 104, 204, 247],
    ["heldout7", 73, 198, 255],
    ["heldout8", 68, 201, 257],
    ["heldout9", 81, 172, 208],
    ["heldout10", 112, 177, 216],
    ["heldout11", 105, 209, 227],
    ["heldout12", 95, 207, 235],
    ["heldout13", 107, 235, 254],
    ["heldout14", 114, 225, 253],
    ["heldout15", 107, 228, 241],
    ["heldout16", 96, 207, 246],
    ["heldout17", 77, 161, 204],
    ["heldout18", 96, 199, 238],
    ["heldout19", 115, 234, 261],
    ["heldout20", 155, 264, 332],
    ["heldout21", 116, 262, 316],
    ["heldout22", 117, 254, 294, 1],
    ["heldout23", 107, 231, 291],
    ["heldout24", 104, 238, 296],
    ["heldout25", 118, 255, 321],
    ["heldout26", 138, 272, 296],
    // (heldout27's one is El-Sisi's meeting with Anwar Ibrahim, which a line expects; the scorer, matching a person by
    // surname, also reads it as El-Sisi–Sultan Ibrahim, a pair another line forbids)
    ["heldout27", 123, 277, 294, 1],
    ["heldout28", 163, 290, 315],
    ["heldout29", 167, 281, 296],
    ["heldout30", 212, 284, 286],
    ["heldout31", 163, 251, 278],
    // (heldout32 measured blind, 117 with the code of the session it was written in, then worked on in that session)
    ["heldout32", 117, 151, 183],
    // (heldout33 measured blind, 143 with the code of the session it was written in, then worked on in that session)
    ["heldout33", 143, 207, 215],
    // (heldout34 measured blind, 97 with the code of the session it was written in, then worked on in that session)
    ["heldout34", 97, 185, 202],
    // (heldout35 measured blind, 119 with the code of the session it was written in, then worked on in that session)
    ["heldout35", 119, 194, 198],
    // (heldout36 measured blind, 98 with the code of the session it was written in, then worked on in that session)
    ["heldout36", 98, 186, 199],
    // (heldout37 measured blind, 125 with the code of the session it was written in, then worked on in that session)
    ["heldout37", 125, 192, 201],
    // (heldout38 measured blind, 143 with the code of the session it was written in, then worked on in that session; its
    // one is the Georgian foreign minister's handover to "the Prime Minister", read as the sender's)
    ["heldout38", 143, 196, 210, 1],
    // (heldout39 measured blind, 155 with the code of the session it was written in, then worked on in that session)
    ["heldout39", 155, 210, 212],
    // (heldout40 measured blind, 153 with the code of the session it was written in, then worked on in that session)
    ["heldout40", 153, 198, 203],
    // (heldout41 measured blind, 130 with the code of the session it was written in, then worked on in that session)
    ["heldout41", 130, 196, 204],
    // (heldout42 measured blind, 113 with the code of the session it was written in, then worked on in that session)
    ["heldout42", 113, 201, 207],
    // (heldout43 measured blind, 80 with the code of the session it was written in, then worked on in that session)
    ["heldout43", 80, 196, 205],
    // (heldout44 measured blind, 72 with the code of the session it was written in, then worked on in that session)
    ["heldout44", 72, 196, 202],
    // (heldout45 measured blind, 120 with the code of the session it was written in, then worked on in that session)
    ["heldout45", 120, 210, 217],
    // (heldout46 measured blind, 114 with the code of the session it was written in, then worked on in that session)
    ["heldout46", 114, 209, 211],
  ];
  for (const [set, written, floor, total, forbidden = 0] of later)
    it(`${set} (${written} of ${total} when it was written, ${floor} now): at least ${floor}, and ${forbidden ? `no more than ${forbidden} MET_WITH it forbids` : "no MET_WITH it forbids"}`, () => {
      const dir = mkdtempSync(join(tmpdir(), `backchannel-${set}-`));
      const b = spawnSync(process.execPath, [join(ROOT, "bin", "backchannel.js"), "build", join(ROOT, "tests", "fixtures", set), "--out", dir, "--jobs", "1", "--no-progress"], { encoding: "utf8" });
      assert.equal(b.status, 0, b.stderr);
      const r = score(join(dir, "graph.json"), join(ROOT, "tests", "fixtures", `${set}-expected.md`));
      const [found, all] = r.stdout.match(/^all\s+(\d+)\/(\d+)/m)!.slice(1).map(Number);
      assert.equal(all, total);
      assert.ok(found >= floor, r.stdout);
      assert.ok(Number(r.stdout.match(/forbidden pairs present (\d+)/)![1]) <= forbidden, r.stdout);
    });

  it("finds at least the 122 of 151 expected facts it found after the fixes found on them, and no forbidden MET_WITH", () => {
    const r = score(join(out, "graph.json"), join(ROOT, "tests", "fixtures", "heldout-expected.md"));
    assert.equal(r.status, 0, r.stderr);
    const [found, all] = r.stdout.match(/^all\s+(\d+)\/(\d+)/m)!.slice(1).map(Number);
    assert.equal(all, 151);
    assert.ok(found >= 122, r.stdout);
    assert.match(r.stdout, /forbidden pairs present 0/);
  });
});
