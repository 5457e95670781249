// A rule's cue is only a shortcut: on every sentence of the unseen fixtures and of the sample corpus (their
// placeholder form, appositions collapsed too), a pattern that matches never has its cue fail.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../src/text/sentences.js";
import { findMentions, type FoundMention } from "../../src/entities/find-mentions.js";
import { resolveMentions } from "../../src/entities/resolve.js";
import { abstractSentence, collapseAppositions, compilePattern } from "../../src/relations/abstract.js";
import { COMMUNICATION_RULES } from "../../src/relations/rules/communication.js";
import { PEOPLE_RULES } from "../../src/relations/rules/people.js";

function placeholderSentences(): string[] {
  const dirs = [join(process.cwd(), "tests", "fixtures", "unseen"), join(process.cwd(), "examples")];
  const out: string[] = [];
  for (const dir of dirs)
    for (const name of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md")) {
      const text = readFileSync(join(dir, name), "utf8");
      const sentences = splitSentences(text);
      const found: FoundMention[] = [];
      sentences.forEach((s) => found.push(...findMentions(text, s, { articleCountries: new Set() })));
      const { mentions } = resolveMentions(text, found);
      for (const s of sentences) {
        const t = abstractSentence(text, s, mentions).text;
        out.push(t, collapseAppositions(t));
      }
    }
  return out;
}

describe("rule cues", () => {
  const texts = placeholderSentences();
  const cued = [...COMMUNICATION_RULES, ...PEOPLE_RULES].filter((r) => r.cue);
  it("exist for the rules that open with an optional part, and the fixtures give sentences to check them on", () => {
    assert.ok(cued.length >= 5, `${cued.length} cued rules`);
    assert.ok(texts.length > 500, `${texts.length} sentences`);
  });
  let matched = 0;
  for (const rule of cued)
    it(`never hide a match: ${rule.reason.slice(0, 80)}`, () => {
      const re = compilePattern(rule.pattern);
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        matched++;
        assert.ok(rule.cue!.test(t), t);
      }
    });
  it("were checked on sentences their patterns match", () => assert.ok(matched >= 3, `${matched} matches`));
});
