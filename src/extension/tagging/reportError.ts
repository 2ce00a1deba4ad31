// Errors of commands reach the analyst as a message and the log, never as an
// unhandled rejection VS Code swallows.
import * as vscode from 'vscode';

export function reportError(log: vscode.LogOutputChannel, what: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  log.error(`${what}: ${message}`);
  void vscode.window.showErrorMessage(`ClaimLens: ${what.toLowerCase()}: ${message}`);
}
