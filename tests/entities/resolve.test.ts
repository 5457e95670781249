// Resolution within one article: full names anchor people and their surnames, given names and honorifics join
// them ("Mr Kim", "Kim", "Jong Un") while relatives with longer names stay apart; spelling variants share a key;
// appositions give aliases ("X, or Y"); state organs take their owner; capitals act or are located.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../src/text/sentences.js";
import { findMentions } from "../../src/entities/find-mentions.js";
import { entityKey, resolveMentions } from "../../src/entities/resolve.js";

function resolve(text: string, countries: string[] = []) {
  const found = splitSentences(text).flatMap((s) => findMentions(text, s, { articleCountries: new Set(countries) }));
  return resolveMentions(text, found);
}
/** The key each surface form resolved to, in order of appearance. */
const keys = (text: string, countries: string[] = []) => resolve(text, countries).mentions.filter((m) => m.key).map((m) => `${m.text}→${m.key}`);

describe("the model's organisation that is a person", () => {
  // (the model's reading given by hand: these sentences are about what the resolver does with it)
  const withOrg = (text: string, name: string) => {
    const at = text.indexOf(name);
    const found = splitSentences(text).flatMap((s) => findMentions(text, s, { articleCountries: new Set(), ner: at >= s.start && at < s.end ? [{ start: at, end: at + name.length, type: "ORG" as const }] : [] }));
    return resolveMentions(text, found).mentions.filter((m) => m.text === name).map((m) => m.key);
  };
  it('joined by "and" to a person: "Isabel Ferrán and Rodrigo Mamani met"', () => {
    assert.deepEqual(withOrg("Isabel Ferrán and Rodrigo Mamani met in Lima.", "Rodrigo Mamani"), ["person:rodrigo-mamani"]);
  });
  it("named as a person elsewhere in the article", () => {
    assert.deepEqual(withOrg("Rodrigo Mamani held talks in Lima. Aides said Rodrigo Mamani was tired.", "Rodrigo Mamani"), ["person:rodrigo-mamani", "person:rodrigo-mamani"]);
  });
  it('treated as a person anywhere in the article: "X met …", "X said he …", "X, who …"', () => {
    assert.deepEqual(withOrg("Rodrigo Mamani met the envoys in Lima.", "Rodrigo Mamani"), ["person:rodrigo-mamani"]);
    assert.deepEqual(withOrg("Rodrigo Mamani said he would go to Lima.", "Rodrigo Mamani"), ["person:rodrigo-mamani"]);
    assert.deepEqual(withOrg("Andes Holdings said profits rose in Lima.", "Andes Holdings"), ["organization:andes-holdings"]);
  });
  it("a lone name located once is a place in all its mentions, whatever the model read in the others", () => {
    const text = "The envoys met in Panmunjom on Tuesday. Panmunjom hosted the last round.";
    const second = text.lastIndexOf("Panmunjom");
    const found = splitSentences(text).flatMap((s) => findMentions(text, s, { articleCountries: new Set(), ner: second >= s.start && second < s.end ? [{ start: second, end: second + 9, type: "ORG" as const }] : [] }));
    assert.deepEqual(resolveMentions(text, found).mentions.filter((m) => m.name === "Panmunjom").map((m) => m.key), ["place:panmunjom", "place:panmunjom"]);
  });
  it('a lone name one "met" is a person, but not an acronym nor a movement one knows ("met NATO", "met Hamas")', () => {
    assert.deepEqual(withOrg("Isabel Ferrán met Mamani in Lima.", "Mamani"), ["person:mamani"]);
    assert.deepEqual(withOrg("Isabel Ferrán met ANDEX in Lima.", "ANDEX"), ["organization:andex"]);
    assert.deepEqual(withOrg("Isabel Ferrán met Hamas in Lima.", "Hamas"), ["organization:hamas"]);
  });
  it('a name the model reads as an organisation right after "met" is a person: "met Khalid al-Rashed", "met Rodrigo Mamani"', () => {
    assert.deepEqual(withOrg("Isabel Ferrán met Khalid al-Rashed in Lima.", "Khalid al-Rashed"), ["person:khalid-al-rashed"]);
    assert.deepEqual(withOrg("Isabel Ferrán met Rodrigo Mamani in Lima.", "Rodrigo Mamani"), ["person:rodrigo-mamani"]);
    assert.deepEqual(withOrg("Isabel Ferrán met Andes Holdings in Lima.", "Andes Holdings"), ["organization:andes-holdings"]);
  });
  it("an organisation with its head noun stays one: \"Isabel Ferrán and the Andean Council met\"", () => {
    assert.deepEqual(withOrg("Isabel Ferrán and the Andean Council met in Lima.", "Andean Council"), ["organization:andean-council"]);
  });
});

