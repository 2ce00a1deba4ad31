import * as assert from 'node:assert/strict';
import { reanchor } from '../../../src/core/anchoring/reanchor';
import { describeRange } from '../../../src/core/anchoring/selectors';
import { BRIEF, rangeOf } from './fixtures';

function selectorsFor(quote: string, nth = 0): ReturnType<typeof describeRange> {
  return describeRange(BRIEF, rangeOf(BRIEF, quote, nth));
}

function found(text: string, result: ReturnType<typeof reanchor>): string | null {
  return result.status === 'anchored' ? text.slice(result.start, result.end) : null;
}

describe('describeRange', () => {
  it('records the quote with up to 32 characters of context on each side', () => {
    const s = selectorsFor('nearly 40,000 troops');
    assert.equal(s.quote.exact, 'nearly 40,000 troops');
    assert.equal(s.quote.prefix, ' an\nindependent monitor counted ');
    assert.equal(s.quote.prefix.length, 32);
    assert.equal(s.quote.suffix, ' on 12 March.\n\nOfficials in Velm');
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'🚀'.repeat(20)}launch of 3 rockets`;
    const s = describeRange(text, rangeOf(text, '3 rockets'));
    assert.equal(s.quote.prefix.codePointAt(0), 0x1f680);
    assert.ok(s.quote.prefix.length <= 32);
  });
});

describe('reanchor', () => {
  it('keeps the position when the text there is unchanged', () => {
    const result = reanchor(BRIEF, selectorsFor('2.3 million people'));
    assert.equal(result.status === 'anchored' && result.method, 'position');
  });

  it('finds a tag by quote after a paragraph was inserted above it', () => {
    const text = BRIEF.replace('\n\nOfficials', '\n\nUpdate: the ministry revised its figures twice.\n\nOfficials');
    const result = reanchor(text, selectorsFor('2.3 million people'));
    assert.equal(found(text, result), '2.3 million people');
    assert.equal(result.status === 'anchored' && result.method, 'quote');
  });

  it('tells repeated quotes apart by their context', () => {
    const text = `Preface line.\n${BRIEF}`;
    const second = reanchor(text, selectorsFor('5% of the budget', 1));
    assert.ok(second.status === 'anchored');
    assert.equal(second.start, text.indexOf('5% of the budget', text.indexOf('5% of the budget') + 1));
    const first = reanchor(text, selectorsFor('5% of the budget', 0));
    assert.ok(first.status === 'anchored');
    assert.equal(first.start, text.indexOf('5% of the budget'));
  });

  it('follows an edited figure by approximate match', () => {
    const text = `Preface.\n${BRIEF.replace('up to 100,000 troops', 'up to 110,000 troops')}`;
    const result = reanchor(text, selectorsFor('up to 100,000 troops'));
    assert.equal(found(text, result), 'up to 110,000 troops');
    assert.equal(result.status === 'anchored' && result.method, 'fuzzy');
  });

  it('finds a short edited quote between its unchanged context', () => {
    const text = `Preface.\n${BRIEF.replace('claimed that 5% of', 'claimed that 7.5% of')}`;
    const result = reanchor(text, selectorsFor('5%'));
    assert.equal(found(text, result), '7.5%');
    assert.equal(result.status === 'anchored' && result.method, 'context');
  });

  it('orphans a tag whose sentence was deleted', () => {
    const text = BRIEF.replace('Aid agencies estimate 2.3 million people are displaced.', '');
    assert.deepEqual(reanchor(text, selectorsFor('2.3 million people')), { status: 'orphaned' });
  });

  it('does not take an altered figure that shares its context on one side only', () => {
    const text = `${BRIEF.replace('independent monitor counted nearly 40,000 troops on 12 March.', 'independent monitor.')}\nA later count found nearly 41,000 troops on 12 March.\n`;
    assert.deepEqual(reanchor(text, selectorsFor('nearly 40,000 troops')), { status: 'orphaned' });
  });

  it('does not jump to a similar figure elsewhere when its own context is gone', () => {
    const text = 'Unrelated memo. Nearly 41,000 troops attended the parade in the capital last year.';
    assert.deepEqual(reanchor(text, selectorsFor('nearly 40,000 troops')), { status: 'orphaned' });
  });
});
