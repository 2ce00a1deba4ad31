// "In this document": groups in a fixed order with counts, items in text order,
// readable details for claims and entities.
import * as assert from 'node:assert/strict';
import type { AnalysisResult, EntityMention, NumericClaim } from '../../../src/core/model/analysis';
import { buildDocumentItems } from '../../../src/extension/tree/documentItemsModel';
import { shownEntities } from '../../../src/extension/analysis/shownEntities';

function entity(id: string, text: string, start: number, type: EntityMention['type'], kbId: string | null, label: string | null, sense: string | null): EntityMention {
  return { id, text, start, end: start + text.length, type, kbId, label, sense };
}

function claim(id: string, text: string, start: number, values: Partial<NumericClaim>): NumericClaim {
  return {
    id, text, start, end: start + text.length, kind: 'count', number: { text, start, end: start + text.length },
    value: null, min: null, max: null, unit: null, currency: null, rate: null, qualifier: null, hedged: false,
    hedges: [], attribution: null, entityIds: [], sentence: { start: 0, end: 100 }, ...values,
  };
}

// "The Kremlin sent up to 100,000 troops; Brussels pledged €1.5bn, Ursula von der Leyen said."
const RESULT: AnalysisResult = {
  engine: { version: 'test', kb: 'test' },
  entities: [
    entity('e1', 'Brussels', 40, 'organization', 'Q458', 'European Union', 'institutions'),
    entity('e0', 'Kremlin', 4, 'organization', 'Q159', 'Russia', 'government'),
    entity('e2', 'Ursula von der Leyen', 66, 'person', null, null, null),
  ],
  claims: [
    claim('c1', '€1.5bn', 58, { kind: 'money', value: 1_500_000_000, currency: 'EUR' }),
    claim('c0', 'up to 100,000 troops', 17, { max: 100_000, unit: 'troops', hedged: true }),
  ],
};

describe('In this document model', () => {
  it('groups claims first, then entity types, leaving out empty types', () => {
    const groups = buildDocumentItems(RESULT, RESULT.entities);
    assert.deepEqual(groups.map((g) => [g.title, g.items.length]), [['Numeric claims', 2], ['People', 1], ['Organizations', 2]]);
  });

  it('lists items in text order with readable details', () => {
    const [claims, people, orgs] = buildDocumentItems(RESULT, RESULT.entities);
    assert.deepEqual(claims?.items.map((i) => [i.text, i.detail]), [
      ['up to 100,000 troops', 'count · ≤ 100,000 troops · hedged'],
      ['€1.5bn', 'money · 1,500,000,000 EUR'],
    ]);
    assert.deepEqual(orgs?.items.map((i) => [i.text, i.detail]), [
      ['Kremlin', 'Russia · government'],
      ['Brussels', 'European Union · institutions'],
    ]);
    assert.equal(people?.items[0]?.detail, 'not in KB');
  });

  it('shows nothing for an empty analysis', () => {
    assert.deepEqual(buildDocumentItems({ engine: RESULT.engine, entities: [], claims: [] }, []), []);
  });
});

describe('shownEntities', () => {
  // "We know they sent 100,000 troops to Kursk."
  const text = 'We know they sent 100,000 troops to Kursk.';
  const at = (part: string): number => text.indexOf(part);
  const troops = claim('c0', '100,000 troops', at('100,000'), { value: 100_000, unit: 'troops' });
  const withNumber: NumericClaim = { ...troops, number: { text: '100,000', start: at('100,000'), end: at('100,000') + 7 } };
  const result: AnalysisResult = {
    engine: RESULT.engine,
    entities: [
      entity('e0', 'We', 0, 'organization', null, null, 'pronoun'),
      entity('e1', 'they', at('they'), 'organization', null, null, 'pronoun'),
      entity('e2', '100,000 troops', at('100,000'), 'organization', null, null, 'group'),
      entity('e3', 'Kursk', at('Kursk'), 'place', 'Q4208', 'Kursk', null),
    ],
    claims: [withNumber],
  };

  it('lists names only by default, as the editor highlights them', () => {
    assert.deepEqual(shownEntities(result, false).map((e) => e.text), ['Kursk']);
  });

  it('lists references when asked, but never a counted group that holds a claim\'s number', () => {
    assert.deepEqual(shownEntities(result, true).map((e) => e.text), ['We', 'they', 'Kursk']);
    const groups = buildDocumentItems(result, shownEntities(result, true));
    assert.deepEqual(groups.map((g) => [g.title, g.items.map((i) => i.text)]), [
      ['Numeric claims', ['100,000 troops']],
      ['Places', ['Kursk']],
      ['Organizations', ['We', 'they']],
    ]);
  });

  it('drops a group that only overlaps a claim\'s number, as claim linking does', () => {
    // "Between 10,000 and 12,000 troops": a group may start inside the claim's first number.
    const range = 'Some 10,000 and 12,000 troops left.';
    const group = entity('e0', '000 and 12,000 troops', range.indexOf('000 and'), 'organization', null, null, 'group');
    const between = claim('c0', '10,000 and 12,000 troops', range.indexOf('10,000'), { number: { text: '10,000', start: range.indexOf('10,000'), end: range.indexOf('10,000') + 6 } });
    assert.deepEqual(shownEntities({ engine: RESULT.engine, entities: [group], claims: [between] }, true), []);
  });
});