describe("people", () => {
  it('a one-word name a title made a person is that person alone: "Pope Leo … Leo also asked"', () => {
    // (the title is no part of the name's text)
    assert.deepEqual(keys("Pope Leo wrote to Isabel Ferrán. Leo also asked Rodrigo Mamani to help.").filter((k) => k.startsWith("Leo")), ["Leo→person:leo", "Leo→person:leo"]);
  });
  it('"Mr Kim", "Kim" and "Jong Un" are Kim Jong Un; "Kim Yo Jong" is someone else', () => {
    const text =
      "North Korean leader Kim Jong Un received the envoys. Mr Kim said little. Later Kim left the hall. Jong Un smiled. His sister Kim Yo Jong stayed behind.";
    assert.deepEqual(keys(text, ["north-korea"]), [
      "Kim Jong Un→person:kim-jong-un",
      "Kim→person:kim-jong-un",
      "Kim→person:kim-jong-un",
      "Jong Un→person:kim-jong-un",
      "Kim Yo Jong→person:kim-yo-jong",
    ]);
    const r = resolve(text, ["north-korea"]);
    assert.deepEqual(r.entities.get("person:kim-jong-un")?.aliases.sort(), ["Jong Un", "Kim", "Kim Jong Un"]);
    assert.equal(r.entities.get("person:kim-jong-un")?.mentions, 4);
  });

  it("a surname joins the first person introduced with it", () => {
    const text = "Bolivian President Rodrigo Mamani spoke. His brother Ernesto Mamani listened. Mamani then left.";
    const got = keys(text);
    assert.equal(got.at(-1), "Mamani→person:rodrigo-mamani");
    assert.ok(got.includes("Ernesto Mamani→person:ernesto-mamani"));
  });

  it("a bare word that fits no one is left unresolved", () => {
    assert.deepEqual(keys("Senator Paula Vergara spoke. Quispe did not."), ["Paula Vergara→person:paula-vergara"]);
  });

  it("keys ignore accents, case and punctuation", () => {
    assert.equal(entityKey("Person", "Tomás Ibarra"), "person:tomas-ibarra");
    assert.equal(entityKey("Person", "O’Neill Ruiz-Tagle"), "person:oneill-ruiz-tagle");
    assert.equal(entityKey("Organization", "Workers' Party"), "organization:workers-party");
  });

  const variants: [string, string, string?][] = [
    ["Moon Jae In spoke.", "Moon Jae-in spoke."],
    ["Ana Ruiz-Tagle spoke.", "Ana Ruiz Tagle spoke."],
  ];
  for (const [a, b, todo] of variants)
    it(`spelling variants share a key: ${a} / ${b}`, todo ? { todo } : {}, () => {
      const ka = resolve(a).mentions.find((m) => m.kind === "Person")?.key;
      const kb = resolve(b).mentions.find((m) => m.kind === "Person")?.key;
      assert.ok(ka);
      assert.equal(kb, ka);
    });
  it("in one article, the hyphenated spelling joins the spaced one", () => {
    assert.deepEqual(keys("President Moon Jae In spoke. Later Moon Jae-in left."), ["Moon Jae In→person:moon-jae-in", "Moon Jae-in→person:moon-jae-in"]);
  });
});

