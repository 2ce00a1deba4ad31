import { strict as assert } from 'node:assert';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { fixtureKb } from './fixtureKb';
import { detect, mention, texts } from './helpers';

/** Every draft's text is exactly the text at its offsets. */
function assertExactOffsets(text: string): void {
  for (const d of detect(text)) assert.equal(text.slice(d.start, d.end), d.text);
}

describe('entities: messy text', () => {
  it('finds names in sentences glued without a space', () => {
    const text = 'The drills ended operations.For North Korea the stakes rose.';
    assert.ok(texts(detect(text)).includes('North Korea'));
    assert.ok(!texts(detect(text)).includes('For North Korea'));
  });

  it('handles spaces before punctuation, CRLF, curly quotes and NBSP', () => {
    const text = 'Envoys met in Pyongyang , then left.\r\n\u201cUkraine\u201d said\u00a0North\u00a0Korea\u2019s envoy.';
    const drafts = detect(text);
    assert.equal(mention(drafts, 'Pyongyang')?.kbId, 'Q423-capital');
    assert.equal(mention(drafts, 'Ukraine')?.kbId, 'Q212');
    assert.equal(mention(drafts, 'North\u00a0Korea')?.kbId, 'Q423');
    assertExactOffsets(text);
  });

  it('keeps offsets exact after emoji and other astral characters', () => {
    const text = '\u{1F680}\u{1F1FA}\u{1F1E6} Ukraine and \u{1D4D0} Russia';
    const drafts = detect(text);
    assert.equal(mention(drafts, 'Ukraine')?.start, text.indexOf('Ukraine'));
    assert.equal(mention(drafts, 'Russia')?.start, text.indexOf('Russia'));
    assertExactOffsets(text);
  });

  it('never takes a link target for an entity and keeps emphasis markers out of spans', () => {
    const text = 'See [the NATO brief](https://example.org/Russia/NATO) and **NATO** on _Ukraine_.';
    const drafts = detect(text);
    const insideUrl = drafts.filter((d) => d.start > text.indexOf('](') && d.end < text.indexOf(') and'));
    assert.deepEqual(insideUrl, []);
    assert.deepEqual(texts(drafts), ['NATO', 'NATO', 'Ukraine']);
    assertExactOffsets(text);
  });

  it('answers empty and blank input with no mentions', () => {
    assert.deepEqual(detect(''), []);
    assert.deepEqual(detect(' \n\t\u00a0'), []);
  });

  it('answers a huge single-line input with exact offsets', () => {
    const unit = 'Pyongyang gains access while North Korean troops stay in Kursk. ';
    const text = unit.repeat(20000);
    const drafts = detect(text);
    assert.equal(drafts.filter((d) => d.text === 'Pyongyang').length, 20000);
    const last = drafts[drafts.length - 1];
    assert.ok(last && text.slice(last.start, last.end) === last.text);
  });
});

describe('entities: sentence starts from the analyser', () => {
  it('treats the first word of each given sentence as sentence-initial, even after "U.S."', () => {
    const text = 'Aid was promised by the U.S. Reconstruction stalled anyway.';
    const second = text.indexOf('Reconstruction');
    const sentences = [{ start: 0, end: second - 1 }, { start: second, end: text.length }];
    const drafts = detectEntities({ text, sentences }, fixtureKb);
    assert.deepEqual(drafts.map((d) => d.text), ['U.S.']);
  });
});
