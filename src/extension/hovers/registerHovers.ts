// Registers the hover provider for the configured languages and again when
// `claimlens.languages` changes (a document selector cannot be edited).
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerHoverCommands } from './hoverCommands';
import { ClaimLensHoverProvider } from './hoverProvider';

export function registerHovers(services: Services): vscode.Disposable {
  const { config, analysis, engine } = services;
  const provider = new ClaimLensHoverProvider(analysis, engine, config);
  let registration: vscode.Disposable | undefined;
  const register = (): void => {
    registration?.dispose();
    const selector = config.current.languages.map((language) => ({ language }));
    registration = vscode.languages.registerHoverProvider(selector, provider);
  };
  register();
  const listener = config.onDidChange((change) => { if (change.languages) register(); });
  return vscode.Disposable.from(
    listener,
    registerHoverCommands(analysis),
    new vscode.Disposable(() => registration?.dispose()),
  );
}