describe("organisations", () => {
  it('an apposition "X, or Y" makes Y an alias of X, and a later bare Y resolves to X', () => {
    const text = "The General Association of Bolivian Residents in Chile, or Asobol, protested. Asobol later denied it.";
    const key = "organization:general-association-of-bolivian-residents-in-chile";
    assert.deepEqual(keys(text).filter((k) => k.startsWith("Asobol")), [`Asobol→${key}`, `Asobol→${key}`]);
    assert.deepEqual(resolve(text).entities.get(key)?.aliases, ["General Association of Bolivian Residents in Chile", "Asobol"]);
  });
  it('"Full Name (ACRONYM)": an acronym known on its own (a news agency) moves to the full name, every mention of it', () => {
    const text = "The Islamic Republic News Agency (IRNA) said the talks would resume. IRNA gave no date.";
    const key = "organization:islamic-republic-news-agency";
    assert.deepEqual(keys(text).filter((k) => /^(IRNA|Islamic)/.test(k)), [`Islamic Republic News Agency→${key}`, `IRNA→${key}`, `IRNA→${key}`]);
    assert.equal(resolve(text).entities.has("organization:irna"), false);
    assert.deepEqual(resolve(text).entities.get(key)?.aliases, ["Islamic Republic News Agency", "IRNA"]);
  });
  it('an international organisation named by acronym or in full ("UN", "U.N.", "the United Nations") is one entity, both forms its aliases', () => {
    const text = "UN envoy Marta Solís arrived. The United Nations said talks would resume. A U.N. spokesman agreed.";
    const got = keys(text).filter((k) => /^(UN|U\.N\.|United)/.test(k));
    assert.deepEqual(got, ["UN→organization:united-nations", "United Nations→organization:united-nations", "U.N.→organization:united-nations"]);
    assert.deepEqual(resolve(text).entities.get("organization:united-nations")?.aliases.slice(0, 2), ["United Nations", "UN"]);
    // (shown by its acronym where that is its common name)
    assert.equal(resolve("NATO said so.").entities.get("organization:nato")?.label, "NATO");
  });
  it("an acronym that does not fit the name stays apart", () => {
    const text = "The Andean News Agency (Reuters) said so.";
    assert.ok(!keys(text).includes("Reuters→organization:andean-news-agency"));
  });
  it("an owner-less state organ is the owned one named earlier in the article", () => {
    assert.deepEqual(keys("The Chilean Foreign Ministry spoke. The Foreign Ministry said more."), [
      "Chilean Foreign Ministry→organization:chilean-foreign-ministry",
      "Foreign Ministry→organization:chilean-foreign-ministry",
    ]);
  });
  it("a possessive state names the organ's owner: \"Norway's Foreign Ministry\"", () => {
    assert.ok(keys("Norway's Foreign Ministry said so.").includes("Foreign Ministry→organization:norwegian-foreign-ministry"));
  });
});

describe("states and places", () => {
  it("a capital that acts is its state; the same capital as a location is a place", () => {
    assert.deepEqual(keys("Oslo rejected the offer. Talks were later held in Oslo."), ["Oslo→government:norway", "Oslo→place:oslo"]);
  });
  it("a country, its government and its demonym-government phrase are one entity", () => {
    const r = resolve("Chile agreed. The Chilean government said so. Chile's position did not change.");
    assert.deepEqual([...r.entities.keys()], ["government:chile"]);
    assert.equal(r.entities.get("government:chile")?.mentions, 3);
  });
});

