// A rule's cue, and the text its pattern cannot match without (src/relations/required-text.ts), are only
// shortcuts: on every sentence of the unseen fixtures and of the sample corpus (their placeholder form,
// appositions collapsed too), a pattern that matches never has either fail.
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
import { mayMatch, requiredText } from "../../src/relations/required-text.js";
import fc from "fast-check";

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

/** Every fixture sentence in placeholder form, read once for both checks below. */
const texts = placeholderSentences();

describe("rule cues", () => {
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

describe("the text a rule's pattern requires", () => {
  const rules = [...COMMUNICATION_RULES, ...PEOPLE_RULES];
  it("is found for most rules", () => {
    const found = rules.filter((r) => requiredText(compilePattern(r.pattern)).length > 0).length;
    assert.ok(found >= 0.8 * rules.length, `${found} of ${rules.length}`);
  });
  it("never hides a match of any rule on the fixtures' sentences", () => {
    let matched = 0;
    for (const rule of rules) {
      const re = compilePattern(rule.pattern);
      const may = mayMatch(re);
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        matched++;
        assert.ok(may(t), `${rule.reason}: ${t}`);
      }
    }
    assert.ok(matched >= 50, `${matched} matches`);
  });
  it("spares most sentences most rules", () => {
    let tried = 0;
    const tests = rules.map((r) => mayMatch(compilePattern(r.pattern)));
    for (const t of texts) for (const may of tests) if (may(t)) tried++;
    assert.ok(tried < 0.25 * texts.length * rules.length, `${tried} of ${texts.length * rules.length} tried`);
  });
});

describe("requiredText", () => {
  const needs = (re: RegExp) => requiredText(re, 9).map((s) => [...s].sort());
  it("takes the literal runs and the groups a match must go through, and not the optional parts", () => {
    assert.deepEqual(needs(/<P\d+> (?:met|saw) <P\d+>/), [["met", "saw"], [" <P"]]);
    assert.deepEqual(needs(/(?<a><P\d+>)(?: also)? (?:held talks|met) with\b/), [["held talks", "met"], [" with"]]);
    assert.deepEqual(needs(/(?:letter|note)s? from/), [["letter", "note"], [" from"]]);
    assert.deepEqual(needs(/x(?:abc)?y/), []);
  });
  it("ranks common words and short strings last, and leaves out strings under three characters", () => {
    assert.deepEqual(needs(/(?:the|a) meeting/), [[" meeting"]]);
    assert.deepEqual(needs(/ab(?:cd|ef)/), []);
  });
  it("knows nothing of an alternative without fixed text, or of an expression that ignores case", () => {
    assert.deepEqual(needs(/(?:met|\w+)\d+/), []);
    assert.deepEqual(needs(/letter (?:from|by)/i), []);
  });
  it("joins characters across zero-width assertions, not across optional or repeated parts", () => {
    assert.deepEqual(needs(/\bmet\b with/), [["met with"]]);
    assert.deepEqual(needs(/met(?: him)? with/), [["met"], [" with"]]);
    assert.deepEqual(needs(/(?:ab+c)+dd/), []);
  });
  it("never says no to a text that matches (random texts over the expressions' own words)", () => {
    const exprs = [/(?:met|saw)(?: (?:him|her))? (?:in|at) (?:the )?city/, /(?:a|an) (?:letter|note)s? from (?:X|Y)(?: to Z)?/, /x(?:yy|zz(?:w|ww))+q?r/];
    const word = fc.constantFrom("met", "saw", " ", "him", "her", "in", "at", "the", "city", "a", "an", "letter", "note", "s", "from", "X", "Y", "to", "Z", "x", "yy", "zz", "w", "q", "r");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), (words) => {
        const text = words.join("");
        for (const re of exprs) if (re.test(text)) assert.ok(mayMatch(re)(text), `${re} on ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });
});
