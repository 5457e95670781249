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
  const stateOf = (p: string) => (p.startsWith("person:") ? governmentOf.get(p) : p);
  const states = (ps: Iterable<string>) => new Set([...ps].map(stateOf).filter((x): x is string => !!x));
  // Clusters keep what matching needs (states, years, flags) so that merging stays linear in practice.
  type Cluster = MeetingCluster & {
    members: MeetingInput[];
    led: boolean;
    states: Set<string>;
    dated: Set<string>;
    inferred: Set<string>;
    held: boolean;
    cancelled: boolean;
    order: number;
  };
  const clusters: Cluster[] = [];
  const keyOf = new Map<string, string>();
  const byPeople = new Map<string, Cluster[]>();
  const byState = new Map<string, Set<Cluster>>();
  const byAlias = new Map<string, Cluster>();
  // a meeting still ahead, reported without a date, happens around its article's year
  const yearOf = (m: MeetingInput) => year(m.date) ?? (m.statuses.includes("held") ? undefined : year(m.articleDate));
  const yearOk = (c: Cluster, m: MeetingInput) => {
    const y = yearOf(m);
    if (!y) return true;
    for (const cy of c.dated) if (cy !== y) return false;
    if (year(m.date)) for (const cy of c.inferred) if (cy !== y) return false;
    return true;
  };
  const join = (c: Cluster, m: MeetingInput) => {
    c.members.push(m);
    const leader = people(m.participants).length >= 2;
    c.led ||= leader;
    // a leaders' meeting keeps its leaders: people from vaguer mentions ("talks with North Korea") stay out
    for (const p of m.participants) {
      if (c.led && p.startsWith("person:") && !leader) continue;
      c.participants.add(p);
      const st = stateOf(p);
      if (st && !c.states.has(st)) {
        c.states.add(st);
        if (!byState.has(st)) byState.set(st, new Set());
        byState.get(st)!.add(c);
      }
    }
    c.articles.add(m.article);
    c.statuses.push(...m.statuses);
    c.held ||= m.statuses.includes("held");
    c.cancelled ||= m.statuses.includes("cancelled");
    const y = yearOf(m);
    if (y) (year(m.date) ? c.dated : c.inferred).add(y);
    if (m.date && (!c.date || (m.date.startsWith(c.date) && m.date.length > c.date.length))) c.date = m.date;
    if (m.label && !c.aliases.includes(m.label)) {
      c.aliases.push(m.label);
      if (!byAlias.has(m.label)) byAlias.set(m.label, c);
    }
  };
  const fresh = (m: MeetingInput): Cluster => {
    const c: Cluster = {
      key: "", label: "", aliases: [], participants: new Set<string>(), articles: new Set<string>(), statuses: [], status: "proposed", mentions: 0,
      head: m.head, members: [], led: false, states: new Set(), dated: new Set(), inferred: new Set(), held: false, cancelled: false, order: clusters.length,
    };
    join(c, m);
    clusters.push(c);
    return c;
  };
  // leaders' meetings first: they anchor the rest
  const leaders = inputs.filter((m) => people(m.participants).length >= 2);
  const others = inputs.filter((m) => people(m.participants).length < 2);
  for (const m of leaders) {
    const ps = people(m.participants).sort().join("|");
    const held = m.statuses.includes("held");
    const cancelled = m.statuses.includes("cancelled");
    const sameArticleClash = (c: Cluster) => c.articles.has(m.article) && (held !== c.held || cancelled !== c.cancelled);
    const hit = (byPeople.get(ps) ?? []).find((c) => yearOk(c, m) && isEvent(c.head) === isEvent(m.head) && !sameArticleClash(c));
    if (hit) join(hit, m);
    else {
      const c = fresh(m);
      if (!byPeople.has(ps)) byPeople.set(ps, []);
      byPeople.get(ps)!.push(c);
    }
  }
  for (const m of others) {
    const mine = states(m.participants);
    if (m.label && !mine.size) {
      const hit = byAlias.get(m.label);
      if (hit) join(hit, m);
      else fresh(m);
      continue;
    }
    if (!mine.size) continue;
    // clusters involving every state of this mention: the smallest index list, filtered by the rest
    const lists = [...mine].map((st) => byState.get(st) ?? new Set<Cluster>()).sort((a, b) => a.size - b.size);
    const held = m.statuses.includes("held");
    const fits = [...lists[0]].filter((c) => {
      if (!lists.every((l) => l.has(c))) return false;
      if (!yearOk(c, m) || (c.head !== m.head && (isEvent(c.head) || isEvent(m.head)))) return false;
      // a meeting said to have happened is not the same as one only planned or proposed in the same article
      if (c.articles.has(m.article) && held !== c.held) return false;
      return mine.size >= 2 || people(m.participants).every((p) => c.participants.has(p)) || c.states.size === 2;
    });
    const local = fits.filter((c) => c.articles.has(m.article));
    const led = (c: Cluster) => (people(c.participants).length >= 2 ? 1 : 0);
    const exact = (c: Cluster) => (c.states.size === mine.size ? 1 : 0);
    const pick = (local.length ? local : fits).sort((a, b) => led(b) - led(a) || exact(b) - exact(a) || b.members.length - a.members.length || a.order - b.order)[0];
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
  return {
    clusters: clusters.map(({ members: _m, led: _l, states: _s, dated: _d, inferred: _i, held: _h, cancelled: _c, order: _o, ...c }) => c),
    keyOf,
  };
}

function isEvent(head: string) {
  return /^(conference|gathering|forum|convention|symposium|congress|games|olympics)$/.test(head);
}

function slug(s: string) {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
