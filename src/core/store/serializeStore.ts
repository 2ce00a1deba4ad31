// Writes a store file git can merge: fixed key order, claims in document
// order, one claim object per block of lines, two-space indent, final newline.

import type { StoreFile } from './storeFile';
import { STORE_FORMAT_VERSION } from './storeFile';
import { claimToJson, compareClaims } from './claimJson';

export function serializeStore(store: StoreFile): string {
  const claims = [...store.claims].sort(compareClaims).map(claimToJson);
  const json = {
    formatVersion: STORE_FORMAT_VERSION,
    document: { path: store.document.path, contentHash: store.document.contentHash },
    claims,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
