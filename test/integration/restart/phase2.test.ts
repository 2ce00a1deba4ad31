// Restart pair, second launch: a new VS Code (new server, extension host and
// browser) over the same workspace. The tags phase 1 saved must come back
// from the sidecar store with the same ids, labels, notes, quotes and moved
// ranges, and be listed in the "Tagged claims" tree. Then the scratch folder
// and its store are removed. Run only with CLAIMLENS_TEST_PHASE=phase2.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../../src/extension/api';
import type { TreeItemSnapshot } from '../../../src/extension/tree/treeSnapshot';
import { activateClaimLens, cleanUp, waitFor } from '../support';
import { restartPaths, type Handoff } from './handoff';

/** Every tag item in the tree (its id ends in "/<tag id>"), with the group it sits in. */
function tagItems(items: readonly TreeItemSnapshot[], group = ''): { group: string; item: TreeItemSnapshot }[] {
  return items.flatMap((item) => (item.children.length > 0 ? tagItems(item.children, item.id ?? '') : [{ group, item }]));
}

describe('Restart, phase 2: a new VS Code reloads the saved tags', () => {
  let api: ClaimLensApi;
  let folder: vscode.WorkspaceFolder;
  let paths: ReturnType<typeof restartPaths>;
  let handoff: Handoff;

  before(async () => {
    ({ api, folder } = await activateClaimLens());
    paths = restartPaths(folder.uri);
    handoff = JSON.parse(await fs.readFile(paths.handoff.fsPath, 'utf8')) as Handoff;
    assert.equal(handoff.tags.length, 2, 'phase 1 recorded two tags');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder.uri, paths.dir, paths.storeDir);
  });

  it('returns the same tags from taggedClaims(): ids, labels, notes, quotes and moved ranges', async () => {
    const uri = vscode.Uri.joinPath(folder.uri, ...handoff.document.split('/'));
    const ids = handoff.tags.map((t) => t.id);
    const reloaded = (await api.taggedClaims()).filter((t) => ids.includes(t.id));
    assert.deepEqual(reloaded.map((t) => t.id).sort(), [...ids].sort(), 'every tag id is back');
    for (const expected of handoff.tags) {
      const tag = reloaded.find((t) => t.id === expected.id);
      assert.ok(tag);
      assert.equal(tag.uri.toString(), uri.toString());
      assert.equal(tag.orphaned, false);
      assert.equal(tag.label, expected.label);
      assert.equal(tag.note, expected.note);
      assert.equal(tag.selectors.quote.exact, expected.quote);
      assert.deepEqual(
        [tag.selectors.position.start, tag.selectors.position.end],
        [expected.start, expected.end],
        `“${expected.quote}” keeps the offsets it had after the edit`,
      );
      assert.ok(tag.range);
      assert.deepEqual(
        [tag.range.start.line, tag.range.start.character, tag.range.end.line, tag.range.end.character],
        [expected.startLine, expected.startCharacter, expected.endLine, expected.endCharacter],
      );
      const document = await vscode.workspace.openTextDocument(uri);
      assert.equal(document.getText(tag.range), expected.quote, 'the range covers the quote in the file');
    }
  });

  it('lists the reloaded tags in the Tagged claims tree', async () => {
    const items = await waitFor(async () => {
      const all = tagItems((await vscode.commands.executeCommand<TreeItemSnapshot[]>('claimlens.taggedClaims.items')) ?? []);
      return handoff.tags.every((t) => all.some(({ item }) => item.id?.endsWith(`/${t.id}`))) ? all : undefined;
    }, 'both tags in the tree');
    for (const expected of handoff.tags) {
      const found = items.find(({ item }) => item.id?.endsWith(`/${expected.id}`));
      assert.ok(found);
      assert.notEqual(found.group, 'orphaned', `“${expected.quote}” is not orphaned`);
      assert.equal(found.item.label, expected.quote);
      assert.equal(found.item.command, 'claimlens.revealTag');
      assert.deepEqual(found.item.commandArguments, [expected.id]);
      if (expected.note !== '') assert.ok(found.item.description?.includes(expected.note), 'the note shows in the description');
    }
  });
});
