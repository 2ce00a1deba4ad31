import { strict as assert } from 'node:assert';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { fixtureKb } from './fixtureKb';
import { detectNames } from './helpers';

const typed = (text: string): Array<[string, string]> => detectNames(text).filter((d) => d.type !== 'other').map((d) => [d.text, d.type]);

/** Detects over several lines, one sentence per line, as the analyser splits a written-answers page. */
function detectLines(text: string): Array<[string, string]> {
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) sentences.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return detectEntities({ text, sentences }, fixtureKb).filter((d) => d.type !== 'other').map((d) => [d.text, d.type]);
}

describe('entities: peers and honorifics', () => {
  it('keeps a peer\'s territorial designation in the name ("Lord Hartwell of Ely")', () => {
    assert.deepEqual(typed('The motion was moved by Lord Hartwell of Ely and opposed by Baroness Moreton of Wrexham.'), [
      ['Hartwell of Ely', 'person'], ['Moreton of Wrexham', 'person'],
    ]);
  });

  it('makes "Baroness" and "Viscount" honorifics like "Lord" ("Baroness Tullaby-Greene said")', () => {
    assert.deepEqual(typed('Baroness Tullaby-Greene said the review had ended; Viscount Arnley agreed.'), [
      ['Tullaby-Greene', 'person'], ['Arnley', 'person'],
    ]);
  });

  it('finds the peer in a capitalised line of a written-answers page', () => {
    const found = detectLines('Fisheries: Quotas\nHL2231 — Asked by Lord Hartwell of Ely on 4 May 2025\nAnswered by Baroness Moreton on 9 May 2025\n');
    assert.deepEqual(found.filter(([, type]) => type === 'person'), [['Hartwell of Ely', 'person'], ['Moreton', 'person']]);
  });
});

describe('entities: crown bodies', () => {
  it('makes "His Majesty\'s Government", "Her Majesty\'s Revenue and Customs" and "HM Treasury" organisations', () => {
    assert.deepEqual(typed("To ask His Majesty's Government whether Her Majesty's Revenue and Customs and HM Treasury agree."), [
      ["His Majesty's Government", 'organization'], ["Her Majesty's Revenue and Customs", 'organization'], ['HM Treasury', 'organization'],
    ]);
  });

  it('leaves "His Majesty" before a name, or before a lower-case noun, alone', () => {
    assert.ok(!typed("His Majesty's ship sailed at dawn.").some(([, type]) => type === 'organization'));
  });
});
