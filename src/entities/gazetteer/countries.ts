// Countries, their names, demonyms and capitals, from the maintained `world-countries` package, plus the
// news-style variants derived from them ("U.S." from "US", "N. Korea" from "North Korea").
// Surface forms are matched case-sensitively: "US" is a country, "us" is not.
import { createRequire } from "node:module";
import { statesOfCity, statesOfRegion, statesOfTown } from "./cities.js";

export interface Country {
  /** Slug of the common name: `north-korea`. */
  key: string;
  /** Common English name: "North Korea". */
  name: string;
  official: string;
  /** Every surface form that names the country itself (name, official name, abbreviations, variants). */
  aliases: string[];
  /** "Japanese", "North Korean". */
  demonyms: string[];
  capitals: string[];
  cca2: string;
  cca3: string;
}

interface RawCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  cca2: string;
  cca3: string;
  independent?: boolean;
}

/** Everyday English names that the package does not list as spellings. General knowledge, not story names. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ["US", "America"],
  GB: ["Britain", "U.K."],
  NL: ["Holland"],
  KR: ["ROK"],
  CN: ["PRC"],
  VA: ["Holy See"],
  CZ: ["Czech Republic"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
  VC: ["Saint Vincent"],
  // names the package lacks that news still uses
  TR: ["Turkey"],
  CV: ["Cabo Verde"],
  CG: ["Republic of Congo", "Congo-Brazzaville"],
  BA: ["Bosnia", "BiH"],
  GM: ["The Gambia"],
  PG: ["PNG"],
  TC: ["Turks and Caicos", "TCI"],
  BS: ["The Bahamas"],
  // (the larger island for the two-island state, as its own press and its neighbours' write it)
  AG: ["Antigua"],
  KN: ["St Kitts", "Saint Kitts"],
  KY: ["Cayman"],
  // (the two Virgin Islands as their papers write them)
  VG: ["BVI"],
  VI: ["US Virgin Islands", "U.S. Virgin Islands", "USVI"],
  // (the name its Taliban government gives it, as Afghan media write it: "the Islamic Emirate's Foreign Minister")
  AF: ["Islamic Emirate", "Islamic Emirate of Afghanistan"],
  // (the island the territory is named for, as its own press writes it)
  SH: ["Saint Helena", "St Helena"],
};

/** The names news still calls a state by beside its common one ("Turkey" for Türkiye, "Ivory Coast"), for a search:
 * the everyday names above, not their abbreviations. */
export const pressNamesOf = (c: Country): string[] => (EXTRA_ALIASES[c.cca2] ?? []).filter((n) => n !== c.name && /^\p{Lu}\p{Ll}{3,}/u.test(n));

/** Capitals as news also spells them, and the seats of government a dateline names for the state ("Addis Abeba",
 * "Kiev", "Abidjan", "Dar es Salaam"). General knowledge, not story names. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  ET: ["Addis Abeba"],
  UA: ["Kiev"],
  MM: ["Nay Pyi Taw", "Yangon"],
  KZ: ["Nur-Sultan"],
  IR: ["Teheran"],
  MN: ["Ulaanbaatar"],
  CI: ["Abidjan"],
  BJ: ["Cotonou"],
  SZ: ["Mbabane"],
  BI: ["Bujumbura"],
  TZ: ["Dar es Salaam"],
  IN: ["Delhi"],
};

/** Demonyms news uses that the package spells otherwise or lacks ("Ecuadorian", "Saudi", "Kazakh"). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  EC: ["Ecuadorian", "Ecuadoran"],
  XK: ["Kosovan"],
  VU: ["Vanuatuan"],
  AZ: ["Azeri"],
  AR: ["Argentinian"],
  PH: ["Philippine"],
  SA: ["Saudi"],
  NP: ["Nepali"],
  KZ: ["Kazakh"],
  UZ: ["Uzbek"],
  KG: ["Kyrgyz", "Kyrgyzstani"],
  TJ: ["Tajik"],
  BA: ["Bosnian"],
  IS: ["Icelandic"],
  MV: ["Maldivian"],
  GW: ["Bissau-Guinean"],
  CV: ["Cape Verdean", "Cabo Verdean"],
  DJ: ["Djiboutian"],
  KM: ["Comorian"],
  LU: ["Luxembourgish"],
  SR: ["Surinamese"],
  BW: ["Botswanan"],
  BF: ["Burkinabè"],
  SI: ["Slovenian"],
  SK: ["Slovakian"],
  ST: ["Santomean"],
  TL: ["Timorese"],
  MK: ["North Macedonian"],
};

/** States of the last century that news archives still name ("Soviet leader Mikhail Gorbachev"); the package lists only
 * today's. Their capitals are left out: Moscow and Belgrade stand for today's states. */
