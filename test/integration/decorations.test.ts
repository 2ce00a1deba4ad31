// Decorations in the real editor: what ClaimLens draws for a sample document
// matches its analysis type by type, follows edits, and the settings and
// toggle commands remove and restore it. VS Code cannot read decorations
// back, so the suite observes them through the API's `decorationsFor`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { HIGHLIGHT_TYPES, type HighlightType } from '../../src/extension/config/settings';
import { shownEntities } from '../../src/extension/analysis/shownEntities';
import { claimHighlight, entityHighlight } from '../../src/extension/decorations/highlightSpans';
import { activateClaimLens, cleanUp, waitFor } from './support';

const SAMPLE = 'korea-russia-troops.md';

async function api(): Promise<ClaimLensApi> {
  return (await activateClaimLens()).api;
}

async function openSample(name: string): Promise<vscode.TextEditor> {
  const { folder } = await activateClaimLens();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return vscode.window.showTextDocument(document);
}

/** What is drawn, as "start-end" offsets per type, sorted. */
function drawn(cl: ClaimLensApi, document: vscode.TextDocument): Record<HighlightType, string[]> | undefined {
  const decorations = cl.decorationsFor(document.uri);
  if (decorations === undefined) return undefined;
  const out = {} as Record<HighlightType, string[]>;
  for (const type of HIGHLIGHT_TYPES) {
    out[type] = decorations[type].map((r) => `${document.offsetAt(r.start)}-${document.offsetAt(r.end)}`).sort();
  }
  return out;
}

/** What should be drawn for the document's current analysis (no tags, references off by default). */
async function expected(cl: ClaimLensApi, document: vscode.TextDocument): Promise<Record<HighlightType, string[]>> {
  const record = await cl.analyze(document.uri);
  const out = {} as Record<HighlightType, string[]>;
  for (const type of HIGHLIGHT_TYPES) out[type] = [];
  for (const e of shownEntities(record, false)) out[entityHighlight(e.type)].push(`${e.start}-${e.end}`);
  for (const c of record.claims) out[claimHighlight(c.kind)].push(`${c.start}-${c.end}`);
  for (const type of HIGHLIGHT_TYPES) out[type].sort();
  return out;
}

function total(spans: Record<HighlightType, string[]> | undefined): number {
  return spans === undefined ? 0 : HIGHLIGHT_TYPES.reduce((n, t) => n + spans[t].length, 0);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('claimlens').update(key, value, vscode.ConfigurationTarget.Global);
}

/** A copy of the sample in samples/.tmp-tests/, so tags never touch the real one. */
async function scratchCopy(name: string): Promise<{ uri: vscode.Uri; cleanUp: () => Promise<void> }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples/ workspace is open');
  const dir = vscode.Uri.joinPath(folder.uri, '.tmp-tests', `${name}-${Date.now().toString(36)}`);
  const uri = vscode.Uri.joinPath(dir, SAMPLE);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder.uri, SAMPLE), uri, { overwrite: true });
  const rel = dir.path.slice(folder.uri.path.length + 1);
  const store = vscode.Uri.joinPath(folder.uri, '.claimlens', 'annotations', ...rel.split('/'));
  return { uri, cleanUp: () => cleanUp(folder.uri, dir, store) };
}

