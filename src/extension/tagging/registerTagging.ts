// Wires tagging, the ClaimLens views, persistence and code actions, and
// returns the API the decorations and `api.taggedClaims()` use. Called once
// from main.ts with the service container.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { StoreLocator } from '../persistence/storeLocator';
import { TagPersistence, type PersistenceLog } from '../persistence/tagPersistence';
import { registerTaggedTree } from '../tree/registerTaggedTree';
import { registerDocumentItems } from '../tree/documentItemsProvider';
import { TagCodeActionProvider, registerTagCodeActions } from '../codeActions/tagCodeActions';
import { TagRepository } from './tagRepository';
import { TaggingService } from './taggingService';
import type { TaggingSettings } from './taggingSettings';
import { sanitizeTaggingSettings } from './taggingSettings';
import type { TaggingApi } from './taggingApi';
import { createTaggingApi } from './taggingApi';
import { registerTagCommands } from './tagCommands';
import { registerEditCommands } from './editCommands';
import { registerSampleCommand } from './sampleCommand';
import { trackTaggableEditor } from './taggableContext';
import { osUser } from '../util/osUser';

export function registerTagging(context: vscode.ExtensionContext, services: Services): TaggingApi {
  const { log } = services;
  let settings = readSettings();
  const currentSettings = (): TaggingSettings => settings;

  const repository = new TagRepository();
  const locator = new StoreLocator(context.storageUri ?? context.globalStorageUri, () => settings.storeLocation);
  const persistence = new TagPersistence(repository, locator, log);
  const tagging = new TaggingService(repository, persistence, locator, currentSettings);
  const tree = registerTaggedTree(context, repository, () => settings.labels);
  const api = createTaggingApi(repository, async () => {
    await persistence.whenLoaded();
    await persistence.flush();
  }, async () => {
    await persistence.checkClosed();
    await persistence.flush();
  }, async (documentUri) => {
    const location = locator.locate(documentUri);
    if (location) await persistence.loadStore(documentUri, location.storeUri);
  });

  context.subscriptions.push(
    persistence,
    ...tree.disposables,
    ...registerDocumentItems(services),
    ...registerTagCommands(services, tagging, currentSettings),
    ...registerEditCommands(repository, tagging, currentSettings, log),
    registerSampleCommand(context),
    registerTagCodeActions(new TagCodeActionProvider(services, tagging)),
    trackTaggableEditor(services.config),
    services.decorations.setTaggedSource(api),
    ...checkWhileShown(tree.view, repository, persistence, log),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimlens.tagging') && !e.affectsConfiguration('claimlens.store') && !e.affectsConfiguration('claimlens.analyst')) return;
      const before = settings;
      settings = readSettings();
      if (e.affectsConfiguration('claimlens.tagging.labels')) tree.state.recompute();
      if (before.storeLocation !== settings.storeLocation) {
        void vscode.window.showInformationMessage('ClaimLens: the new store location applies after reloading the window.', 'Reload Window')
          .then((choice) => (choice ? vscode.commands.executeCommand('workbench.action.reloadWindow') : undefined));
      }
    }),
  );
  // Loading reads the stores (and open tagged documents' text): never block activation on it.
  persistence.start().then(
    () => log.info(`Loaded ${repository.all().length} tag(s) from ${repository.documents().length} store(s).`),
    (err: unknown) => log.error(`Loading tags failed: ${err instanceof Error ? err.message : String(err)}`),
  );
  services.tagging = api;
  services.storeLocator = locator;
  services.taggedClaimsView = tree.view;
  services.taggedClaimsFilter = tree.filterScope;
  return api;
}

/**
 * The tree lists the tags of closed documents, orphaned ones apart: while it is
 * on screen, a closed document's tags are checked against its file as soon as
 * they are loaded (at start, after an import). Hidden, nothing is read.
 */
function checkWhileShown(view: vscode.TreeView<unknown>, repository: TagRepository, persistence: TagPersistence, log: PersistenceLog): vscode.Disposable[] {
  const check = (): void => {
    if (!view.visible) return;
    persistence.checkClosed().catch((err: unknown) => log.error(`Checking tags failed: ${err instanceof Error ? err.message : String(err)}`));
  };
  return [
    view.onDidChangeVisibility(check),
    repository.onDidChange((change) => { if (change.reason === 'load') check(); }),
  ];
}

function readSettings(): TaggingSettings {
  const config = vscode.workspace.getConfiguration('claimlens');
  return sanitizeTaggingSettings((key) => config.get<unknown>(key), osUser());
}
