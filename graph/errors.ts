// Typed errors for people: a stable code, and one sentence naming the file (and line) and the problem.
// The CLI's single fail handler prints `message`; stacks only with --verbose.

export type ErrorCode =
  | "EREAD" // a file cannot be read
  | "EINPUT" // an input is malformed (bad UTF-8, binary, bad front matter, bad JSONL line)
  | "ENOGRAPH" // no graph.json where one was expected
  | "EWRITE" // an output cannot be written
  | "ENEO4J" // Neo4j unreachable, refused credentials, or failed
  | "EUSAGE" // bad command-line arguments
  | "EMODEL"; // the NER model is missing or corrupt

export class BackchannelError extends Error {
  override name = "BackchannelError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isBackchannelError(e: unknown): e is BackchannelError {
  return e instanceof BackchannelError;
}