describe('ClaimLens decorations', () => {
  afterEach(async () => {
    await setSetting('highlight.enabled', undefined);
    await setSetting('highlight.types', undefined);
    await setSetting('maxDocumentSize', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('draws every detected entity and claim of a sample document in its type\'s style', async () => {
    const cl = await api();
    const { document } = await openSample(SAMPLE);
    const want = await expected(cl, document);
    assert.ok(want.place.length > 0 && want.quantity.length > 0, 'the sample has places and counts');
    const got = await waitFor(() => {
      const d = drawn(cl, document);
      return total(d) === total(want) ? d : undefined;
    }, 'decorations for the sample');
    assert.deepEqual(got, want);
  });

  it('redraws after an edit so highlights stay on their text', async () => {
    const cl = await api();
    // A scratch copy: an unsaved edit to the real sample could be saved by a later test.
    const scratch = await scratchCopy('redraw');
    try {
      const document = await vscode.workspace.openTextDocument(scratch.uri);
      await vscode.window.showTextDocument(document);
      await waitFor(() => (total(drawn(cl, document)) > 0 ? true : undefined), 'first decorations');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), 'Moscow denied that 500 troops had left Vladivostok.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const want = await expected(cl, document);
      const got = await waitFor(() => {
        const d = drawn(cl, document);
        return d !== undefined && JSON.stringify(d) === JSON.stringify(want) ? d : undefined;
      }, 'decorations of the edited text');
      // The inserted sentence is highlighted too: something is drawn in its first line.
      const firstLine = document.lineAt(0).range.end;
      assert.ok(HIGHLIGHT_TYPES.some((t) => got[t].some((s) => Number(s.split('-')[0]) < document.offsetAt(firstLine))));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await scratch.cleanUp();
    }
  });

  it('removes all highlights when claimlens.highlight.enabled is off and restores them when on', async () => {
    const cl = await api();
    const { document } = await openSample(SAMPLE);
    const before = await waitFor(() => (total(drawn(cl, document)) > 0 ? drawn(cl, document) : undefined), 'decorations');
    await setSetting('highlight.enabled', false);
    await waitFor(() => (total(drawn(cl, document)) === 0 ? true : undefined), 'no decorations when disabled');
    await vscode.commands.executeCommand('claimlens.toggleHighlights');
    const after = await waitFor(() => (total(drawn(cl, document)) > 0 ? drawn(cl, document) : undefined), 'decorations again');
    assert.deepEqual(after, before);
  });

  it('draws nothing for a document over claimlens.maxDocumentSize until the limit allows it', async () => {
    const cl = await api();
    const { document } = await openSample(SAMPLE);
    const before = await waitFor(() => (total(drawn(cl, document)) > 0 ? drawn(cl, document) : undefined), 'decorations');
    assert.ok(document.getText().length > 1_000, 'the sample is longer than the limit used here');
    await setSetting('maxDocumentSize', 1_000);
    await waitFor(() => (total(drawn(cl, document)) === 0 ? true : undefined), 'no decorations over the limit');
    await setSetting('maxDocumentSize', undefined);
    const after = await waitFor(() => (total(drawn(cl, document)) > 0 ? drawn(cl, document) : undefined), 'decorations under the default limit');
    assert.deepEqual(after, before);
  });

  it('toggles one type by command and leaves the others drawn', async () => {
    const cl = await api();
    const { document } = await openSample(SAMPLE);
    const before = await waitFor(() => (total(drawn(cl, document)) > 0 ? drawn(cl, document) : undefined), 'decorations');
    assert.ok(before.place.length > 0);
    await vscode.commands.executeCommand('claimlens.toggleHighlightType', 'place');
    const without = await waitFor(() => {
      const d = drawn(cl, document);
      return d !== undefined && d.place.length === 0 ? d : undefined;
    }, 'places no longer drawn');
    assert.deepEqual({ ...without, place: before.place }, before, 'other types unchanged');
    await vscode.commands.executeCommand('claimlens.toggleHighlightType', 'place');
    await waitFor(() => (drawn(cl, document)?.place.length === before.place.length ? true : undefined), 'places drawn again');
  });

  it('draws a tagged claim in the tagged style and stops when the tag is removed', async () => {
    const cl = await api();
    const scratch = await scratchCopy('decorations');
    try {
      const document = await vscode.workspace.openTextDocument(scratch.uri);
      await vscode.window.showTextDocument(document);
      const record = await cl.analyze(document.uri);
      const claim = record.claims.find((c) => c.kind === 'count');
      assert.ok(claim, 'the sample has a count');
      const span = `${claim.start}-${claim.end}`;
      const cursor = document.positionAt(claim.number.start);
      const id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', document.uri, new vscode.Range(cursor, cursor), 'To verify');
      assert.equal(typeof id, 'string', 'tagClaim returns the new tag id');
      const tagged = await waitFor(() => {
        const d = drawn(cl, document);
        return d?.tagged.includes(span) ? d : undefined;
      }, 'the tagged style on the claim');
      assert.ok(tagged.quantity.includes(span), 'still drawn as a detected figure underneath');
      await vscode.commands.executeCommand('claimlens.removeTag', id);
      await waitFor(() => (drawn(cl, document)?.tagged.includes(span) === false ? true : undefined), 'the tagged style gone');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await scratch.cleanUp();
    }
  });
});
