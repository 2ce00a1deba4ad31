import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('splits ordinary sentences and trims whitespace', () => {
    assert.deepEqual(sentences('  Seoul protested. Pyongyang said nothing!  Why? '), [
      'Seoul protested.', 'Pyongyang said nothing!', 'Why?',
    ]);
  });

  it('keeps titles, initials and dotted abbreviations inside a sentence', () => {
    const text = 'Mr. Kim met Dr. Lee and Gen. Gerasimov in the U.S. capital on Jan. 5. John F. Kennedy was not there.';
    assert.deepEqual(sentences(text), [
      'Mr. Kim met Dr. Lee and Gen. Gerasimov in the U.S. capital on Jan. 5.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('does not split decimals or "No." before a number, but does split "No." as an answer', () => {
    assert.deepEqual(sentences('Growth was 3.5 per cent under Resolution No. 2397. The answer was No. Talks ended.'), [
      'Growth was 3.5 per cent under Resolution No. 2397.', 'The answer was No.', 'Talks ended.',
    ]);
  });

  it('splits sentences glued without a space but keeps domains whole', () => {
    assert.deepEqual(sentences('It supports operations.For North Korea, see kcna.kp for details.'), [
      'It supports operations.', 'For North Korea, see kcna.kp for details.',
    ]);
  });

  it('splits glued sentences after a closing quote and before an acronym, but not inside paths or emails', () => {
    assert.deepEqual(sentences('drills \u201ca rehearsal\u201d.Kim said no. It grew in the year.RUSI did not say.'), [
      'drills \u201ca rehearsal\u201d.', 'Kim said no.', 'It grew in the year.', 'RUSI did not say.',
    ]);
    assert.deepEqual(sentences('See example.org/report.Final or mail desk@news.Agency today.'), [
      'See example.org/report.Final or mail desk@news.Agency today.',
    ]);
  });

  it('ends sentences at blank lines, headings and list items, also with CRLF', () => {
    const text = '## Troops in Kursk\r\nThe Kremlin denied it\r\n\r\nA new paragraph\r\n- first item\r\n- second item';
    assert.deepEqual(sentences(text), [
      'Troops in Kursk', 'The Kremlin denied it', 'A new paragraph', 'first item', 'second item',
    ]);
  });

  it('ends a plain-text headline at its line break when prose follows on the next line', () => {
    const text = 'China unveils stimulus as APEC leaders gather\nBEIJING - The finance ministry announced a programme on Friday to help local governments.';
    assert.deepEqual(sentences(text), [
      'China unveils stimulus as APEC leaders gather',
      'BEIJING - The finance ministry announced a programme on Friday to help local governments.',
    ]);
  });

  it('keeps hard-wrapped prose whole even when a line ends before a capitalised word', () => {
    const text = [
      'The minister said on Tuesday that the government would send more aid and',
      'Ukraine would receive it before winter. President Biden met Chancellor',
      'Olaf Scholz in Berlin, where both leaders promised further support soon.',
    ].join('\n');
    assert.deepEqual(sentences(text), [
      'The minister said on Tuesday that the government would send more aid and\nUkraine would receive it before winter.',
      'President Biden met Chancellor\nOlaf Scholz in Berlin, where both leaders promised further support soon.',
    ]);
    const wrappedFirstLine = 'Seoul and Washington believe the first troops moved\nNorth in October, officials said.';
    assert.deepEqual(sentences(wrappedFirstLine), [wrappedFirstLine]);
  });

  it('keeps a soft-wrapped line inside its sentence', () => {
    assert.deepEqual(sentences('Officials said up to 10,000\ntroops had moved. Others disagreed.'), [
      'Officials said up to 10,000\ntroops had moved.', 'Others disagreed.',
    ]);
  });

  it('includes closing quotes and brackets in the sentence', () => {
    assert.deepEqual(sentences('He called it \u201ca mistake.\u201d Then he left (briefly.) Later, silence.'), [
      'He called it \u201ca mistake.\u201d', 'Then he left (briefly.)', 'Later, silence.',
    ]);
  });

  it('does not split before a lowercase continuation', () => {
    assert.deepEqual(sentences('Prices rose e.g. in Seoul, and fell elsewhere.'), ['Prices rose e.g. in Seoul, and fell elsewhere.']);
  });

  it('respects the range it is given and returns offsets into the whole text', () => {
    const text = 'Skip me. Keep this one. And this. Skip again.';
    const start = text.indexOf('Keep');
    const end = text.indexOf('Skip again');
    const got = splitSentences(text, { start, end });
    assert.deepEqual(got.map((r) => text.slice(r.start, r.end)), ['Keep this one.', 'And this.']);
    assert.equal(got[0]?.start, start);
  });

  it('answers empty and whitespace-only input with no sentences', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\r\n\t'), []);
  });

  it('keeps offsets exact after astral characters', () => {
    const text = '\u{1F4CC} Kim Jong-un arrived. NATO watched.';
    const got = splitSentences(text);
    assert.equal(text.slice(got[0]?.start, got[0]?.end), '\u{1F4CC} Kim Jong-un arrived.');
    assert.equal(got[1]?.start, text.indexOf('NATO'));
  });
});
