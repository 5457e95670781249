// Merges the meetings each article found into the meetings of the corpus. Leaders' meetings match by their
// people; a meeting named only by states ("a Japan-North Korea summit") joins the leaders' meeting whose
// people hold office in those states, preferring one reported by the same article; years must agree.
import type { MeetingStatus } from "./schema.js";
import { dayClash, decideStatus } from "./meeting-status.js";
import { heapNow } from "./debug-heap.js";

export interface MeetingInput {
  key: string;
  article: string;
  articleDate?: string;
  participants: string[];
  statuses: MeetingStatus[];
  date?: string;
  label?: string;
  head: string;
  /** Its article tells it apart from another meeting of the same people ("met again in Ankara"). */
  distinct?: boolean;
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

/** Clusters of up to this many states are listed under every three of them. */
const WIDE = 10;
/** Clusters of up to this many states are also listed under every four of them. */
const WIDE4 = 6;
/** Best clusters kept per state list (see mergeMeetings). */
const TOP = 8;
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
  // Clusters keep what matching needs (states, years, flags, people count) and are indexed by people, by
  // article, and by their sets of states and years, so that merging stays linear in the number of mentions.
  type Cluster = MeetingCluster & {
    members: MeetingInput[];
    led: boolean;
    people: number;
    states: Set<string>;
    dated: Set<string>;
    inferred: Set<string>;
    /** The days and months its mentions give. */
    days: Set<string>;
    held: boolean;
    cancelled: boolean;
    order: number;
    /** The state lists (see `lists`) this cluster has been put in. */
    lists: Set<string>;
  };
  const clusters: Cluster[] = [];
  const keyOf = new Map<string, string>();
  const byPeople = new Map<string, Cluster[]>();
  const byAlias = new Map<string, Cluster>();
  const byArticle = new Map<string, Cluster[]>();
  // a meeting still ahead, reported without a date, happens around its article's year
  const yearOf = (m: MeetingInput) => year(m.date) ?? (m.statuses.includes("held") ? undefined : year(m.articleDate));
  const yearOk = (c: Cluster, m: MeetingInput) => {
    const y = yearOf(m);
    if (!y) return true;
    for (const cy of c.dated) if (cy !== y) return false;
    if (year(m.date)) for (const cy of c.inferred) if (cy !== y) return false;
    return !dayClash(c.days, m.date);
  };
  const better = (a: Cluster, b: Cluster, size: number) => {
    const led = +(b.people >= 2) - +(a.people >= 2);
    if (led) return led > 0;
    const exact = +(b.states.size === size) - +(a.states.size === size);
    if (exact) return exact > 0;
    if (a.members.length !== b.members.length) return b.members.length > a.members.length;
    return b.order < a.order;
  };

