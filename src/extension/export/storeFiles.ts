// The file operations `writeStores` (src/core/import/writeStores.ts) needs,
// over `vscode.workspace.fs` and a folder's store directory, so an import's
// stores are written as one unit in local, remote and virtual workspaces.
import * as vscode from 'vscode';
import type { StoreFiles } from '../../core/import/writeStores';
import type { FolderAccess } from './folderReader';
import { isFileNotFound } from '../util/fileNotFound';

export function vscodeStoreFiles(access: FolderAccess): StoreFiles {
  const fs = vscode.workspace.fs;
  return {
    read: async (path) => {
      try {
        return await fs.readFile(access.storeUri(path));
      } catch (err) {
        if (isFileNotFound(err)) return undefined;
        throw err;
      }
    },
    write: async (path, bytes) => {
      const uri = access.storeUri(path);
      await fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await fs.writeFile(uri, bytes);
    },
    rename: async (from, to) => fs.rename(access.storeUri(from), access.storeUri(to), { overwrite: true }),
    remove: async (path) => fs.delete(access.storeUri(path), { useTrash: false }),
    // Starts with "." and does not end in ".json": never listed as a store.
    temporary: (path) => {
      const slash = path.lastIndexOf('/');
      const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${suffix}.tmp`;
    },
  };
}
