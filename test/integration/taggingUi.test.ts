// Tagging through its prompts, as an analyst does it: `claimlens.tagClaim`
// without arguments on the claim under the cursor opens the real label quick
// pick (driven with the workbench's own quick-open commands) and then asks
// for a note; the hover's "Tag claim" link does the same for the hovered span.
// The note input box is replaced for the test only (a test cannot
// type into it) and restored afterwards. Then the "Tagged claims" title-bar
// export, which exports what the tree's filter shows.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { TreeItemSnapshot } from '../../src/extension/tree/treeSnapshot';
import { activateClaimLens, claimLensHoverAt, cleanUp, scratchDirs, waitFor } from './support';

const SAMPLE = 'korea-russia-troops.md';
const NOTE = 'Compare with the ministry’s figure of 3 May';

type Window = { createQuickPick: typeof vscode.window.createQuickPick; showInputBox: typeof vscode.window.showInputBox };

describe('Tagging through the label quick pick and note input', () => {
  let api: ClaimLensApi;
  let folder: vscode.Uri;
  let dirs: { dir: vscode.Uri; storeDir: vscode.Uri };
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  const original: Window = { createQuickPick: vscode.window.createQuickPick, showInputBox: vscode.window.showInputBox };
  /** Quick picks the extension opened, and the note prompts it showed. */
  let picks: vscode.QuickPick<vscode.QuickPickItem>[] = [];
  let notePrompts: (vscode.InputBoxOptions | undefined)[] = [];

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    folder = host.folder.uri;
    dirs = scratchDirs(folder, `taggingui-${Date.now().toString(36)}`);
    uri = vscode.Uri.joinPath(dirs.dir, SAMPLE);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, SAMPLE), uri);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const win = vscode.window as unknown as Window;
    // The real quick pick, only observed; the note box answers like an analyst typing.
    win.createQuickPick = <T extends vscode.QuickPickItem>(): vscode.QuickPick<T> => {
      const pick = original.createQuickPick<T>();
      picks.push(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>);
      return pick;
    };
    win.showInputBox = (options?: vscode.InputBoxOptions) => {
      notePrompts.push(options);
      return Promise.resolve(NOTE);
    };
  });

  after(async () => {
    Object.assign(vscode.window, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, dirs.dir, dirs.storeDir);
  });

  beforeEach(() => {
    picks = [];
    notePrompts = [];
  });

  /** Puts the cursor inside the number of the first claim whose text contains `text`. */
  const cursorOn = async (text: string): Promise<void> => {
    const claim = (await api.analyze(uri)).claims.find((c) => c.text.includes(text));
    assert.ok(claim, `a claim with “${text}”`);
    const at = editor.document.positionAt(claim.number.start + 1);
    editor.selection = new vscode.Selection(at, at);
  };

  it('tags the claim under the cursor with the label picked and the note entered', async () => {
    await cursorOn('100,000 troops');
    const labels = vscode.workspace.getConfiguration('claimlens').get<string[]>('tagging.labels') ?? [];
    const index = labels.indexOf('Disputed');
    assert.ok(index > 0, 'Disputed is one of the configured labels, not the first');
    const pending = vscode.commands.executeCommand<string | undefined>('claimlens.tagClaim');
    const pick = await waitFor(() => (picks[0]?.items.length ? picks[0] : undefined), 'the label quick pick');
    assert.deepEqual(pick.items.map((i) => i.label), labels);
    assert.match(pick.title ?? '', /^ClaimLens: tag “.*100,000 troops/);
    for (let i = 0; i < index; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor(() => (pick.activeItems[0]?.label === 'Disputed' ? true : undefined), 'Disputed to be the active item');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const id = await pending;
    assert.equal(typeof id, 'string', 'tagClaim resolves to the new tag id');
    assert.equal(notePrompts.length, 1, 'the note was asked for once');
    assert.equal(notePrompts[0]?.title, 'ClaimLens: note');
    const tag = (await api.taggedClaims()).find((t) => t.id === id);
    assert.ok(tag, 'the tag is listed');
    assert.equal(tag.label, 'Disputed');
    assert.equal(tag.note, NOTE);
    assert.ok(tag.range?.contains(editor.selection.active), 'the tag covers the claim under the cursor');
    assert.match(tag.selectors.quote.exact, /100,000 troops/);
  });

  it('tags exactly the hovered claim from the hover’s “Tag claim” link, after the label pick', async () => {
    const record = await api.analyze(uri);
    const claim = record.claims.find((c) => c.kind === 'count' && c.unit !== null && !c.text.includes('100,000'));
    assert.ok(claim, 'a count the first test did not tag');
    const { parts } = await claimLensHoverAt(editor.document, claim.number.start);
    const link = /\]\(command:claimlens\.hover\.tag\?([^\s)]+)/.exec(parts.map((p) => p.value).join('\n'));
    assert.ok(link?.[1], 'the claim card has a Tag claim link');
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.deepEqual(args, [uri.toString(), claim.start, claim.end], 'the link names the document and the claim span');
    // As a click on the link runs it: the same command with the link's JSON arguments.
    const pending = vscode.commands.executeCommand<string | undefined>('claimlens.hover.tag', ...args);
    const pick = await waitFor(() => (picks[0]?.items.length ? picks[0] : undefined), 'the label quick pick');
    const first = pick.items[0]?.label;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const id = await pending;
    const tag = (await api.taggedClaims()).find((t) => t.id === id);
    assert.ok(tag, 'the hover link made a tag');
    assert.equal(tag.label, first);
    assert.equal(tag.note, NOTE);
    assert.deepEqual(tag.selectors.position, { start: claim.start, end: claim.end });
    assert.equal(tag.selectors.quote.exact, claim.text);
  });

  it('ignores hover-link arguments that are not a document and a span', async () => {
    const before = (await api.taggedClaims()).length;
    for (const args of [[42, 0, 5], [uri.toString(), -1, 5], [uri.toString(), 9, 3], [uri.toString(), 1.5, 4], [uri.toString()]]) {
      assert.equal(await vscode.commands.executeCommand('claimlens.hover.tag', ...args), undefined, JSON.stringify(args));
    }
    assert.equal(picks.length, 0, 'no label was asked for');
    assert.equal((await api.taggedClaims()).length, before);
  });

  it('tags nothing when the quick pick is dismissed', async () => {
    await cursorOn('100,000 troops');
    const before = (await api.taggedClaims()).length;
    const pending = vscode.commands.executeCommand<string | undefined>('claimlens.tagClaim');
    await waitFor(() => (picks[0]?.items.length ? true : undefined), 'the label quick pick');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await pending, undefined);
    assert.equal(notePrompts.length, 0, 'no note is asked for after a dismissed label');
    assert.equal((await api.taggedClaims()).length, before);
  });
});

