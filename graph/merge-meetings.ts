// Merges the meetings each article found into the meetings of the corpus. Leaders' meetings match by their
// people; a meeting named only by states ("a Japan-North Korea summit") joins the leaders' meeting whose
// people hold office in those states, preferring one reported by the same article; years must agree.
import type { MeetingStatus } from "./schema.js";
import { decideStatus } from "./meeting-status.js";

export interface MeetingInput {
  key: string;
  article: string;
  articleDate?: string;
  participants: string[];
  statuses: MeetingStatus[];
  date?: string;
  label?: string;
  head: string;
}

export interface MeetingCluster {
  key: string;
  label: string;
  aliases: string[];
  participants: Set<string>;
  articles: Set<string>;
  statuses: MeetingStatus[];
  status: MeetingStatus;
  date?: string;
  mentions: number;
  head: string;
}

const year = (d?: string) => d?.match(/^\d{4}/)?.[0];
const people = (ps: Iterable<string>) => [...ps].filter((p) => p.startsWith("person:"));

export function mergeMeetings(
  inputs: MeetingInput[],
  governmentOf: Map<string, string>,
  labelOf: (key: string) => string,
  shortName: (key: string) => string,
): { clusters: MeetingCluster[]; keyOf: Map<string, string> } {
  const states = (ps: Iterable<string>) => new Set([...ps].map((p) => (p.startsWith("person:") ? governmentOf.get(p) : p)).filter((x): x is string => !!x));
  const clusters: (MeetingCluster & { members: MeetingInput[] })[] = [];
  const keyOf = new Map<string, string>();
  // a meeting still ahead, reported without a date, happens around its article's year
  const yearOf = (m: MeetingInput) => year(m.date) ?? (m.statuses.includes("held") ? undefined : year(m.articleDate));
  const yearOk = (c: MeetingCluster & { members: MeetingInput[] }, m: MeetingInput) => {
    const y = yearOf(m);
    if (!y) return true;
    return c.members.every((x) => {
      const cy = yearOf(x);
      return !cy || cy === y || (!year(x.date) && !year(m.date));
    });
  };
  const join = (c: (typeof clusters)[number], m: MeetingInput) => {
    c.members.push(m);
    const led = c.members.some((x) => people(x.participants).length >= 2);
    // a leaders' meeting keeps its leaders: people from vaguer mentions ("talks with North Korea") stay out
    for (const p of m.participants) if (!led || !p.startsWith("person:") || people(m.participants).length >= 2) c.participants.add(p);
    c.articles.add(m.article);
    c.statuses.push(...m.statuses);
    if (m.date && (!c.date || (m.date.startsWith(c.date) && m.date.length > c.date.length))) c.date = m.date;
    if (m.label && !c.aliases.includes(m.label)) c.aliases.push(m.label);
  };
  const fresh = (m: MeetingInput) => {
    const c: MeetingCluster & { members: MeetingInput[] } = { key: "", label: "", aliases: [], participants: new Set<string>(), articles: new Set<string>(), statuses: [], status: "proposed", mentions: 0, head: m.head, members: [] };
    join(c, m);
    clusters.push(c);
  };
  // leaders' meetings first: they anchor the rest
  const leaders = inputs.filter((m) => people(m.participants).length >= 2);
  const others = inputs.filter((m) => people(m.participants).length < 2);
  for (const m of leaders) {
    const ps = people(m.participants).sort().join("|");
    const sameArticleClash = (c: MeetingCluster) =>
      c.articles.has(m.article) && (m.statuses.includes("held") !== c.statuses.includes("held") || m.statuses.includes("cancelled") !== c.statuses.includes("cancelled"));
    const hit = clusters.find((c) => people(c.participants).sort().join("|") === ps && yearOk(c, m) && isEvent(c.head) === isEvent(m.head) && !sameArticleClash(c));
    if (hit) join(hit, m);
    else fresh(m);
  }
  for (const m of others) {
    const mine = states(m.participants);
    if (m.label && !mine.size) {
      const hit = clusters.find((c) => c.aliases.includes(m.label!));
      if (hit) join(hit, m);
      else fresh(m);
      continue;
    }
    const fits = clusters.filter((c) => {
      if (!yearOk(c, m) || c.head !== m.head && (isEvent(c.head) || isEvent(m.head))) return false;
      // a meeting said to have happened is not the same as one only planned or proposed in the same article
      if (c.articles.has(m.article) && m.statuses.includes("held") !== c.statuses.includes("held")) return false;
      const theirs = states(c.participants);
      if (!mine.size || ![...mine].every((s) => theirs.has(s))) return false;
      return mine.size >= 2 || people(m.participants).every((p) => c.participants.has(p)) || theirs.size === 2;
    });
    const local = fits.filter((c) => c.articles.has(m.article));
    const led = (c: (typeof clusters)[number]) => (people(c.participants).length >= 2 ? 1 : 0);
    const exact = (c: (typeof clusters)[number]) => (states(c.participants).size === mine.size ? 1 : 0);
    const pick = (local.length ? local : fits).sort((a, b) => led(b) - led(a) || exact(b) - exact(a) || b.members.length - a.members.length)[0];
    if (pick && (local.length || fits.length === 1 || mine.size >= 2)) join(pick, m);
    else if (mine.size >= 2 || m.label) fresh(m);
  }
  // names, keys, status
  const used = new Set<string>();
  for (const c of clusters) {
    const ps = people(c.participants);
    const y = year(c.date);
    const noun = isEvent(c.head) ? c.head : /summit/.test(c.members.map((m) => m.head).join(" ")) ? "summit" : "meeting";
    let label: string;
    if (ps.length >= 2) label = `${ps.map(shortName).join("–")} ${noun}`;
    else if (c.aliases.length) label = c.aliases[0];
    else label = `${[...states(c.participants)].map(labelOf).join("–")} ${noun}`;
    if (y && !label.includes(y)) label = `${label} (${y})`;
    let key = `meeting:${slug(label)}`;
    for (let i = 2; used.has(key); i++) key = `meeting:${slug(label)}-${i}`;
    used.add(key);
    c.key = key;
    c.label = label;
    c.status = decideStatus(c.statuses);
    c.mentions = c.statuses.length;
    for (const m of c.members) keyOf.set(m.key, key);
  }
  return { clusters: clusters.map(({ members: _m, ...c }) => c), keyOf };
}

function isEvent(head: string) {
  return /^(conference|gathering|forum|convention|symposium|congress|games|olympics)$/.test(head);
}

function slug(s: string) {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
