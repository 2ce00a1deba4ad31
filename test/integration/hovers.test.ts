// Hovers in the real editor, through `vscode.executeHoverProvider` (the same
// path the mouse takes): the entity card with its KB label and dated facts,
// the claim card with the parsed record, KB facts "for comparison" (a monthly
// amount through its yearly figure) and the same quantity elsewhere, and
// links limited to our commands even in a document full of links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { HOVER_COMMANDS, formatNumber } from '../../src/extension/hovers/markdownText';
import { isReference } from '../../src/core/entities/senses';
import { activateClaimLens, claimLensHoverAt } from './support';

const SAMPLE = 'korea-russia-troops.md';

/** Invented text whose names and figures sit inside links, command URIs and HTML. */
const MALICIOUS = [
  '[Reuters](https://evil.example/a) reported that 2,000 troops left [Kursk](command:workbench.action.files.delete "open").',
  'According to [the ministry](command:workbench.action.quit), <a href="command:workbench.action.closeWindow">3,000 troops</a> left.',
  'The <b>Kremlin</b> paid $8 [billion](command:workbench.action.quit) to [NATO](command:claimlens.hover.tag?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%2C0%2C9%5D).',
  '<img src="x" onerror="alert(1)"> Moscow sent 4,000 [troops](https://evil.example/b) to Syria.',
].join('\n\n');

async function api(): Promise<ClaimLensApi> {
  return (await activateClaimLens()).api;
}

async function openSample(name: string): Promise<vscode.TextDocument> {
  const { folder } = await activateClaimLens();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
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
    const { text } = await claimLensHoverAt(document, country.start + 1);
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
    const { text } = await claimLensHoverAt(document, metonym.start + 1);
    assert.ok(text.includes(`**${metonym.text}** — here: the government of ${metonym.label}`), text);
  });

  it('shows the parsed record of a numeric claim', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const record = await cl.analyze(document.uri);
    const claim = record.claims.find((c) => c.kind === 'count' && c.value !== null && c.unit !== null);
    assert.ok(claim, 'the sample has a count with a unit');
    const { text } = await claimLensHoverAt(document, claim.number.start);
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
    const { parts } = await claimLensHoverAt(document, first.start + 1);
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

  it('compares a monthly amount with yearly KB facts through the yearly figure, and lists the same quantity elsewhere', async () => {
    const cl = await api();
    const document = await openSample(SAMPLE);
    const text = document.getText();
    const record = await cl.analyze(document.uri);
    // "Russia pays the soldiers about $2,000 each per month": the period follows the claim or is its rate.
    const monthly = record.claims.find((c) => c.kind === 'money' && c.value !== null && c.entityIds.length > 0
      && (/month/.test(String(c.rate)) || /^\s*(each\s+)?per month\b/.test(text.slice(c.end))));
    assert.ok(monthly?.value, 'the sample pays an amount per month');
    const { text: card } = await claimLensHoverAt(document, monthly.number.start);
    assert.ok(card.includes(`**${monthly.text}** · money claim`), card);
    assert.ok(card.includes('**For comparison (knowledge base)**'), card);
    const currency = monthly.currency === 'USD' ? '$' : '';
    assert.ok(card.includes(`Per month here, per year in the knowledge base: ${currency}${formatNumber(monthly.value)} a month ≈ ${currency}${formatNumber(monthly.value * 12)} a year.`), card);
    assert.match(card, /For comparison[^]*\n- [^\n]+ — GDP per capita[^\n]*as of \d{4}/, 'a yearly income per head, dated');

    // Another amount of the same size in the document: listed with both sides of each difference named.
    const other = record.claims.find((c) => c.kind === 'money' && c.id !== monthly.id && c.value === monthly.value);
    assert.ok(other, 'the sample states the amount twice');
    assert.ok(card.includes('**Same quantity elsewhere in this document**'), card);
    const line = card.split('\n').find((l) => l.includes(`“${other.text}”`));
    assert.ok(line, `“${other.text}” is listed:\n${card}`);
    assert.match(line, new RegExp(`^- line ${document.positionAt(other.start).line + 1}: `));
    if (monthly.rate !== other.rate) assert.ok(line.includes(`rate: "${monthly.rate}" here vs "${other.rate}" there`), line);
    // And from the other side, the mirror image.
    const { text: mirror } = await claimLensHoverAt(document, other.number.start);
    const back = mirror.split('\n').find((l) => l.includes(`“${monthly.text}”`));
    assert.ok(back, mirror);
    if (monthly.rate !== other.rate) assert.ok(back.includes(`rate: "${other.rate}" here vs "${monthly.rate}" there`), back);
  });

  it('never turns links, command URIs or HTML in the document into live links', async () => {
    const cl = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: MALICIOUS });
    await vscode.window.showTextDocument(document);
    const record = await cl.analyze(document.uri);
    // The spans that have a hover: names (references are not highlighted by default) and figures.
    const spans = [...record.entities.filter((e) => !isReference(e)), ...record.claims];
    assert.ok(spans.length >= 6, 'names and figures are found among the links');
    for (const span of spans) {
      const { parts } = await claimLensHoverAt(document, span.start + 1);
      assert.ok(parts.length > 0, `a ClaimLens hover over “${span.text}”`);
      for (const part of parts) {
        assert.deepEqual(part.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
        assert.notEqual(part.supportHtml, true);
        // Every link left unescaped is one of ours or a Wikidata item.
        for (const m of part.value.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) {
          assert.match(m[1] ?? '', /^(command:claimlens\.(hover\.tag|findMentions)\?|https:\/\/www\.wikidata\.org\/wiki\/Q\d+$)/, `link target in:\n${part.value}`);
        }
        assert.doesNotMatch(part.value, /(?<!\\)<[a-z]/i, 'no HTML tag');
        assert.doesNotMatch(part.value, /command:workbench|https?:\/\/evil/, 'no command or address from the document');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
