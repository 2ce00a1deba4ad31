import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../../src/core/text/paragraphs';

function paragraphs(text: string): string[] {
  return splitParagraphs(text).map((r) => text.slice(r.start, r.end));
}

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    assert.deepEqual(paragraphs('  First line\nsame paragraph.\n\nSecond.\n \t\n\n\nThird.  \n'), [
      'First line\nsame paragraph.', 'Second.', 'Third.',
    ]);
  });

  it('handles CRLF blank lines and lines holding only a non-breaking space', () => {
    assert.deepEqual(paragraphs('One.\r\n\r\nTwo.\r\n\u00a0\r\nThree.'), ['One.', 'Two.', 'Three.']);
  });

  it('returns nothing for empty or blank text and one paragraph without blank lines', () => {
    assert.deepEqual(paragraphs(''), []);
    assert.deepEqual(paragraphs('\n\n \n'), []);
    assert.deepEqual(paragraphs('Seoul.\nTokyo.'), ['Seoul.\nTokyo.']);
  });

  it('gives offsets into the original text', () => {
    const text = '\n\nKim Jong-un\n\nNATO';
    const got = splitParagraphs(text);
    assert.deepEqual(got, [{ start: 2, end: 13 }, { start: 15, end: 19 }]);
  });
});
