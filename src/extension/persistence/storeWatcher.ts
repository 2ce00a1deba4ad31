// Notices store files changed by someone else (a `git pull`, a colleague's
// merge, a hand edit) and asks for a reload. File events are debounced per
// store and ignored while we write it ourselves: an atomic write shows up as
// delete + create on some file systems, and reacting to the delete would drop
// tags that are safely on disk a millisecond later.
import * as vscode from 'vscode';
import type { StoreRoot } from './storeLocator';
import { decodeText } from './sidecarFile';

const SETTLE_MS = 300;

export interface StoreWatcherHost {
  /** True while a write of this store is queued or running. */
  isWriting(storeKey: string): boolean;
  /** The text we last read or wrote for this store; undefined if none. */
  knownText(storeKey: string): string | undefined;
  reload(documentUri: vscode.Uri, storeUri: vscode.Uri): Promise<void>;
}

export class StoreWatcher implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(roots: readonly StoreRoot[], private readonly host: StoreWatcherHost) {
    for (const root of roots) {
      const watcher = vscode.workspace.createFileSystemWatcher(storePattern(root.dir));
      const onEvent = (storeUri: vscode.Uri): void => {
        const documentUri = root.documentUriFor(storeUri.path.slice(root.dir.path.length + 1));
        if (documentUri) this.schedule(documentUri, storeUri);
      };
      this.disposables.push(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent));
    }
  }

  private schedule(documentUri: vscode.Uri, storeUri: vscode.Uri): void {
    const key = storeUri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.check(documentUri, storeUri);
    }, SETTLE_MS));
  }

  private async check(documentUri: vscode.Uri, storeUri: vscode.Uri): Promise<void> {
    const key = storeUri.toString();
    if (this.host.isWriting(key)) {
      this.schedule(documentUri, storeUri);
      return;
    }
    const now = await vscode.workspace.fs.readFile(storeUri).then(decodeText, () => undefined);
    if (now === this.host.knownText(key)) return;
    await this.host.reload(documentUri, storeUri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}

/**
 * Stores inside a workspace folder are watched from the folder itself: a
 * watcher based on `.claimlens/annotations` stops for good when that folder
 * is deleted (removing the last tags, `git clean`), and stores written later,
 * by an import for instance, would never be noticed.
 */
function storePattern(dir: vscode.Uri): vscode.RelativePattern {
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  if (folder === undefined || dir.path === folder.uri.path) return new vscode.RelativePattern(dir, '**/*.json');
  return new vscode.RelativePattern(folder, `${dir.path.slice(folder.uri.path.length + 1)}/**/*.json`);
}
