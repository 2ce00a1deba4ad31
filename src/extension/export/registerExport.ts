// Registers the export and import commands and the schema content provider; called once from main.ts.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { exportClaims } from './exportCommand';
import { importClaims } from './importCommand';
import { registerSchemaContent } from './schemaContent';

export function registerExport(services: Services): vscode.Disposable {
  const report = (err: unknown): undefined => {
    const message = err instanceof Error ? err.message : String(err);
    services.log.error(`Export/import failed: ${message}`);
    void vscode.window.showErrorMessage(`ClaimLens: ${message}`);
    return undefined;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('claimlens.exportClaims', (target?: unknown, format?: unknown, scope?: unknown) =>
      exportClaims(services, target, format, scope).catch(report)),
    vscode.commands.registerCommand('claimlens.importClaims', (source?: unknown) =>
      importClaims(services, source).catch(report)),
    registerSchemaContent(services.context.extensionUri),
  );
}
