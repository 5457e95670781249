// Who held a state's or an organisation's top posts, and when (office-holders-data.ts): the office a person an article
// names without a state holds, on the article's day. General knowledge, read only where the text says nothing.
import { COUNTRIES, slugify } from "./countries.js";
import { knownOrganization } from "../lexicon/organizations.js";
import { OFFICE_HOLDERS, type OfficeHolderRow } from "./office-holders-data.js";

/** A post held: the government or organisation key (`government:ukraine`, `organization:united-nations`) and the post. */
export interface KnownOffice {
  office: string;
  post: string;
}

export type OfficeLookup = (name: string, date: string | undefined) => KnownOffice | undefined;

/** A row's organisation ("org:<slug>"): the key of its node and the name to show, the lexicon's where it knows the
 * organisation ("org:imf" is the International Monetary Fund), else the slug's words ("org:world-bank": "World Bank"). */
function organizationOf(where: string): { key: string; label: string } {
  const slug = where.slice("org:".length);
  const known = knownOrganization(slug.toUpperCase())?.[0];
  return { key: `organization:${slugify(known ?? slug)}`, label: known ?? slug.replace(/(^|-)(\w)/g, (_, d: string, c: string) => `${d ? " " : ""}${c.toUpperCase()}`) };
}

/** Posts held by virtue of another: Andorra's co-princes are France's president and the Bishop of Urgell. */
const EX_OFFICIO = /^Co-Prince$/;

/** The lookup over `rows`: by a name's slug (or a listed spelling's), the office held in the month of `date`, if one row
 * alone says so (two states for one name on one day: none). No date, no office: a post is held at a time. */
export function officeHolders(rows: readonly OfficeHolderRow[]): OfficeLookup {
  const byState = new Map(COUNTRIES.map((c) => [c.cca2, `government:${c.key}`]));
  const index = new Map<string, { office: string; post: string; from: string; to: string }[]>();
  for (const [where, post, name, from, to, aliases = []] of rows) {
    const office = where.startsWith("org:") ? organizationOf(where).key : byState.get(where);
    if (!office) continue;
    for (const n of new Set([name, ...aliases].map(slugify))) index.set(n, [...(index.get(n) ?? []), { office, post, from, to }]);
  }
  return (name, date) => {
    const month = date?.slice(0, 7);
    if (!month || month.length < 7) return undefined;
    const all = (index.get(slugify(name)) ?? []).filter((r) => r.from <= month && (!r.to || month <= r.to));
    // (a post held by virtue of another is not the one a name stands for: France's president is Andorra's co-prince)
    const held = all.length > 1 ? all.filter((r) => !EX_OFFICIO.test(r.post)) : all;
    const offices = new Set(held.map((r) => r.office));
    return offices.size === 1 ? { office: held[0].office, post: held[0].post } : undefined;
  };
}

/** The lookup over the rows this project keeps. */
export const knownOfficeOf: OfficeLookup = officeHolders(OFFICE_HOLDERS);

/** The names (and aliases) of everyone the rows know, slugified: a name of two words or more among them is a person's,
 * whatever a model reads ("The letter invites Hun Sen to visit"). */
const HOLDER_NAMES = new Set(OFFICE_HOLDERS.flatMap(([, , name, , , aliases = []]) => [name, ...aliases]).filter((n) => /\s/.test(n)).map(slugify));
export const isKnownHolderName = (name: string): boolean => HOLDER_NAMES.has(slugify(name));

/** The organisations the rows name, by node key, with the name to show: "organization:european-council" → "European
 * Council" (for a node when an article names only the holder). */
const ORGANIZATIONS = new Map(
  OFFICE_HOLDERS.filter(([where]) => where.startsWith("org:"))
    .map(([where]) => organizationOf(where))
    .map((o) => [o.key, o.label]),
);
export const organizationOfOffice = (key: string): string | undefined => ORGANIZATIONS.get(key);
