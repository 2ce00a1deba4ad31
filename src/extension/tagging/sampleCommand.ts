// "Open Walkthrough Sample Document": the invented briefing shipped in
// media/walkthrough/, opened as an untitled Markdown document so trying
// ClaimLens never writes into the analyst's workspace.
import * as vscode from 'vscode';

export function registerSampleCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('claimlens.openWalkthroughSample', async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.md');
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
  });
}
