// Tags that survive: they follow edits made through WorkspaceEdit, are found
// again after the file is rewritten on disk (or orphaned when their text is
// gone), reload from the sidecar store into a fresh model as after a restart,
// a closed document is read only when its tags are listed,
// a store of a newer format is left untouched and its tags listed read-only,
// and removing the last tag never deletes a store someone else changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ClaimLensApi, TaggedClaimInfo } from '../../src/extension/api';
import { TagRepository } from '../../src/extension/tagging/tagRepository';
import { TagPersistence } from '../../src/extension/persistence/tagPersistence';
import { StoreLocator } from '../../src/extension/persistence/storeLocator';
import type { TreeItemSnapshot } from '../../src/extension/tree/treeSnapshot';
import { TaggedTreeState } from '../../src/extension/tree/taggedTreeState';
import { TaggedTreeProvider } from '../../src/extension/tree/taggedTreeProvider';
import { activateClaimLens, cleanUp, scratchDirs, unescapeMarkdown, waitFor } from './support';

const SAMPLE = 'eu-budget-ukraine.md';

const silentLog = { info: (): void => undefined, warn: (): void => undefined, error: (): void => undefined };

describe('Tag persistence', () => {
  let api: ClaimLensApi;
  let folder: vscode.WorkspaceFolder;
  let dir: vscode.Uri;
  let storeDir: vscode.Uri;

  const copySample = async (name: string): Promise<vscode.Uri> => {
    const uri = vscode.Uri.joinPath(dir, name);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder.uri, SAMPLE), uri, { overwrite: true });
    return uri;
  };
  const tagOf = async (id: string): Promise<TaggedClaimInfo | undefined> => (await api.taggedClaims()).find((t) => t.id === id);
  const tagText = async (uri: vscode.Uri, text: string, label: string): Promise<string> => {
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.getText().indexOf(text);
    assert.ok(at >= 0, `“${text}” is in the sample`);
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', uri, range, label);
    assert.equal(typeof id, 'string');
    return id;
  };
  const storeOf = (uri: vscode.Uri): vscode.Uri =>
    vscode.Uri.joinPath(folder.uri, '.claimlens', 'annotations', ...vscode.workspace.asRelativePath(uri, false).split('/')).with({
      path: `${vscode.Uri.joinPath(folder.uri, '.claimlens', 'annotations', ...vscode.workspace.asRelativePath(uri, false).split('/')).path}.json`,
    });

  /** The store's text once it holds the tag `id` (the write after tagging is asynchronous). */
  const storeTextWith = (store: vscode.Uri, id: string): Promise<string> => waitFor(
    async () => fs.readFile(store.fsPath, 'utf8').then((t) => (t.includes(id) ? t : undefined), () => undefined),
    `the store to hold ${id}`,
  );

  before(async () => {
    ({ api, folder } = await activateClaimLens());
    ({ dir, storeDir } = scratchDirs(folder.uri, `persistence-${Date.now().toString(36)}`));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder.uri, dir, storeDir);
  });

  it('keeps a tag on its text when a line is inserted above (WorkspaceEdit)', async () => {
    const uri = await copySample('edits.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const id = await tagText(uri, '€210bn', 'Key figure');
    const before = await tagOf(id);
    assert.ok(before?.range);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'Editor’s note: updated after the summit.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await tagOf(id);
    assert.ok(after?.range);
    assert.equal(after.range.start.line, before.range.start.line + 1, 'the tag moved down one line');
    assert.equal(after.range.start.character, before.range.start.character);
    assert.equal(after.selectors.quote.exact, '€210bn', 'the quote is unchanged');
    assert.equal(document.getText(after.range), '€210bn');
    // Saving writes the moved offsets and the saved text's hash to the store.
    assert.ok(await document.save());
    const stored = await waitFor(async () => {
      // The save event is handled asynchronously: the file may not be rewritten yet.
      const json = JSON.parse(await fs.readFile(storeOf(uri).fsPath, 'utf8').catch(() => '{"claims":[]}'));
      const claim = json.claims.find((c: { id: string }) => c.id === id);
      return claim?.selectors.position.start === document.offsetAt(after.range!.start) ? claim : undefined;
    }, 'the store to hold the moved position');
    assert.equal(stored.selectors.quote.exact, '€210bn');
  });

  it('re-anchors after the file is rewritten on disk, and orphans a tag whose text was deleted', async () => {
    const uri = await copySample('rewritten.md');
    const original = await fs.readFile(uri.fsPath, 'utf8');
    const keep = await tagText(uri, '€210bn', 'Verified');
    const lose = await tagText(uri, 'The Netherlands and Hungary are sceptical', 'Disputed');
    const keptAt = original.indexOf('€210bn');
    // Shifted content: a new paragraph on top, written outside VS Code.
    const preface = 'UPDATE (Friday): ministers met again this morning.\n\n';
    await fs.writeFile(uri.fsPath, preface + original);
    const moved = await waitFor(async () => {
      const tag = await tagOf(keep);
      return tag?.selectors.position.start === keptAt + preface.length ? tag : undefined;
    }, 'the tag at its shifted offset');
    assert.equal(moved.selectors.quote.exact, '€210bn');
    assert.equal(moved.orphaned, false);
    // Now the paragraph with the tagged sentence disappears from the file.
    const paragraph = original.split('\n\n').find((p) => p.includes('The Netherlands and Hungary'));
    assert.ok(paragraph);
    await fs.writeFile(uri.fsPath, preface + original.replace(`${paragraph}\n\n`, ''));
    const orphan = await waitFor(async () => {
      const tag = await tagOf(lose);
      return tag?.orphaned ? tag : undefined;
    }, 'the deleted text to orphan its tag');
    assert.equal(orphan.selectors.quote.exact, 'The Netherlands and Hungary are sceptical', 'the orphan keeps its last known quote');
    assert.equal(orphan.range, undefined);
    assert.equal((await tagOf(keep))?.orphaned, false);
  });

  it('reloads persisted tags into a fresh model, as after a restart', async () => {
    const uri = await copySample('reload.md');
    const id = await tagText(uri, 'Hungary', 'Source needed');
    await vscode.commands.executeCommand('claimlens.editTagNote', id, 'ask the Council press office');
    const live = await tagOf(id);
    assert.ok(live);
    const repository = new TagRepository();
    const locator = new StoreLocator(vscode.Uri.joinPath(dir, 'unused-storage'), () => 'workspace');
    const fresh = new TagPersistence(repository, locator, silentLog);
    await fresh.whenLoaded();
    const reloaded = repository.find(id)?.claim;
    assert.ok(reloaded, 'the tag is read back from .claimlens/annotations');
    // The API adds where the tag is now (uri, range); the store holds the record itself.
    const stored: Record<string, unknown> = { ...live };
    delete stored.uri;
    delete stored.range;
    assert.deepEqual(reloaded, stored, 'every field comes back as it was');
    assert.equal(reloaded.note, 'ask the Council press office');
    fresh.dispose();
  });

  it('reads a closed tagged document only when its tags are listed, then re-anchors them', async () => {
    const tagged = await copySample('lazy-tagged.md');
    const id = await tagText(tagged, '€210bn', 'Key figure');
    const ours = await storeTextWith(storeOf(tagged), id);
    // The same tag on a document never opened, in a store only `fresh` reads
    // (private storage in the scratch folder), so the running editor leaves it alone.
    const closed = await copySample('lazy-closed.md');
    const repository = new TagRepository();
    const locator = new StoreLocator(vscode.Uri.joinPath(dir, 'lazy-storage'), () => 'workspaceStorage');
    const fresh = new TagPersistence(repository, locator, silentLog);
    const location = locator.locate(closed);
    assert.ok(location);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(location.storeUri, '..'));
    await fs.writeFile(location.storeUri.fsPath, ours.replaceAll('lazy-tagged.md', 'lazy-closed.md'));
    const original = await fs.readFile(closed.fsPath, 'utf8');
    const preface = 'UPDATE (Friday): ministers met again this morning.\n\n';
    await fs.writeFile(closed.fsPath, preface + original);
    const startOf = (): number | undefined => repository.find(id)?.claim.selectors.position.start;
    try {
      await fresh.whenLoaded();
      assert.equal(startOf(), original.indexOf('€210bn'), 'loading the store leaves the closed document unread');
      await fresh.checkClosed();
      assert.equal(startOf(), preface.length + original.indexOf('€210bn'), 'listing the tags finds them in the changed file');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'without opening the document');
    } finally {
      fresh.dispose();
    }
  });

  it('never overwrites a store of a newer format: keeps a backup and stays read-only', async () => {
    const uri = await copySample('newer.md');
    const store = storeOf(uri);
    const newer = `${JSON.stringify({ formatVersion: 99, document: { path: 'x.md', contentHash: 'sha256:00' }, claims: [] }, null, 2)}\n`;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(store, '..'));
    await fs.writeFile(store.fsPath, newer);
    const repository = new TagRepository();
    const fresh = new TagPersistence(repository, new StoreLocator(vscode.Uri.joinPath(dir, 'unused-storage'), () => 'workspace'), silentLog);
    await fresh.loadStore(uri, store);
    const doc = repository.get(uri.toString());
    assert.match(doc?.readOnlyReason ?? '', /newer/);
    await assert.rejects(fresh.save(uri.toString()), /read-only/);
    assert.equal(await fs.readFile(store.fsPath, 'utf8'), newer, 'the file is untouched');
    const siblings = await fs.readdir(vscode.Uri.joinPath(store, '..').fsPath);
    assert.ok(siblings.some((n) => n.startsWith('newer.md.json.') && n.endsWith('.bak')), `a backup is kept (${siblings.join(', ')})`);
    // Tagging that document through the editor is refused, not silently lost.
    const id = await vscode.commands.executeCommand<string | undefined>('claimlens.tagClaim', uri, new vscode.Range(0, 0, 0, 5), 'To verify');
    assert.equal(id, undefined);
    assert.equal(await fs.readFile(store.fsPath, 'utf8'), newer);
    fresh.dispose();
  });

  it('lists the readable tags of a newer-format store read-only in the tree, and writes nothing', async () => {
    const uri = await copySample('newer-readable.md');
    const id = await tagText(uri, '€210bn', 'Key figure');
    const store = storeOf(uri);
    const ours = await storeTextWith(store, id);
    // A colleague's newer ClaimLens wrote it: a new version number and a field this build does not know.
    const json = JSON.parse(ours) as { formatVersion: number; claims: Record<string, unknown>[] };
    json.formatVersion = 99;
    json.claims = json.claims.map((c) => ({ ...c, confidence: 0.5 }));
    const newer = `${JSON.stringify(json, null, 2)}\n`;
    await fs.writeFile(store.fsPath, newer);

    // Read from disk as at start (no watcher timing), shown by the real tree provider.
    const repository = new TagRepository();
    const fresh = new TagPersistence(repository, new StoreLocator(vscode.Uri.joinPath(dir, 'unused-storage'), () => 'workspace'), silentLog);
    const state = new TaggedTreeState(repository, 'document', () => []);
    const provider = new TaggedTreeProvider(state);
    try {
      await fresh.loadStore(uri, store);
      assert.match(repository.get(uri.toString())?.readOnlyReason ?? '', /format version 99, newer/);
      const [group] = provider.getChildren();
      assert.ok(group);
      assert.match(String(provider.getTreeItem(group).description), /^1 · read-only$/);
      const [node] = provider.getChildren(group);
      assert.ok(node);
      const item = provider.resolveTreeItem(provider.getTreeItem(node), node);
      assert.equal(item.label, '€210bn');
      assert.equal(item.contextValue, 'claimlens.readOnlyTag', 'no edit buttons');
      assert.match(String(item.description), /^Key figure · Open · read-only$/);
      assert.deepEqual(item.iconPath, new vscode.ThemeIcon('lock'));
      const tooltip = unescapeMarkdown(item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : '');
      assert.match(tooltip, /Read-only:\* The store file has format version 99, newer/);
    } finally {
      provider.dispose();
      state.dispose();
      fresh.dispose();
    }

    // In the running editor, changing the tag finds the newer store first: refused, nothing written.
    await vscode.commands.executeCommand('claimlens.editTagNote', id, 'checked with the ministry');
    assert.equal(await fs.readFile(store.fsPath, 'utf8'), newer);
    const shown = await waitFor(async () => {
      const groups = await vscode.commands.executeCommand<TreeItemSnapshot[]>('claimlens.taggedClaims.items');
      return groups.flatMap((g) => g.children).find((c) => c.commandArguments[0] === id && c.contextValue === 'claimlens.readOnlyTag');
    }, 'the tag to be listed read-only');
    assert.match(shown.description ?? '', /read-only/);
    assert.equal((await tagOf(id))?.note, '', 'the note was not changed');
    await vscode.commands.executeCommand('claimlens.removeTag', id);
    assert.ok(await tagOf(id), 'nor removed');
    assert.equal(await fs.readFile(store.fsPath, 'utf8'), newer);
  });

  it('deletes the store with its last tag only while the file still holds what was last read', async () => {
    const uri = await copySample('last-tag.md');
    const id = await tagText(uri, '€210bn', 'To verify');
    const store = storeOf(uri);
    const ours = await storeTextWith(store, id);
    // A persistence of its own, without a file watcher: what it last read is
    // exactly `ours`, and nothing reloads the store behind its back.
    const repository = new TagRepository();
    const fresh = new TagPersistence(repository, new StoreLocator(vscode.Uri.joinPath(dir, 'unused-storage'), () => 'workspace'), silentLog);
    const key = uri.toString();
    try {
      await fresh.loadStore(uri, store);
      // A colleague's newer store arrives (a pull) before the watcher noticed: one more tag.
      const json = JSON.parse(ours) as { claims: { id: string; label: string }[] };
      const first = json.claims[0];
      assert.ok(first);
      json.claims.push({ ...first, id: 'colleague-tag-1', label: 'Verified' });
      const theirs = `${JSON.stringify(json, null, 2)}\n`;
      await fs.writeFile(store.fsPath, theirs);
      repository.update(key, { claims: [] }, 'user');
      await fresh.save(key);
      assert.equal(await fs.readFile(store.fsPath, 'utf8'), theirs, 'the colleague\'s store is kept');
      const back = await waitFor(() => (repository.get(key)?.claims.length === 2 ? repository.get(key) : undefined), 'its tags read back');
      assert.deepEqual(back.claims.map((c) => c.id).sort(), [id, 'colleague-tag-1'].sort());
      // Now the file is what was last read: removing every tag deletes it.
      repository.update(key, { claims: [] }, 'user');
      await fresh.save(key);
      await assert.rejects(fs.access(store.fsPath), 'the store is deleted');
    } finally {
      fresh.dispose();
    }
  });

  it('keeps tags of a file outside the workspace folder out of the workspace (workspace storage)', async () => {
    const outside = await fs.mkdtemp('/tmp/claimlens-outside-');
    const uri = folder.uri.with({ path: `${outside}/notes.md` });
    try {
      await fs.writeFile(uri.fsPath, 'Oil output fell by 4% in March, the ministry said.\n');
      const id = await tagText(uri, '4%', 'To verify');
      const tag = await tagOf(id);
      assert.equal(tag?.selectors.quote.exact, '4%');
      const beside = await fs.readdir(outside);
      assert.deepEqual(beside, ['notes.md'], 'nothing is written next to a file outside the workspace');
      const sidecars = await fs.readdir(vscode.Uri.joinPath(folder.uri, '.claimlens', 'annotations').fsPath).catch(() => []);
      assert.ok(!sidecars.some((n) => n.startsWith('tmp')), 'and nothing in the workspace sidecar folder');
      await vscode.commands.executeCommand('claimlens.removeTag', id);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await fs.rm(outside, { recursive: true, force: true });
    }
  });

  it('moves the store with its document when the file is renamed in VS Code', async () => {
    const uri = await copySample('before-rename.md');
    const id = await tagText(uri, '€210bn', 'Key figure');
    const renamed = vscode.Uri.joinPath(dir, 'after-rename.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = await waitFor(async () => {
      const tag = await tagOf(id);
      return tag?.uri.toString() === renamed.toString() ? tag : undefined;
    }, 'the tag to follow the rename');
    assert.equal(moved.document.path, vscode.workspace.asRelativePath(renamed, false));
    const stored = await waitFor(
      async () => fs.readFile(storeOf(renamed).fsPath, 'utf8').then((t) => (t.includes(id) ? t : undefined), () => undefined),
      'the store at the new path',
    );
    assert.ok(stored.includes('after-rename.md'));
    await waitFor(async () => fs.access(storeOf(uri).fsPath).then(() => undefined, () => true), 'the old store to be gone');
  });

  it('finds an orphaned tag again when the deletion is undone', async () => {
    const uri = await copySample('undo.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const id = await tagText(uri, '€210bn', 'To verify');
    const tag = await tagOf(id);
    assert.ok(tag?.range);
    const line = document.lineAt(tag.range.start.line).rangeIncludingLineBreak;
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, line);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal((await tagOf(id))?.orphaned, true, 'deleting its line orphans the tag');
    await vscode.commands.executeCommand('undo');
    const back = await waitFor(async () => {
      const t = await tagOf(id);
      return t && !t.orphaned ? t : undefined;
    }, 'the tag to be found again after undo');
    assert.deepEqual(back.range, tag.range);
    assert.equal(back.selectors.quote.exact, '€210bn');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
