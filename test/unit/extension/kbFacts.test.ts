import * as assert from 'node:assert/strict';
import type { KbFact } from '../../../src/core/kb/kbTypes';
import { factWhen, formatFact, roleTitle } from '../../../src/extension/hovers/kbFacts';
import { KB, plain } from './hoverFixture';

function entity(id: string) {
  const e = KB.byId(id);
  if (!e) throw new Error(id);
  return e;
}

const role = (extra: Partial<KbFact>): KbFact => ({ property: 'role', value: 'King', asOf: '2026-01-22', source: 'almanac', ...extra });

describe('hover KB facts', () => {
  it('dates roles without claiming more than the as-of date supports', () => {
    assert.equal(factWhen(role({ start: '2020-08-05', asOf: '2025-11-20' })), 'since 2020-08-05 (as of 2025-11-20)');
    assert.equal(factWhen(role({ start: '2010', end: '2019-02-28' })), '2010 – 2019-02-28');
    assert.equal(factWhen(role({ end: '2024-02-16' })), 'until 2024-02-16');
    assert.equal(factWhen({ property: 'population', value: 5, asOf: '2024', source: 'almanac' }), 'as of 2024');
  });

  it('names the place of a role unless the title already does', () => {
    assert.equal(roleTitle('King', entity('Q999001')), 'King of Ruritania');
    assert.equal(roleTitle('King of Ruritania', entity('Q999001')), 'King of Ruritania');
    assert.equal(roleTitle('Prime Minister of the Kingdom of Ruritania', entity('Q999001')), 'Prime Minister of the Kingdom of Ruritania', 'an official name counts');
    assert.equal(roleTitle('Mayor of Strelsau', entity('cl:strelsau')), 'Mayor of Strelsau');
    assert.equal(roleTitle('Chair', entity('cl:league')), 'Chair', 'an office of an organisation is shown as written');
  });

  it('reads a demonym as naming the place, a capital standing for its government not', () => {
    assert.equal(roleTitle('Ruritanian envoy', entity('Q999001')), 'Ruritanian envoy');
    assert.equal(roleTitle('Mayor of Strelsau', entity('Q999001')), 'Mayor of Strelsau of Ruritania');
  });

  it('matches the place as whole words only', () => {
    const niger = { id: 'x:ne', type: 'place', kind: 'country', label: 'Niger', description: '', names: [], facts: [] } as const;
    assert.equal(roleTitle('Ambassador of Nigeria', niger), 'Ambassador of Nigeria of Niger');
    assert.equal(roleTitle('Prime Minister of Niger', niger), 'Prime Minister of Niger');
  });

  it('formats a role with its place, note, dates and source', () => {
    const line = plain(formatFact(role({ ref: 'Q999001', start: '2019-03-01', note: 'head of state' }), KB));
    assert.equal(line, 'Role: **King of Ruritania** (head of state) — _since 2019-03-01 (as of 2026-01-22), Invented Almanac_');
  });
});
