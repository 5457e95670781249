// A "he" or a "she" stands for someone the article does not give the other gender: styles before a name, and the
// pronouns that follow a person in their own sentences, say who is which.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { abstractSentence } from "../../src/relations/abstract.js";
import { fits, gendersOf } from "../../src/relations/gender.js";
import { resolveMentions } from "../../src/entities/resolve.js";
import { findMentions } from "../../src/entities/find-mentions.js";
import { splitSentences } from "../../src/text/sentences.js";
import { extract, relations } from "./support.js";

function genders(text: string) {
  const sentences = splitSentences(text);
  const found = sentences.flatMap((s) => findMentions(text, s, { articleCountries: new Set() }));
  const { mentions } = resolveMentions(text, found);
  return gendersOf(text, sentences.map((s) => abstractSentence(text, s, mentions)));
}

describe("a person's gender, as the article tells it", () => {
  it("from a style before the name, and from the pronoun after a name that opens its sentence", () => {
    const g = genders("Ms. Ana Rojas arrived. Luis Quiroga said he would stay. Isabel Ferrán took up her post in May. Sir Tomás Ibarra left.");
    assert.deepEqual(Object.fromEntries(g), { "person:ana-rojas": "f", "person:luis-quiroga": "m", "person:isabel-ferran": "f", "person:tomas-ibarra": "m" });
  });
  it("from a pronoun opening the next sentence, when the sentence before named one person only", () => {
    const g = genders("The file had been gathering dust when Isabel Ferrán arrived. Among the old papers she had found a number.");
    assert.equal(g.get("person:isabel-ferran"), "f");
  });
  it("nothing from a name alone, and a pronoun fits anyone not given the other gender", () => {
    const g = genders("Rodrigo Mamani arrived in Lima.");
    assert.equal(g.size, 0);
    assert.ok(fits("she", "person:rodrigo-mamani", g) && fits("he", "person:rodrigo-mamani", g));
    assert.ok(!fits("she", "person:luis-quiroga", new Map([["person:luis-quiroga", "m"]])));
  });
});

describe("a pronoun past a sentence opened by someone of the other gender", () => {
  it('"Quiroga had asked her …, and he had given her a letter. She carried that letter to La Paz": she is the envoy named before', () => {
    const f = extract(
      "Ana Rojas, a Chilean envoy, took up her post in May. Luis Quiroga had asked her for guarantees, and he had given her a letter addressed to President Rodrigo Mamani. She carried that letter to La Paz.",
    );
    const c = relations(f, ["CONVEYED_TO"]);
    assert.ok(c.some((r) => r.startsWith("CONVEYED_TO person:ana-rojas")), c.join("; "));
    assert.ok(!c.some((r) => r.startsWith("CONVEYED_TO person:luis-quiroga -> government:bolivia")), c.join("; "));
  });
});

describe("a name after a pronoun subject gives no gender (nineteenth session)", () => {
  it('"She had seen X herself …, and she told reporters": X is the object, and a later "him" can still be X', () => {
    const f = extract(
      "Ana Quispe went into talks with Foreign Minister Luis Quiroga on Monday. She told her counterpart that aid would double. She also asked him to allow monitors. Isabel Ferrán, a UN envoy, has spent the year travelling. She had seen Quiroga herself in Lima on Wednesday, and she told reporters that she had asked him to act.",
    );
    assert.ok(relations(f, ["ASKED"]).includes("ASKED person:ana-quispe -> person:luis-quiroga"), relations(f).join("; "));
  });
});
