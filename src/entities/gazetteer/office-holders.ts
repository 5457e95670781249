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

/** The lookup over `rows`: by a name's slug (or a listed spelling's), the office held in the month of `date`, if one row
 * alone says so (two states for one name on one day: none). No date, no office: a post is held at a time. */
export function officeHolders(rows: readonly OfficeHolderRow[]): OfficeLookup {
  const byState = new Map(COUNTRIES.map((c) => [c.cca2, `government:${c.key}`]));
  const index = new Map<string, { office: string; post: string; from: string; to: string }[]>();
  for (const [where, post, name, from, to, aliases = []] of rows) {
    // (an organisation by the key its node has: "org:imf" is the International Monetary Fund's)
    const org = where.startsWith("org:") ? where.slice(4) : undefined;
    const office = org ? `organization:${slugify(knownOrganization(org.toUpperCase())?.[0] ?? org)}` : byState.get(where);
    if (!office) continue;
    for (const n of new Set([name, ...aliases].map(slugify))) index.set(n, [...(index.get(n) ?? []), { office, post, from, to }]);
  }
  return (name, date) => {
    const month = date?.slice(0, 7);
    if (!month || month.length < 7) return undefined;
    const held = (index.get(slugify(name)) ?? []).filter((r) => r.from <= month && (!r.to || month <= r.to));
    const offices = new Set(held.map((r) => r.office));
    return offices.size === 1 ? { office: held[0].office, post: held[0].post } : undefined;
  };
}

/** The lookup over the rows this project keeps. */
export const knownOfficeOf: OfficeLookup = officeHolders(OFFICE_HOLDERS);

/** The organisations the rows name, by node key, with the name to show: "organization:european-council" → "European
 * Council" (for a node when an article names only the holder). */
const ORGANIZATIONS = new Map<string, string>(
  OFFICE_HOLDERS.filter(([where]) => where.startsWith("org:")).map(([where]) => {
    const slug = where.slice(4);
    const known = knownOrganization(slug.toUpperCase());
    return [`organization:${slugify(known?.[0] ?? slug)}`, known?.[0] ?? slug.replace(/(^|-)(\w)/g, (_, d: string, c: string) => `${d ? " " : ""}${c.toUpperCase()}`)];
  }),
);
export const organizationOfOffice = (key: string): string | undefined => ORGANIZATIONS.get(key);
