// Laying the graph out: reproducible from its seed; a big graph goes skeleton first, then each meeting among its
// people and each article among what it mentions; an update keeps the positions it is given.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { layoutGraph } from "../../graph/layout.js";
import type { BackchannelGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.js";
import type { Kind } from "../../graph/schema.js";

/** A small world: `people` people in `states` states, a meeting for every pair of neighbours, one article per meeting. */
function world(people: number, states: number): BackchannelGraph {
  const g = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true });
  const node = (key: string, kind: Kind) => g.addNode(key, { label: key, kind, aliases: [], mentions: 1, articles: [] });
  const edge = (relation: string, s: string, t: string) => g.addEdgeWithKey(`${relation}:${s}->${t}`, s, t, { relation: relation as EdgeAttributes["relation"], evidence: [], articles: 1 });
  for (let s = 0; s < states; s++) node(`government:s${s}`, "Government");
  for (let p = 0; p < people; p++) {
    node(`person:p${p}`, "Person");
    edge("HOLDS_OFFICE", `person:p${p}`, `government:s${p % states}`);
  }
  for (let p = 0; p + 1 < people; p++) {
    const m = `meeting:m${p}`;
    node(m, "Meeting");
    node(`article:a${p}`, "Article");
    for (const q of [p, p + 1]) {
      edge("PARTICIPANT_IN", `person:p${q}`, m);
      edge("MENTIONED_IN", `person:p${q}`, `article:a${p}`);
    }
    edge("MENTIONED_IN", m, `article:a${p}`);
  }
  node("person:alone", "Person");
  return g;
}

const positions = (g: BackchannelGraph) => JSON.stringify(g.mapNodes((n, a) => [n, a.x, a.y]));
const point = (g: BackchannelGraph, n: string) => [g.getNodeAttribute(n, "x")!, g.getNodeAttribute(n, "y")!];
const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe("layoutGraph", () => {
  it("gives every node a finite position, a colour and a size, the same for the same seed", () => {
    const a = world(40, 4);
    const b = world(40, 4);
    layoutGraph(a);
    layoutGraph(b);
    a.forEachNode((_n, x) => assert.ok(Number.isFinite(x.x) && Number.isFinite(x.y) && x.color && x.size! > 0));
    assert.equal(positions(a), positions(b));
    const c = world(40, 4);
    layoutGraph(c, { seed: 7 });
    assert.notEqual(positions(c), positions(a));
  });

  it("a big graph: skeleton first, then meetings among their people and articles among what they mention", () => {
    const g = world(300, 6);
    layoutGraph(g, { wholeUpTo: 100 });
    // spacing of the people: the median distance to the nearest other person
    const people = g.filterNodes((_n, a) => a.kind === "Person" && _n !== "person:alone").map((n) => point(g, n));
    const nearest = people.map((p, i) => Math.min(...people.filter((_q, j) => j !== i).map((q) => dist(p, q)))).sort((x, y) => x - y);
    const spacing = nearest[Math.floor(nearest.length / 2)];
    const extent = Math.max(...people.map((p) => dist(p, [0, 0])));
    for (let p = 0; p + 1 < 300; p += 37) {
      const mid = [0, 1].map((i) => (point(g, `person:p${p}`)[i] + point(g, `person:p${p + 1}`)[i]) / 2);
      const m = point(g, `meeting:m${p}`);
      assert.ok(dist(m, mid) < dist(point(g, `person:p${p}`), point(g, `person:p${p + 1}`)) / 2 + 3 * spacing, `meeting m${p} sits between its people`);
      assert.ok(dist(point(g, `article:a${p}`), m) < extent / 4, `article a${p} sits by what it mentions`);
    }
    assert.ok(Number.isFinite(point(g, "person:alone")[0]), "a node with no neighbour still has a place");
    const again = world(300, 6);
    layoutGraph(again, { wholeUpTo: 100 });
    assert.equal(positions(again), positions(g));
  });

  it("a skeleton bigger than its core: the best-connected go through ForceAtlas2, the others sit by their neighbours", () => {
    const g = world(300, 6);
    layoutGraph(g, { wholeUpTo: 100, skeletonCore: 30 });
    const people = g.filterNodes((n, a) => a.kind === "Person" && n !== "person:alone").map((n) => point(g, n));
    for (const p of people) assert.ok(Number.isFinite(p[0]) && Number.isFinite(p[1]));
    // the states (best connected) are laid out, apart; a person outside the core sits by its state, the nearest
    const states = [0, 1, 2, 3, 4, 5].map((s) => point(g, `government:s${s}`));
    assert.ok(Math.min(...states.flatMap((a, i) => states.slice(i + 1).map((b) => dist(a, b)))) > 0);
    let byOwn = 0;
    for (let p = 0; p < 300; p++) {
      const at = point(g, `person:p${p}`);
      const nearest = states.map((s, i) => [dist(at, s), i]).sort((a, b) => a[0] - b[0])[0][1];
      if (nearest === p % 6) byOwn++;
    }
    assert.ok(byOwn > 0.9 * 300, `${byOwn} of 300 people nearest their own state`);
    // a meeting sits between its two people
    for (let p = 0; p + 1 < 300; p += 23) {
      const [a, b, m] = [point(g, `person:p${p}`), point(g, `person:p${p + 1}`), point(g, `meeting:m${p}`)];
      assert.ok(dist(m, a) < dist(a, b) + 1 && dist(m, b) < dist(a, b) + 1, `meeting m${p} between its people`);
    }
    const again = world(300, 6);
    layoutGraph(again, { wholeUpTo: 100, skeletonCore: 30 });
    assert.equal(positions(again), positions(g));
  });

  it("keeps the positions it is given and places only the other nodes, next to their neighbours", () => {
    const before = world(60, 3);
    layoutGraph(before);
    const keep = new Map(before.mapNodes((n, a) => [n, [a.x!, a.y!] as const]));
    const after = world(61, 3); // one more person, meeting and article
    layoutGraph(after, { keep });
    before.forEachNode((n, a) => assert.deepEqual(point(after, n), [a.x, a.y], n));
    const spread = Math.max(...[...keep.values()].map((p) => dist([...p], [0, 0])));
    const m = point(after, "meeting:m59");
    assert.ok(dist(m, point(after, "person:p59")) < spread / 2, "the new meeting sits by its known participant");
    const p60 = point(after, "person:p60");
    assert.ok(p60.every(Number.isFinite) && dist(p60, [0, 0]) <= spread * 1.1, "the new person is placed inside the known drawing");
  });
});
