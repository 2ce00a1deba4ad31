// "ClaimLens: Analyze Document": analyse the active document now, even above
// the size limit, and say what was found.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/model/analysis';
import type { Services } from '../services';

export function registerAnalysisCommands(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('claimlens.analyzeDocument', async (uri?: unknown): Promise<AnalysisResult | undefined> => {
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (document === undefined) {
      void vscode.window.showInformationMessage('ClaimLens: open a text or Markdown document first.');
      return undefined;
    }
    try {
      const result = await services.analysis.analyze(document, true);
      if (result !== undefined) {
        services.decorations.refresh([document.uri.toString()]);
        void vscode.window.setStatusBarMessage(
          `ClaimLens: ${result.entities.length} entities, ${result.claims.length} claims`, 5_000);
      }
      return result;
    } catch (err) {
      services.log.error(`analysis failed: ${String(err)}`);
      void vscode.window.showErrorMessage(`ClaimLens could not analyse this document: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
}