const FORMER_STATES: RawCountry[] = [
  { name: { common: "Soviet Union", official: "Union of Soviet Socialist Republics" }, altSpellings: ["USSR", "U.S.S.R."], demonyms: { eng: { f: "Soviet", m: "Soviet" } }, cca2: "SU", cca3: "SUN" },
  { name: { common: "East Germany", official: "German Democratic Republic" }, altSpellings: ["GDR"], demonyms: { eng: { f: "East German", m: "East German" } }, cca2: "DD", cca3: "DDR" },
  { name: { common: "West Germany", official: "Federal Republic of Germany" }, altSpellings: ["FRG"], demonyms: { eng: { f: "West German", m: "West German" } }, cca2: "DE-W", cca3: "BRD" },
  { name: { common: "Yugoslavia", official: "Socialist Federal Republic of Yugoslavia" }, altSpellings: [], demonyms: { eng: { f: "Yugoslav", m: "Yugoslav" } }, cca2: "YU", cca3: "YUG" },
  { name: { common: "Czechoslovakia", official: "Czechoslovak Socialist Republic" }, altSpellings: [], demonyms: { eng: { f: "Czechoslovak", m: "Czechoslovak" } }, cca2: "CS", cca3: "CSK" },
];

const latin = (s: string) => /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s);

