// Typed access to `claimlens.*` settings. Settings are read once and cached;
// a change event says which parts changed so listeners do the smallest refresh
// (re-style decorations vs re-analyse documents).
import * as vscode from 'vscode';
import { sanitizeSettings, type ClaimLensSettings, type HighlightType } from './settings';

const SECTION = 'claimlens';

/** Which parts of the settings changed, so each listener refreshes only what it must. */
export interface SettingsChange {
  readonly languages: boolean;
  readonly highlight: boolean;
  readonly hover: boolean;
  readonly analysis: boolean;
  readonly kb: boolean;
}

export class Configuration implements vscode.Disposable {
  private _current: ClaimLensSettings;
  private readonly _onDidChange = new vscode.EventEmitter<SettingsChange>();
  private readonly _listener: vscode.Disposable;

  readonly onDidChange: vscode.Event<SettingsChange> = this._onDidChange.event;

  constructor() {
    this._current = read();
    this._listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this._current = read();
      this._onDidChange.fire({
        languages: e.affectsConfiguration(`${SECTION}.languages`),
        highlight: e.affectsConfiguration(`${SECTION}.highlight`),
        hover: e.affectsConfiguration(`${SECTION}.hover`),
        analysis: e.affectsConfiguration(`${SECTION}.maxDocumentSize`)
          || e.affectsConfiguration(`${SECTION}.analysis`),
        kb: e.affectsConfiguration(`${SECTION}.kb`),
      });
    });
  }

  get current(): ClaimLensSettings {
    return this._current;
  }

  /** True when ClaimLens analyses documents of this language. */
  handles(document: vscode.TextDocument): boolean {
    return this._current.languages.includes(document.languageId);
  }

  async setHighlightEnabled(enabled: boolean): Promise<void> {
    await update('highlight.enabled', enabled);
  }

  async setHighlightTypes(types: ReadonlySet<HighlightType>): Promise<void> {
    await update('highlight.types', [...types]);
  }

  dispose(): void {
    this._listener.dispose();
    this._onDidChange.dispose();
  }
}

function read(): ClaimLensSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return sanitizeSettings((key) => config.get<unknown>(key));
}

/**
 * Writes where the value is currently set (folder, workspace, then user), so a
 * toggle overrides nothing the analyst set deliberately elsewhere.
 */
async function update(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const where = config.inspect(key);
  const target = where?.workspaceFolderValue !== undefined
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : where?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await config.update(key, value, target);
}
