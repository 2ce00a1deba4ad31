import * as assert from 'node:assert/strict';
import { claimTexts } from './helpers';

describe('claims: numbers that state nothing', () => {
  it('skips list markers and section numbers at line start', () => {
    const text = '1. Troops moved north.\n2) Ships stayed.\n3.2 Findings\nThe report, Section 3.2, lists 40 ships.';
    assert.deepEqual(claimTexts(text), ['40 ships']);
  });

  it('skips references to documents and their parts', () => {
    const text = 'Resolution 2231, Article 5, paragraph 4, Articles 5 and 6, Chapter three, resolution 2254 (2015) and Agenda 2030 all apply to 12 states.';
    assert.deepEqual(claimTexts(text), ['12 states']);
  });

  it('skips numbers inside names and models', () => {
    const text = 'The G20 met on COVID-19 while F-16s, Su-35 jets, the 9M729 missile and Orbisat 104 were idle near 3 bases.';
    assert.deepEqual(claimTexts(text), ['3 bases']);
  });

  it('skips phone numbers, ids, clock times, citations and coordinates', () => {
    const text = 'Call +44 20 7946 0000 at 10:30 about file S/2015/123 [4] at 35°12′N 41°05′E or 35.200; 41.083 for 5 trucks.';
    assert.deepEqual(claimTexts(text), ['5 trucks']);
  });

  it('skips spelled numbers in names and the pronoun one', () => {
    assert.deepEqual(claimTexts('The Group of Twenty avoided the subject, and no one objected.'), []);
    assert.deepEqual(claimTexts('This one is just one way to read it.'), []);
  });

  it('skips numbers in link targets but keeps those in link text', () => {
    const text = 'See [5,000 troops](https://example.org/2024/report-3) for details.';
    assert.deepEqual(claimTexts(text), ['5,000 troops']);
  });

  it('skips small definite numbers that refer back', () => {
    assert.deepEqual(claimTexts('The two envoys met, and our 2 nations agreed on 300 trucks.'), ['300 trucks']);
    assert.deepEqual(claimTexts('Their two governments and its 3 delegations signed.'), []);
    assert.deepEqual(claimTexts('Three of the five economists expect a cut.'), ['Three of the five economists']);
  });

  it('counts what a possessive owns', () => {
    assert.deepEqual(claimTexts('Her three brothers fled, and its four pumps still run; their 2 boats sank.'), ['three brothers', 'four pumps', '2 boats']);
  });

  it('skips house numbers in addresses', () => {
    assert.deepEqual(claimTexts('Officials at 10 Downing Street counted 500 British Army soldiers.'), ['500 British Army soldiers']);
  });

  it('skips vote tallies and scores', () => {
    assert.deepEqual(claimTexts('The council voted 14-0 after a 3-2 split on 40 amendments.'), ['40 amendments']);
  });

  it('skips broadcast frequencies', () => {
    assert.deepEqual(claimTexts('The channel uses 11747 MHz.'), []);
  });
});
