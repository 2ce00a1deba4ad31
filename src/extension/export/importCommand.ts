// `ClaimLens: Import Claims…` — `claimlens.importClaims(sourceUri?)`. Reads a
// ClaimLens JSON or W3C file (strict UTF-8), merges it into the workspace's
// stores (re-anchored by quote and context), writes the changed stores as one
// unit (all or none, src/core/import/writeStores.ts) and reports what happened.
// A refused file, or a write that fails midway, changes nothing. The tagging
// side is told to re-read the written stores (its file watcher would too, later).
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { ImportReport } from '../../core/import/planImport';
import type { DecodedImport } from '../../core/import/decodeImportFile';
import { MAX_IMPORT_BYTES, decodeImportFile } from '../../core/import/decodeImportFile';
import { describeImport, importIntoWorkspace } from '../../core/import/importWorkspace';
import { writeStores } from '../../core/import/writeStores';
import { serializeStore } from '../../core/store/serializeStore';
import { asUri } from '../tagging/commandArgs';
import { folderReader, pickFolder } from './folderReader';
import { vscodeStoreFiles } from './storeFiles';
import { osUser } from '../util/osUser';

export interface ImportOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly report?: ImportReport;
}

export async function importClaims(services: Services, source?: unknown): Promise<ImportOutcome | undefined> {
  let uri = asUri(source);
  const interactive = uri === undefined;
  uri ??= (await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'ClaimLens or W3C annotations': ['json', 'jsonld'] },
    title: 'Import claims',
  }))?.[0];
  if (!uri) return undefined;
  const folder = await pickFolder(undefined, interactive, 'import into');
  if (!folder) return fail('open a folder to import claims into.', interactive);
  let decoded: DecodedImport;
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_IMPORT_BYTES) return fail('the file is too large to be a claims export; nothing was imported.', interactive);
    decoded = decodeImportFile(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    return fail(`cannot read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`, interactive);
  }
  if (!decoded.ok) return fail(decoded.message, interactive);
  // The import merges into the stores as they are on disk: pending writes land and closed documents' tags are re-anchored first.
  await services.tagging?.whenStoresCurrent();
  // The creator of foreign annotations that name none.
  const analyst = vscode.workspace.getConfiguration('claimlens').get<string>('analyst') || (osUser() ?? '');
  const access = folderReader(folder.uri, services.storeLocator?.storeDirectoryFor(folder));
  const result = await importIntoWorkspace(access, decoded.text, { now: new Date().toISOString(), analyst });
  if (!result.ok) return fail(result.message, interactive);
  const texts = new Map([...result.writes].map(([storePath, store]) => [storePath, serializeStore(store)] as const));
  const written = await writeStores(vscodeStoreFiles(access), texts);
  const documentOf = (storePath: string): vscode.Uri => vscode.Uri.joinPath(folder.uri, ...result.writes.get(storePath)!.document.path.split('/'));
  if (!written.ok) {
    // The file watcher may have seen a store between rename and roll-back: re-read them all.
    await services.tagging?.reloadStores([...texts.keys()].map(documentOf));
    const left = written.notRestored.length === 0 ? 'nothing was imported, every store is as it was'
      : `these stores could not be put back and hold imported tags: ${written.notRestored.join(', ')}`;
    return fail(`writing the stores failed (${written.error}); ${left}.`, interactive);
  }
  await services.tagging?.reloadStores(written.written.map(documentOf));
  const summary = describeImport(result.report, result.readOnlySkipped);
  services.log.info(`Import from ${uri.toString(true)}: ${summary}`);
  for (const conflict of result.report.conflicts) services.log.warn(`Import: ${conflict}`);
  if (interactive) {
    const show = result.report.conflicts.length > 0 ? ['Show Conflicts'] : [];
    void vscode.window.showInformationMessage(`ClaimLens import: ${summary}`, ...show)
      .then((choice) => (choice ? services.log.show() : undefined));
  }
  return { ok: true, message: summary, report: result.report };
}

function fail(message: string, interactive: boolean): ImportOutcome {
  if (interactive) void vscode.window.showErrorMessage(`ClaimLens import: ${message}`);
  return { ok: false, message };
}
