// The IOBES tag set over PER, ORG, LOC and MISC (17 tags), the legal transitions between tags, and the
// conversions between tag sequences and entity spans (conlleval's chunk rules, for IOB and IOBES alike).
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span {
  start: number; // token index
  end: number; // exclusive
  type: EntityType;
}

const PARTS = ["B", "I", "E", "S"] as const;
/** Tag ids: 0 = O, then 1 + 4 * type + part (part 0 B, 1 I, 2 E, 3 S). */
export const TAGS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const NUM_TAGS = TAGS.length;

export const tagType = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 2);
export const tagPart = (tag: number): string => (tag === 0 ? "O" : PARTS[(tag - 1) & 3]);
export const tagId = (type: number, part: number): number => 1 + type * 4 + part;

/** Whether tag `b` may follow tag `a` in a well-formed IOBES sequence (a = -1: sentence start). */
export function allowedTransition(a: number, b: number): boolean {
  const open = a > 0 && (tagPart(a) === "B" || tagPart(a) === "I");
  if (!open) return b === 0 || tagPart(b) === "B" || tagPart(b) === "S";
  return tagType(a) === tagType(b) && (tagPart(b) === "I" || tagPart(b) === "E");
}
/** Whether a sentence may end after tag `a`. */
export const allowedEnd = (a: number): boolean => a === 0 || tagPart(a) === "E" || tagPart(a) === "S";

interface Parsed {
  part: string; // B I E S O
  type: string;
}
function parseTag(tag: string): Parsed {
  if (tag === "O") return { part: "O", type: "" };
  return { part: tag[0], type: tag.slice(2) };
}

/** Whether a chunk ends between `prev` and `cur` (conlleval's endOfChunk, with S and E). */
function chunkEnds(prev: Parsed, cur: Parsed): boolean {
  if (prev.part === "O") return false;
  if (prev.part === "E" || prev.part === "S") return true;
  return cur.part === "B" || cur.part === "S" || cur.part === "O" || cur.type !== prev.type;
}
/** Whether a chunk starts at `cur` (conlleval's startOfChunk, with S and E). */
function chunkStarts(prev: Parsed, cur: Parsed): boolean {
  if (cur.part === "O") return false;
  if (cur.part === "B" || cur.part === "S") return true;
  return prev.part === "O" || prev.part === "E" || prev.part === "S" || prev.type !== cur.type;
}

/** Spans of a tag sequence written as strings (IOB1, IOB2 or IOBES), counted as conlleval counts chunks. */
export function spansFromTagStrings(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let prev: Parsed = { part: "O", type: "" };
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const cur = i < tags.length ? parseTag(tags[i]) : { part: "O", type: "" };
    if (open >= 0 && chunkEnds(prev, cur)) {
      out.push({ start: open, end: i, type: prev.type });
      open = -1;
    }
    if (chunkStarts(prev, cur)) open = i;
    prev = cur;
  }
  return out;
}

/** Spans of a sequence of tag ids (from the decoder, which only emits well-formed IOBES). */
export function spansFromTagIds(tags: ArrayLike<number>): Span[] {
  return spansFromTagStrings(Array.from(tags, (t) => TAGS[t])).map((s) => ({ ...s, type: s.type as EntityType }));
}

/** Convert any IOB/IOBES string sequence to IOBES tag ids through its spans (unknown types become O). */
export function toIobesIds(tags: readonly string[]): Int8Array {
  const out = new Int8Array(tags.length);
  for (const s of spansFromTagStrings(tags)) {
    const t = ENTITY_TYPES.indexOf(s.type as EntityType);
    if (t < 0) continue;
    if (s.end - s.start === 1) out[s.start] = tagId(t, 3);
    else {
      out[s.start] = tagId(t, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = tagId(t, 1);
      out[s.end - 1] = tagId(t, 2);
    }
  }
  return out;
}
