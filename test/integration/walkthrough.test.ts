// The walkthrough's sample opens as a real file in the workspace folder, so
// tags made on it are saved in .claimlens/annotations/ as the walkthrough
// says (an untitled sample lost them); opening it again reopens that copy.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE_FILE_NAME } from '../../src/extension/tagging/sampleCommand';
import { activateClaimLens, cleanUp, waitFor } from './support';

describe('Walkthrough sample document', () => {
  let folder: vscode.Uri;
  let sample: vscode.Uri;
  let store: vscode.Uri;

  before(async () => {
    folder = (await activateClaimLens()).folder.uri;
    sample = vscode.Uri.joinPath(folder, SAMPLE_FILE_NAME);
    store = vscode.Uri.joinPath(folder, '.claimlens', 'annotations', `${SAMPLE_FILE_NAME}.json`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, sample, store);
  });

  it('copies the shipped sample into the folder, opens it, and saves the tags made on it', async () => {
    const { api, extension } = await activateClaimLens();
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(sample)), 'no copy before the first use');
    const opened = await vscode.commands.executeCommand<vscode.Uri>('claimlens.openWalkthroughSample');
    assert.equal(opened.toString(), sample.toString());
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'the sample is in the active editor');
    assert.equal(document.uri.toString(), sample.toString());
    assert.equal(document.isUntitled, false);
    const shipped = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'media', 'walkthrough', 'sample.md')));
    assert.equal(document.getText(), shipped);

    const claim = (await api.analyze(sample)).claims[0];
    assert.ok(claim, 'the sample has figures to tag');
    const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', sample, range, 'To verify');
    assert.equal(typeof id, 'string');
    await waitFor(async () => {
      const text = await vscode.workspace.fs.readFile(store).then((b) => new TextDecoder().decode(b), () => '');
      return text.includes(id) ? true : undefined;
    }, 'the tag to be saved in .claimlens/annotations');
  });

  it('reopens the same copy, never overwriting it, so earlier tags still fit', async () => {
    const { api } = await activateClaimLens();
    const before = await vscode.workspace.fs.stat(sample);
    const tags = (await api.taggedClaims()).filter((t) => t.uri.toString() === sample.toString());
    assert.equal(tags.length, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const opened = await vscode.commands.executeCommand<vscode.Uri>('claimlens.openWalkthroughSample');
    assert.equal(opened.toString(), sample.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sample.toString());
    assert.equal((await vscode.workspace.fs.stat(sample)).mtime, before.mtime, 'the file is not written again');
    const after = (await api.taggedClaims()).filter((t) => t.uri.toString() === sample.toString());
    assert.deepEqual(after.map((t) => [t.id, t.orphaned]), tags.map((t) => [t.id, false]));
  });
});
