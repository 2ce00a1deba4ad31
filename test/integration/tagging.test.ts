// Tagging in the real editor: by command with arguments (no UI), the id it
// returns, the tag in `api.taggedClaims()` and in the sidecar store, tag all
// mentions, edits of status/label/note, remove and undo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi, TaggedClaimInfo } from '../../src/extension/api';
import { activateClaimLens, cleanUp } from './support';

const SAMPLE = 'korea-russia-troops.md';

interface Fixture {
  readonly api: ClaimLensApi;
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument;
  readonly storeUri: vscode.Uri;
  readonly dir: vscode.Uri;
}

async function setUp(name: string): Promise<Fixture> {
  const { api, folder } = await activateClaimLens();
  const dir = vscode.Uri.joinPath(folder.uri, '.tmp-tests', `${name}-${Date.now().toString(36)}`);
  const uri = vscode.Uri.joinPath(dir, SAMPLE);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder.uri, SAMPLE), uri, { overwrite: true });
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const rel = dir.path.slice(folder.uri.path.length + 1);
  const storeUri = vscode.Uri.joinPath(folder.uri, '.claimlens', 'annotations', ...rel.split('/'), `${SAMPLE}.json`);
  return { api, uri, document, storeUri, dir };
}

async function tearDown(f: Fixture): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) await cleanUp(folder.uri, f.dir, vscode.Uri.joinPath(f.storeUri, '..'));
}

async function tagsOf(f: Fixture): Promise<TaggedClaimInfo[]> {
  return (await f.api.taggedClaims()).filter((t) => t.uri.toString() === f.uri.toString());
}

async function readStore(f: Fixture): Promise<{ claims: { id: string; label: string; status: string; note: string }[] }> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(f.storeUri)));
}