  // State lists: "<one, two or (for clusters of up to WIDE states) three states, sorted, |-joined>#<tag>", where the tag says which mentions' years the
  // cluster can match: "*" any; "-" no dated year; "2018" dated 2018; "=2018" every year it has is 2018; "0" none.
  // A cluster leaves "-", "=…" and "0" by gaining years; it stays listed there, and lookups skip it.
  const lists = new Map<string, Cluster[]>();
  /** Each list key as one string, shared by every cluster listed there (each its own copy: 0.6 GiB at 100k articles). */
  const listKeys = new Map<string, string>();
  const listKey = (k: string) => listKeys.get(k) ?? (listKeys.set(k, k), k);
  /** The best TOP clusters of a list, best first, for mentions naming exactly its states. Scores only grow, except
   * when a cluster gains a state or a year that takes it off the list; then the list's best are found again. */
  const tops = new Map<string, Cluster[]>();
  const tagOk = (tag: string, c: Cluster) => {
    if (tag === "*") return true;
    if (tag === "-") return !c.dated.size;
    if (tag === "0") return !c.dated.size && !c.inferred.size;
    if (tag[0] === "=") return [...c.dated, ...c.inferred].every((y) => y === tag.slice(1));
    return c.dated.has(tag);
  };
  const tagsOf = (c: Cluster) => {
    const years = new Set([...c.dated, ...c.inferred]);
    return ["*", ...(c.dated.size ? c.dated : ["-"]), ...(!years.size ? ["0"] : years.size === 1 ? [`=${[...years][0]}`] : [])];
  };
  const listSize = (key: string) => key.slice(0, key.lastIndexOf("#")).split("|").length;
  const listed = (key: string, c: Cluster) => tagOk(key.slice(key.lastIndexOf("#") + 1), c);
  const stateKeys = (sts: string[], head: string) => {
    const s = [...sts].sort();
    const keys = [...s];
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) {
        keys.push(`${s[i]}|${s[j]}`);
        if (s.length <= WIDE)
          for (let k = j + 1; k < s.length; k++) {
            keys.push(`${s[i]}|${s[j]}|${s[k]}`);
            if (s.length <= WIDE4) for (let l = k + 1; l < s.length; l++) keys.push(`${s[i]}|${s[j]}|${s[k]}|${s[l]}`);
          }
      }
    // a cluster of exactly two states is also listed under each of them with a "2:<event or ->:" mark (one-state
    // mentions naming a person join such a cluster even without that person, if both are the same event or neither is one)
    if (s.length === 2) keys.push(`2:${eventTag(head)}:${s[0]}`, `2:${eventTag(head)}:${s[1]}`);
    return keys;
  };
  /** How many of a list's best its `tops` entry holds, when fewer than TOP (some have left it; see consider). */
  const room = new Map<string, number>();
  /** Puts c among the best of t (best first, at most `max`), or re-sorts it there after its score grew. */
  const offer = (t: Cluster[], c: Cluster, size: number, max = TOP) => {
    const at = t.indexOf(c);
    if (at < 0 && t.length >= max && !better(t[t.length - 1], c, size)) return;
    if (at < 0) t.push(c);
    t.sort((a, b) => (better(a, b, size) ? 1 : -1));
    if (t.length > max) t.pop();
  };
  const consider = (key: string, c: Cluster) => {
    const t = tops.get(key);
    if (!t) return;
    const size = listSize(key);
    const at = t.indexOf(c);
    if (at >= 0 && (c.states.size !== size || !listed(key, c))) {
      // its score fell (or it left the list): the others are still the list's best, fewer of them; it may
      // come back among them (a full rebuild of a big list's best, each time, made merging quadratic)
      t.splice(at, 1);
      if (t.length + 1 === (room.get(key) ?? TOP)) room.set(key, t.length);
      if (!t.length) {
        tops.delete(key);
        room.delete(key);
      } else if (listed(key, c)) offer(t, c, size, room.get(key));
    } else if (listed(key, c)) offer(t, c, size, room.get(key));
  };
  /** Clusters of more than WIDE states (no three-state lists): three-state mentions also look here; and of more
   * than WIDE4 (no four-state lists), for mentions of four or more states. */
  const wide = new Set<Cluster>();
  const wide4 = new Set<Cluster>();
  /** Clusters by the people in them. */
  const byPerson = new Map<string, Cluster[]>();
  /** What a cluster's lists were last made from (its states and year tags): the same again makes the same lists. */
  const indexedBy = new Map<Cluster, string>();
  const reindex = (c: Cluster) => {
    if (c.states.size > WIDE) wide.add(c);
    if (c.states.size > WIDE4) wide4.add(c);
    const tags = tagsOf(c);
    const made = `${[...c.states].join("|")}#${tags.join(",")}`;
    if (indexedBy.get(c) !== made) {
      indexedBy.set(c, made);
      for (const sk of stateKeys([...c.states], c.head))
        for (const tag of tags) {
          const key = listKey(`${sk}#${tag}`);
          if (c.lists.has(key)) continue;
          c.lists.add(key);
          if (!lists.has(key)) lists.set(key, []);
          lists.get(key)!.push(c);
        }
    }
    for (const key of c.lists) consider(key, c);
  };
  const topOf = (key: string): Cluster[] => {
    let t = tops.get(key);
    if (!t) {
      const size = listSize(key);
      const kept = (lists.get(key) ?? []).filter((c) => listed(key, c));
      lists.set(key, kept);
      t = [];
      for (const c of kept) offer(t, c, size);
      tops.set(key, t);
    }
    return t;
  };

  const join = (c: Cluster, m: MeetingInput) => {
    c.members.push(m);
    const leader = people(m.participants).length >= 2;
    c.led ||= leader;
    // a leaders' meeting keeps its leaders: people from vaguer mentions ("talks with North Korea") stay out
    for (const p of m.participants) {
      if (c.led && p.startsWith("person:") && !leader) continue;
      if (!c.participants.has(p)) {
        c.participants.add(p);
        if (p.startsWith("person:")) {
          c.people++;
          if (!byPerson.has(p)) byPerson.set(p, []);
          byPerson.get(p)!.push(c);
        }
      }
      const st = stateOf(p);
      if (st) c.states.add(st);
    }
    if (!c.articles.has(m.article)) {
      c.articles.add(m.article);
      if (!byArticle.has(m.article)) byArticle.set(m.article, []);
      byArticle.get(m.article)!.push(c);
    }
    c.statuses.push(...m.statuses);
    c.held ||= m.statuses.includes("held");
    c.cancelled ||= m.statuses.includes("cancelled");
    const y = yearOf(m);
    if (y) (year(m.date) ? c.dated : c.inferred).add(y);
    if (m.date && m.date.length >= 7) c.days.add(m.date);
    if (m.date && (!c.date || (m.date.startsWith(c.date) && m.date.length > c.date.length))) c.date = m.date;
    if (m.label && !c.aliases.includes(m.label)) {
      c.aliases.push(m.label);
      if (!byAlias.has(m.label)) byAlias.set(m.label, c);
    }
    reindex(c);
  };
  const fresh = (m: MeetingInput): Cluster => {
    const c: Cluster = {
      key: "", label: "", aliases: [], participants: new Set<string>(), articles: new Set<string>(), statuses: [], status: "proposed", mentions: 0,
      head: m.head, members: [], led: false, people: 0, states: new Set(), dated: new Set(), inferred: new Set(), days: new Set(), held: false, cancelled: false,
      order: clusters.length, lists: new Set(),
    };
    clusters.push(c);
    join(c, m);
    return c;
  };
  // leaders' meetings first: they anchor the rest
  const leaders = inputs.filter((m) => people(m.participants).length >= 2);
  const others = inputs.filter((m) => people(m.participants).length < 2);
  for (const m of leaders) {
    const ps = people(m.participants).sort().join("|");
    const held = m.statuses.includes("held");
    const cancelled = m.statuses.includes("cancelled");
    const sameArticleClash = (c: Cluster) =>
      c.articles.has(m.article) && (held !== c.held || cancelled !== c.cancelled || !!m.distinct || c.members.some((x) => x.distinct && x.article === m.article));
    const fit = (byPeople.get(ps) ?? []).filter((c) => yearOk(c, m) && isEvent(c.head) === isEvent(m.head) && !sameArticleClash(c));
    // (one the mention does not date is the one nearest its article in time, not the pair's first: "they also met
    // on the sidelines" in a February story is February's meeting, not January's)
    const hit = fit.length > 1 && !m.date && m.articleDate ? nearest(fit, m.articleDate) : fit[0];
    if (hit) join(hit, m);
    else {
      const c = fresh(m);
      if (!byPeople.has(ps)) byPeople.set(ps, []);
      byPeople.get(ps)!.push(c);
    }
  }
  heapNow("meetings: leaders' mentions merged");
  for (const m of others) {
    const mine = states(m.participants);
    if (m.label && !mine.size) {
      const hit = byAlias.get(m.label);
      if (hit) join(hit, m);
      else fresh(m);
      continue;
    }
    if (!mine.size) continue;
    const held = m.statuses.includes("held");
    const mp = people(m.participants);
    const sts = [...mine].sort();
    const fits = (c: Cluster) => {
      for (const st of sts) if (!c.states.has(st)) return false;
      if (!yearOk(c, m) || (c.head !== m.head && (isEvent(c.head) || isEvent(m.head)))) return false;
      // a meeting said to have happened is not the same as one only planned or proposed in the same article
      if (c.articles.has(m.article) && held !== c.held) return false;
      // (nor is a meeting of states its article told apart from its people's: a joint commission's session)
      if (m.distinct && !mp.length && c.people > 0 && c.articles.has(m.article)) return false;
      // (nor is a state's own proposal the article told apart from its people's planned meeting: "A meeting between X and
      // Y planned for Geneva … Iran proposed a further round of talks in Vienna")
      if (!mp.length && c.people > 0 && c.articles.has(m.article) && !m.statuses.every((st) => c.statuses.includes(st))) return false;
      if (mine.size >= 2 || mp.every((p) => c.participants.has(p))) return true;
      // (someone else's meeting with the same state in the same article is another meeting: "X met the Saudi crown
      // prince in Neom … Y travelled to Riyadh to meet Saudi officials")
      return c.states.size === 2 && !(c.articles.has(m.article) && c.people > 0);
    };
    // clusters reported by the same article come first; else every cluster of these states that the year allows
    let pick: Cluster | undefined;
    for (const c of byArticle.get(m.article) ?? []) if (fits(c) && (!pick || better(pick, c, mine.size))) pick = c;
    // (one state alone, no one named, joins only its own article's meeting of that state, tried above: another
    // article's could be any of that state's meetings, "The talks were hosted by Norway" is not Norway's meeting elsewhere)
    if (!pick && (mine.size > 1 || mp.length > 0)) {
      const y = yearOf(m);
      const tags = !y ? ["*"] : year(m.date) ? [`=${y}`, "0"] : [y, "-"];
      // the list of all these states (of the first four, for more); for one state naming people, the clusters
      // that can fit it: those with these people, and those of exactly two states
      const sk = sts.slice(0, 4).join("|");
      const seen = new Set<Cluster>();
      let count = 0;
      let best: Cluster | undefined;
      const one = sts.length === 1 && mp.length > 0;
      // (a "2:" list drops, as it meets them, the clusters that have left it for good: grown past two states, or
      // off its year tag)
      const candidates: { key: string; all: Cluster[]; two?: string }[] = one
        ? [{ key: "", all: byPerson.get(mp[0]) ?? [] }, ...tags.map((t) => `2:${eventTag(m.head)}:${sk}#${t}`).map((two) => ({ key: "", all: lists.get(two) ?? [], two }))]
        : tags.map((t) => `${sk}#${t}`).map((key) => ({ key, all: lists.get(key) ?? [] }));
      if (sts.length === 3) candidates.push({ key: "", all: [...wide] });
      if (sts.length >= 4) candidates.push({ key: "", all: [...wide4] });
      scan: for (const { key, all, two } of candidates) {
        // two to four states: the first of the list's best clusters that fits is the best this list can give
        const t = key && sts.length <= 4 && sts.length >= 2 ? topOf(key).find(fits) : undefined;
        if (t) {
          if (!best || better(best, t, mine.size)) best = t;
          continue;
        }
        for (let i = 0; i < all.length; i++) {
          const c = all[i];
          if (two && (c.states.size !== 2 || !listed(two, c))) {
            all[i--] = all[all.length - 1];
            all.pop();
            continue;
          }
          if (seen.has(c) || !fits(c)) continue;
          seen.add(c);
          count++;
          if (!best || better(best, c, mine.size)) best = c;
          // one state alone joins only the one meeting it can mean
          if (mine.size < 2 && count > 1) break scan;
        }
      }
      if (best && (count === 1 || mine.size >= 2)) pick = best;
    }
    if (pick) join(pick, m);
    else if (mine.size >= 2 || m.label) fresh(m);
  }
  heapNow("meetings: all mentions merged");
  // names, keys, status
  const used = new Set<string>();
  const next = new Map<string, number>();
  for (const c of clusters) {
    const ps = people(c.participants);
    const y = year(c.date);
    const noun = isEvent(c.head) ? c.head : /summit/.test(c.members.map((m) => m.head).join(" ")) ? "summit" : "meeting";
    let label: string;
    if (ps.length >= 2) label = `${ps.map(shortName).join("–")} ${noun}`;
    else if (c.aliases.length) label = c.aliases[0];
    else label = `${[...states(c.participants)].map(labelOf).join("–")} ${noun}`;
    if (y && !label.includes(y)) label = `${label} (${y})`;
    // (a second meeting of that name says its date: "Vučić–Kurti meeting (2023-02-27)")
    if (used.has(`meeting:${slug(label)}`) && y && c.date!.length > 4 && label.endsWith(`(${y})`)) label = `${label.slice(0, -(y.length + 2))}(${c.date})`;
    const base = `meeting:${slug(label)}`;
    let key = base;
    // (numbered from where the last meeting of that name stopped: every lower number is taken)
    if (used.has(key)) {
      let i = next.get(base) ?? 2;
      while (used.has(`${base}-${i}`)) i++;
      key = `${base}-${i}`;
      next.set(base, i + 1);
    }
    used.add(key);
    c.key = key;
    c.label = label;
    c.status = decideStatus(c.statuses);
    c.mentions = c.statuses.length;
    for (const m of c.members) keyOf.set(m.key, key);
  }
  return {
    clusters: clusters.map(({ members: _m, led: _l, people: _p, lists: _ls, states: _s, dated: _d, inferred: _i, days: _dd, held: _h, cancelled: _c, order: _o, ...c }) => c),
    keyOf,
  };
}

/** The cluster whose date (else its latest article's) is nearest `date`; the first such on a tie. */
function nearest<C extends { date?: string; members: MeetingInput[] }>(cs: C[], date: string): C {
  const t = (d: string) => Date.parse(`${d.slice(0, 10)}${d.length === 4 ? "-07-01" : d.length === 7 ? "-15" : ""}`);
  const at = t(date);
  let best = cs[0];
  let bestGap = Infinity;
  for (const c of cs) {
    const ref = c.date ?? c.members.map((x) => x.articleDate).filter((d): d is string => !!d).sort().pop();
    const gap = ref ? Math.abs(t(ref) - at) : Infinity;
    if (gap < bestGap) [best, bestGap] = [c, gap];
  }
  return best;
}

/** What a "2:" list key says of a head: the event it names, or "-" for any meeting that is not one. */
const eventTag = (head: string) => (isEvent(head) ? head : "-");

function isEvent(head: string) {
  return /^(conference|gathering|forum|convention|symposium|congress|games|olympics)$/.test(head);
}

function slug(s: string) {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
