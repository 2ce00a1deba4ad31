// Watches analysts' KB files (the KB folder of each workspace folder and the
// files named in `claimlens.kb.files`) and reports, once things settle, that
// they changed. Saving a file fires several events; one reload is enough.
// Saves and explorer operations inside VS Code are also heard directly, so
// they apply even where the disk watcher is slow or excluded
// (`files.watcherExclude`).
import * as vscode from 'vscode';
import { isAbsolutePath, isKbFileName } from './userKbSources';

/** Long enough to join a save's change events, short enough to feel immediate. */
const SETTLE_MS = 250;

export class UserKbWatcher implements vscode.Disposable {
  private watchers: vscode.FileSystemWatcher[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private matchers: ((uri: vscode.Uri) => boolean)[] = [];
  private readonly editorEvents: vscode.Disposable[];

  constructor(private readonly onSettled: () => void) {
    const onUris = (uris: readonly vscode.Uri[]): void => {
      if (uris.some((uri) => this.matchers.some((matches) => matches(uri)))) this.changed();
    };
    this.editorEvents = [
      vscode.workspace.onDidSaveTextDocument((d) => onUris([d.uri])),
      vscode.workspace.onDidCreateFiles((e) => onUris(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => onUris(e.files)),
      vscode.workspace.onDidRenameFiles((e) => onUris(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
    ];
  }

  /** (Re)creates the watchers for the current settings and workspace folders. */
  watch(kbFolder: string, kbFiles: readonly string[]): void {
    this.disposeWatchers();
    const patterns: vscode.RelativePattern[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (kbFolder !== '') {
        patterns.push(new vscode.RelativePattern(folder, `${kbFolder}/**/*.{json,csv}`));
        // Deleting or renaming the folder itself reports only the folder.
        patterns.push(new vscode.RelativePattern(folder, kbFolder));
      }
      for (const file of kbFiles) if (!isAbsolutePath(file)) patterns.push(new vscode.RelativePattern(folder, file.replace(/\\/g, '/')));
    }
    for (const file of kbFiles.filter(isAbsolutePath)) {
      const uri = vscode.Uri.file(file);
      patterns.push(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1)));
    }
    this.matchers = patterns.map((p) => {
      const base = p.baseUri.path.replace(/\/$/, '');
      const rest = p.pattern.split('/**')[0] ?? p.pattern;
      // The static part of the pattern: the KB folder, or the named file.
      const root = `${base}/${rest}`;
      return (uri: vscode.Uri) => uri.scheme === p.baseUri.scheme && (uri.path === root || (uri.path.startsWith(`${root}/`) && isKbFileName(uri.path)));
    });
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => this.changed());
      watcher.onDidChange(() => this.changed());
      watcher.onDidDelete(() => this.changed());
      this.watchers.push(watcher);
    }
  }

  private changed(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onSettled();
    }, SETTLE_MS);
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.disposeWatchers();
    for (const d of this.editorEvents) d.dispose();
  }
}
