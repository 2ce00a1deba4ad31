// Reads an import file without trusting it: ClaimLens JSON (by its `format`)
// or W3C Web Annotation (collection, page, single annotation or an array).
// Any invalid tag refuses the whole file, so a failed import changes nothing.

import type { StoreDiagnostic } from '../store/diagnostics';
import type { ImportCandidate, ParseImportResult } from './importTypes';
import { EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION } from '../export/claimLensJson';
import { Reader, isObject } from '../store/diagnostics';
import { readTaggedClaim } from '../store/readTaggedClaim';
import { workspaceRelativePath } from '../store/storeFile';
import { checkExportShape } from './exportShape';
import { MAX_IMPORT_CLAIMS, MAX_IMPORT_LENGTH } from './importTypes';
import { readW3c } from './readW3c';

export interface ParseImportOptions {
  /** ISO time used for W3C annotations without created/modified (deterministic in tests). */
  readonly now: string;
  readonly analyst: string;
}

export function parseImport(text: string, options: ParseImportOptions): ParseImportResult {
  const refuse = (message: string, diagnostics: readonly StoreDiagnostic[] = []): ParseImportResult => ({ ok: false, message, diagnostics });
  if (text.length > MAX_IMPORT_LENGTH) return refuse(`The file is larger than ${MAX_IMPORT_LENGTH / 1024 / 1024} MB; nothing was imported.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return refuse(`The file is not valid JSON (${err instanceof Error ? err.message : String(err)}); nothing was imported.`);
  }
  if (isObject(raw) && raw.format === EXPORT_FORMAT_NAME) return readClaimLens(raw, refuse);
  const w3c = readW3c(raw, options);
  if (w3c) {
    if (w3c.reader.failed) return refuse(`The W3C annotation file has invalid annotations (${summary(w3c.reader.diagnostics)}); nothing was imported.`, w3c.reader.diagnostics);
    return { ok: true, format: 'w3c', candidates: w3c.candidates, diagnostics: w3c.reader.diagnostics };
  }
  return refuse('The file is neither a ClaimLens export nor W3C Web Annotation JSON-LD; nothing was imported.');
}

function readClaimLens(raw: Readonly<Record<string, unknown>>, refuse: (m: string, d?: readonly StoreDiagnostic[]) => ParseImportResult): ParseImportResult {
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse('The ClaimLens export has no valid formatVersion; nothing was imported.');
  if (version > EXPORT_FORMAT_VERSION) {
    return refuse(`The ClaimLens export has format version ${version}, newer than this ClaimLens understands (${EXPORT_FORMAT_VERSION}); update ClaimLens to import it.`);
  }
  const r = new Reader();
  checkExportShape(raw, r);
  const items = r.array(raw, 'claims', '', MAX_IMPORT_CLAIMS);
  const candidates: ImportCandidate[] = [];
  items?.forEach((item, i) => {
    const at = `/claims/${i}`;
    const obj = r.object(item, at);
    const doc = obj && r.object(obj.document, `${at}/document`);
    if (!obj || !doc) return;
    const path = r.string(doc, 'path', `${at}/document`, { min: 1, max: 4096 });
    const contentHash = r.string(doc, 'contentHash', `${at}/document`, { max: 200 });
    if (path === undefined || contentHash === undefined) return;
    const relative = workspaceRelativePath(path);
    if (relative === undefined) {
      r.error(`${at}/document/path`, 'not a path inside the workspace');
      return;
    }
    const claim = readTaggedClaim(r, obj, at, { path: relative, contentHash });
    if (claim) candidates.push({ claim, hasPosition: true });
  });
  if (r.failed || !items) return refuse(`The ClaimLens export does not match its schema (${summary(r.diagnostics)}); nothing was imported.`, r.diagnostics);
  return { ok: true, format: 'json', candidates, diagnostics: r.diagnostics };
}

function summary(diagnostics: readonly StoreDiagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors.slice(0, 3).map((d) => `${d.path || '/'}: ${d.message}`).join('; ');
  return errors.length > 3 ? `${first}; and ${errors.length - 3} more` : first;
}
