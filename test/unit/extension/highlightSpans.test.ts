import * as assert from 'node:assert/strict';
import { HIGHLIGHT_TYPES } from '../../../src/extension/config/settings';
import { shownEntities } from '../../../src/extension/analysis/shownEntities';
import { highlightSpans } from '../../../src/extension/decorations/highlightSpans';
import { statusText } from '../../../src/extension/statusBar/statusText';
import { RESULT } from './hoverFixture';

describe('highlightSpans', () => {
  it('puts entities under their type and claims under their group, tags on their own layer', () => {
    const tagged = [{ start: 3, end: 9 }];
    const spans = highlightSpans(RESULT, tagged, { types: new Set(HIGHLIGHT_TYPES), references: false });
    assert.deepEqual(spans.place.map((s) => s.start), RESULT.entities.map((e) => e.start));
    assert.deepEqual(spans.quantity.map((s) => s.start), RESULT.claims.filter((c) => c.kind === 'count').map((c) => c.start));
    assert.deepEqual(spans.money.map((s) => s.start), RESULT.claims.filter((c) => c.kind === 'money').map((c) => c.start));
    assert.deepEqual(spans.tagged, tagged);
    assert.deepEqual(spans.person, []);
  });

  it('leaves disabled types empty so their old decorations are cleared', () => {
    const spans = highlightSpans(RESULT, [{ start: 0, end: 1 }], { types: new Set(['money'] as const), references: false });
    assert.equal(spans.money.length, 1);
    for (const type of HIGHLIGHT_TYPES.filter((t) => t !== 'money')) assert.deepEqual(spans[type], [], type);
  });

  it('draws only tags while a document has no analysis yet', () => {
    const spans = highlightSpans(undefined, [{ start: 4, end: 8 }], { types: new Set(HIGHLIGHT_TYPES), references: false });
    assert.deepEqual(spans.tagged, [{ start: 4, end: 8 }]);
    assert.deepEqual(spans.place, []);
  });

  it('leaves pronouns and common-noun references out unless asked for', () => {
    const he = { id: 'e9', text: 'he', start: 200, end: 202, type: 'person' as const, kbId: null, label: null, sense: 'pronoun' };
    const regime = { id: 'e10', text: 'the regime', start: 210, end: 220, type: 'organization' as const, kbId: null, label: null, sense: 'anaphor' };
    const hospital = { id: 'e11', text: 'the hospital', start: 230, end: 242, type: 'place' as const, kbId: null, label: null, sense: 'facility' };
    const withReferences = { ...RESULT, entities: [...RESULT.entities, he, regime, hospital] };
    const all = { types: new Set(HIGHLIGHT_TYPES), references: false };
    assert.deepEqual(highlightSpans(withReferences, [], all).person, []);
    assert.deepEqual(highlightSpans(withReferences, [], { ...all, references: true }).person, [{ start: 200, end: 202 }]);
    assert.deepEqual(highlightSpans(withReferences, [], { ...all, references: true }).organization.slice(-1), [{ start: 210, end: 220 }]);
    assert.deepEqual(shownEntities(withReferences, false), RESULT.entities);
  });
});

describe('statusText', () => {
  it('counts entities, claims and tags, with a breakdown in the tooltip', () => {
    const { text, tooltip } = statusText(RESULT, RESULT.entities, 2);
    assert.equal(text, '$(telescope) 3 entities · 3 claims · $(tag) 2');
    assert.match(tooltip, /Entities: 3 places/);
    assert.match(tooltip, /Claims: 2 count, 1 money/);
  });

  it('uses the singular for one and hides the tag count at zero', () => {
    const one = { ...RESULT, entities: RESULT.entities.slice(0, 1), claims: RESULT.claims.slice(0, 1) };
    assert.equal(statusText(one, one.entities, 0).text, '$(telescope) 1 entity · 1 claim');
  });
});
