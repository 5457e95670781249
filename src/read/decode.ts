// Turns a file's bytes into text or says, in one line, why it cannot: empty, binary, or invalid UTF-8.
import { BackchannelError } from "../../graph/errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 (a BOM is dropped). Throws EINPUT naming `origin` for empty, binary or malformed input. */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.length === 0) throw new BackchannelError("EINPUT", `${origin}: empty file`);
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new BackchannelError("EINPUT", `${origin}: binary file (contains NUL bytes), not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new BackchannelError("EINPUT", `${origin}: invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new BackchannelError("EINPUT", `${origin}: empty file (only whitespace)`);
  return text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0 || i + n >= b.length + (n === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