function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const at = document.getText().indexOf(text, from);
  assert.ok(at >= 0, `“${text}” is in the sample`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

describe('Tagging (claimlens.tagClaim)', () => {
  let f: Fixture;
  before(async () => { f = await setUp('tagging'); });
  after(async () => { await tearDown(f); });

  it('tags the detected claim under the cursor, returns its id and lists it with its current range', async () => {
    const record = await f.api.analyze(f.uri);
    const troops = record.claims.find((c) => c.text.includes('100,000 troops'));
    assert.ok(troops, 'the detector finds “up to 100,000 troops”');
    const cursor = f.document.positionAt(troops.number.start + 1);
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri, new vscode.Range(cursor, cursor), 'To verify');
    assert.equal(typeof id, 'string');
    const tag = (await tagsOf(f)).find((t) => t.id === id);
    assert.ok(tag, 'the new tag is in api.taggedClaims()');
    assert.equal(tag.label, 'To verify');
    assert.equal(tag.status, 'open');
    assert.equal(tag.selectors.quote.exact, troops.text);
    assert.ok(tag.range, 'a live tag has a range');
    assert.equal(f.document.getText(tag.range), troops.text);
    assert.equal(tag.claim?.kind, troops.kind);
    assert.equal(tag.claim?.value, troops.value);
    assert.equal(tag.document.path, vscode.workspace.asRelativePath(f.uri, false));
    const store = await readStore(f);
    assert.deepEqual(store.claims.map((c) => c.id), [id], 'the sidecar store holds the tag');
  });

  it('tags an arbitrary selection and does not tag the same span twice with one label', async () => {
    const range = rangeOf(f.document, 'largest foreign deployment');
    const first = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri, range, 'Key figure');
    const again = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri, range, 'Key figure');
    assert.equal(again, first);
    const tag = (await tagsOf(f)).find((t) => t.id === first);
    assert.equal(tag?.selectors.quote.exact, 'largest foreign deployment');
    assert.equal(tag?.claim, null, 'a selection carries no claim record');
    assert.equal((await tagsOf(f)).filter((t) => t.selectors.quote.exact === 'largest foreign deployment').length, 1);
  });

  it('accepts the range as JSON, as a hover command link passes it', async () => {
    const range = rangeOf(f.document, 'Korean People\'s Army');
    const asJson = JSON.parse(JSON.stringify({ uri: f.uri.toString(), range }));
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', asJson.uri, asJson.range, 'Source needed');
    const tag = (await tagsOf(f)).find((t) => t.id === id);
    assert.equal(tag?.selectors.quote.exact, 'Korean People\'s Army');
  });

  it('accepts the document as a file path as well as a URI string', async () => {
    const range = rangeOf(f.document, 'Kursk region');
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri.fsPath, range, 'Source needed');
    const tag = (await tagsOf(f)).find((t) => t.id === id);
    assert.equal(tag?.selectors.quote.exact, 'Kursk region', `tagged through the path ${f.uri.fsPath}`);
  });

  it('tags every mention of an entity with “Tag all mentions”', async () => {
    const record = await f.api.analyze(f.uri);
    const first = record.entities.find((e) => e.text === 'Pyongyang');
    assert.ok(first, 'the detector finds Pyongyang');
    const cursor = f.document.positionAt(first.start);
    const ids = await vscode.commands.executeCommand<string[]>('claimlens.tagAllMentions', f.uri, new vscode.Range(cursor, cursor), 'Disputed');
    assert.ok(Array.isArray(ids));
    const expected = record.entities.filter((e) => (first.kbId !== null ? e.kbId === first.kbId : e.text === first.text));
    assert.equal(ids.length, expected.length);
    const tags = (await tagsOf(f)).filter((t) => ids.includes(t.id));
    assert.deepEqual(tags.map((t) => t.range && f.document.offsetAt(t.range.start)).sort((a, b) => (a ?? 0) - (b ?? 0)), expected.map((e) => e.start));
    assert.ok(tags.every((t) => t.label === 'Disputed'));
  });

  it('changes status, label and note by command, and undoes the last change', async () => {
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri, rangeOf(f.document, '9 million shells'), 'To verify');
    await vscode.commands.executeCommand('claimlens.changeTagStatus', id, 'in-review');
    await vscode.commands.executeCommand('claimlens.changeTagLabel', id, 'Verified');
    await vscode.commands.executeCommand('claimlens.editTagNote', id, 'Matches the ministry briefing of 3 May');
    let tag = (await tagsOf(f)).find((t) => t.id === id);
    assert.equal(tag?.status, 'in-review');
    assert.equal(tag?.label, 'Verified');
    assert.equal(tag?.note, 'Matches the ministry briefing of 3 May');
    const stored = (await readStore(f)).claims.find((c) => c.id === id);
    assert.deepEqual([stored?.status, stored?.label, stored?.note], ['in-review', 'Verified', 'Matches the ministry briefing of 3 May']);
    await vscode.commands.executeCommand('claimlens.undoTagging');
    tag = (await tagsOf(f)).find((t) => t.id === id);
    assert.equal(tag?.note, '', 'undo restores the note');
    assert.equal(tag?.label, 'Verified', 'only the last change is undone');
  });

  it('removes a tag, from memory and store, and brings it back with undo', async () => {
    const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', f.uri, rangeOf(f.document, '$2,000 each'), 'False');
    await vscode.commands.executeCommand('claimlens.removeTag', id);
    assert.equal((await tagsOf(f)).some((t) => t.id === id), false);
    assert.equal((await readStore(f)).claims.some((c) => c.id === id), false);
    await vscode.commands.executeCommand('claimlens.undoTagging');
    const back = (await tagsOf(f)).find((t) => t.id === id);
    assert.equal(back?.selectors.quote.exact, '$2,000 each');
    assert.equal((await readStore(f)).claims.some((c) => c.id === id), true);
  });

  it('offers tagging as a code action (lightbulb) on a detected claim', async () => {
    await f.api.analyze(f.uri);
    const range = rangeOf(f.document, '3,000 North Korean soldiers');
    const cursor = new vscode.Range(range.start.translate(0, 1), range.start.translate(0, 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', f.uri, cursor);
    const tag = actions.find((a) => a.command?.command === 'claimlens.tagClaim');
    assert.ok(tag, `a tag action is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.match(tag.title, /^ClaimLens: Tag claim/);
  });
});
