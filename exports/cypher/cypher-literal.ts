// Cypher literals for the script export: strings in single quotes with every quote, backslash, control
// and line-separator character escaped (so one statement is one line), floats that stay floats, maps, lists.
import { quoteIdentifier } from "../neo4j/cypher-queries.js";
import type { PropertyType, PropertyValue } from "../neo4j/property-types.js";

const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/;

function escapeChar(ch: string): string {
  if (ch === "\\") return "\\\\";
  if (ch === "'") return "\\'";
  return "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
}

export function cypherString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `'${s}'`;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A well-formed surrogate pair (emoji ...) is written as is; a lone surrogate is escaped.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += s[i] + s[i + 1];
      i++;
    } else out += NEEDS_ESCAPE.test(s[i]!) ? escapeChar(s[i]!) : s[i];
  }
  return `'${out}'`;
}

/** A float literal that Cypher reads back as a float: `2.0`, `0.5`, `1.5e-7` (no `e+`). */
export function cypherFloat(v: number): string {
  let s = String(v);
  if (!/[.eE]/.test(s)) s += ".0";
  return s.replace("e+", "e");
}

function scalar(v: string | number | boolean, type: string): string {
  if (type === "string") return cypherString(String(v));
  if (type === "float") return cypherFloat(v as number);
  return String(v);
}

export function cypherValue(v: PropertyValue, type: PropertyType): string {
  if (type.endsWith("[]")) return "[" + (v as (string | number | boolean)[]).map((x) => scalar(x, type.slice(0, -2))).join(", ") + "]";
  return scalar(v as string | number | boolean, type);
}

/** `{name: value, ...}` for typed properties. */
export function cypherMap(props: Record<string, PropertyValue>, types: Map<string, PropertyType>): string {
  return "{" + Object.entries(props).map(([k, v]) => `${quoteIdentifier(k)}: ${cypherValue(v, types.get(k) ?? "string")}`).join(", ") + "}";
}
