// Entry point VS Code loads (Node and web). Activation stays cheap, since it
// happens in every workspace once start-up has finished (onStartupFinished,
// so a language added to `claimlens.languages` works without an
// onLanguage event): it registers commands, providers and views and starts
// reading the tag stores without waiting for them. The NLP library and the
// knowledge base load on the first analysis; a closed tagged document is read
// only when the "Tagged claims" view is shown or the API lists tags; the
// workspace file watcher starts once a document has tags. Failures are shown
// to the analyst, then rethrown.
import * as vscode from 'vscode';
import { createApi, type ClaimLensApi } from './api';
import { registerAnalysisCommands } from './analysis/analysisCommands';
import { registerExport } from './export/registerExport';
import { registerToggleCommands } from './decorations/toggleCommands';
import { registerHovers } from './hovers/registerHovers';
import { Services } from './services';
import { registerTagging } from './tagging/registerTagging';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const services = new Services(context);
  context.subscriptions.push(services);
  try {
    const { log, config } = services;
    context.subscriptions.push(
      vscode.commands.registerCommand('claimlens.showOutput', () => log.show()),
      registerAnalysisCommands(services),
      registerToggleCommands(config),
      registerHovers(services),
      registerExport(services),
    );
    // Order matters only for the first paint: listeners before the scheduler
    // delivers the first results.
    void services.decorations;
    void services.statusBar;
    void services.scheduler;
    // Sets `services.tagging` and the decorations' tagged source.
    registerTagging(context, services);
    log.info(`ClaimLens ${String(context.extension.packageJSON.version)} activated`);
    return createApi(services);
  } catch (err) {
    // VS Code only logs activation failures; the analyst must see them.
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(`ClaimLens could not start: ${message}`);
    throw err;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions (services in reverse order).
}