describe("a state's organ with a capital is nobody, whatever the model read", () => {
  // (the model's reading given by hand: PER on the organ)
  const asPerson = (text: string, name: string) => {
    const at = text.indexOf(name);
    const found = splitSentences(text).flatMap((s) => findMentions(text, s, { articleCountries: new Set(), ner: at >= s.start && at < s.end ? [{ start: at, end: at + name.length, type: "PER" as const }] : [] }));
    return resolveMentions(text, found).mentions.filter((m) => m.kind === "Person" && m.key).map((m) => m.text);
  };
  it('"Her Majesty\'s Government said", "the Cabinet agreed"', () => {
    assert.deepEqual(asPerson("Her Majesty's Government said on Tuesday that it would send an envoy.", "Government"), []);
    assert.deepEqual(asPerson("On Monday the Cabinet agreed to send an envoy.", "Cabinet"), []);
  });
  it("a surname the model reads as a person still is one", () => {
    assert.deepEqual(asPerson("On Monday Quispe agreed to send an envoy.", "Quispe"), ["Quispe"]);
  });
});

describe('a style in place of a name: "His Majesty", "His Holiness"', () => {
  it("is the one person the article names with a post so styled", () => {
    assert.deepEqual(
      keys("King Faisal II arrived in Lima. His Majesty met the president. His Holiness was absent.").filter((k) => k.startsWith("His")),
      ["His Majesty→person:faisal-ii"],
    );
  });
  it("is no one when two people hold such posts, or none does", () => {
    assert.deepEqual(keys("King Faisal II and Sultan Omar Hamdan arrived in Lima. His Majesty met the president.").filter((k) => k.startsWith("His")), []);
    assert.deepEqual(keys("President Rodrigo Mamani arrived in Lima. His Majesty's government objected.").filter((k) => k.startsWith("His")), []);
  });
});

describe("states and people of the fourteenth held-out set (twenty-fifth session)", () => {
  it("a state is found by its common and official names too, whatever the article calls it", () => {
    const { entities } = resolve("The DRC and Rwanda signed a deal.");
    const drc = entities.get("government:dr-congo");
    assert.ok(drc?.aliases.includes("DRC") && drc.aliases.includes("Democratic Republic of the Congo"), JSON.stringify(drc));
  });
  it('"Mr Martin" and "Ms Martin" are the two Martins the article names, one of each', () => {
    const ks = keys("Taoiseach Micheál Martin met the ambassador, Fiona Martin. Mr Martin thanked her, and Ms Martin replied.");
    assert.ok(ks.includes("Martin→person:micheal-martin") && ks.includes("Martin→person:fiona-martin"), ks.join("; "));
  });
});

describe("who a short name or a post is (twenty-sixth session, from the fifteenth held-out set)", () => {
  it('"Sheikh Abdullah" is the one named in full with that style, not King Abdullah II named first', () => {
    const k = keys("King Abdullah II sent a letter. Sheikh Abdullah bin Rashid attended. Later, Sheikh Abdullah and Mr Vidal held talks. King Abdullah was not there.");
    assert.ok(k.includes("Abdullah→person:abdullah-bin-rashid"), k.join("; "));
    assert.equal(k.filter((x) => x === "Abdullah→person:abdullah-ii").length, 1, k.join("; "));
  });
  it('"the Reciprocal Access Agreement (RAA) … The RAA": the acronym of a document is that document', () => {
    const k = keys("They discussed the Lima Access Agreement (LAA) on Monday. The LAA was signed in 2024.");
    assert.ok(k.filter((x) => x.startsWith("LAA→")).every((x) => x === "LAA→document:lima-access-agreement") && k.some((x) => x.startsWith("LAA→")), k.join("; "));
  });
  it('"the President" in a story from a state: its own president named before, not another state\'s named nearer', () => {
    const text = "President Rodrigo Mamani has accepted the invitation. It was in a letter from Chilean President Isabel Ferrán that Jorge Vidal handed to the President on Tuesday.";
    const found = splitSentences(text).flatMap((s) => findMentions(text, s, { articleCountries: new Set() }));
    const r = resolveMentions(text, found, "philippines");
    assert.equal(r.mentions.find((m) => m.text === "the President" || m.text === "President")?.key, "person:rodrigo-mamani");
  });
});
