// Commands behind hover links (arguments arrive as JSON, so they are
// validated here) and "ClaimLens: Find All Mentions".
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { spanAt } from '../analysis/spans';
import { toRange } from '../util/range';
import { sameEntity } from './hoverProvider';

export function registerHoverCommands(analysis: DocumentAnalysis): vscode.Disposable {
  return vscode.Disposable.from(
    // Not contributed in package.json: reachable only from our hover links.
    vscode.commands.registerCommand('claimlens.hover.tag', async (uri: unknown, start: unknown, end: unknown) => {
      if (typeof uri !== 'string' || !isOffset(start) || !isOffset(end) || end < start) return undefined;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
      return vscode.commands.executeCommand('claimlens.tagClaim', document.uri, toRange(document, { start, end }));
    }),
    vscode.commands.registerCommand('claimlens.findMentions', async (uri?: unknown, offset?: unknown) => {
      const target = await resolveTarget(uri, offset);
      if (target === undefined) return [];
      const { document, at } = target;
      const result = await analysis.analyze(document, true);
      const mention = result === undefined ? undefined : spanAt(result.entities, at);
      if (result === undefined || mention === undefined) {
        void vscode.window.showInformationMessage('ClaimLens: no person, place or organisation at the cursor.');
        return [];
      }
      const locations = sameEntity(result, mention).map((m) => new vscode.Location(document.uri, toRange(document, m)));
      await vscode.commands.executeCommand('editor.action.showReferences', document.uri, document.positionAt(at), locations);
      return locations;
    }),
  );
}

/** From hover arguments, or the active editor's cursor when called from the palette. */
async function resolveTarget(uri: unknown, offset: unknown): Promise<{ document: vscode.TextDocument; at: number } | undefined> {
  if (typeof uri === 'string' && isOffset(offset)) {
    return { document: await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)), at: offset };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) return undefined;
  return { document: editor.document, at: editor.document.offsetAt(editor.selection.active) };
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
