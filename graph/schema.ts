// The one place that lists backchannel's kinds of node, relations (with their directions), meeting
// statuses and the colour of each kind. Extractors, the graph builder, exporters, viewer and tests import it.

export const ENTITY_KINDS = ["Person", "Government", "Organization", "Place", "Meeting", "Document"] as const;
export const KINDS = [...ENTITY_KINDS, "Article"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Kind = (typeof KINDS)[number];

export interface RelationSpec {
  /** Kinds allowed at the source end. */
  readonly from: readonly Kind[];
  /** Kinds allowed at the target end. */
  readonly to: readonly Kind[];
  /** A symmetric relation is stored once, with its ends in key order. */
  readonly symmetric?: boolean;
  readonly description: string;
}

/** Relations extracted from text, with the names and directions of the answer key's schema. */
export const RELATIONS = {
  HOLDS_OFFICE: {
    from: ["Person"],
    to: ["Government", "Organization"],
    description: "holds a post there (edge attribute title)",
  },
  AFFILIATED_WITH: {
    from: ["Person", "Organization"],
    to: ["Organization", "Government"],
    description: "belongs to or acts for it",
  },
  RELATIVE_OF: { from: ["Person"], to: ["Person"], description: "family tie (edge attribute note: sister, father ...)" },
  PARTICIPANT_IN: { from: ["Person", "Government"], to: ["Meeting"], description: "takes part, or is to take part" },
  PROPOSED: { from: ["Person", "Government"], to: ["Meeting"], description: "proposed, offered or sought the meeting" },
  HELD_IN: { from: ["Meeting"], to: ["Place", "Government"], description: "where it takes (or is to take) place" },
  MET_WITH: {
    from: ["Person"],
    to: ["Person"],
    symmetric: true,
    description: "actually met; never for a meeting only proposed or planned",
  },
  CONVEYED_VIA: {
    from: ["Person", "Government"],
    to: ["Person", "Organization"],
    description: "passed a message through an intermediary",
  },
  CONVEYED_TO: {
    from: ["Person", "Government", "Organization"],
    to: ["Person", "Government", "Organization"],
    description: "delivered or told a message to a recipient",
  },
  ASKED: { from: ["Person", "Government"], to: ["Person"], description: "asked them to act (convey, cooperate)" },
  INVITED: { from: ["Person", "Government"], to: ["Person", "Government"], description: "invited them" },
  SIGNED: { from: ["Person", "Government"], to: ["Document"], description: "signed it" },
} as const satisfies Record<string, RelationSpec>;

export type ExtractedRelation = keyof typeof RELATIONS;
export const EXTRACTED_RELATIONS = Object.keys(RELATIONS) as ExtractedRelation[];

/** Provenance: every entity links to the articles that mention it. Not extracted from a sentence. */
export const MENTIONED_IN = "MENTIONED_IN" as const;
export type Relation = ExtractedRelation | typeof MENTIONED_IN;
export const ALL_RELATIONS: readonly Relation[] = [...EXTRACTED_RELATIONS, MENTIONED_IN];

export const MEETING_STATUSES = ["proposed", "planned", "held", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One palette for every output that draws the graph (viewer, GEXF, GraphML). Colour-blind-safe hues. */
export const KIND_COLORS: Record<Kind, string> = {
  Person: "#0072B2",
  Government: "#D55E00",
  Organization: "#009E73",
  Place: "#CC79A7",
  Meeting: "#E69F00",
  Document: "#56B4E9",
  Article: "#999999",
};

export const RELATION_COLORS: Record<Relation, string> = {
  HOLDS_OFFICE: "#8c8c8c",
  AFFILIATED_WITH: "#a6a6a6",
  RELATIVE_OF: "#b07aa1",
  PARTICIPANT_IN: "#f0b429",
  PROPOSED: "#e15759",
  HELD_IN: "#c9a0dc",
  MET_WITH: "#2ca02c",
  CONVEYED_VIA: "#1f77b4",
  CONVEYED_TO: "#17becf",
  ASKED: "#9467bd",
  INVITED: "#ff7f0e",
  SIGNED: "#7f7f7f",
  MENTIONED_IN: "#dddddd",
};

export function isKind(x: unknown): x is Kind {
  return typeof x === "string" && (KINDS as readonly string[]).includes(x);
}

export function isRelation(x: unknown): x is Relation {
  return typeof x === "string" && (ALL_RELATIONS as readonly string[]).includes(x);
}

export function isSymmetric(r: Relation): boolean {
  return r !== MENTIONED_IN && Boolean((RELATIONS[r] as RelationSpec).symmetric);
}

/** A monarch's (or pope's) style before one name ("Sultan Ibrahim", "King Charles"): the name is a regnal one, nobody's
 * surname, so it is not the person of a full name ending in it ("Anwar Ibrahim") unless that one holds such a style. */
export const REGNAL_TITLE = /^(?:King|Queen|Sultan|Emir|Amir|Pope|Emperor|Empress)$/i;
