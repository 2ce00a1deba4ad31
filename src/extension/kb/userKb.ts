// The analysts' side of the knowledge base: finds and reads their KB files and
// settings entries (in merge order), publishes what is wrong with them, and
// says when they changed (files edited, created or deleted; settings changed).
import * as vscode from 'vscode';
import type { KbDiagnostic } from '../../core/kb/kbDiagnostic';
import type { ParsedKb } from '../../core/kb/parseKb';
import type { Configuration } from '../config/configuration';
import { KbProblems } from './kbProblems';
import { readUserKb } from './readUserKb';
import { parseSettingsEntries } from './settingsEntries';
import { findUserKbSources } from './userKbSources';
import { UserKbWatcher } from './userKbWatcher';

export class UserKb implements vscode.Disposable {
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  private readonly problems: KbProblems;
  private readonly watcher: UserKbWatcher;
  private readonly disposables: vscode.Disposable[] = [];
  /** origin → file, from the last load, to place diagnostics. */
  private files = new Map<string, vscode.Uri>();

  /** Fires when a user KB file or the KB settings changed: the KB must be rebuilt. */
  readonly onDidChange: vscode.Event<void> = this._onDidChange.event;

  constructor(private readonly config: Configuration, log: vscode.LogOutputChannel) {
    this.problems = new KbProblems(log);
    this.watcher = new UserKbWatcher(() => this._onDidChange.fire());
    this.rewatch();
    this.disposables.push(
      config.onDidChange((change) => {
        if (!change.kb) return;
        this.rewatch();
        this._onDidChange.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rewatch();
        this._onDidChange.fire();
      }),
    );
  }

  /** Everything to merge over the bundled KB, later wins: folder files, `kb.files`, then settings entries. */
  async load(): Promise<ParsedKb[]> {
    const { kbFolder, kbFiles, kbEntries } = this.config.current;
    const { sources, missing } = await findUserKbSources(kbFolder, kbFiles);
    this.files = new Map(sources.map((s) => [s.origin, s.uri]));
    const parsed = await Promise.all(sources.map(readUserKb));
    const fromSettings = parseSettingsEntries(kbEntries);
    return [...parsed, ...missing, ...(fromSettings ? [fromSettings] : [])];
  }

  /** Replaces the problems shown for user KBs (parse and merge diagnostics together). */
  publish(diagnostics: readonly KbDiagnostic[]): void {
    this.problems.publish(diagnostics, (origin) => this.files.get(origin));
  }

  private rewatch(): void {
    const { kbFolder, kbFiles } = this.config.current;
    this.watcher.watch(kbFolder, kbFiles);
  }

  dispose(): void {
    for (const d of this.disposables.reverse()) d.dispose();
    this.watcher.dispose();
    this.problems.dispose();
    this._onDidChange.dispose();
  }
}
