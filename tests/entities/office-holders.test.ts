// The gazetteer of office holders: who held a post when (src/entities/gazetteer/office-holders-data.ts), read only for
// people an article names without a state for their post.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { COUNTRIES } from "../../src/entities/gazetteer/countries.js";
import { knownOfficeOf, officeHolders, organizationOfOffice } from "../../src/entities/gazetteer/office-holders.js";
import { OFFICE_HOLDERS } from "../../src/entities/gazetteer/office-holders-data.js";

describe("the lookup of office holders", () => {
  const rows = [
    ["PE", "Foreign Minister", "Ana Quispe", "2021-03", "2024-08", ["Ana Q. Quispe"]],
    ["PE", "President", "Ana Quispe", "2024-08", ""],
    ["CL", "Foreign Minister", "Jorge Vidal", "2020-01", ""],
    ["BO", "Foreign Minister", "Jorge Vidal", "2022-01", "2023-12"],
    ["org:imf", "Managing Director", "Elena Castro", "2019-10", ""],
  ] as const;
  const at = officeHolders(rows);
  it("gives the post held in the article's month, by the name or a listed spelling, accents and case aside", () => {
    assert.deepEqual(at("Ana Quispe", "2022-05-01"), { office: "government:peru", post: "Foreign Minister" });
    assert.deepEqual(at("ana-q-quispe", "2024-08"), { office: "government:peru", post: "Foreign Minister" });
    assert.deepEqual(at("Ana Quíspe", "2025-01-10"), { office: "government:peru", post: "President" });
  });
  it("gives none before the first month or after the last, nor with no date", () => {
    assert.equal(at("Ana Quispe", "2021-02-28"), undefined);
    assert.equal(at("Ana Quispe", undefined), undefined);
    assert.equal(at("Ana Quispe", "2025"), undefined);
    assert.deepEqual(at("Jorge Vidal", "2024-01-01"), { office: "government:chile", post: "Foreign Minister" });
  });
  it("gives none when two states' rows hold the name on one day (two people of one name)", () => {
    assert.equal(at("Jorge Vidal", "2023-06-01"), undefined);
  });
  it("an organisation by the key of its node: 'org:imf' is the International Monetary Fund", () => {
    assert.deepEqual(at("Elena Castro", "2020-01-01"), { office: "organization:international-monetary-fund", post: "Managing Director" });
  });
});

describe("the rows the project keeps", () => {
  it("every row names a state the gazetteer knows or an organisation, a post, a name, and months in order", () => {
    const codes = new Set(COUNTRIES.map((c) => c.cca2));
    for (const [where, post, name, from, to] of OFFICE_HOLDERS) {
      const row = `${where} ${post} ${name}`;
      assert.ok(codes.has(where) || /^org:[a-z0-9-]+$/.test(where), row);
      assert.ok(post.trim() && name.trim() && name === name.trim(), row);
      assert.match(from, /^\d{4}-(?:0[1-9]|1[0-2])$/, row);
      assert.ok(to === "" || (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(to) && to >= from), row);
    }
  });
  it("answers for a holder on a day of office, an organisation's with its node's name", () => {
    assert.deepEqual(knownOfficeOf("Antonio Guterres", "2020-06-01")?.office, "organization:united-nations");
    assert.equal(organizationOfOffice("organization:european-council"), "European Council");
  });
});
