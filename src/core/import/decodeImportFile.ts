// Turns an import file's bytes into text, refusing what is not UTF-8: a
// lenient decoder would put U+FFFD into quotes and notes, and the import would
// then store text that is in no document. A byte-order mark is dropped.
// E.g. a Latin-1 export with "Kharkiv – 1 200" (0x96 for the dash) is refused.

import { MAX_IMPORT_LENGTH } from './importTypes';

/**
 * The largest file whose text can be within MAX_IMPORT_LENGTH: UTF-8 takes at most
 * 3 bytes per UTF-16 unit ("Х" is 2 bytes for 1 unit, "€" 3 for 1, "🛰" 4 for 2),
 * plus a 3-byte byte-order mark. A larger file is refused before it is read.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_LENGTH * 3 + 3;

export type DecodedImport = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export function decodeImportFile(bytes: Uint8Array): DecodedImport {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: 'the file is too large to be a claims export; nothing was imported.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text (it has an invalid byte sequence); nothing was imported.' };
  }
}
