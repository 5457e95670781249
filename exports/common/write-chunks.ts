// Writes a lazily produced sequence of text pieces to a file atomically (temp file + rename), batching the
// pieces into ~64 KiB writes and waiting for the disk, so memory stays bounded whatever the output size.
import { writeStreamAtomic } from "../../graph/io/atomic-write.js";

export const CHUNK_CHARS = 1 << 16;

export async function writeChunksAtomic(target: string, pieces: Iterable<string>, chunkChars = CHUNK_CHARS): Promise<void> {
  await writeStreamAtomic(target, async (write) => {
    let buffer = "";
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= chunkChars) {
        await write(buffer);
        buffer = "";
      }
    }
    if (buffer) await write(buffer);
  });
}
