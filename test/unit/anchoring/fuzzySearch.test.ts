import * as assert from 'node:assert/strict';
import { fuzzySearch } from '../../../src/core/anchoring/fuzzySearch';
import { BRIEF } from './fixtures';

describe('fuzzySearch', () => {
  it('finds an edited figure within the error budget', () => {
    const text = BRIEF.replace('up to 100,000 troops', 'up to 120,000 troops');
    const [match, ...rest] = fuzzySearch(text, 'up to 100,000 troops', 2);
    assert.ok(match);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(match.start, match.end), 'up to 120,000 troops');
    assert.equal(match.errors, 1);
  });

  it('spans insertions and deletions, not only substitutions', () => {
    const text = BRIEF.replace('nearly 40,000 troops', 'nearly 4,000 new troops');
    const [match] = fuzzySearch(text, 'nearly 40,000 troops', 6);
    assert.ok(match);
    assert.equal(text.slice(match.start, match.end), 'nearly 4,000 new troops');
    assert.equal(match.errors, 5);
  });

  it('reports every separate approximate occurrence', () => {
    const matches = fuzzySearch(BRIEF, '5% of the budgets', 1);
    assert.deepEqual(matches.map((m) => BRIEF.slice(m.start, m.end)), ['5% of the budget', '5% of the budget']);
  });

  it('finds nothing when the text is further away than allowed', () => {
    assert.deepEqual(fuzzySearch(BRIEF, 'two hundred tanks crossed', 3), []);
  });

  it('finds a quote near the end of a long document', () => {
    const text = `${'Filler paragraph about logistics and weather. '.repeat(20_000)}Late entry: 17 drones were seen.`;
    const [match] = fuzzySearch(text, '12 drones were seen', 2);
    assert.ok(match);
    assert.equal(text.slice(match.start, match.end), '17 drones were seen');
  });
});
