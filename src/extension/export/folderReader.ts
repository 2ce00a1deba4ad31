// The export/import core's view of a workspace folder, through
// `vscode.workspace.fs` (local, remote and virtual workspaces alike). Files
// are decoded by the same core function as the CLI uses, so both see the same text.
import * as vscode from 'vscode';
import type { WorkspaceReader } from '../../core/export/loadWorkspace';
import { MAX_DOCUMENT_BYTES, decodeDocument } from '../../core/export/decodeDocument';
import { STORE_DIRECTORY } from '../../core/store/storeFile';
import { decideFolder } from './folderChoice';
import { listStoreFiles } from '../persistence/listStoreFiles';

/**
 * A folder as the export/import core sees it. `storeDirectory` is where the
 * folder's stores are (`<folder>/.claimlens/annotations`, or the workspace-storage
 * directory when tags are kept private); the core names stores by their path
 * below `.claimlens/annotations`, which `storeUri` maps to that directory.
 */
export interface FolderAccess extends WorkspaceReader {
  storeUri(storePath: string): vscode.Uri;
}

export function folderReader(folder: vscode.Uri, storeDirectory: vscode.Uri = vscode.Uri.joinPath(folder, STORE_DIRECTORY)): FolderAccess {
  // The core hands over workspace-relative paths only; a ".." would leave the folder.
  const segments = (rel: string): string[] => {
    const parts = rel.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.includes('..')) throw new Error(`refusing a path outside the workspace folder: ${rel}`);
    return parts;
  };
  const storePrefix = `${STORE_DIRECTORY}/`;
  const storeUri = (storePath: string): vscode.Uri => vscode.Uri.joinPath(storeDirectory, ...segments(storePath.slice(storePrefix.length)));
  const at = (rel: string): vscode.Uri => (rel.startsWith(storePrefix) ? storeUri(rel) : vscode.Uri.joinPath(folder, ...segments(rel)));
  return {
    storeUri,
    listStoreFiles: () => listStoreFiles(storeDirectory),
    readText: async (rel) => {
      try {
        const uri = at(rel);
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_DOCUMENT_BYTES) return undefined;
        return decodeDocument(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined; // missing or unreadable: exported without line numbers
      }
    },
  };
}

/** The bundled KB file's text for the export provenance (`loadWorkspaceExport`), as the CLI reads it. */
export async function bundledKbJson(extensionUri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'kb', 'kb.json')));
  } catch {
    return undefined;
  }
}

/**
 * The folder an export or import is about: the target's, else the active
 * editor's or the only one; with several folders an interactive command asks
 * (folderChoice.ts). `purpose` completes the prompt ("export", "import into").
 */
export async function pickFolder(hint: vscode.Uri | undefined, interactive: boolean, purpose: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(active);
  const decision = decideFolder(folders, hint && vscode.workspace.getWorkspaceFolder(hint), activeFolder, interactive);
  if ('use' in decision) return decision.use;
  const items = decision.ask.map((folder) => ({
    label: folder.name,
    description: folder === activeFolder ? 'folder of the active editor' : undefined,
    detail: folder.uri.toString(true),
    folder,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: `Workspace folder to ${purpose} (each folder has its own tags; one folder at a time)` });
  return picked?.folder;
}
