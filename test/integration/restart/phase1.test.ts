// Restart pair, first launch: tags two claims in a scratch copy of a sample
// (one with a note), moves them with a WorkspaceEdit, saves, waits until the
// sidecar store holds the moved positions, and writes what it expects to
// find after the restart to the handoff file. Run only by the launcher with
// CLAIMLENS_TEST_PHASE=phase1; phase2.test.ts checks it in a new VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ClaimLensApi, TaggedClaimInfo } from '../../../src/extension/api';
import { activateClaimLens, waitFor } from '../support';
import { restartPaths, type Handoff, type HandoffTag } from './handoff';

const SAMPLE = 'eu-budget-ukraine.md';
const NOTE = 'ask the Council press office';

interface StoredClaim {
  readonly id: string;
  readonly note: string;
  readonly selectors: { readonly position: { readonly start: number } };
}

describe('Restart, phase 1: tags are made, moved and saved', () => {
  let api: ClaimLensApi;
  let folder: vscode.WorkspaceFolder;

  before(async () => {
    ({ api, folder } = await activateClaimLens());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('saves two moved tags to the sidecar store and records them for the next launch', async () => {
    const { dir, handoff } = restartPaths(folder.uri);
    const uri = vscode.Uri.joinPath(dir, 'restart.md');
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder.uri, SAMPLE), uri, { overwrite: true });
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    const tag = async (text: string, label: string): Promise<string> => {
      const at = document.getText().indexOf(text);
      assert.ok(at >= 0, `“${text}” is in the sample`);
      const range = new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
      const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', uri, range, label);
      assert.equal(typeof id, 'string', `tagging “${text}” returns an id`);
      return id;
    };
    const figure = await tag('€210bn', 'Key figure');
    const sceptics = await tag('The Netherlands and Hungary are sceptical', 'Source needed');
    await vscode.commands.executeCommand('claimlens.editTagNote', sceptics, NOTE);
    const ids = [figure, sceptics];
    const mine = async (): Promise<TaggedClaimInfo[]> => (await api.taggedClaims()).filter((t) => ids.includes(t.id));
    const before = await mine();
    assert.equal(before.length, 2);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'Editor’s note: figures checked again after the summit.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save(), 'the edited document is saved');

    const moved = await waitFor(async () => {
      const now = await mine();
      const all = now.every((t) => {
        const was = before.find((b) => b.id === t.id);
        return t.range !== undefined && was?.range !== undefined && t.range.start.line === was.range.start.line + 1;
      });
      return now.length === 2 && all ? now : undefined;
    }, 'both tags one line further down');

    const storeFile = vscode.Uri.joinPath(
      folder.uri, '.claimlens', 'annotations', ...`${vscode.workspace.asRelativePath(uri, false)}.json`.split('/'),
    );
    // Saving the document writes the store asynchronously: wait for the moved offsets and the note on disk.
    await waitFor(async () => {
      const text = await fs.readFile(storeFile.fsPath, 'utf8').catch(() => undefined);
      const claims = text === undefined ? [] : (JSON.parse(text) as { claims: StoredClaim[] }).claims;
      const ok = moved.every((t) => claims.some((c) => c.id === t.id && c.note === t.note && c.selectors.position.start === t.selectors.position.start));
      return ok ? true : undefined;
    }, 'the sidecar store to hold both moved tags');

    const tags: HandoffTag[] = moved.map((t) => {
      assert.ok(t.range);
      assert.equal(document.getText(t.range), t.selectors.quote.exact, 'each range still covers its quote');
      return {
        id: t.id, label: t.label, note: t.note, quote: t.selectors.quote.exact,
        start: t.selectors.position.start, end: t.selectors.position.end,
        startLine: t.range.start.line, startCharacter: t.range.start.character,
        endLine: t.range.end.line, endCharacter: t.range.end.character,
      };
    });
    assert.equal(tags.find((t) => t.id === sceptics)?.note, NOTE);
    const record: Handoff = { document: vscode.workspace.asRelativePath(uri, false), tags };
    await fs.writeFile(handoff.fsPath, `${JSON.stringify(record, null, 2)}\n`);
  });
});
