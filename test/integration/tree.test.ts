// The "Tagged claims" view through its real TreeDataProvider (read back with
// the `claimlens.taggedClaims.items` command): groups by document, label and
// entity with counts, text filter, click-to-reveal, and the Orphaned group;
// "In this document" lists what the editor highlights, counted as the status bar counts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import type { EntityMention } from '../../src/core/model/analysis';
import { restatesNumber } from '../../src/core/analysis/documentAnalyzer';
import { isReference } from '../../src/core/entities/senses';
import type { TreeItemSnapshot } from '../../src/extension/tree/treeSnapshot';
import { activateClaimLens, cleanUp, scratchDirs, unescapeMarkdown, waitFor } from './support';

const SAMPLE = 'sahel-security.md';
const REFERENCES_SAMPLE = 'korea-russia-troops.md';

/** "In this document" group titles per entity type, as the view shows them. */
const ENTITY_GROUPS: readonly (readonly [EntityMention['type'], string])[] = [
  ['person', 'People'], ['place', 'Places'], ['organization', 'Organizations'], ['nationality', 'Nationalities'], ['other', 'Other names'],
];

interface DocumentItemGroup {
  readonly label: string;
  readonly description: string;
  readonly children: readonly { readonly label: string; readonly command: string; readonly arguments: readonly unknown[] }[];
}

async function documentItems(): Promise<DocumentItemGroup[]> {
  return (await vscode.commands.executeCommand<DocumentItemGroup[]>('claimlens.documentItems.items')) ?? [];
}

async function items(): Promise<TreeItemSnapshot[]> {
  return (await vscode.commands.executeCommand<TreeItemSnapshot[]>('claimlens.taggedClaims.items')) ?? [];
}

/** Tag ids under each group title, in tree order. */
function idsByGroup(groups: readonly TreeItemSnapshot[], ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    const mine = group.children.map((c) => String(c.commandArguments[0])).filter((id) => ids.includes(id));
    if (mine.length > 0) out.set(group.label, mine);
  }
  return out;
}

