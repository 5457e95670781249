// Writes a file so that readers see either the old content or the whole new content, never a part:
// write to a temporary file beside it, flush, then rename over the target.
import { createWriteStream, promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { finished } from "node:stream/promises";
import { BackchannelError } from "../errors.js";

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeStreamAtomic(target, async (write) => {
    await write(data);
  });
}

/**
 * Streams content into `target` atomically: `produce` calls `write` as often as it likes (back-pressure
 * respected); on success the temp file is renamed over `target`, on failure it is removed.
 */
export async function writeStreamAtomic(
  target: string,
  produce: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  await fs.mkdir(dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  // a MiB may wait in the stream before `write` waits for it to drain (the default, 16 KiB, is less than a chunk)
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  const write = (chunk: string | Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      out.once("error", onError);
      if (out.write(chunk)) {
        out.off("error", onError);
        resolve();
      } else
        out.once("drain", () => {
          out.off("error", onError);
          resolve();
        });
    });
  try {
    await produce(write);
    out.end();
    await finished(out);
    const fh = await fs.open(tmp, "r+");
    await fh.sync();
    await fh.close();
    await fs.rename(tmp, target);
  } catch (e) {
    // (the stream may still be opening its file: wait until it is closed, or the file would appear after the rm)
    if (!out.closed) await new Promise<void>((resolve) => out.once("close", () => resolve()).destroy());
    await fs.rm(tmp, { force: true });
    if (e instanceof BackchannelError) throw e;
    throw new BackchannelError("EWRITE", `${target}: cannot write (${(e as Error).message})`, { cause: e });
  }
}
