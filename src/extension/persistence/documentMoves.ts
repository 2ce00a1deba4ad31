// Tags follow their documents: renaming or moving a file (or a folder of
// files) in VS Code moves its store to the new sidecar path; closing an
// untitled document drops its tags, which had nowhere to be saved.
import * as vscode from 'vscode';
import type { TagRepository } from '../tagging/tagRepository';
import type { StoreLocator } from './storeLocator';
import { deleteStoreFile } from './sidecarFile';

export interface Saver {
  save(key: string): Promise<void>;
}

export function followDocumentMoves(repository: TagRepository, locator: StoreLocator, saver: Saver, log: { error(message: string): void }): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidRenameFiles(async (e) => {
      for (const { oldUri, newUri } of e.files) {
        try {
          await move(repository, locator, saver, oldUri, newUri);
        } catch (err) {
          log.error(`Could not move the tags of ${oldUri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === 'untitled') repository.delete(d.uri.toString(), 'user');
    }),
  );
}

async function move(repository: TagRepository, locator: StoreLocator, saver: Saver, oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
  const oldKey = oldUri.toString();
  // A renamed folder moves every tagged document below it.
  const moved = repository.documents().filter((d) => d.key === oldKey || d.key.startsWith(`${oldKey}/`));
  for (const doc of moved) {
    const target = vscode.Uri.parse(newUri.toString() + doc.key.slice(oldKey.length));
    const from = locator.locate(vscode.Uri.parse(doc.key));
    const to = locator.locate(target);
    const path = to?.documentPath ?? doc.path;
    repository.delete(doc.key, 'user');
    repository.set({
      ...doc,
      key: target.toString(),
      path,
      claims: doc.claims.map((c) => ({ ...c, document: { ...c.document, path } })),
    }, 'user');
    // A read-only store stays where it is: it is never written, so never moved.
    if (doc.readOnlyReason) continue;
    await saver.save(target.toString());
    if (from && from.storeUri.toString() !== to?.storeUri.toString()) await deleteStoreFile(from.storeUri);
  }
}
