// Tells when a tagged document changed on disk (a `git pull`, another
// editor), so its tags are re-anchored. The workspace-wide '**/*' watcher
// starts only once some document has tags: ClaimLens activates after every
// start-up (onStartupFinished, for the languages of `claimlens.languages`),
// and a workspace nobody tags should not pay for it.
import * as vscode from 'vscode';
import type { TagRepository } from '../tagging/tagRepository';

export function watchTaggedDocuments(repository: TagRepository, changed: (uri: vscode.Uri) => void): vscode.Disposable {
  let watcher: vscode.Disposable | undefined;
  const start = (): void => {
    if (watcher !== undefined || repository.documents().length === 0) return;
    const files = vscode.workspace.createFileSystemWatcher('**/*', false, false, true);
    const onEvent = (uri: vscode.Uri): void => {
      if (repository.get(uri.toString())) changed(uri);
    };
    watcher = vscode.Disposable.from(files, files.onDidChange(onEvent), files.onDidCreate(onEvent));
  };
  const subscription = repository.onDidChange(start);
  start();
  return new vscode.Disposable(() => {
    subscription.dispose();
    watcher?.dispose();
  });
}
