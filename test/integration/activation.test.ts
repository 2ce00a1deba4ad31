// First real suite: the extension is installed in the host, activates after
// start-up (so a language added to `claimlens.languages` is analysed) and when
// an analyst opens a plain-text or Markdown document, and registers its commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { waitFor } from './support';

const EXTENSION_ID = 'claimlens.claimlens';

describe('ClaimLens activation', () => {
  it('is installed in the host under its publisher id', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    assert.equal(extension.packageJSON.name, 'claimlens');
  });

  it('is active once start-up has finished, before any document is opened (onStartupFinished)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // No test has opened a document or called activate() yet: only the start-up event can have activated it.
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' || d.uri.scheme === 'untitled');
    assert.deepEqual(open.filter((d) => ['plaintext', 'markdown'].includes(d.languageId)).map((d) => d.uri.toString()), []);
    await waitFor(() => (extension.isActive ? true : undefined), 'activation after start-up');
  });

  it('analyses a language added to claimlens.languages', async () => {
    const extension = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    const config = vscode.workspace.getConfiguration('claimlens');
    const languages = config.get<string[]>('languages') ?? [];
    assert.ok(!languages.includes('html'), 'HTML is not analysed by default');
    await config.update('languages', [...languages, 'html'], vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument({
        language: 'html',
        content: '<p>Officials in Ankara reportedly approved a 12% rise in defence spending.</p>\n',
      });
      await vscode.window.showTextDocument(document);
      const drawn = await waitFor(() => {
        const ranges = api.decorationsFor(document.uri);
        return ranges && ranges.place.length > 0 && ranges.quantity.length > 0 ? ranges : undefined;
      }, 'highlights in the HTML document');
      assert.equal(document.getText(drawn.place[0]), 'Ankara');
      assert.equal(document.getText(drawn.quantity[0]), '12%');
      await waitFor(() => (/\d+ entit/.test(api.statusBar().text) ? true : undefined), 'status-bar counts for it');
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('activates when a plain-text document is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Officials in Ankara reportedly approved a 12% rise in defence spending.',
    });
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    await waitFor(() => (extension.isActive ? true : undefined), 'activation after opening a plaintext document');
    assert.equal(extension.isActive, true);
  });

  it('is active with a Markdown document from the sample workspace open', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the launcher opens the samples/ workspace');
    const markdown = await vscode.workspace.findFiles('**/*.md', undefined, 1);
    const uri = markdown[0];
    assert.ok(uri, 'samples/ contains at least one Markdown document');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor(() => (extension?.isActive === true ? true : undefined), 'activation with a Markdown document open');
  });

  it('registers every command it contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('claimlens.showOutput'), 'claimlens.showOutput is registered');
    const contributed = (extension.packageJSON.contributes?.commands ?? []) as { command: string }[];
    assert.ok(contributed.length > 0, 'package.json contributes commands');
    // Report all missing commands at once rather than the first one.
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
