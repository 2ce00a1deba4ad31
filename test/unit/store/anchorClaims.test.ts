import * as assert from 'node:assert/strict';
import { moveClaims, reanchorClaims } from '../../../src/core/store/anchorClaims';
import { BRIEF, briefTags, rangeOf } from './fixtures';

describe('moveClaims', () => {
  it('moves every tag with an edit above and refreshes quotes of tags the edit touched', () => {
    const tags = briefTags();
    const header = '> Classification: internal\n';
    const after = header + BRIEF;
    const shifted = moveClaims(tags, [{ rangeOffset: 0, rangeLength: 0, text: header }], after);
    for (const tag of shifted) {
      const { start, end } = tag.selectors.position;
      assert.equal(after.slice(start, end), tag.selectors.quote.exact);
    }
    const at = after.indexOf('100,000');
    const retyped = after.slice(0, at) + '120,000' + after.slice(at + 7);
    const edited = moveClaims(shifted, [{ rangeOffset: at, rangeLength: 7, text: '120,000' }], retyped);
    assert.equal(edited.find((t) => t.id === 't-0001')?.selectors.quote.exact, 'up to 120,000 troops');
  });

  it('orphans a tag whose text was deleted and keeps its last known quote', () => {
    const range = rangeOf(BRIEF, '2.3 million people');
    const text = BRIEF.slice(0, range.start) + BRIEF.slice(range.end);
    const moved = moveClaims(briefTags(), [{ rangeOffset: range.start, rangeLength: range.end - range.start, text: '' }], text);
    const lost = moved.find((t) => t.id === 't-0002');
    assert.equal(lost?.orphaned, true);
    assert.equal(lost?.selectors.quote.exact, '2.3 million people');
  });
});

describe('reanchorClaims', () => {
  it('re-finds tags in a file rewritten outside the editor and orphans what is gone', () => {
    const rewritten = `Summary added by the desk.\n\n${BRIEF}`
      .replace('up to 100,000 troops', 'up to 110,000 troops')
      .replace('Aid agencies estimate 2.3 million people are displaced.', 'Figures on displacement are pending.');
    const { claims, outcome } = reanchorClaims(briefTags(), rewritten);
    assert.deepEqual(Object.fromEntries(outcome), { 't-0001': 'fuzzy', 't-0002': 'orphaned', 't-0003': 'quote' });
    const troops = claims.find((c) => c.id === 't-0001');
    assert.equal(troops?.selectors.quote.exact, 'up to 110,000 troops');
    assert.equal(claims.find((c) => c.id === 't-0002')?.orphaned, true);
    assert.ok(claims.every((c) => c.document.contentHash === claims[0]?.document.contentHash));
    assert.notEqual(claims[0]?.document.contentHash, briefTags()[0]?.document.contentHash);
  });

  it('brings an orphaned tag back when its text returns', () => {
    const gone = BRIEF.replace('Aid agencies estimate 2.3 million people are displaced.', '');
    const orphaned = reanchorClaims(briefTags(), gone).claims;
    assert.equal(orphaned.find((c) => c.id === 't-0002')?.orphaned, true);
    const back = reanchorClaims(orphaned, BRIEF).claims.find((c) => c.id === 't-0002');
    assert.equal(back?.orphaned, false);
    assert.deepEqual(back?.selectors.position, rangeOf(BRIEF, '2.3 million people'));
  });
});
