// The status-bar item in the real editor (read back through `api.statusBar()`,
// as VS Code cannot read an item back): counts of the active document, which
// follow the active editor and tagging, hidden for documents ClaimLens does
// not handle, and a click that reveals the ClaimLens view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { restatesNumber } from '../../src/core/analysis/documentAnalyzer';
import { isReference } from '../../src/core/entities/senses';
import { activateClaimLens, cleanUp, scratchDirs, waitFor } from './support';

/** The counts the item must show, computed from the API's analysis of the same text. */
async function expectedText(api: ClaimLensApi, uri: vscode.Uri, tagged: number): Promise<string> {
  const record = await api.analyze(uri);
  // References (pronouns, "the regime") are not highlighted by default (claimlens.highlight.references), so not
  // counted, nor is a counted group that is also a claim ("100,000 troops").
  const holdsNumber = (e: (typeof record.entities)[number]): boolean => record.claims.some((c) => restatesNumber(e, c.number));
  const entities = record.entities.filter((e) => !isReference(e) && !holdsNumber(e)).length;
  const claims = record.claims.length;
  assert.ok(entities > 1 && claims > 1, 'the sample has several entities and claims');
  return `$(telescope) ${entities} entities · ${claims} claims${tagged > 0 ? ` · $(tag) ${tagged}` : ''}`;
}

describe('Status bar', () => {
  let api: ClaimLensApi;
  let folder: vscode.Uri;
  let dirs: { dir: vscode.Uri; storeDir: vscode.Uri };
  let first: vscode.Uri;
  let second: vscode.Uri;

  /** Waits until the item says `text` (analysis and redraw are asynchronous). */
  const shows = (text: string): Promise<string> =>
    waitFor(() => (api.statusBar().visible && api.statusBar().text === text ? text : undefined), `the status bar to say “${text}” (it says “${api.statusBar().text}”)`);

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    folder = host.folder.uri;
    dirs = scratchDirs(folder, `statusbar-${Date.now().toString(36)}`);
    first = vscode.Uri.joinPath(dirs.dir, 'sahel-security.md');
    second = vscode.Uri.joinPath(dirs.dir, 'china-stimulus.txt');
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, 'sahel-security.md'), first);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, 'china-stimulus.txt'), second);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, dirs.dir, dirs.storeDir);
  });

  it('shows the entity and claim counts of the active document and follows the active editor', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const firstText = await expectedText(api, first, 0);
    await shows(firstText);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    const secondText = await expectedText(api, second, 0);
    assert.notEqual(secondText, firstText, 'the two samples have different counts');
    await shows(secondText);
    assert.match(api.statusBar().tooltip, /Entities: .*people/);
    assert.match(api.statusBar().tooltip, /Click to open the ClaimLens view/);
  });

  it('counts the tags of the active document', async () => {
    const document = await vscode.workspace.openTextDocument(first);
    await vscode.window.showTextDocument(document);
    const claim = (await api.analyze(first)).claims[0];
    assert.ok(claim);
    const at = document.positionAt(claim.number.start);
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', first, new vscode.Range(at, at), 'To verify');
    assert.equal(typeof id, 'string');
    await shows(await expectedText(api, first, 1));
  });

  it('hides for a document ClaimLens does not handle', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: '{ "figures": [1, 2] }' }));
    await waitFor(() => (api.statusBar().visible ? undefined : true), 'the item to hide');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reveals the ClaimLens view when clicked', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await waitFor(() => (api.statusBar().visible ? true : undefined), 'the item to show');
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(() => (api.isTaggedClaimsViewVisible() ? undefined : true), 'the ClaimLens view to be hidden behind the Explorer');
    const { command } = api.statusBar();
    assert.ok(command, 'a click runs a command');
    await vscode.commands.executeCommand(command);
    await waitFor(() => (api.isTaggedClaimsViewVisible() ? true : undefined), 'the “Tagged claims” view to be visible');
  });
});
