// Turns a document file's bytes into text the same way in the CLI and the
// editor export (VS Code's own decoding differs in corner cases), so offsets
// and sentences agree byte for byte: strict UTF-8, byte-order mark dropped,
// binaries and oversized files refused.

/** Larger files are not documents an analyst tagged; matches `claimlens detect`. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function decodeDocument(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_DOCUMENT_BYTES) return undefined;
  // NUL bytes do not occur in text; UTF-16 files and binaries both have them.
  if (bytes.subarray(0, 65536).includes(0)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
