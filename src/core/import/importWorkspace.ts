// Import against a whole workspace through injected I/O: parse (refusing bad
// files), load the tags already stored, read the documents named in the file,
// plan the merge, and hand back the store files to write. Nothing is written
// here, so a refused or failed import leaves the workspace as it was.

import type { WorkspaceReader } from '../export/loadWorkspace';
import type { StoreFile } from '../store/storeFile';
import type { ImportFormat } from './importTypes';
import type { ImportReport } from './planImport';
import { loadWorkspaceClaims } from '../export/loadWorkspace';
import { STORE_FORMAT_VERSION, storePathFor } from '../store/storeFile';
import { parseImport } from './parseImport';
import { planImport } from './planImport';

export type WorkspaceImport =
  | { readonly ok: false; readonly message: string }
  | {
    readonly ok: true;
    readonly format: ImportFormat;
    /** Workspace-relative store path → new store content. */
    readonly writes: ReadonlyMap<string, StoreFile>;
    readonly report: ImportReport;
    /** Documents left alone because their store is read-only. */
    readonly readOnlySkipped: readonly string[];
  };

export async function importIntoWorkspace(
  reader: WorkspaceReader,
  fileText: string,
  options: { readonly now: string; readonly analyst: string },
): Promise<WorkspaceImport> {
  const parsed = parseImport(fileText, options);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const loaded = await loadWorkspaceClaims(reader);
  const documents = new Map(loaded.documents);
  for (const path of new Set(parsed.candidates.map((c) => c.claim.document.path))) {
    if (documents.has(path)) continue;
    const text = await reader.readText(path);
    if (text !== undefined) documents.set(path, text);
  }
  const plan = planImport(loaded.claims, parsed.candidates, documents);
  const writes = new Map<string, StoreFile>();
  const readOnlySkipped: string[] = [];
  for (const [path, doc] of plan.changed) {
    if (loaded.readOnlyDocuments.has(path)) {
      readOnlySkipped.push(path);
      continue;
    }
    writes.set(storePathFor(path), {
      formatVersion: STORE_FORMAT_VERSION,
      document: { path, contentHash: doc.contentHash },
      claims: doc.claims,
    });
  }
  return { ok: true, format: parsed.format, writes, report: plan.report, readOnlySkipped };
}

/** One line for the analyst: "3 added, 1 updated, 2 already present; 1 conflict". */
export function describeImport(report: ImportReport, readOnlySkipped: readonly string[]): string {
  const parts = [`${report.added} added`];
  if (report.updated > 0) parts.push(`${report.updated} updated`);
  if (report.merged > 0) parts.push(`${report.merged} merged into tags on the same text`);
  if (report.unchanged > 0) parts.push(`${report.unchanged} already present`);
  if (report.orphaned > 0) parts.push(`${report.orphaned} not found in the text (orphaned)`);
  const problems: string[] = [];
  if (report.conflicts.length > 0) problems.push(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}`);
  const missing = report.missingDocuments.reduce((n, d) => n + d.tags, 0);
  if (missing > 0) problems.push(`${missing} skipped: document not in the workspace (${report.missingDocuments.map((d) => d.path).join(', ')})`);
  if (readOnlySkipped.length > 0) problems.push(`read-only store left unchanged: ${readOnlySkipped.join(', ')}`);
  return problems.length > 0 ? `${parts.join(', ')}; ${problems.join('; ')}.` : `${parts.join(', ')}.`;
}