describe('Tagged claims tree', () => {
  let api: ClaimLensApi;
  let dir: vscode.Uri;
  let storeDir: vscode.Uri;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  const ids: string[] = [];

  const tagText = async (text: string, label: string): Promise<string> => {
    const at = document.getText().indexOf(text);
    assert.ok(at >= 0, `“${text}” is in the sample`);
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', uri, range, label);
    assert.equal(typeof id, 'string');
    ids.push(id);
    return id;
  };

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    const { folder } = host;
    ({ dir, storeDir } = scratchDirs(folder.uri, `tree-${Date.now().toString(36)}`));
    uri = vscode.Uri.joinPath(dir, SAMPLE);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder.uri, SAMPLE), uri);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
    await vscode.commands.executeCommand('claimlens.taggedClaims.groupBy', 'document');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) await cleanUp(folder.uri, dir, storeDir);
  });

  it('lists new tags under their document, with a count, in document order', async () => {
    const lines = document.getText().split('\n').filter((l) => l.trim().length > 40 && !l.startsWith('#'));
    assert.ok(lines.length >= 3, 'the sample has several paragraphs');
    // Tag later text first: the tree must still list them in document order.
    const third = await tagText(lines[2]!.trim().slice(0, 20), 'Disputed');
    const first = await tagText(lines[0]!.trim().slice(0, 20), 'To verify');
    const second = await tagText(lines[1]!.trim().slice(0, 20), 'To verify');
    await vscode.commands.executeCommand('claimlens.taggedClaims.groupBy', 'document');
    const groups = await items();
    const path = vscode.workspace.asRelativePath(uri, false);
    const group = groups.find((g) => g.label === path);
    assert.ok(group, `a group for ${path} (got ${groups.map((g) => g.label).join(', ')})`);
    assert.equal(group.description, '3');
    assert.deepEqual(group.children.map((c) => c.commandArguments[0]), [first, second, third]);
    assert.ok(group.children.every((c) => c.command === 'claimlens.revealTag' && c.contextValue === 'claimlens.tag'));
  });

  it('groups by label in the configured label order', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.groupBy', 'label');
    const byGroup = idsByGroup(await items(), ids);
    assert.deepEqual([...byGroup.keys()], ['To verify', 'Disputed']);
    assert.equal(byGroup.get('To verify')?.length, 2);
    assert.equal(byGroup.get('Disputed')?.length, 1);
  });

  it('groups by entity, a tag appearing under each entity it is about', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.groupBy', 'entity');
    const tags = (await api.taggedClaims()).filter((t) => ids.includes(t.id));
    const expected = new Map<string, number>();
    for (const tag of tags) {
      const labels = tag.entities.length > 0 ? [...new Set(tag.entities.map((e) => e.label))] : ['(no entity)'];
      for (const label of labels) expected.set(label, (expected.get(label) ?? 0) + 1);
    }
    const byGroup = idsByGroup(await items(), ids);
    assert.deepEqual(new Map([...byGroup].map(([k, v]) => [k, v.length])), expected);
  });

  it('filters by text and says how many of all tags are shown', async () => {
    await vscode.commands.executeCommand('claimlens.taggedClaims.groupBy', 'document');
    await vscode.commands.executeCommand('claimlens.taggedClaims.filter', 'disputed');
    const shown = (await items()).flatMap((g) => g.children.map((c) => String(c.commandArguments[0])));
    assert.deepEqual(shown.filter((id) => ids.includes(id)), [ids[0]], 'only the Disputed tag matches “disputed”');
    await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
    const all = (await items()).flatMap((g) => g.children.map((c) => String(c.commandArguments[0])));
    assert.ok(ids.every((id) => all.includes(id)));
  });

  it('filters by the status as the tree shows it (“In review”) and as stored (“in-review”)', async () => {
    await vscode.commands.executeCommand('claimlens.changeTagStatus', ids[2], 'in-review');
    try {
      for (const filter of ['In review', 'in-review']) {
        await vscode.commands.executeCommand('claimlens.taggedClaims.filter', filter);
        const shown = (await items()).flatMap((g) => g.children);
        assert.deepEqual(shown.filter((c) => ids.includes(String(c.commandArguments[0]))).map((c) => c.commandArguments[0]), [ids[2]], filter);
        assert.match(shown.find((c) => c.commandArguments[0] === ids[2])?.description ?? '', /In review/);
      }
    } finally {
      await vscode.commands.executeCommand('claimlens.taggedClaims.clearFilter');
      await vscode.commands.executeCommand('claimlens.changeTagStatus', ids[2], 'open');
    }
  });

  it('reveals and selects the tagged span when a tag is clicked', async () => {
    const tag = (await api.taggedClaims()).find((t) => t.id === ids[1]);
    assert.ok(tag?.range);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('claimlens.revealTag', ids[1]);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.ok(editor?.selection.isEqual(tag.range), 'the selection is the tagged span');
  });

  it('moves a tag whose text was deleted to “Orphaned”, keeping its last known quote', async () => {
    document = await vscode.workspace.openTextDocument(uri);
    const tag = (await api.taggedClaims()).find((t) => t.id === ids[0]);
    assert.ok(tag?.range);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, tag.range);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const orphaned = await waitFor(async () => (await items()).find((g) => g.id === 'orphaned'), 'an Orphaned group');
    assert.equal(orphaned.label, 'Orphaned');
    const child = orphaned.children.find((c) => c.commandArguments[0] === ids[0]);
    assert.ok(child, 'the tag is listed under Orphaned');
    assert.equal(child.label, tag.selectors.quote.exact);
    assert.equal(child.contextValue, 'claimlens.tag.orphaned');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the sentence of a tag in its tooltip, with label, status, entities and document', async () => {
    document = await vscode.workspace.openTextDocument(uri);
    const record = await api.analyze(uri);
    const text = document.getText();
    // A figure inside a longer sentence, so the tooltip must show more than the quote.
    const claim = record.claims.find((c) => c.entityIds.length > 0 && c.sentence.end - c.sentence.start > c.end - c.start + 40);
    assert.ok(claim, 'the sample has a figure about a named entity in a long sentence');
    const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', uri, range, 'Key figure');
    const tag = (await api.taggedClaims()).find((t) => t.id === id);
    assert.ok(tag);
    const child = (await items()).flatMap((g) => g.children).find((c) => c.commandArguments[0] === id);
    assert.ok(child?.tooltip, 'the tag has a tooltip');
    const tooltip = unescapeMarkdown(child.tooltip);
    const sentence = text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim();
    assert.ok(tooltip.includes(`> ${sentence}`), `the sentence “${sentence}” in:\n${tooltip}`);
    assert.ok(tooltip.startsWith('**Key figure** · Open'), tooltip);
    assert.ok(tag.entities.length > 0);
    assert.ok(tooltip.includes(`*About:* ${tag.entities.map((e) => e.label).join(', ')}`), tooltip);
    assert.ok(tooltip.includes(`${tag.document.path} — ${tag.analyst}, `), tooltip);
    await vscode.commands.executeCommand('claimlens.removeTag', id);
  });

  it('lists in “In this document” what the editor highlights, with the status bar’s counts', async () => {
    const { folder } = await activateClaimLens();
    // Read-only use of a sample with pronouns ("we"), groups ("the soldiers") and counted groups ("100,000 troops").
    const sample = vscode.Uri.joinPath(folder.uri, REFERENCES_SAMPLE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sample));
    const record = await api.analyze(sample);
    const holdsNumber = (e: EntityMention): boolean => record.claims.some((c) => restatesNumber(e, c.number));
    assert.ok(record.entities.some(isReference), 'the sample has pronoun and group references');
    assert.ok(record.entities.some(holdsNumber), 'and a counted group that is also a claim');
    const expected = (references: boolean): EntityMention[] =>
      record.entities.filter((e) => (references || !isReference(e)) && !holdsNumber(e));

    const listed = async (entities: readonly EntityMention[]): Promise<DocumentItemGroup[]> => waitFor(async () => {
      const shown = await documentItems();
      const total = shown.reduce((n, g) => n + g.children.length, 0);
      return total === entities.length + record.claims.length ? shown : undefined;
    }, `the view to list ${entities.length} entities and ${record.claims.length} claims`);
    const assertLists = (groups: readonly DocumentItemGroup[], entities: readonly EntityMention[]): void => {
      for (const [type, title] of ENTITY_GROUPS) {
        const want = entities.filter((e) => e.type === type).sort((a, b) => a.start - b.start || a.end - b.end);
        const group = groups.find((g) => g.label === title);
        assert.deepEqual(group?.children.map((c) => c.label) ?? [], want.map((e) => e.text.replace(/\s+/g, ' ')), title);
        if (group) assert.equal(group.description, String(want.length));
      }
    };

    const groups = await listed(expected(false));
    assertLists(groups, expected(false));
    const claims = groups.find((g) => g.label === 'Numeric claims');
    assert.equal(claims?.description, String(record.claims.length));
    assert.deepEqual(claims?.children.map((c) => c.label), record.claims.map((c) => c.text.replace(/\s+/g, ' ')));
    const first = claims?.children[0];
    assert.ok(first);
    assert.equal(first.command, 'claimlens.revealDocumentItem');
    assert.deepEqual(first.arguments.slice(1), [record.claims[0]!.start, record.claims[0]!.end]);
    const counts = `${expected(false).length} entities · ${record.claims.length} claims`;
    await waitFor(() => (api.statusBar().text.includes(counts) ? true : undefined), `the status bar to say “${counts}”`);

    // With references highlighted they are listed too, but a counted group still only as its claim.
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('highlight.references', true, vscode.ConfigurationTarget.Global);
    try {
      assert.ok(expected(true).length > expected(false).length);
      assertLists(await listed(expected(true)), expected(true));
      const withReferences = `${expected(true).length} entities · ${record.claims.length} claims`;
      await waitFor(() => (api.statusBar().text.includes(withReferences) ? true : undefined), `the status bar to say “${withReferences}”`);
    } finally {
      await config.update('highlight.references', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
