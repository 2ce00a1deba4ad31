import * as assert from 'node:assert/strict';
import type { KbFact } from '../../../src/core/kb/kbTypes';
import { factWhen, formatFact } from '../../../src/extension/hovers/kbFacts';
import { KB, plain } from './hoverFixture';

const role = (extra: Partial<KbFact>): KbFact => ({ property: 'role', value: 'King', asOf: '2026-01-22', source: 'almanac', ...extra });

describe('hover KB facts', () => {
  it('dates roles without claiming more than the as-of date supports', () => {
    assert.equal(factWhen(role({ start: '2020-08-05', asOf: '2025-11-20' })), 'since 2020-08-05 (as of 2025-11-20)');
    assert.equal(factWhen(role({ start: '2010', end: '2019-02-28' })), '2010 – 2019-02-28');
    assert.equal(factWhen(role({ end: '2024-02-16' })), 'until 2024-02-16');
    assert.equal(factWhen({ property: 'population', value: 5, asOf: '2024', source: 'almanac' }), 'as of 2024');
  });

  it("shows a role's title as the KB build wrote it, adding no place of its own", () => {
    const title = (value: string, ref: string): string => plain(formatFact(role({ value, ref }), KB)).replace(/ — .*/, '');
    assert.equal(title('Mayor of Strelsau', 'Q999001'), 'Role: **Mayor of Strelsau**', 'the build leaves a title naming the capital alone');
    assert.equal(title('Pope', 'Q999001'), 'Role: **Pope**', 'an office that needs no place');
    assert.equal(title('Chair', 'cl:league'), 'Role: **Chair**');
  });

  it('formats a role with its place, note, dates and source', () => {
    const line = plain(formatFact(role({ value: 'King of Ruritania', ref: 'Q999001', start: '2019-03-01', note: 'head of state' }), KB));
    assert.equal(line, 'Role: **King of Ruritania** (head of state) — _since 2019-03-01 (as of 2026-01-22), Invented Almanac_');
  });
});
