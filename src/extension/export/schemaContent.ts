// Serves ClaimLens' JSON schemas under their `$id`, so VS Code resolves an
// export's "$schema": "urn:claimlens:schema:export:v1" offline. VS Code's JSON
// support takes `$schema` over any `jsonValidation` file pattern and asks the
// extensions for a non-http schema URI through `openTextDocument`; without
// this provider every export showed "Unable to load schema" and went
// unvalidated. The `onFileSystem:urn` activation event starts ClaimLens when
// such a URI is first opened.
import * as vscode from 'vscode';
import { EXPORT_SCHEMA_ID } from '../../core/export/claimLensJson';

const SCHEMA_FILES: ReadonlyMap<string, string> = new Map([
  [EXPORT_SCHEMA_ID, 'claimlens-export.schema.json'],
]);

export function registerSchemaContent(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider('urn', {
    provideTextDocumentContent: async (uri) => {
      // Another extension's URN: not ours to answer.
      const file = SCHEMA_FILES.get(`urn:${uri.path}`);
      if (file === undefined) return undefined;
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'schemas', file)));
    },
  });
}
