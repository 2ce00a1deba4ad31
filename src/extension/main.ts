// Entry point VS Code loads (Node and web). Activation must stay cheap: heavy
// work (the NLP library, the knowledge base) loads on first use.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  try {
    const output = vscode.window.createOutputChannel('ClaimLens', { log: true });
    context.subscriptions.push(output);
    context.subscriptions.push(
      vscode.commands.registerCommand('claimlens.showOutput', () => output.show()),
    );
    output.info('ClaimLens activated');
  } catch (err) {
    // VS Code only logs activation failures; the analyst must see them.
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(`ClaimLens could not start: ${message}`);
    throw err;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
