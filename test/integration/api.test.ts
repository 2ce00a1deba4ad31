// The API `activate()` returns: `analyze(uri)` gives exactly what
// `claimlens detect --format json` prints for the same file, and follows the
// editor's current (unsaved) text.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { activateClaimLens } from './support';

async function activate(): Promise<{ api: ClaimLensApi; extensionPath: string }> {
  const { api, extension } = await activateClaimLens();
  return { api, extensionPath: extension.extensionPath };
}

function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples/ workspace is open');
  return folder;
}

describe('ClaimLens API', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const sample of ['korea-russia-troops.md', 'china-stimulus.txt']) {
    it(`analyze(uri) equals the CLI's detect --format json for ${sample}`, async () => {
      const { api, extensionPath } = await activate();
      const folder = workspaceFolder();
      const fromApi = await api.analyze(vscode.Uri.joinPath(folder.uri, sample));
      const cli = execFileSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'detect', sample, '--format', 'json'], {
        cwd: folder.uri.fsPath,
        encoding: 'utf8',
        // The extension host's Node runs the CLI as plain Node.
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
      const fromCli: unknown = JSON.parse(cli);
      assert.ok(fromApi.entities.length > 0 && fromApi.claims.length > 0, 'the sample has entities and claims');
      assert.deepEqual(JSON.parse(JSON.stringify(fromApi)), fromCli);
    });
  }

  it('analyses the current, unsaved text of an open document', async () => {
    const { api } = await activate();
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'korea-russia-troops.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const before = await api.analyze(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'Officials in Warsaw said 4,000 troops would stay.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await api.analyze(uri);
    assert.equal(after.claims.length, before.claims.length + 1, 'the inserted claim is found');
    for (const e of after.entities) assert.equal(document.getText().slice(e.start, e.end), e.text);
    for (const c of after.claims) assert.equal(document.getText().slice(c.start, c.end), c.text);
  });
});
