// GraphML as a lazy sequence of XML pieces, one per node and per edge, for streaming. Format quirks handled:
//  - Key ids are document-wide, so node and edge keys are prefixed (`n_date`, `e_date`): the same name may
//    have different types on nodes and edges (`articles` is a list on nodes, a count on edges).
//  - GraphML has no list type: lists are JSON arrays in a string key (unambiguous, any reader can split them).
//  - Typed keys (`int`, `double`, `string`) as networkx, Gephi, Cytoscape and yEd read them; Gephi picks up
//    the keys named `label`, `weight`, `x`, `y`, `size`, `r`, `g`, `b` as its own label, weight and drawing.
//  - yEd draws only its own `y:ShapeNode` graphics (option `yed`, off by default because Gephi reports the
//    untyped `yfiles.type` key as SEVERE), written first in each node so that networkx (which reads them
//    too) ends up with our typed `x`, `y` and `label` rather than yEd's strings.
//  - GraphML has no edge kind, so Gephi offers to merge parallel edges of different relations: use GEXF there.
//  - Carriage returns are written `&#13;` (XML parsers turn a raw one into a newline); characters XML 1.0
//    forbids are dropped. Parallel edges keep their ids; `parse.edges`/`parse.nodes` counts are given.
import type { BackchannelGraph, EdgeAttributes, NodeAttributes } from "../../graph/types.js";
import { hexToRgb, kindColor, relationColor } from "../common/colors.js";
import { drawGraph, type Drawing } from "../common/drawing.js";
import { EDGE_FIELDS, NODE_FIELDS, edgeWeight, type Field, type FieldType, type FieldValue } from "../common/fields.js";
import { escapeAttribute, escapeText, xmlNumber, xmlSafe } from "../common/xml-escape.js";
import { validateGraphmlOptions, type GraphmlOptions } from "./graphml-options.js";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
const YED_NAMESPACE = "http://www.yworks.com/xml/graphml";

const GRAPHML_TYPES: Record<FieldType, string> = { string: "string", integer: "int", double: "double", list: "string" };

interface Key {
  id: string;
  name: string;
  type: string;
}

const nodeKey = (name: string, type: string): Key => ({ id: `n_${name}`, name, type });
const edgeKey = (name: string, type: string): Key => ({ id: `e_${name}`, name, type });

/** Drawing keys Gephi reads as its own, then the schema fields. */
const NODE_KEYS: Key[] = [
  nodeKey("label", "string"),
  ...NODE_FIELDS.map((f) => nodeKey(f.name, GRAPHML_TYPES[f.type])),
  ...["x", "y", "size"].map((n) => nodeKey(n, "double")),
  nodeKey("color", "string"),
  ...["r", "g", "b"].map((n) => nodeKey(n, "int")),
];
const EDGE_KEYS: Key[] = [
  edgeKey("label", "string"),
  edgeKey("weight", "double"),
  ...EDGE_FIELDS.map((f) => edgeKey(f.name, GRAPHML_TYPES[f.type])),
  edgeKey("color", "string"),
];

export function* graphmlChunks(graph: BackchannelGraph, options: Partial<GraphmlOptions> = {}): Generator<string> {
  const o = validateGraphmlOptions(options);
  const drawing = drawGraph(graph, o);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="${GRAPHML_NAMESPACE}"${o.yed ? ` xmlns:y="${YED_NAMESPACE}"` : ""}>\n`;
  yield keyDeclarations("node", NODE_KEYS) + keyDeclarations("edge", EDGE_KEYS);
  if (o.yed) yield `<key id="yed_node" for="node" yfiles.type="nodegraphics"/>\n`;
  yield `<graph id="G" edgedefault="directed" parse.nodes="${graph.order}" parse.edges="${graph.size}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) yield nodeElement(node, attributes, drawing, o.yed);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) yield edgeElement(edge, source, target, attributes);
  yield `</graph>\n</graphml>\n`;
}

function keyDeclarations(domain: "node" | "edge", keys: readonly Key[]): string {
  return keys.map((k) => `<key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join("");
}

function data(id: string, value: string): string {
  return `<data key="${id}">${escapeText(value)}</data>`;
}

function fieldValue(v: FieldValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return JSON.stringify(v.map(xmlSafe)); // JSON would carry control characters as \u escapes; drop them as elsewhere
}

function fieldData<A>(prefix: "n" | "e", fields: readonly Field<A>[], a: A): string {
  let out = "";
  for (const f of fields) {
    const v = f.get(a);
    if (v !== undefined) out += data(`${prefix}_${f.name}`, fieldValue(v));
  }
  return out;
}

function yedGraphics(label: string, x: number, y: number, size: number, color: string, kind: string): string {
  const w = xmlNumber(size * 2);
  const shape = kind === "Meeting" ? "diamond" : kind === "Document" ? "rectangle" : kind === "Article" ? "triangle" : "ellipse";
  return (
    `<data key="yed_node"><y:ShapeNode><y:Geometry x="${xmlNumber(x - size)}" y="${xmlNumber(y - size)}" width="${w}" height="${w}"/>` +
    `<y:Fill color="${color}" transparent="false"/><y:NodeLabel>${escapeText(label)}</y:NodeLabel>` +
    `<y:Shape type="${shape}"/></y:ShapeNode></data>`
  );
}

function nodeElement(node: string, a: NodeAttributes, drawing: Drawing, yed: boolean): string {
  const label = typeof a.label === "string" && a.label ? a.label : node;
  const { x, y } = drawing.position(node, a);
  const size = Math.max(0, drawing.size(node, a));
  const color = kindColor(a.kind);
  const { r, g, b } = hexToRgb(color);
  return (
    `<node id="${escapeAttribute(node)}">` +
    (yed ? yedGraphics(label, x, y, size, color, String(a.kind)) : "") +
    data("n_label", label) +
    fieldData("n", NODE_FIELDS, a) +
    data("n_x", xmlNumber(x)) +
    data("n_y", xmlNumber(y)) +
    data("n_size", xmlNumber(size)) +
    data("n_color", color) +
    data("n_r", String(r)) +
    data("n_g", String(g)) +
    data("n_b", String(b)) +
    `</node>\n`
  );
}

function edgeElement(edge: string, source: string, target: string, a: EdgeAttributes): string {
  return (
    `<edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}">` +
    data("e_label", String(a.relation ?? "")) +
    data("e_weight", String(edgeWeight(a))) +
    fieldData("e", EDGE_FIELDS, a) +
    data("e_color", relationColor(a.relation)) +
    `</edge>\n`
  );
}