describe('Export of what the Tagged claims tree shows (title bar, palette)', () => {
  let folder: vscode.Uri;
  let dirs: { dir: vscode.Uri; storeDir: vscode.Uri };
  let out: vscode.Uri;
  const ids: string[] = [];
  // A label no other suite uses, so the filter shows only this suite's tags.
  const suffix = Date.now().toString(36);
  const label = `Source needed ${suffix}`;

  /** Tag ids the tree shows now, in tree order. */
  const shownIds = async (): Promise<string[]> => {
    const groups = (await vscode.commands.executeCommand<TreeItemSnapshot[]>('claimlens.taggedClaims.items')) ?? [];
    return groups.flatMap((g) => g.children.map((c) => String(c.commandArguments[0])));
  };
  const exported = async (name: string): Promise<{ scope: unknown; claims: { id: string }[] }> => {
    const target = vscode.Uri.joinPath(out, name);
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.taggedClaims.export', target, 'json');
    assert.equal(written?.toString(), target.toString());
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { scope: unknown; claims: { id: string }[] };
  };

  before(async () => {
    const extension = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
    assert.ok(extension, 'ClaimLens is installed');
    const api = await extension.activate();
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'the samples/ workspace is open');
    folder = workspace.uri;
    dirs = scratchDirs(folder, `treeexport-${suffix}`);
    out = vscode.Uri.file(path.join(os.tmpdir(), `claimlens-treeexport-${suffix}`));
    await vscode.workspace.fs.createDirectory(out);
    const uri = vscode.Uri.joinPath(dirs.dir, 'sahel-security.md');
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, 'sahel-security.md'), uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const claims = (await api.analyze(uri)).claims;
    assert.ok(claims.length >= 3, 'the sample has several claims');
    for (const [i, tagLabel] of [label, 'Key figure', label].entries()) {
      const at = document.positionAt(claims[i]!.number.start);
      ids.push(await vscode.commands.executeCommand<string>('claimlens.tagClaim', uri, new vscode.Range(at, at), tagLabel));
    }
    assert.ok(ids.every((id) => typeof id === 'string'), 'tagClaim returned ids');
  });

  after(async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await cleanUp(folder, dirs.dir, dirs.storeDir);
  });

  it('is the export button of the view title bar', () => {
    const extension = vscode.extensions.getExtension('claimlens.claimlens');
    const menus = (extension?.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } }).contributes.menus;
    const titleExport = menus['view/title']?.filter((m) => m.when === 'view == claimlens.taggedClaims' && /export/i.test(m.command));
    assert.deepEqual(titleExport?.map((m) => m.command), ['claimlens.taggedClaims.export']);
  });

  it('exports exactly the tags the tree filter shows, naming the filter as the scope', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.filter', label.toLowerCase());
    const shown = await waitFor(async () => {
      const now = await shownIds();
      return now.length > 0 ? now : undefined;
    }, 'the filtered tree');
    assert.deepEqual([...shown].sort(), [ids[0], ids[2]].sort(), `the filter shows the two “${label}” tags`);
    const json = await exported('filtered.json');
    assert.deepEqual(json.claims.map((c) => c.id).sort(), [...shown].sort());
    assert.deepEqual(json.scope, { kind: 'filter', description: `tree filter “${label.toLowerCase()}”` });
  });

  it('exports the whole workspace when the tree is not filtered', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
    const json = await exported('all.json');
    assert.deepEqual(json.scope, { kind: 'workspace' });
    for (const id of ids) assert.ok(json.claims.some((c) => c.id === id), `tag ${id} is exported`);
  });

  it('offers what the filter shows as a scope when exporting from the palette', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.filter', label.toLowerCase());
    const target = vscode.Uri.joinPath(out, 'palette.json');
    type Prompts = { showQuickPick: unknown; showSaveDialog: unknown };
    const win = vscode.window as unknown as Prompts;
    const saved: Prompts = { showQuickPick: win.showQuickPick, showSaveDialog: win.showSaveDialog };
    const offered: string[][] = [];
    // The analyst picks the tree's filter, then ClaimLens JSON, then a file.
    win.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
      offered.push(items.map((i) => i.label));
      return Promise.resolve(items.find((i) => i.label.startsWith('Tags the tree shows') || i.label === 'ClaimLens JSON'));
    };
    win.showSaveDialog = () => Promise.resolve(target);
    let written: vscode.Uri | undefined;
    try {
      written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaims');
    } finally {
      Object.assign(vscode.window, saved);
      await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
    }
    assert.equal(written?.toString(), target.toString());
    const description = `tree filter “${label.toLowerCase()}”`;
    assert.ok(offered[0]?.includes(`Tags the tree shows (${description})`), `the scope pick offers the filter (offered ${offered[0]?.join(' / ')})`);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { scope: unknown; claims: { id: string }[] };
    assert.deepEqual(json.scope, { kind: 'filter', description });
    assert.deepEqual(json.claims.map((c) => c.id).sort(), [ids[0], ids[2]].sort());
  });
});
