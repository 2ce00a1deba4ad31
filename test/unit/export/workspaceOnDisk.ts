// The fixture workspace (two documents and their sidecar stores) written to a
// temporary directory, for the tests that run `claimlens export` on disk.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentHash } from '../../../src/core/anchoring/contentHash';
import { serializeStore } from '../../../src/core/store/serializeStore';
import { STORE_FORMAT_VERSION, storePathFor } from '../../../src/core/store/storeFile';
import { briefTags } from '../store/fixtures';
import { BRIEF, BRIEF_PATH, DIGEST, DIGEST_PATH, digestTags } from './fixtures';

/** Writes `rel` below `dir`, creating folders. */
export function putFile(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

export function writeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-export-'));
  putFile(dir, BRIEF_PATH, BRIEF);
  // A byte-order mark the export must drop, as the editor does.
  putFile(dir, DIGEST_PATH, `\ufeff${DIGEST}`);
  putFile(dir, storePathFor(BRIEF_PATH), serializeStore({ formatVersion: STORE_FORMAT_VERSION, document: { path: BRIEF_PATH, contentHash: contentHash(BRIEF) }, claims: briefTags() }));
  putFile(dir, storePathFor(DIGEST_PATH), serializeStore({ formatVersion: STORE_FORMAT_VERSION, document: { path: DIGEST_PATH, contentHash: contentHash(DIGEST) }, claims: digestTags() }));
  return dir;
}
