// "Open Walkthrough Sample Document": the invented briefing shipped in
// media/walkthrough/sample.md, opened as a real file so tags made on it are
// saved like any other (an untitled document has no store, and its tags
// vanished with it). With a folder open the copy is
// `<first folder>/claimlens-sample.md`, tagged into .claimlens/annotations/
// as the walkthrough says; without one it lives in ClaimLens's global
// storage and its tags stay private to this machine. An existing copy is
// reopened, never overwritten, so tags made on it earlier still fit.
import * as vscode from 'vscode';

export const SAMPLE_FILE_NAME = 'claimlens-sample.md';

export function registerSampleCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('claimlens.openWalkthroughSample', async (): Promise<vscode.Uri> => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const target = folder
      ? vscode.Uri.joinPath(folder.uri, SAMPLE_FILE_NAME)
      : vscode.Uri.joinPath(context.globalStorageUri, 'walkthrough', SAMPLE_FILE_NAME);
    const created = !(await exists(target));
    if (created) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.md'), target);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    if (created) {
      const where = folder
        ? `${SAMPLE_FILE_NAME} in ${folder.name}; tags you make on it are saved like any document's (by default in .claimlens/annotations/). Delete both when you are done.`
        : `${SAMPLE_FILE_NAME} in ClaimLens's own storage (no folder is open); tags you make on it are kept privately on this machine.`;
      void vscode.window.showInformationMessage(`ClaimLens: the walkthrough sample was copied to ${where}`);
    }
    return target;
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
