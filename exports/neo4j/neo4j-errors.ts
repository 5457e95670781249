// Turns what neo4j-driver throws (and our own deadlines) into one-sentence BackchannelErrors (ENEO4J)
// that say what went wrong and what to check, without the driver's multi-line advice.
import { BackchannelError } from "../../graph/errors.js";

export class DeadlineError extends Error {
  override name = "DeadlineError";
}

/** Rejects with a DeadlineError when `promise` has not settled within `ms`. */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(what)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function oneLine(s: string, max = 200): string {
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > max ? line.slice(0, max - 1) + "…" : line;
}

function causeOf(message: string): string {
  const m = /Caused by: (.*)$/.exec(message) ?? /(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)[^.]*/.exec(message);
  return oneLine(m ? m[1] ?? m[0] : message, 120);
}

export interface ErrorContext {
  uri: string;
  user: string;
  database?: string;
  timeoutMs: number;
}

export function toNeo4jError(e: unknown, ctx: ErrorContext): BackchannelError {
  if (e instanceof BackchannelError) return e;
  const at = `Neo4j at ${ctx.uri}`;
  const make = (message: string) => new BackchannelError("ENEO4J", message, { cause: e });
  if (e instanceof DeadlineError)
    return make(`${at} did not answer within ${ctx.timeoutMs / 1000} s while ${e.message}; is it overloaded, or not a Neo4j server? (raise --timeout)`);
  const err = e as { code?: string; message?: string };
  const code = String(err?.code ?? "");
  const message = String(err?.message ?? e);
  if (code === "Neo.ClientError.Security.Unauthorized")
    return make(`${at} refused user "${ctx.user}": wrong user name or password (--user/--password or NEO4J_USERNAME/NEO4J_PASSWORD)`);
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit")
    return make(`${at} locked user "${ctx.user}" after too many wrong passwords; wait and retry with the right one`);
  if (code === "Neo.ClientError.Database.DatabaseNotFound")
    return make(`${at} has no database "${ctx.database}" (--database or NEO4J_DATABASE)`);
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(message))
    return make(`${at} cannot be reached (${causeOf(message)}); check --uri or NEO4J_URI and that the server is running`);
  if (/acquisition timed out|Failed to establish connection in/i.test(message))
    return make(`${at} did not answer within ${ctx.timeoutMs / 1000} s while connecting; is it overloaded, or not a Neo4j server? (raise --timeout)`);
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || /timed out/i.test(message))
    return make(`${at} timed out (${oneLine(message, 120)}); raise --timeout or lower --batch-size`);
  if (code === "Neo.ClientError.Security.Forbidden")
    return make(`${at} does not let user "${ctx.user}" write (${oneLine(message, 120)})`);
  return make(`${at} failed: ${oneLine(message)}${code ? ` (${code})` : ""}`);
}
