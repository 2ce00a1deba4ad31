import * as assert from 'node:assert/strict';
import type { ContentChange } from '../../../src/core/anchoring/applyChanges';
import { applyChanges } from '../../../src/core/anchoring/applyChanges';
import { BRIEF, rangeOf } from './fixtures';

/** Applies changes the way VS Code's document model does: one after the other. */
function edit(text: string, changes: readonly ContentChange[]): string {
  return changes.reduce((t, c) => t.slice(0, c.rangeOffset) + c.text + t.slice(c.rangeOffset + c.rangeLength), text);
}

function follow(quote: string, changes: readonly ContentChange[]): { text: string; slice: string; touched: boolean; lost: boolean } {
  const range = rangeOf(BRIEF, quote);
  const [moved] = applyChanges([range], changes);
  assert.ok(moved);
  const text = edit(BRIEF, changes);
  return { text, slice: text.slice(moved.start, moved.end), touched: moved.touched, lost: moved.lost };
}

describe('applyChanges', () => {
  it('keeps a tag on its text when a line is inserted above', () => {
    const r = follow('up to 100,000 troops', [{ rangeOffset: 0, rangeLength: 0, text: 'DRAFT — do not circulate\n' }]);
    assert.equal(r.slice, 'up to 100,000 troops');
    assert.equal(r.touched, false);
  });

  it('leaves a tag alone when text after it changes', () => {
    const at = BRIEF.indexOf('Aid agencies');
    const r = follow('up to 100,000 troops', [{ rangeOffset: at, rangeLength: 12, text: 'NGOs' }]);
    assert.equal(r.slice, 'up to 100,000 troops');
  });

  it('does not grow a tag when typing right before or right after it', () => {
    const range = rangeOf(BRIEF, '100,000');
    const before = follow('100,000', [{ rangeOffset: range.start, rangeLength: 0, text: 'about ' }]);
    const after = follow('100,000', [{ rangeOffset: range.end, rangeLength: 0, text: ' armed' }]);
    assert.equal(before.slice, '100,000');
    assert.equal(after.slice, '100,000');
  });

  it('grows a tag when text is typed inside it', () => {
    const inside = BRIEF.indexOf('troops were');
    const r = follow('up to 100,000 troops', [{ rangeOffset: inside, rangeLength: 0, text: 'regular ' }]);
    assert.equal(r.slice, 'up to 100,000 regular troops');
    assert.equal(r.touched, true);
  });

  it('follows a replacement of the whole tagged text', () => {
    const range = rangeOf(BRIEF, '100,000');
    const r = follow('100,000', [{ rangeOffset: range.start, rangeLength: 7, text: '120,000' }]);
    assert.equal(r.slice, '120,000');
    assert.equal(r.lost, false);
  });

  it('keeps what is left when an edit cuts into either end', () => {
    const range = rangeOf(BRIEF, 'up to 100,000 troops');
    const head = follow('up to 100,000 troops', [{ rangeOffset: range.start - 4, rangeLength: 10, text: '' }]);
    assert.equal(head.slice, '100,000 troops');
    const tail = follow('up to 100,000 troops', [{ rangeOffset: range.end - 6, rangeLength: 12, text: 'soldiers' }]);
    assert.equal(tail.slice, 'up to 100,000 ');
  });

  it('orphans a tag whose text was deleted', () => {
    const range = rangeOf(BRIEF, 'nearly 40,000 troops');
    const r = follow('nearly 40,000 troops', [{ rangeOffset: range.start - 1, rangeLength: 22, text: '' }]);
    assert.equal(r.lost, true);
  });

  it('applies a multi-cursor event (changes listed bottom-up) in order', () => {
    const first = rangeOf(BRIEF, '5% of the budget', 0);
    const second = rangeOf(BRIEF, '5% of the budget', 1);
    const changes: ContentChange[] = [
      { rangeOffset: second.start, rangeLength: 1, text: '6.5' },
      { rangeOffset: first.start, rangeLength: 1, text: '6.5' },
    ];
    const moved = applyChanges([first, second, rangeOf(BRIEF, '2.3 million people')], changes);
    const text = edit(BRIEF, changes);
    assert.deepEqual(moved.map((m) => text.slice(m.start, m.end)), ['6.5% of the budget', '6.5% of the budget', '2.3 million people']);
  });
});
