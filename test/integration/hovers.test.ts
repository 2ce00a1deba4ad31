// Hovers in the real editor, through `vscode.executeHoverProvider` (the same
// path the mouse takes): the entity card with its KB label and dated facts,
// the claim card with the parsed record, and links limited to our commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { HOVER_COMMANDS } from '../../src/extension/hovers/markdownText';
import { activateClaimLens } from './support';

const SAMPLE = 'korea-russia-troops.md';

async function api(): Promise<ClaimLensApi> {
  return (await activateClaimLens()).api;
}

async function openSample(name: string): Promise<vscode.TextDocument> {
  const { folder } = await activateClaimLens();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The Markdown of our hover at `offset`, escapes removed, plus the raw strings. */
async function hoverAt(document: vscode.TextDocument, offset: number): Promise<{ text: string; parts: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  const ours = parts.filter((p) => p.value.includes('command:claimlens.'));
  return { text: ours.map((p) => p.value.replace(/\\([!-/:-@[-`{-~])/g, '$1')).join('\n\n'), parts: ours };
}

describe('ClaimLens hovers', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the KB card of a linked place: label, kind, facts with as-of dates, actions', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const country = record.entities.find((e) => e.kbId !== null && e.sense === 'country' && e.label !== null);
    assert.ok(country, 'the sample mentions a country the KB knows');
    const { text } = await hoverAt(document, country.start + 1);
    assert.ok(text.includes(`**${country.label}**`) || text.includes(`— ${country.label}`), `label ${country.label} in:\n${text}`);
    assert.match(text, /as of \d{4}/, 'facts carry their as-of date');
    assert.match(text, /Tag\]\(command:claimlens\.hover\.tag\?/);
    assert.match(text, /Find all mentions \(\d+\)\]\(command:claimlens\.findMentions\?/);
    if (/^Q\d+$/.test(country.kbId ?? '')) assert.ok(text.includes(`https://www.wikidata.org/wiki/${country.kbId}`));
  });

  it('explains a metonym with the sense it stands for', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const metonym = record.entities.find((e) => e.sense === 'government' && e.label !== null);
    assert.ok(metonym, 'the sample uses a capital for its government ("Pyongyang calls…")');
    const { text } = await hoverAt(document, metonym.start + 1);
    assert.ok(text.includes(`**${metonym.text}** — here: the government of ${metonym.label}`), text);
  });

  it('shows the parsed record of a numeric claim', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const claim = record.claims.find((c) => c.kind === 'count' && c.value !== null && c.unit !== null);
    assert.ok(claim, 'the sample has a count with a unit');
    const { text } = await hoverAt(document, claim.number.start);
    assert.ok(text.includes(`**${claim.text}** · count claim`), text);
    assert.match(text, /\*\*(Value|Range)\*\* [\d,.…– ]+( million| billion)? · /);
    assert.ok(text.includes(`**Unit** ${claim.unit}`), text);
    assert.match(text, /\*\*Hedges\*\* .+ · \*\*Attribution\*\* /);
  });

  it('trusts only ClaimLens commands and renders no HTML', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const first = record.entities[0];
    assert.ok(first);
    const { parts } = await hoverAt(document, first.start + 1);
    assert.ok(parts.length > 0, 'a ClaimLens hover');
    for (const part of parts) {
      assert.deepEqual(part.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
      assert.notEqual(part.supportHtml, true);
      for (const m of part.value.matchAll(/\]\(command:([\w.]+)/g)) assert.ok((HOVER_COMMANDS as readonly string[]).includes(m[1] ?? ''), m[1]);
    }
  });

  it('finds all mentions of the hovered entity, as the hover link does', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const metonym = record.entities.find((e) => e.sense === 'government' && e.kbId !== null);
    assert.ok(metonym);
    const same = record.entities.filter((e) => e.kbId === metonym.kbId);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('claimlens.findMentions', document.uri.toString(), metonym.start);
    assert.deepEqual(
      locations.map((l) => [document.offsetAt(l.range.start), document.offsetAt(l.range.end)]),
      same.map((e) => [e.start, e.end]),
    );
    assert.ok(locations.length > 1, 'the sample names it more than once');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
