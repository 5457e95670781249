// Colours for exported files: the schema's palette (the viewer's) as hex and as r/g/b channels, which
// every GEXF reader understands (networkx and older Gephi builds ignore viz:color hex).
import { KIND_COLORS, RELATION_COLORS, isKind, isRelation } from "../../graph/schema.js";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const FALLBACK = "#999999";

export function kindColor(kind: unknown): string {
  return isKind(kind) ? KIND_COLORS[kind] : FALLBACK;
}

export function relationColor(relation: unknown): string {
  return isRelation(relation) ? RELATION_COLORS[relation] : FALLBACK;
}

const rgbCache = new Map<string, Rgb>();

/** `#rrggbb` or `#rgb` to channels; anything else is grey. */
export function hexToRgb(hex: string): Rgb {
  let rgb = rgbCache.get(hex);
  if (rgb) return rgb;
  let h = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1] ?? "999999";
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  rgb = { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
  rgbCache.set(hex, rgb);
  return rgb;
}
