// A news page's byline, credits and furniture are not its story: the names in them are no one in the news, and
// the dateline after a byline still names the wire as no organisation.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, isBoilerplate } from "../../src/extract/extract-article.js";
import { loadNerModel } from "../../src/entities/ner/index.js";

describe("boilerplate lines", () => {
  const rows: [string, boolean][] = [
    ["By Marta Iglesias and Tomás Ibarra", true],
    ["By Marta Iglesias, Tomás Ibarra and Li Wei", true],
    ["By Marta Iglesias | Andes Wire", true],
    ["(Reporting by Marta Iglesias in Lima; Editing by Tomás Ibarra)", true],
    ["Additional reporting by Li Wei", true],
    ["Advertisement · Scroll to continue", true],
    ["Related: Bolivia says talks will be indirect", true],
    ["## Timeline", true],
    ["Mon 8 Jul 2024 11.42 BST", true],
    ["Tuesday, 9 July 2024 10:05 GMT", true],
    ["8 July 2024", true],
    ["## What comes next", false],
    ["By Tuesday, Chile had agreed to the talks.", false],
    ["By then the envoys had left.", false],
    ["Bolivian President Rodrigo Mamani met Chilean President Isabel Ferrán.", false],
  ];
  for (const [line, expected] of rows) it(`${expected ? "" : "not "}boilerplate: ${line}`, () => assert.equal(isBoilerplate(line), expected));

  it("an article with a byline and credits names only the people of its story", () => {
    const text = [
      "By Marta Iglesias and Tomás Ibarra",
      "LIMA, June 3 (Andes Wire) - Bolivian President Rodrigo Mamani will meet Chilean President Isabel Ferrán in Arica on Saturday.",
      "Advertisement",
      "(Reporting by Marta Iglesias in Lima; Editing by Li Wei)",
    ].join("\n\n");
    const f = extractArticle({ id: "t", origin: "t.txt", text, date: "2025-06-03" }, { ner: loadNerModel() });
    const people = f.entities.filter((e) => e.kind === "Person").map((e) => e.key).sort();
    assert.deepEqual(people, ["person:isabel-ferran", "person:rodrigo-mamani"]);
    assert.ok(!f.entities.some((e) => e.label === "Andes Wire"));
    for (const r of f.relations) assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  });
});
