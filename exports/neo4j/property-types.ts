// Neo4j property types for graph attributes: inferred per property over a group of rows (one label or one
// relationship type) so that a property has one type in every export (live, Cypher script, CSV headers).

export type ScalarType = "string" | "int" | "float" | "boolean";
export type PropertyType = ScalarType | `${ScalarType}[]`;
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type Properties = Record<string, PropertyValue>;

function scalarTypeOf(v: unknown): ScalarType {
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  return "string";
}

/** The narrowest type holding both: int+float → float, anything else mixed → string. */
function widen(a: ScalarType | undefined, b: ScalarType): ScalarType {
  if (a === undefined || a === b) return b;
  if ((a === "int" && b === "float") || (a === "float" && b === "int")) return "float";
  return "string";
}

/** True for values that become no property at all: null, undefined, non-finite numbers, empty arrays. */
export function isAbsent(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v)) || (Array.isArray(v) && v.length === 0);
}

/** One type per property name over all the given raw attribute maps. */
export function inferPropertyTypes(rows: Iterable<Record<string, unknown>>): Map<string, PropertyType> {
  const scalar = new Map<string, ScalarType>();
  const array = new Set<string>();
  for (const row of rows)
    for (const [name, v] of Object.entries(row)) {
      if (isAbsent(v)) continue;
      if (Array.isArray(v)) {
        array.add(name);
        for (const x of v) if (!isAbsent(x)) scalar.set(name, widen(scalar.get(name), isPlainScalar(x) ? scalarTypeOf(x) : "string"));
      } else scalar.set(name, widen(scalar.get(name), isPlainScalar(v) ? scalarTypeOf(v) : "string"));
    }
  const types = new Map<string, PropertyType>();
  for (const name of [...new Set([...scalar.keys(), ...array])].sort()) {
    const t = scalar.get(name) ?? "string";
    types.set(name, array.has(name) ? `${t}[]` : t);
  }
  return types;
}

function isPlainScalar(v: unknown): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function coerceScalar(v: unknown, t: ScalarType): string | number | boolean {
  if (t === "string") return typeof v === "string" ? v : isPlainScalar(v) ? String(v) : JSON.stringify(v);
  return v as number | boolean;
}

/** The value as the given type; undefined when it should be no property. */
export function coerceValue(v: unknown, type: PropertyType): PropertyValue | undefined {
  if (isAbsent(v)) return undefined;
  if (type.endsWith("[]")) {
    const t = type.slice(0, -2) as ScalarType;
    const items = (Array.isArray(v) ? v : [v]).filter((x) => !isAbsent(x)).map((x) => coerceScalar(x, t));
    return items.length ? (items as PropertyValue) : undefined;
  }
  return coerceScalar(v, type as ScalarType);
}

/** Applies `types` to raw attributes, dropping absent values, in the types' (sorted) order. */
export function typedProperties(raw: Record<string, unknown>, types: Map<string, PropertyType>): Properties {
  const props: Properties = {};
  for (const [name, type] of types) {
    const v = coerceValue(raw[name], type);
    if (v !== undefined) props[name] = v;
  }
  return props;
}
