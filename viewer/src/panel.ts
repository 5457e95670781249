// The side panel: everything known about the clicked node (kind, aliases, offices, meetings, relations grouped
// by type, each with its evidence sentence and article) or the clicked edge. Text goes in as text only.
import { ALL_RELATIONS, KIND_COLORS, MENTIONED_IN, RELATIONS, RELATION_COLORS, type Relation } from "../../graph/schema.js";
import type { Evidence } from "../../graph/types.js";
import { el, safeUrl, swatch, type Child } from "./dom.js";
import { highlightNames } from "./evidence.js";
import { articleInfo } from "./graph-index.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface PanelActions {
  selectNode: (key: string) => void;
  selectEdge: (key: string) => void;
  showArticle: (articleId: string) => void;
  close: () => void;
}

/** Most edges listed per relation group before "and N more". */
export const PANEL_EDGE_LIMIT = 40;

function namesOf(graph: ViewerGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...(a.aliases ?? [])].filter(Boolean);
}

function nodeButton(graph: ViewerGraph, key: string, actions: PanelActions): HTMLButtonElement {
  const a = graph.getNodeAttributes(key);
  return el(
    "button",
    { className: "node-link", attrs: { type: "button", title: `Show ${a.kind} ${a.label}` }, on: { click: () => actions.selectNode(key) } },
    swatch(a.color ?? KIND_COLORS[a.kind] ?? "#999"),
    a.label || key,
  );
}

function header(title: string, kind: string, color: string, actions: PanelActions): HTMLElement {
  return el(
    "header",
    { className: "panel-header" },
    el("h2", { className: "panel-title", text: title, attrs: { id: "panel-title", tabindex: "-1" } }),
    el("span", { className: "kind-badge" }, swatch(color), kind),
    el("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close details (Escape)" }, on: { click: actions.close } }),
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return el("section", { className: "panel-section" }, el("h3", { text: title }), ...children);
}

function facts(rows: [string, string | undefined][]): HTMLElement | null {
  const present = rows.filter((r): r is [string, string] => Boolean(r[1]));
  if (!present.length) return null;
  return el("dl", { className: "facts" }, ...present.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}

/** One evidence sentence with both entities' names marked, and where it comes from. */
export function evidenceItem(graph: ViewerGraph, ev: Evidence, names: string[], actions: PanelActions): HTMLElement {
  const article = articleInfo(graph, ev.article);
  const url = safeUrl(article.url);
  const meta: Child[] = [
    el("button", {
      className: "article-link",
      text: article.title,
      attrs: { type: "button", title: "Show only what this article supports" },
      on: { click: () => actions.showArticle(article.id) },
    }),
  ];
  if (article.date) meta.push(" · ", el("time", { text: article.date, attrs: { datetime: article.date } }));
  if (article.source) meta.push(" · ", article.source);
  if (url) meta.push(" · ", el("a", { text: "source", attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }));
  if (ev.attribution) meta.push(" · according to ", ev.attribution);
  return el(
    "li",
    { className: "evidence" },
    el("blockquote", { className: "evidence-text" }, highlightNames(ev.text, names)),
    el("p", { className: "evidence-source" }, ...meta),
    ev.rule ? el("p", { className: "evidence-rule", text: `rule: ${ev.rule}` }) : null,
  );
}

function evidenceList(graph: ViewerGraph, edge: string, actions: PanelActions): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const names = [...namesOf(graph, graph.source(edge)), ...namesOf(graph, graph.target(edge))];
  const items = (a.evidence ?? []).map((ev) => evidenceItem(graph, ev, names, actions));
  if (!items.length) return el("p", { className: "muted", text: "No evidence sentence recorded." });
  return el("ul", { className: "evidence-list" }, ...items);
}

function qualifiers(a: { title?: string; note?: string; date?: string }): string {
  return [a.title, a.note, a.date].filter(Boolean).join(" · ");
}

function relationItem(graph: ViewerGraph, node: string, edge: string, actions: PanelActions): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const outgoing = graph.source(edge) === node;
  const other = outgoing ? graph.target(edge) : graph.source(edge);
  const q = qualifiers(a);
  return el(
    "li",
    { className: "relation-item" },
    el(
      "div",
      { className: "relation-line" },
      el("span", { className: "direction", text: outgoing ? "→" : "←", attrs: { "aria-label": outgoing ? "to" : "from" } }),
      other === node ? el("span", { text: "itself" }) : nodeButton(graph, other, actions),
      q ? el("span", { className: "qualifier", text: q }) : null,
      el("button", { className: "edge-link", text: "edge", attrs: { type: "button", title: "Show this edge" }, on: { click: () => actions.selectEdge(edge) } }),
    ),
    evidenceList(graph, edge, actions),
  );
}

