import * as assert from 'node:assert/strict';
import { claimCard } from '../../../src/extension/hovers/claimCard';
import { relatedClaims } from '../../../src/extension/hovers/claimContext';
import { BRIEF, KB, RESULT, plain } from './hoverFixture';

function claim(id: string) {
  const c = RESULT.claims.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

function card(id: string): string {
  return plain(claimCard({ claim: claim(id), result: RESULT, text: BRIEF, documentUri: 'file:///b.md', kb: KB, lineOf: () => 1 }));
}

describe('claimCard', () => {
  it('shows the parsed record: value, unit, qualifier, hedges and attribution', () => {
    const md = card('c0');
    assert.match(md, /^\*\*up to 12,000 troops\*\* · count claim/);
    assert.match(md, /\*\*Value\*\* 12,000 · \*\*Unit\*\* troops · \*\*Qualifier\*\* up to {2}\n/);
    assert.match(md, /\*\*Hedges\*\* none · \*\*Attribution\*\* the ministry said/);
  });

  it('puts a troop count next to the country\'s military size, via the city it names', () => {
    const md = card('c0');
    assert.match(md, /About: Strelsau/);
    assert.match(md, /Ruritania — Military personnel: \*\*31,000 active personnel\*\* — _as of 2025, Invented Almanac_/);
  });

  it('puts a per-capita money claim next to GDP per capita with unit and year', () => {
    const md = card('c1');
    assert.match(md, /\*\*Value\*\* 450 · \*\*Currency\*\* USD · \*\*Rate\*\* per capita/);
    assert.match(md, /\*\*Hedges\*\* reportedly/);
    assert.match(md, /GDP per capita \(PPP\): \*\*17,100 USD \(PPP, 2021 dollars\)\*\* — _as of 2023/);
    assert.doesNotMatch(md, /Population/);
  });

  it('lists the other troop figures with their differences flagged', () => {
    const md = card('c0');
    assert.match(md, /Same quantity elsewhere/);
    assert.match(md, /“9,500 troops” — ⚠ lower there \(-21%\); qualifier: "up to" here vs none there; attribution: "the ministry said" here vs none there/);
    assert.doesNotMatch(md, /\$450/, 'money is not the same quantity as troops');
  });
});

describe('relatedClaims', () => {
  it('matches unit in singular and plural and reports no difference for the same statement', () => {
    const a = claim('c2');
    const b = { ...a, id: 'c7', unit: 'troop' };
    assert.deepEqual(relatedClaims(a, [a, b]).map((r) => [r.claim.id, r.differences]), [['c7', []]]);
  });

  it('does not compare amounts of money more than ten times apart', () => {
    const each = claim('c1');
    const total = { ...each, id: 'c8', text: '$45 million a month', value: 45e6, rate: 'a month' };
    const similar = { ...each, id: 'c9', text: '$500', value: 500, rate: null };
    const related = relatedClaims(each, [each, total, similar]);
    assert.deepEqual(related.map((r) => r.claim.id), ['c9']);
    assert.match(related[0]?.differences.join('; ') ?? '', /higher there \(\+11%\); rate: "per capita" here vs none there/);
  });

  it('states large differences as a factor', () => {
    const a = claim('c2');
    const b = { ...a, id: 'c7', value: 950_000 };
    assert.deepEqual(relatedClaims(a, [b])[0]?.differences, ['higher there (×100)']);
  });

  it('names both sides, so the two hovers of a pair read as mirror images', () => {
    const a = claim('c2');
    const b = { ...a, id: 'c7', value: 9000, hedged: true, hedges: ['may'], qualifier: 'about', rate: 'a month', min: 8000, max: 10_000 };
    const range = { ...b, value: null };
    assert.deepEqual(relatedClaims(a, [range])[0]?.differences, [
      'lower there (-5%)', 'a single figure here, a range there', 'rate: none here vs "a month" there',
      'qualifier: none here vs "about" there', 'not hedged here, hedged there',
    ]);
    assert.deepEqual(relatedClaims(range, [a])[0]?.differences, [
      'higher there (+6%)', 'a range here, a single figure there', 'rate: "a month" here vs none there',
      'qualifier: "about" here vs none there', 'hedged here, not there',
    ]);
  });

  it('reads a rate that is not a string as no rate', () => {
    const a = claim('c2');
    const odd = { ...a, id: 'c7', rate: { per: 'month' } as unknown as string };
    assert.deepEqual(relatedClaims(a, [odd])[0]?.differences, []);
  });
});
