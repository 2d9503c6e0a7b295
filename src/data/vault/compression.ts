// gzip through the platform's CompressionStream (Node 18+, Chrome 80+, Safari 16.4+, Firefox 113+),
// with a cap on decompressed size so a crafted file cannot exhaust memory.
import { concatBytes } from './bytes';

/** Thrown by {@link gunzip} when the output would pass its limit. */
export class DecompressedTooLargeError extends Error {
  override readonly name = 'DecompressedTooLargeError';
}

/** True when this platform has both CompressionStream and DecompressionStream. */
export function canCompress(): boolean {
  return (
    typeof globalThis.CompressionStream === 'function' &&
    typeof globalThis.DecompressionStream === 'function'
  );
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(...chunks);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new DecompressedTooLargeError(`Output passed ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
}

/** gzip of `bytes`. */
export function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return collect(stream, Number.POSITIVE_INFINITY);
}

/**
 * Inflates gzip `bytes`, throwing {@link DecompressedTooLargeError} past `maxBytes` of output and
 * a `TypeError` (from the platform) for data that is not valid gzip.
 */
export function gunzip(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return collect(stream, maxBytes);
}
