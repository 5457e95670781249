// The shape of a relation rule: a pattern over the placeholder sentence and the edges each match yields.
// A `source`/`target` is a named group of the pattern, or `@ownerOf:<group>` (the state owning that organisation),
// `@governmentOf:<group>` (the state of the person there) or `@home` (the story's own state).
import type { ExtractedRelation } from "../../../graph/schema.js";

export interface RuleEmit {
  relation: ExtractedRelation;
  source: string;
  target: string;
  /** A fixed note, or the name of a group whose text becomes the note. */
  note?: string;
  noteGroup?: string;
  titleGroup?: string;
  /** A fixed title ("head of delegation"), when the pattern names the role, not the post. */
  title?: string;
  /** Only for a source named with its title ("special envoy X"), which becomes the edge's title. */
  titleFromSlot?: boolean;
  weak?: boolean;
  /** Only where the target is a person: a state named as the one a message is for is no one it reached. */
  personTarget?: boolean;
}

export interface RelationRule {
  /** Why an edge from this rule exists; travels into the evidence as `rule`. */
  reason: string;
  pattern: string;
  emit: RuleEmit[];
  /** A cheap test a sentence must pass before the pattern is tried (the words it cannot match without): patterns
   * that open with an optional or repeated part are tried at every placeholder, and most sentences have none of them. */
  cue?: RegExp;
}
