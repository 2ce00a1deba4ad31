// Reads a store file without trusting it. A file that is not JSON, is of a
// newer format than this build understands, or has any invalid claim comes
// back with a `readOnlyReason`: the editor shows what it could read but never
// overwrites the file, so nothing the analyst stored is lost.

import type { StoreDiagnostic } from './diagnostics';
import type { Migration } from './migrations';
import type { StoreFile } from './storeFile';
import type { TaggedClaim } from './taggedClaim';
import { Reader, isObject } from './diagnostics';
import { STORE_MIGRATIONS } from './migrations';
import { STORE_FORMAT_VERSION, normalizeDocumentPath } from './storeFile';
import { readTaggedClaim } from './readTaggedClaim';

export interface ParseStoreResult {
  /** What could be read; null when nothing could (not JSON, wrong shape, newer version unless `readNewer`). */
  readonly store: StoreFile | null;
  readonly diagnostics: readonly StoreDiagnostic[];
  /** Set when the file must not be written back; a sentence for the analyst. */
  readonly readOnlyReason?: string;
  /** True when the file was of an older version and was migrated in memory. */
  readonly migrated: boolean;
}

export interface ParseStoreOptions {
  /**
   * For a newer format version, still read the claims that have the current
   * shape, to show them read-only (the editor does; export and import refuse
   * the file). A field a newer format added is ignored; a claim whose fields
   * changed shape is left out.
   */
  readonly readNewer?: boolean;
  /** Defaults to the shipped migrations; tests inject their own. */
  readonly migrations?: ReadonlyMap<number, Migration>;
  readonly currentVersion?: number;
}

/** 64 MB of JSON is far beyond any analyst's tags for one document: refuse, do not hang. */
export const MAX_STORE_LENGTH = 64 * 1024 * 1024;
const MAX_CLAIMS = 100_000;

export function parseStore(text: string, options: ParseStoreOptions = {}): ParseStoreResult {
  const current = options.currentVersion ?? STORE_FORMAT_VERSION;
  const migrations = options.migrations ?? STORE_MIGRATIONS;
  const refuse = (message: string): ParseStoreResult => ({
    store: null,
    diagnostics: [{ severity: 'error', path: '', message }],
    readOnlyReason: message,
    migrated: false,
  });
  if (text.length > MAX_STORE_LENGTH) return refuse(`The store file is larger than ${MAX_STORE_LENGTH / 1024 / 1024} MB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return refuse(`The store file is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (!isObject(raw)) return refuse('The store file does not contain a JSON object.');
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return refuse('The store file has no valid formatVersion.');
  }
  if (version > current) {
    const reason = `The store file has format version ${version}, newer than this ClaimLens understands (${current}); update ClaimLens to edit its tags.`;
    if (!options.readNewer) return refuse(reason);
    const read = readCurrent(raw);
    const diagnostics: StoreDiagnostic[] = [{ severity: 'error', path: '/formatVersion', message: reason }, ...read.diagnostics];
    return { store: read.store, diagnostics, readOnlyReason: reason, migrated: false };
  }
  let migratedRaw = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.get(v);
    if (!step) return refuse(`No migration from store format version ${v}.`);
    migratedRaw = step(migratedRaw);
  }
  return { ...readCurrent(migratedRaw), migrated: version < current };
}

function readCurrent(raw: Readonly<Record<string, unknown>>): Omit<ParseStoreResult, 'migrated'> {
  const r = new Reader();
  const documentObj = r.object(raw.document, '/document');
  const path = documentObj ? r.string(documentObj, 'path', '/document', { min: 1, max: 4096 }) : undefined;
  const contentHash = documentObj ? r.string(documentObj, 'contentHash', '/document', { max: 200 }) : undefined;
  const items = r.array(raw, 'claims', '', MAX_CLAIMS);
  if (path === undefined || contentHash === undefined || items === undefined) {
    return { store: null, diagnostics: r.diagnostics, readOnlyReason: 'The store file is not a ClaimLens store (see diagnostics).' };
  }
  const document = { path: normalizeDocumentPath(path), contentHash };
  const claims: TaggedClaim[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const claim = readTaggedClaim(r, item, `/claims/${i}`, document);
    if (!claim) return;
    if (seen.has(claim.id)) {
      r.error(`/claims/${i}/id`, `duplicate id ${claim.id}`);
      return;
    }
    seen.add(claim.id);
    claims.push(claim);
  });
  const store: StoreFile = { formatVersion: STORE_FORMAT_VERSION, document, claims };
  if (!r.failed) return { store, diagnostics: r.diagnostics };
  const bad = items.length - claims.length;
  return {
    store,
    diagnostics: r.diagnostics,
    readOnlyReason: `${bad} of ${items.length} tags in the store file are invalid; the file is kept read-only so they are not lost.`,
  };
}