/** Latin letters with no decomposition to a base letter: "Yıldırım", "Łódź", "Øresund", "Đoàn", "Straße". */
const LATIN_FOLD: Record<string, string> = { ı: "i", ł: "l", Ł: "l", ø: "o", Ø: "o", đ: "d", Đ: "d", ð: "d", Ð: "d", ß: "ss", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", þ: "th", Þ: "th", ħ: "h", Ħ: "h" };

/** The letters without their accents: "Brasília" → "Brasilia". */
const stripAccents = (k: string) => k.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

export function slugify(s: string): string {
  return stripAccents(s)
    .replace(/[ıłŁøØđĐðÐßæÆœŒþÞħĦ]/g, (c) => LATIN_FOLD[c])
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function variants(name: string): string[] {
  const out = [name];
  const compass = name.match(/^(North|South|East|West)\s+(.+)$/);
  if (compass) out.push(`${compass[1][0]}. ${compass[2]}`);
  if (/^[A-Z]{2,3}$/.test(name)) out.push(name.split("").join(".") + ".");
  if (name.startsWith("The ")) out.push(name.slice(4));
  // "St Vincent and the Grenadines", "St. Lucia"
  if (name.startsWith("Saint ")) out.push(`St ${name.slice(6)}`, `St. ${name.slice(6)}`);
  return out;
}

/** States' other spellings that are also given names, or English words: "Island", Iceland's own name, is the Isle of
 * Man's "the Island". */
const GIVEN_NAMES = new Set(["Dominique", "Island"]);

function load(): Country[] {
  const require = createRequire(import.meta.url);
  const raw = [...(require("world-countries") as RawCountry[]), ...FORMER_STATES];
  // independent states first, so "French" is France's demonym, not that of France's southern territories
  const ordered = [...raw].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  return ordered.map((c) => {
    // (not a spelling that is also a given name or a word: "Dominique", Dominica's in French, is "Dominique X")
    const alts = c.altSpellings.filter((a) => latin(a) && !a.includes(",") && a !== c.cca2 && !GIVEN_NAMES.has(a));
    const extra = EXTRA_ALIASES[c.cca2] ?? [];
    const aliases = [...new Set([c.name.common, c.name.official, ...alts, ...extra].flatMap(variants))];
    const d = c.demonyms?.eng;
    return {
      key: slugify(c.name.common),
      name: c.name.common,
      official: c.name.official,
      aliases,
      demonyms: [...new Set([...(d ? [d.m, d.f] : []), ...(EXTRA_DEMONYMS[c.cca2] ?? [])])].filter(Boolean),
      capitals: [...(c.capital ?? []).filter(latin).flatMap((k) => (/ D\.C\.$/.test(k) ? [k, k.replace(/ D\.C\.$/, "")] : [k])), ...(EXTRA_CAPITALS[c.cca2] ?? [])],
      cca2: c.cca2,
      cca3: c.cca3,
    };
  });
}

export const COUNTRIES: readonly Country[] = load();

function indexBy(pick: (c: Country) => string[]): Map<string, Country> {
  const m = new Map<string, Country>();
  for (const c of COUNTRIES) for (const s of pick(c)) if (!m.has(s)) m.set(s, c);
  return m;
}

const byName = indexBy((c) => c.aliases);
const byDemonym = indexBy((c) => c.demonyms);
// ("Dominican President X" is the Dominican Republic's, the larger state news mostly means; Dominica's are rarely
// named by the demonym alone)
const dominicanRepublic = COUNTRIES.find((c) => c.key === "dominican-republic");
if (dominicanRepublic) byDemonym.set("Dominican", dominicanRepublic);
// (also without accents, as English copy often writes them, and in words as the state spells it: "Brasilia", "Hà Nội",
// "HA NOI")
// ("St George's" and "St. George's" alike)
const foldPlace = (s: string) => stripAccents(s).toLowerCase().replace(/[\s'’.-]+/g, "");
const byCapital = indexBy((c) => c.capitals.map(foldPlace));
// (spelled as written first, where two capitals fold alike: "George Town" is the capital of the Cayman Islands,
// "Georgetown" that of Guyana)
const spelled = (s: string) => stripAccents(s).toLowerCase();
const byCapitalSpelled = indexBy((c) => c.capitals.map(spelled));
const byKey = indexBy((c) => [c.key]);

/** Seats of government that stand for their state in news ("the Kremlin said", "White House spokesman"). General
 * knowledge, not story names. */
const SEATS: Record<string, string[]> = {
  RU: ["Kremlin"],
  US: ["White House", "Oval Office", "State Department", "Pentagon"],
  GB: ["Downing Street"],
  CN: ["Zhongnanhai"],
  JP: ["Kantei"],
  // (and foreign ministries or palaces the press names for their state)
  FR: ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay"],
  BR: ["Itamaraty", "Planalto", "Planalto Palace"],
  AR: ["Casa Rosada"],
  CO: ["Casa de Nariño", "Palacio de Nariño"],
  MX: ["Los Pinos"],
  ES: ["La Moncloa", "Moncloa", "Moncloa Palace"],
  KR: ["Blue House", "Cheong Wa Dae", "Yongsan"],
  IN: ["South Block", "Raisina Hill", "MEA", "Ministry of External Affairs", "External Affairs Ministry"],
  MY: ["Wisma Putra", "Seri Perdana"],
  TR: ["Cankaya", "Çankaya"],
  DE: ["Bundeskanzleramt"],
  UA: ["Bankova"],
  PR: ["La Fortaleza"],
  // seats of government that are not the capital the package lists
  BO: ["La Paz"],
  NL: ["The Hague"],
};
const bySeat = new Map(Object.entries(SEATS).flatMap(([cca2, names]) => names.map((n) => [n, COUNTRIES.find((c) => c.cca2 === cca2)!] as const)));
/** The state a seat of government stands for ("Kremlin" → Russia), else undefined. */
export const countryBySeat = (s: string): Country | undefined => bySeat.get(s);

/** The country a surface form names ("Japan", "U.S.", "DPRK", "N. Korea"), else undefined. */
// (also with the accents of the state's own spelling: "Việt Nam" is "Viet Nam")
export const countryByName = (s: string): Country | undefined => byName.get(s) ?? (/[^\x00-\x7f]/.test(s) ? byName.get(stripAccents(s)) : undefined);
/** The country of a demonym ("Japanese", "North Korean"), else undefined. */
export const countryByDemonym = (s: string): Country | undefined => byDemonym.get(s);
/** The country whose capital this is ("Pyongyang", "Tokyo"), else undefined. */
export const countryByCapital = (s: string): Country | undefined => byCapitalSpelled.get(spelled(s)) ?? byCapital.get(foldPlace(s));
export const countryByKey = (key: string): Country | undefined => byKey.get(key);
/** The country a place name stands for: its capital or seat of government ("La Paz"), or its own name. */
/** Monarchs' titles beyond what an official name says ("Kingdom of …", "Sultanate of …"). General knowledge. */
const EXTRA_MONARCHS: Record<string, string[]> = {
  QA: ["emir", "amir"],
  KW: ["emir", "amir"],
  BN: ["sultan"],
  MY: ["king", "sultan"],
  JP: ["emperor"],
};

/** Whether `title` ("King", "Emir", "Crown Prince") is a monarch's of that state. */
export function reignsAs(country: Country | undefined, title: string): boolean {
  if (!country) return false;
  const t = title.toLowerCase().replace(/^crown /, "");
  if (EXTRA_MONARCHS[country.cca2]?.includes(t)) return true;
  if (/\bKingdom\b/.test(country.official)) return t === "king" || t === "queen" || t === "prince" || t === "princess";
  if (/\bSultanate\b/.test(country.official)) return t === "sultan";
  return false;
}

export const countryOfPlace = (s: string): Country | undefined => countryByCapital(s) ?? bySeat.get(s) ?? countryByName(s) ?? countryByCity(s) ?? subnational.get(s);

/** Nations and regions within states that the divisions' package names otherwise ("Canarias") or not at all, with the
 * adjectives their governments take ("the Scottish Government"): general knowledge, for the state of a region's
 * post. */
const SUBNATIONAL: Record<string, { names: string[]; adjectives: string[] }> = {
  GB: { names: ["Scotland", "Wales", "Northern Ireland", "England", "Cymru", "Alba", "Shetland", "Orkney", "Shetland Islands", "Orkney Islands"], adjectives: ["Scottish", "Welsh", "Northern Irish"] },
  ES: { names: ["Canary Islands", "Catalonia", "Basque Country", "Andalusia", "Galicia", "Balearic Islands", "Navarre"], adjectives: ["Canarian", "Catalan", "Basque", "Andalusian", "Galician", "Balearic", "Navarrese"] },
  // (and the old regions the press still names, "Alsace", "Lorraine", and Alsace's council, its European Collectivity)
  FR: { names: ["Brittany", "Normandy", "Corsica", "Alsace", "Lorraine", "Provence", "Burgundy", "Champagne", "European Collectivity of Alsace"], adjectives: ["Breton", "Corsican", "Alsatian"] },
  IT: { names: ["Sicily", "Sardinia", "South Tyrol", "Tuscany", "Trentino"], adjectives: ["Sicilian", "Sardinian", "South Tyrolean"] },
  BE: { names: ["Flanders", "Wallonia"], adjectives: ["Flemish", "Walloon"] },
  // (and British Columbia as the press writes it short, "B.C. Premier X")
  CA: { names: ["Quebec", "Québec", "B.C."], adjectives: ["Quebec", "Québécois"] },
  // (the states the package names in German: "Rheinland-Pfalz", "Niedersachsen")
  DE: { names: ["Bavaria", "Rhineland-Palatinate", "North Rhine-Westphalia", "Lower Saxony", "Saxony", "Saxony-Anhalt", "Thuringia", "Hesse", "Mecklenburg-Western Pomerania"], adjectives: ["Bavarian", "Saxon", "Hessian"] },
  NL: { names: ["North Brabant"], adjectives: [] },
  AT: { names: ["Tyrol", "Carinthia", "Styria", "Upper Austria", "Lower Austria"], adjectives: ["Tyrolean", "Styrian"] },
  PT: { names: ["Madeira", "Azores"], adjectives: ["Madeiran", "Azorean"] },
  PH: { names: ["Bangsamoro", "Mindanao", "Luzon", "Visayas"], adjectives: ["Mindanaoan"] },
  KY: { names: ["Grand Cayman", "Cayman Brac", "Little Cayman"], adjectives: [] },
  // (the Democratic Republic of the Congo's provinces since 2015, which the package lists as the eleven before)
  CD: { names: ["Haut-Katanga", "Lualaba", "Haut-Lomami", "Tanganyika", "Kasaï-Central", "Lomami", "Sankuru", "Kwango", "Kwilu", "Mai-Ndombe", "Kongo Central", "Tshopo", "Bas-Uele", "Haut-Uele", "Ituri", "Tshuapa", "Mongala", "Nord-Ubangi", "Sud-Ubangi", "North Kivu", "South Kivu"], adjectives: [] },
  // (the package's "Magallanes y de la Antártica Chilena", as the press shortens it)
  CL: { names: ["Magallanes", "Magallanes Region"], adjectives: [] },
  // (the provinces the English press names by their English names: the package's "Gyeongsangnam-do")
  KR: { names: ["South Gyeongsang", "North Gyeongsang", "South Jeolla", "North Jeolla", "South Chungcheong", "North Chungcheong", "Gyeonggi", "Gangwon", "Jeju"], adjectives: [] },
};
const subnational = new Map(Object.entries(SUBNATIONAL).flatMap(([cca2, { names }]) => names.map((n) => [n, COUNTRIES.find((c) => c.cca2 === cca2)!] as const)));
const subnationalAdjective = new Map(Object.entries(SUBNATIONAL).flatMap(([cca2, { adjectives }]) => adjectives.map((n) => [n, COUNTRIES.find((c) => c.cca2 === cca2)!] as const)));
/** Territories the package lists as their own that are regions (departments) of a state, as France's overseas regions
 * are: general knowledge, for the state of a post in their councils. */
// (and an overseas collectivity's, whose council's head is of France too: St. Pierre and Miquelon, St. Martin and
// St. Barthélemy are France's)
// (and an autonomous region of Finland's: Åland)
const INTEGRAL_REGIONS: Record<string, string> = { RE: "FR", GP: "FR", MQ: "FR", GF: "FR", YT: "FR", PM: "FR", MF: "FR", BL: "FR", AX: "FI" };
/** The state whose region a territory the package lists as its own is (its key), else the key itself: "reunion" →
 * "france", "aland-islands" → "finland". */
export function wholeStateKey(key: string): string {
  const c = byKey.get(key);
  const whole = c ? INTEGRAL_REGIONS[c.cca2] : undefined;
  return (whole ? byCca2.get(whole)?.key : undefined) ?? key;
}
/** The state a region's council serves: its own, or the state it is a region of ("Réunion" → France). */
export function stateOfRegionCouncil(place: string): Country | undefined {
  const c = countryOfPlace(place);
  const whole = c ? INTEGRAL_REGIONS[c.cca2] : undefined;
  return whole ? byCca2.get(whole) : c;
}
/** The state of a nation's or a region's adjective within it: "Scottish" → the United Kingdom. */
export const countryOfRegionalAdjective = (s: string): Country | undefined => subnationalAdjective.get(s);

/** Cities whose names have a lower-case word after the first, which a run of capitalised words would cut in two
 * ("Dar es Salaam", "Rio de Janeiro"); capitals are known already. General knowledge, not story names. */
const CONNECTED_CITIES: Record<string, string[]> = {
  TZ: ["Dar es Salaam"],
  BR: ["Rio de Janeiro"],
  PY: ["Ciudad del Este"],
  AR: ["Mar del Plata"],
  CU: ["Santiago de Cuba"],
  ES: ["Santiago de Compostela", "Palma de Mallorca"],
  DE: ["Frankfurt am Main"],
  AE: ["Ras al Khaimah"],
  MX: ["Playa del Carmen"],
  GB: ["Newcastle upon Tyne", "Stratford upon Avon"],
  VE: ["Puerto la Cruz"],
};
const byCity = new Map(Object.entries(CONNECTED_CITIES).flatMap(([cca2, names]) => names.map((n) => [foldPlace(n), COUNTRIES.find((c) => c.cca2 === cca2)!] as const)));
/** The state of a city named with a lower-case word ("Dar es Salaam" → Tanzania), or of a city only one state has
 * ("Erbil" → Iraq, "Mutare" → Zimbabwe; not "Victoria"), or of a first-level division only one state has and no city
 * shares ("Manica" → Mozambique), else undefined. */
export const countryByCity = (s: string): Country | undefined => {
  const cities = statesOfCity(s);
  return byCity.get(foldPlace(s)) ?? oneState(cities) ?? (cities ? undefined : oneState(statesOfRegion(s)));
};
const oneState = (states: ReadonlySet<string> | undefined): Country | undefined => (states?.size === 1 ? byCca2.get([...states][0]) : undefined);
/** The state of a town only one state has, of any size ("Kehl" → Germany), for a town's own post ("the mayor of
 * Kehl"): asked only after the larger places. Of a name several states' towns and cities share, the one state of them
 * that `named` (states' codes the article names) holds: "Valença", a city of Brazil and a town of Portugal, in a story
 * of Portugal and Spain. */
export const countryOfTown = (s: string, named?: ReadonlySet<string>): Country | undefined => {
  const states = new Set([...(statesOfTown(s) ?? []), ...(statesOfCity(s) ?? [])]);
  const inStory = named ? [...states].filter((c) => named.has(c)) : [];
  return oneState(inStory.length === 1 ? new Set(inStory) : states);
};
/** The state of a first-level division only one state has, or of a region within a state, whatever cities share its
 * name: "New Brunswick" → Canada (not the city in New Jersey), for a region's head ("New Brunswick Premier X"). */
export const countryOfRegion = (s: string): Country | undefined => oneState(statesOfRegion(s)) ?? subnational.get(s);
const byCca2 = new Map(COUNTRIES.map((c) => [c.cca2, c]));

/** All surface forms (names and demonyms), longest first: for building matchers. */
export function countrySurfaceForms(): { form: string; country: Country; demonym: boolean }[] {
  const out: { form: string; country: Country; demonym: boolean }[] = [];
  for (const [form, country] of byName) out.push({ form, country, demonym: false });
  for (const [form, country] of byDemonym) out.push({ form, country, demonym: true });
  return out.sort((a, b) => b.form.length - a.form.length);
}

/** World regions that news names as places, never as people or organisations. General knowledge. */
const REGIONS = new Set([
  "Latin America", "South America", "North America", "Central America", "Middle East", "Near East", "Far East",
  "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Asia-Pacific", "Indo-Pacific", "Western Europe",
  "Eastern Europe", "Central Europe", "Balkans", "Western Balkans", "Caucasus", "South Caucasus", "Horn of Africa",
  "Sahel", "Maghreb", "Levant", "Caribbean", "Arctic", "Antarctic", "Scandinavia", "Persian Gulf", "Gulf",
  "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa", "Great Lakes",
]);
/** True when `s` names a world region ("Latin America", "the Balkans" without its article). */
export const isRegion = (s: string): boolean => REGIONS.has(s);