function relationGroups(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement[] {
  const byRelation = new Map<Relation, string[]>();
  graph.forEachEdge(node, (edge, a) => {
    if (a.relation === MENTIONED_IN) return;
    const list = byRelation.get(a.relation) ?? [];
    list.push(edge);
    byRelation.set(a.relation, list);
  });
  return ALL_RELATIONS.filter((r) => byRelation.has(r)).map((r) => {
    const edges = byRelation.get(r)!;
    const shown = edges.slice(0, PANEL_EDGE_LIMIT);
    const more = edges.length - shown.length;
    return el(
      "section",
      { className: "relation-group" },
      el("h4", {}, swatch(RELATION_COLORS[r]), `${r} `, el("span", { className: "count", text: `(${edges.length})` })),
      el("ul", { className: "relation-list" }, ...shown.map((e) => relationItem(graph, node, e, actions))),
      more > 0 ? el("p", { className: "muted", text: `and ${more} more` }) : null,
    );
  });
}

function officesSection(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement | null {
  const titles = new Set(graph.getNodeAttribute(node, "titles") ?? []);
  const items: HTMLElement[] = [];
  graph.forEachOutEdge(node, (_e, a, _s, target) => {
    if (a.relation !== "HOLDS_OFFICE") return;
    if (a.title) titles.delete(a.title);
    items.push(el("li", {}, a.title ? `${a.title}, ` : "", nodeButton(graph, target, actions)));
  });
  for (const t of titles) items.push(el("li", { text: t }));
  return items.length ? section("Offices", el("ul", { className: "plain-list" }, ...items)) : null;
}

function meetingsSection(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement | null {
  const items: HTMLElement[] = [];
  graph.forEachOutEdge(node, (_e, a, _s, target) => {
    if (a.relation !== "PARTICIPANT_IN" && a.relation !== "PROPOSED") return;
    const m = graph.getNodeAttributes(target);
    if (m.kind !== "Meeting") return;
    const detail = [m.status, m.date, a.relation === "PROPOSED" ? "proposed by this" : ""].filter(Boolean).join(" · ");
    items.push(el("li", {}, nodeButton(graph, target, actions), detail ? el("span", { className: "qualifier", text: detail }) : null));
  });
  return items.length ? section("Meetings", el("ul", { className: "plain-list" }, ...items)) : null;
}

function articlesSection(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement | null {
  const ids = graph.getNodeAttribute(node, "articles") ?? [];
  if (!ids.length) return null;
  const items = ids.slice(0, PANEL_EDGE_LIMIT).map((id) => {
    const info = articleInfo(graph, id);
    return el(
      "li",
      {},
      el("button", { className: "article-link", text: info.title, attrs: { type: "button" }, on: { click: () => actions.showArticle(id) } }),
      info.date ? el("span", { className: "qualifier", text: info.date }) : null,
    );
  });
  return section(`Mentioned in ${ids.length} article${ids.length === 1 ? "" : "s"}`, el("ul", { className: "plain-list" }, ...items));
}

export function nodePanel(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement[] {
  const a = graph.getNodeAttributes(node);
  const aliases = (a.aliases ?? []).filter((x) => x !== a.label);
  const out: (HTMLElement | null)[] = [header(a.label || node, a.kind, a.color ?? KIND_COLORS[a.kind] ?? "#999", actions)];
  out.push(
    facts([
      ["Status", a.kind === "Meeting" ? a.status : undefined],
      ["Date", a.date],
      ["Source", a.source],
      ["Mentions", a.mentions ? String(a.mentions) : undefined],
      ["Seen", a.firstSeen ? (a.lastSeen && a.lastSeen !== a.firstSeen ? `${a.firstSeen} – ${a.lastSeen}` : a.firstSeen) : undefined],
    ]),
  );
  if (aliases.length) out.push(section("Also called", el("p", { className: "aliases", text: aliases.join(" · ") })));
  out.push(officesSection(graph, node, actions), meetingsSection(graph, node, actions));
  const groups = relationGroups(graph, node, actions);
  out.push(groups.length ? section("Relations", ...groups) : section("Relations", el("p", { className: "muted", text: "No relations." })));
  if (a.kind !== "Article") out.push(articlesSection(graph, node, actions));
  return out.filter((x): x is HTMLElement => x !== null);
}

export function edgePanel(graph: ViewerGraph, edge: string, actions: PanelActions): HTMLElement[] {
  const a = graph.getEdgeAttributes(edge);
  const spec = a.relation === MENTIONED_IN ? undefined : RELATIONS[a.relation];
  return [
    header(a.relation, "relation", RELATION_COLORS[a.relation] ?? "#999", actions),
    el(
      "p",
      { className: "edge-ends" },
      nodeButton(graph, graph.source(edge), actions),
      el("span", { className: "direction", text: " → " }),
      nodeButton(graph, graph.target(edge), actions),
    ),
    spec ? el("p", { className: "muted", text: spec.description }) : null,
    facts([
      ["Title", a.title],
      ["Note", a.note],
      ["Date", a.date],
      ["Articles", a.articles ? String(a.articles) : undefined],
      ["According to", a.attribution?.join("; ")],
    ]),
    section("Evidence", evidenceList(graph, edge, actions)),
  ].filter((x): x is HTMLElement => x !== null);
}
