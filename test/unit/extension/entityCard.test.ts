import * as assert from 'node:assert/strict';
import { entityCard } from '../../../src/extension/hovers/entityCard';
import { BRIEF, KB, RESULT, plain } from './hoverFixture';

const uri = 'file:///briefs/ruritania.md';

function mention(id: string) {
  const m = RESULT.entities.find((e) => e.id === id);
  if (!m) throw new Error(id);
  return m;
}

describe('entityCard', () => {
  it('shows the label, kind, description, key facts with as-of and source, aliases and the Wikidata link', () => {
    const md = plain(entityCard({ mention: mention('e1'), mentionCount: 2, documentUri: uri, kb: KB }));
    assert.match(md, /^\*\*Ruritania\*\* · country/);
    assert.match(md, /Population: \*\*5\.3 million people\*\* — _as of 2024, Invented Almanac_/);
    assert.doesNotMatch(md, /5\.1 million/, 'only the latest population');
    assert.match(md, /Capital: \*\*Strelsau\*\*/);
    assert.match(md, /Also: Kingdom of Ruritania, Strelsau/);
    assert.match(md, /\[Q999001\]\(https:\/\/www\.wikidata\.org\/wiki\/Q999001\)/);
    assert.match(md, /Find all mentions \(2\)\]\(command:claimlens\.findMentions\?/);
  });

  it('names the sense a metonym stands for', () => {
    const md = entityCard({ mention: mention('e0'), mentionCount: 1, documentUri: uri, kb: KB });
    assert.match(md, /^\*\*Strelsau\*\* — here: the government of Strelsau/);
    assert.match(md, /`cl:strelsau`/, 'a local id is shown as code, not linked');
    assert.doesNotMatch(md, /wikidata/);
  });

  it('escapes KB text so links and HTML in it stay inert', () => {
    const md = entityCard({ mention: mention('e1'), mentionCount: 2, documentUri: uri, kb: KB });
    assert.ok(!md.includes('[see](command:'), 'no live link from KB text');
    assert.ok(md.includes('\\[see\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'));
    assert.ok(md.includes('\\<b\\>here\\</b\\>'));
    // Every command link in the card is one of ours.
    const commands = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepEqual(commands, ['claimlens.hover.tag', 'claimlens.findMentions']);
  });

  it('passes the mention offsets to the tag action', () => {
    const m = mention('e1');
    const md = entityCard({ mention: m, mentionCount: 2, documentUri: uri, kb: KB });
    const link = /command:claimlens\.hover\.tag\?([^ )]+)/.exec(md);
    assert.ok(link?.[1]);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [uri, m.start, m.end]);
    assert.equal(BRIEF.slice(m.start, m.end), 'Ruritania');
  });

  it("opens a person's card with the main role and its place, dated since when and as of when", () => {
    const md = plain(entityCard({
      mention: { id: 'e8', text: 'Rassendyll', start: 0, end: 10, type: 'person', kbId: 'cl:rudolf', label: 'Rudolf Rassendyll', sense: 'person' },
      mentionCount: 1, documentUri: uri, kb: KB,
    }));
    const roles = [...md.matchAll(/^- Role: \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    assert.deepEqual(roles, ['King of Ruritania', 'Chair of the Invented League'], 'own country first, the territory counted');
    assert.match(md, /King of Ruritania\*\* \(head of state\) — _since 2019-03-01 \(as of 2026-01-22\), Invented Almanac_/);
    assert.match(md, /Chair of the Invented League\*\* — _since 2020-08-05 \(as of 2025-11-20\)/, 'each fact keeps its own as-of date');
    assert.match(md, /^- and 1 more role$/m);
    assert.doesNotMatch(md, /present|current/i, 'an open role is never called current without its date');
    assert.doesNotMatch(md, /Regent|Mayor/, 'roles that ended before the KB date are not shown');
  });

  it('says when a mention is not in the knowledge base', () => {
    const md = entityCard({
      mention: { id: 'e9', text: 'Col. Sapt', start: 0, end: 9, type: 'person', kbId: null, label: null, sense: null },
      mentionCount: 1, documentUri: uri, kb: KB,
    });
    assert.match(md, /^\*\*Col\\\. Sapt\*\*/);
    assert.match(md, /person — not in the knowledge base/);
  });
});
