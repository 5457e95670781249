// Reads CoNLL named-entity files: one `token ... TAG` line per token (the tag is the last column, IOB or
// IOBES), a blank line between sentences, `-DOCSTART-` lines between documents. Bad lines raise one-line errors.
import { readFileSync } from "node:fs";
import { BackchannelError } from "../../../graph/errors.js";

export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line of the sentence's first token. */
  line: number;
}
export interface ConllDocument {
  sentences: ConllSentence[];
}

const TAG = /^(O|[BIES]-[A-Za-z][\w-]*)$/;

/** Parse CoNLL text; `name` is used in error messages. */
export function parseConll(text: string, name: string): ConllDocument[] {
  if (text.includes("\0")) throw new BackchannelError("EINPUT", `${name}: is a binary file, not a CoNLL text file.`);
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence | null = null;
  const endSentence = () => {
    if (sent) doc.sentences.push(sent);
    sent = null;
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    if (cols.length < 2)
      throw new BackchannelError("EINPUT", `${name}:${ln + 1}: expected a token and a tag separated by a space, got "${clip(line)}".`);
    const tag = cols[cols.length - 1];
    if (!TAG.test(tag))
      throw new BackchannelError("EINPUT", `${name}:${ln + 1}: "${clip(tag)}" is not an IOB or IOBES tag (O, B-PER, I-LOC, E-ORG, S-MISC ...).`);
    const s: ConllSentence = sent ?? (sent = { tokens: [], tags: [], line: ln + 1 });
    s.tokens.push(cols[0]);
    s.tags.push(tag);
  }
  endDocument();
  if (!docs.length) throw new BackchannelError("EINPUT", `${name}: holds no tokens (expected CoNLL lines "token TAG").`);
  return docs;
}

/** Read and parse a CoNLL file. */
export function readConll(path: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new BackchannelError("EREAD", `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}).`, { cause: e });
  }
  return parseConll(text, path);
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + "…" : s);
