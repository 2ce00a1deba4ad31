// `ClaimLens: Import Claims…` — `claimlens.importClaims(sourceUri?)`. Reads a
// ClaimLens JSON or W3C file, merges it into the workspace's sidecar stores
// (re-anchored by quote and context), writes each changed store atomically
// and reports what happened. A refused file changes nothing. The tagging side
// is told to re-read the written stores (its file watcher would too, later).
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { ImportReport } from '../../core/import/planImport';
import { MAX_IMPORT_LENGTH } from '../../core/import/importTypes';
import { describeImport, importIntoWorkspace } from '../../core/import/importWorkspace';
import { serializeStore } from '../../core/store/serializeStore';
import { writeFileAtomic } from '../persistence/atomicWrite';
import { asUri } from './exportCommand';
import { folderReader, pickFolder } from './folderReader';
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
  const folder = await pickFolder(undefined, interactive);
  if (!folder) return fail('open a folder to import claims into.', interactive);
  let text: string;
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_IMPORT_LENGTH * 4) return fail('the file is too large to be a claims export; nothing was imported.', interactive);
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    return fail(`cannot read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`, interactive);
  }
  await services.tagging?.taggedClaims();
  // The creator of foreign annotations that name none.
  const analyst = vscode.workspace.getConfiguration('claimlens').get<string>('analyst') || (osUser() ?? '');
  const access = folderReader(folder.uri, services.storeLocator?.storeDirectoryFor(folder));
  const result = await importIntoWorkspace(access, text, { now: new Date().toISOString(), analyst });
  if (!result.ok) return fail(result.message, interactive);
  const documents: vscode.Uri[] = [];
  for (const [storePath, store] of result.writes) {
    await writeFileAtomic(access.storeUri(storePath), serializeStore(store));
    documents.push(vscode.Uri.joinPath(folder.uri, ...store.document.path.split('/')));
  }
  await services.tagging?.reloadStores(documents);
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
