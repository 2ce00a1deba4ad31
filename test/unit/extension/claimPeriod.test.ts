// Per-period claims beside yearly KB facts: the hover names the period
// difference and, for money, the yearly figure. Texts and KB are invented.
import * as assert from 'node:assert/strict';
import type { KbFact } from '../../../src/core/kb/kbTypes';
import type { AnalysisResult, EntityMention, NumericClaim } from '../../../src/core/model/analysis';
import { claimCard } from '../../../src/extension/hovers/claimCard';
import { claimPeriod, periodNote, rateOf } from '../../../src/extension/hovers/claimPeriod';
import { contextFacts } from '../../../src/extension/hovers/claimContext';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { KB, plain } from './hoverFixture';

const TEXT = 'Ruritania pays each guard about $300 each per month, officials said.';

function money(text: string, extra: Partial<NumericClaim> = {}): NumericClaim {
  const start = TEXT.indexOf(text);
  const end = start + text.length;
  return {
    id: 'c0', text, start, end, kind: 'money', number: { text: '300', start: TEXT.indexOf('300'), end: TEXT.indexOf('300') + 3 },
    value: 300, min: null, max: null, unit: null, currency: 'USD', rate: 'each', qualifier: 'about', hedged: false,
    hedges: [], attribution: null, entityIds: ['e0'], sentence: { start: 0, end: TEXT.length }, ...extra,
  };
}

const after = (claim: NumericClaim): string => TEXT.slice(claim.end, claim.sentence.end);
const GDP_PER_CAPITA: KbFact = { property: 'gdpPerCapitaPpp', value: 17100, unit: 'USD', asOf: '2023', source: 'almanac' };
const POPULATION: KbFact = { property: 'population', value: 5_300_000, unit: 'people', asOf: '2024', source: 'almanac' };

describe('claimPeriod', () => {
  it('reads the period from the words right after the claim ("$300 each | per month")', () => {
    const claim = money('about $300 each');
    assert.equal(claimPeriod(claim, after(claim)), 'month');
  });

  it('reads it from the rate, whichever way a detector writes it', () => {
    const claim = money('about $300 each');
    assert.equal(claimPeriod({ ...claim, rate: 'a month' }, ''), 'month');
    assert.equal(claimPeriod({ ...claim, rate: 'each per month' }, ''), 'month');
    assert.equal(claimPeriod({ ...claim, rate: 'per annum' }, ''), 'year');
    assert.equal(claimPeriod({ ...claim, rate: 'weekly' }, ''), 'week');
  });

  it('finds no period when none follows the claim directly', () => {
    const claim = money('about $300 each');
    assert.equal(claimPeriod(claim, ', officials said a month ago.'), null);
    assert.equal(claimPeriod({ ...claim, rate: null }, ''), null);
  });

  it('treats a rate that is not a string as none', () => {
    const claim = { ...money('about $300 each'), rate: 42 as unknown as string };
    assert.equal(rateOf(claim), null);
    assert.equal(claimPeriod(claim, ''), null);
  });
});

describe('periodNote', () => {
  const claim = money('about $300 each');

  it('gives the yearly figure of a monthly amount beside a yearly fact', () => {
    assert.equal(periodNote(claim, 'month', [GDP_PER_CAPITA]), 'Per month here, per year in the knowledge base: $300 a month ≈ $3,600 a year.');
    assert.equal(
      periodNote({ ...claim, value: null, min: 100, max: 200, currency: 'RUB' }, 'week', [GDP_PER_CAPITA]),
      'Per week here, per year in the knowledge base: 100–200 RUB a week ≈ 5,200–10,400 RUB a year.',
    );
  });

  it('states the difference without a figure for a percentage, and says nothing when the periods agree', () => {
    const pct = { ...claim, kind: 'percent' as const, currency: null, value: 2 };
    assert.equal(periodNote(pct, 'month', [{ ...GDP_PER_CAPITA, property: 'inflationRate' }]), 'Per month here, per year in the knowledge base; the figures are not directly comparable.');
    assert.equal(periodNote(claim, 'year', [GDP_PER_CAPITA]), null);
    assert.equal(periodNote(claim, null, [GDP_PER_CAPITA]), null);
    assert.equal(periodNote(claim, 'month', [POPULATION]), null, 'a population has no period');
  });
});

describe('claimCard with a monthly amount', () => {
  it('puts the yearly figure above the GDP per capita it is compared with', () => {
    const ruritania: EntityMention = { id: 'e0', text: 'Ruritania', start: 0, end: 9, type: 'place', kbId: 'Q999001', label: 'Ruritania', sense: 'country' };
    const claim = money('about $300 each');
    const result: AnalysisResult = { engine: { version: 'test', kb: 'test' }, entities: [ruritania], claims: [claim] };
    const md = plain(claimCard({ claim, result, text: TEXT, documentUri: 'file:///r.md', kb: KB, lineOf: () => 1 }));
    assert.match(md, /\*\*For comparison \(knowledge base\)\*\*\n\n⚠ Per month here, per year in the knowledge base: \$300 a month ≈ \$3,600 a year\.\n\n- Ruritania — GDP per capita \(PPP\)/);
  });
});

describe('contextFacts for amounts per unit', () => {
  const kb = new KnowledgeBase({
    formatVersion: 1, version: '2026.11.26', asOf: '2026-11-01',
    sources: [{ id: 'almanac', title: 'Invented Almanac', license: 'CC0' }],
    entities: [{
      id: 'Q999002', type: 'place', kind: 'country', label: 'Borduria', description: 'Invented country',
      names: [{ text: 'Borduria', kind: 'common' }],
      facts: [
        { property: 'gdpPpp', value: 90e9, unit: 'USD', asOf: '2023', source: 'almanac' },
        { property: 'gdpPerCapitaPpp', value: 9000, unit: 'USD', asOf: '2023', source: 'almanac' },
      ],
    }],
  });
  const borduria: EntityMention = { id: 'e0', text: 'Borduria', start: 0, end: 8, type: 'place', kbId: 'Q999002', label: 'Borduria', sense: 'country' };
  const facts = (text: string, rate: string | null): string[] =>
    contextFacts(money('about $300 each', { text, rate }), [borduria], `Borduria pays ${text}.`, kb).map((f) => f.fact.property);

  it('sets an amount per soldier beside GDP per capita, and one per barrel beside no national total', () => {
    assert.deepEqual(facts('$300 per soldier', 'per soldier'), ['gdpPerCapitaPpp']);
    assert.deepEqual(facts('$80 per barrel', 'per barrel'), []);
    assert.deepEqual(facts('$3 billion', null), ['gdpPpp']);
  });
});
