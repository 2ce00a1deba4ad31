// `ClaimLens: Export Tagged Claims…` — `claimlens.exportClaims(targetUri?, format?)`.
// With a target it writes at once (keybindings, other extensions, tests);
// otherwise it asks for scope, format and file, then offers Open / Reveal.
// It exports the stored state through the same core as `claimlens export`,
// so the bytes are the same as the CLI's for the same workspace.
import * as vscode from 'vscode';
import type { ExportFormat, ExportScope } from '../../core/export/exportTypes';
import type { Services } from '../services';
import { EXPORT_FILE_EXTENSIONS, inScope } from '../../core/export/exportTypes';
import { loadWorkspaceExport } from '../../core/export/loadWorkspace';
import { parseExportFormat, renderExport } from '../../core/export/renderExport';
import { bundledKbJson, folderReader, pickFolder } from './folderReader';
import { asUri } from '../tagging/commandArgs';

const FORMAT_ITEMS: readonly (vscode.QuickPickItem & { format: ExportFormat })[] = [
  { format: 'json', label: 'ClaimLens JSON', description: '.claimlens.json', detail: 'Lossless, versioned, with a JSON Schema; re-importable.' },
  { format: 'w3c', label: 'W3C Web Annotation', description: '.jsonld', detail: 'JSON-LD AnnotationCollection for annotation tools; re-importable.' },
  { format: 'csv', label: 'CSV', description: '.csv', detail: 'One row per claim, for spreadsheets.' },
  { format: 'md', label: 'Markdown report', description: '.md', detail: 'Grouped by document and label, with each claim\'s sentence.' },
];

/**
 * `scopeArg`, for callers that know it (the claims tree with a filter):
 * `{ path }` for one document, `{ description, ids }` for the tags a filter shows.
 */
export async function exportClaims(services: Services, target?: unknown, formatArg?: unknown, scopeArg?: unknown): Promise<vscode.Uri | undefined> {
  const targetUri = asUri(target);
  const interactive = targetUri === undefined;
  const folder = await pickFolder(targetUri, interactive, 'export');
  if (!folder) {
    void vscode.window.showErrorMessage('ClaimLens: open a folder to export its tagged claims.');
    return undefined;
  }
  // Pending tag writes land before the stores are read (the export re-anchors closed documents' tags in memory too).
  await services.tagging?.whenStoresCurrent();
  const scope = scopeFrom(scopeArg) ?? (interactive ? await pickScope(folder, scopeFrom(services.taggedClaimsFilter?.())) : { kind: 'workspace' as const });
  if (!scope) return undefined;
  const format = parseExportFormat(typeof formatArg === 'string' ? formatArg : undefined)
    ?? (targetUri ? formatOfFile(targetUri) : (await vscode.window.showQuickPick(FORMAT_ITEMS, { placeHolder: 'Export format' }))?.format);
  if (!format) return undefined;
  const uri = targetUri ?? await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder.uri, `claimlens-export.${EXPORT_FILE_EXTENSIONS[format]}`),
    title: 'Export tagged claims',
  });
  if (!uri) return undefined;
  const access = folderReader(folder.uri, services.storeLocator?.storeDirectoryFor(folder));
  const loaded = await loadWorkspaceExport(access, await bundledKbJson(services.context.extensionUri));
  for (const problem of loaded.problems) services.log.warn(`Export: ${problem}`);
  const text = renderExport(format, { ...loaded, scope });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const count = loaded.claims.filter((c) => inScope(c, scope)).length;
  services.log.info(`Exported ${count} tagged claim(s) as ${format} to ${uri.toString(true)}`);
  const elsewhere = elsewhereNote(scope, count, folder);
  if (elsewhere) services.log.warn(`Export: ${elsewhere}`);
  if (interactive) void offerOpen(uri, count, loaded.problems.length, elsewhere);
  return uri;
}

/** `treeFilter`: the tags the "Tagged claims" filter shows, offered when the tree is filtered. */
async function pickScope(folder: vscode.WorkspaceFolder, treeFilter: ExportScope | undefined): Promise<ExportScope | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const path = active && vscode.workspace.getWorkspaceFolder(active)?.uri.toString() === folder.uri.toString()
    ? vscode.workspace.asRelativePath(active, false) : undefined;
  if (path === undefined && treeFilter === undefined) return { kind: 'workspace' };
  // With several folders "workspace" would promise more than one folder's tags.
  const whole = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? 'Whole folder' : 'Whole workspace';
  const items: { label: string; scope: ExportScope }[] = [{ label: `${whole} (${folder.name})`, scope: { kind: 'workspace' } }];
  if (path !== undefined) items.push({ label: `This document (${path})`, scope: { kind: 'document', path } });
  if (treeFilter?.kind === 'filter') items.push({ label: `Tags the tree shows (${treeFilter.description})`, scope: treeFilter });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which tagged claims to export' });
  return picked?.scope;
}

/**
 * The tree shows the tags of every folder, an export holds one folder's: say
 * when some of the tags asked for (a tree filter's ids) are in other folders.
 */
function elsewhereNote(scope: ExportScope, count: number, folder: vscode.WorkspaceFolder): string | undefined {
  const asked = scope.kind === 'filter' ? scope.size : undefined;
  if (asked === undefined || count >= asked) return undefined;
  const missing = asked - count;
  return `${missing} of the ${asked} tags shown ${missing === 1 ? 'is' : 'are'} not in folder ${folder.name}; export the other folders on their own`;
}

async function offerOpen(uri: vscode.Uri, count: number, problems: number, elsewhere: string | undefined): Promise<void> {
  const reveal = vscode.workspace.getWorkspaceFolder(uri) ? 'Reveal in Explorer' : vscode.env.uiKind === vscode.UIKind.Desktop ? 'Reveal' : undefined;
  const warning = problems > 0 ? ` (${problems} store(s) could not be read fully — see the ClaimLens log)` : '';
  const choice = await vscode.window.showInformationMessage(
    `ClaimLens: exported ${count} tagged claim${count === 1 ? '' : 's'}${warning}.${elsewhere ? ` ${elsewhere}.` : ''}`, 'Open', ...(reveal ? [reveal] : []),
  );
  if (choice === 'Open') await vscode.commands.executeCommand('vscode.open', uri);
  else if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealInExplorer', uri);
  else if (choice === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', uri);
}

/** A scope from an untrusted command argument; undefined when there is none or it makes no sense. */
function scopeFrom(value: unknown): ExportScope | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const arg = value as { path?: unknown; description?: unknown; ids?: unknown };
  if (typeof arg.path === 'string' && arg.path !== '') return { kind: 'document', path: arg.path };
  if (Array.isArray(arg.ids)) {
    const ids = new Set(arg.ids.filter((id): id is string => typeof id === 'string'));
    const description = typeof arg.description === 'string' ? arg.description : `${ids.size} selected tags`;
    return { kind: 'filter', description, predicate: (claim) => ids.has(claim.id), size: ids.size };
  }
  return undefined;
}

function formatOfFile(uri: vscode.Uri): ExportFormat {
  const name = uri.path.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'md';
  if (name.endsWith('.jsonld')) return 'w3c';
  return 'json';
}
