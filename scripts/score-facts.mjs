// Scores a built graph.json against a list of expected facts written by hand, one per line (tests/fixtures/heldout/
// EXPECTED.md): OFFICE, MEETING, MET_WITH, CONVEYED_VIA, CONVEYED_TO, ASKED, INVITED, SIGNED, NOT_MET_WITH. A person
// is matched by the last word of the name written there (its surname), a state by its name or an alias, a document by
// any word of four letters or more of its description; a meeting by its status and all its people. Prints, per kind,
// how many expected facts the graph has, and the MET_WITH edges it has that no line expects (wrong pairs).
// usage: node scripts/score-facts.mjs DIR/graph.json EXPECTED.md [--verbose]
import { readFileSync } from "node:fs";

const [graphFile, expectedFile] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const verbose = process.argv.includes("--verbose");
if (!graphFile || !expectedFile) {
  console.error("usage: node scripts/score-facts.mjs DIR/graph.json EXPECTED.md [--verbose]");
  process.exit(2);
}
const g = JSON.parse(readFileSync(graphFile, "utf8"));
const fold = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const node = new Map(g.nodes.map((n) => [n.key, n.attributes]));
const names = (k) => {
  const a = node.get(k);
  return a ? [a.label, ...(a.aliases ?? [])].map(fold) : [];
};
// (past a generational suffix: "Gilberto Teodoro Jr." is Teodoro, not any "Jr.")
const surname = (name) => fold(name).split(/\s+/).filter((w, i, ws) => i === 0 || !/^(?:jr|sr)\.?$/.test(w) || i < ws.length - 1).pop();
/** Whether node `k` is the one `name` means: a state by name or alias, a person by surname, else by a shared word. */
const is = (k, name) => {
  const n = fold(name);
  const ns = names(k);
  if (ns.includes(n)) return true;
  // (a name with a father's name, "Khalid bin Salman", is told apart by its first word too)
  if (k.startsWith("person:")) {
    const first = /\b(?:bin|ibn|bint)\b/.test(n) ? n.split(/\s+/)[0] : undefined;
    // (not a first name alike: "Mahathir Mohamad" is not "Mohamad Hasan")
    const sur = surname(name);
    return ns.some((x) => {
      const ws = x.split(/\s+/);
      // (a family name first, "Takaichi Sanae", is "Sanae Takaichi": another word of the name there too)
      const others = n.split(/\s+/).filter((w) => w !== sur);
      // (nor two long names sharing a family name: "Meshal Al-Ahmad Al-Jaber Al-Sabah" is not "Ahmad Abdullah Al-Ahmad
      // Al-Sabah", told apart by their first words, wherever the other's style puts it)
      const long = ws.length >= 3 && n.split(/\s+/).length >= 3 && !ws.includes(n.split(/\s+/)[0]);
      return ws.includes(sur) && (ws.length === 1 || ws.lastIndexOf(sur) > 0 || others.some((w) => ws.includes(w))) && (!first || ws.includes(first)) && !long;
    });
  }
  if (k.startsWith("document:")) return n.split(/\W+/).filter((w) => w.length >= 4).some((w) => ns.some((x) => x.includes(w)));
  return false;
};
const edges = g.edges.filter((e) => e.attributes.relation !== "MENTIONED_IN");
const has = (rel, a, b, sym = false) => edges.some((e) => e.attributes.relation === rel && ((is(e.source, a) && is(e.target, b)) || (sym && is(e.source, b) && is(e.target, a))));

const lines = readFileSync(expectedFile, "utf8").split("\n");
const score = new Map();
const count = (kind, ok, line) => {
  const s = score.get(kind) ?? { found: 0, all: 0 };
  s.all++;
  if (ok) s.found++;
  score.set(kind, s);
  if (verbose && !ok) console.log(`missed ${line}`);
};
const expectedMet = [];
const forbidden = [];
for (const line of lines) {
  const m = line.match(/^([A-Z_]+):\s*(.*)$/);
  if (!m) continue;
  const [kind, rest] = [m[1], m[2].split("|").map((x) => x.trim())];
  if (kind === "OFFICE") count(kind, has("HOLDS_OFFICE", rest[0], rest[1]) || has("AFFILIATED_WITH", rest[0], rest[1]), line);
  else if (kind === "MET_WITH") {
    expectedMet.push([rest[0], rest[1]]);
    count(kind, has("MET_WITH", rest[0], rest[1], true), line);
  } else if (kind === "NOT_MET_WITH") forbidden.push([rest[0], rest[1]]);
  else if (kind === "MEETING") {
    const [status, people] = [rest[0], rest[1].split(";").map((x) => x.trim()).filter(Boolean)];
    const ok = [...node].some(([k, a]) => a.kind === "Meeting" && a.status === status && people.every((p) => edges.some((e) => e.attributes.relation === "PARTICIPANT_IN" && e.target === k && is(e.source, p))));
    count(kind, ok, line);
  } else if (["CONVEYED_VIA", "CONVEYED_TO", "ASKED", "INVITED", "SIGNED"].includes(kind)) count(kind, has(kind, rest[0], rest[1]), line);
}
const met = edges.filter((e) => e.attributes.relation === "MET_WITH");
const expectedEdge = (e) => expectedMet.some(([a, b]) => (is(e.source, a) && is(e.target, b)) || (is(e.source, b) && is(e.target, a)));
const wrong = met.filter((e) => !expectedEdge(e));
const forbiddenHit = forbidden.filter(([a, b]) => has("MET_WITH", a, b, true));
let found = 0;
let all = 0;
for (const [kind, s] of score) {
  console.log(`${kind.padEnd(13)} ${s.found}/${s.all}`);
  found += s.found;
  all += s.all;
}
console.log(`all          ${found}/${all} expected facts found (${((100 * found) / all).toFixed(0)}%)`);
console.log(`MET_WITH edges ${met.length}, ${wrong.length} not expected${wrong.length ? ": " + wrong.map((e) => `${node.get(e.source).label}–${node.get(e.target).label}`).join(", ") : ""}; forbidden pairs present ${forbiddenHit.length}${forbiddenHit.length ? ": " + forbiddenHit.map((p) => p.join("–")).join(", ") : ""}`);
