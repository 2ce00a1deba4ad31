// The `claimlens.editorTaggable` context key: true when the active editor's
// language is one ClaimLens analyses. Menus and the keybinding use it so
// ClaimLens stays out of the way in code files.
import * as vscode from 'vscode';

const KEY = 'claimlens.editorTaggable';

export function trackTaggableEditor(config: { handles(document: vscode.TextDocument): boolean; readonly onDidChange: vscode.Event<unknown> }): vscode.Disposable {
  let last: boolean | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const taggable = editor !== undefined && config.handles(editor.document);
    if (taggable === last) return;
    last = taggable;
    void vscode.commands.executeCommand('setContext', KEY, taggable);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    config.onDidChange(update),
  );
}
