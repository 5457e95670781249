// GEXF 1.3 as a lazy sequence of XML pieces (header, one piece per node and per edge, footer), so a writer can
// stream it to disk and a test can join it. Format quirks handled here:
//  - Namespaces: `xmlns="http://gexf.net/1.3"`, viz in `http://gexf.net/1.3/viz`, and no xsi:schemaLocation,
//    which the official 1.3 RelaxNG schema rejects (the XSDs wrongly put viz in the main namespace).
//  - Attribute ids equal their titles: graphology-gexf's parser only reads `title` when the id is numeric.
//  - liststring values are written `["a", "b"]` with `\` and `"` backslash-escaped (Gephi 0.9+ and
//    graphology-gexf parse that form; `|`-separated lists break on values containing `|` or `,`).
//  - Edge `kind` = relation, so Gephi keeps parallel edges of different relations apart instead of merging
//    them; `label` = relation; `weight` = supporting articles. All edges are directed (networkx refuses an
//    undirected edge in a directed graph), symmetric MET_WITH included: it is stored once.
//  - viz:color as r/g/b channels (networkx cannot read `hex`); positions and sizes finite (NaN → 0).
//  - Tabs, newlines and carriage returns in attribute values are written as character references, or XML's
//    attribute-value normalisation would turn them into spaces; characters XML 1.0 forbids are dropped.
//  - Dynamic mode: `timeformat="date"`, partial dates (`2018`, `2018-06`) become closed xsd:date intervals in
//    `<spells>`; undated elements get no spell, which Gephi treats as always present.
import type { Kind } from "../../graph/schema.js";
import type { BackchannelGraph, EdgeAttributes, NodeAttributes } from "../../graph/types.js";
import { hexToRgb, kindColor, relationColor } from "../common/colors.js";
import { drawGraph, type Drawing } from "../common/drawing.js";
import { EDGE_FIELDS, NODE_FIELDS, edgeWeight, type Field, type FieldType, type FieldValue } from "../common/fields.js";
import { escapeAttribute, escapeText, xmlNumber } from "../common/xml-escape.js";
import { dateInterval } from "./date-interval.js";
import { validateGexfOptions, type GexfOptions } from "./gexf-options.js";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

const GEXF_TYPES: Record<FieldType, string> = { string: "string", integer: "integer", double: "double", list: "liststring" };

/** viz:shape where a shape helps tell kinds apart at a glance; other kinds stay discs. */
export const KIND_SHAPES: Partial<Record<Kind, "square" | "triangle" | "diamond">> = {
  Meeting: "diamond",
  Document: "square",
  Article: "triangle",
};

export function* gexfChunks(graph: BackchannelGraph, options: Partial<GexfOptions> = {}): Generator<string> {
  const o = validateGexfOptions(options);
  const drawing = drawGraph(graph, o);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">\n`;
  yield metaElement(graph, o);
  const time = o.dynamic ? ` mode="dynamic" timeformat="date"` : ` mode="static"`;
  yield `<graph defaultedgetype="directed" idtype="string"${time}>\n`;
  yield declarations("node", NODE_FIELDS) + declarations("edge", EDGE_FIELDS);
  yield `<nodes count="${graph.order}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) yield nodeElement(node, attributes, drawing, o.dynamic);
  yield `</nodes>\n<edges count="${graph.size}">\n`;
  for (const { edge, attributes, source, target } of graph.edgeEntries())
    yield edgeElement(edge, source, target, attributes, o.dynamic);
  yield `</edges>\n</graph>\n</gexf>\n`;
}

function metaElement(graph: BackchannelGraph, o: GexfOptions): string {
  const builtAt = graph.getAttribute("builtAt");
  const day = o.lastModified ?? (typeof builtAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(builtAt) ? builtAt.slice(0, 10) : undefined);
  const name = graph.getAttribute("name");
  return (
    `<meta${day ? ` lastmodifieddate="${day}"` : ""}>\n` +
    `<creator>${escapeText(o.creator)}</creator>\n` +
    (typeof name === "string" && name ? `<description>${escapeText(name)}</description>\n` : "") +
    `</meta>\n`
  );
}

function declarations<A>(cls: "node" | "edge", fields: readonly Field<A>[]): string {
  const lines = fields.map(
    (f) => `<attribute id="${escapeAttribute(f.name)}" title="${escapeAttribute(f.name)}" type="${GEXF_TYPES[f.type]}"/>\n`,
  );
  return `<attributes class="${cls}" mode="static">\n${lines.join("")}</attributes>\n`;
}

/** A liststring value: `["a", "b \"quoted\""]`. */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(", ")}]`;
}

function fieldValue(v: FieldValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return gexfList(v);
}

function attvalues<A>(fields: readonly Field<A>[], a: A): string {
  let out = "";
  for (const f of fields) {
    const v = f.get(a);
    if (v !== undefined) out += `<attvalue for="${f.name}" value="${escapeAttribute(fieldValue(v))}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : "";
}

function spells(date: string | undefined): string {
  const span = dateInterval(date);
  return span ? `<spells><spell start="${span.start}" end="${span.end}"/></spells>` : "";
}

function color(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function nodeElement(node: string, a: NodeAttributes, drawing: Drawing, dynamic: boolean): string {
  const label = typeof a.label === "string" && a.label ? a.label : node;
  const { x, y } = drawing.position(node, a);
  const shape = KIND_SHAPES[a.kind];
  return (
    `<node id="${escapeAttribute(node)}" label="${escapeAttribute(label)}">` +
    attvalues(NODE_FIELDS, a) +
    (dynamic ? spells(a.date) : "") +
    color(kindColor(a.kind)) +
    `<viz:position x="${xmlNumber(x)}" y="${xmlNumber(y)}"/>` +
    `<viz:size value="${xmlNumber(Math.max(0, drawing.size(node, a)))}"/>` +
    (shape ? `<viz:shape value="${shape}"/>` : "") +
    `</node>\n`
  );
}

function edgeElement(edge: string, source: string, target: string, a: EdgeAttributes, dynamic: boolean): string {
  const relation = escapeAttribute(String(a.relation ?? ""));
  return (
    `<edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}" ` +
    `label="${relation}" kind="${relation}" weight="${edgeWeight(a)}">` +
    attvalues(EDGE_FIELDS, a) +
    (dynamic ? spells(a.date) : "") +
    color(relationColor(a.relation)) +
    `</edge>\n`
  );
}
