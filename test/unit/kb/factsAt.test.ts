import * as assert from 'node:assert/strict';
import { miniKb } from './loadFixture';

describe('KnowledgeBase.factsAt', () => {
  const kb = miniKb();
  const heads = (date: string): string[] => kb.factsAt('Q423', date).filter((f) => f.property === 'headOfState').map((f) => String(f.value));

  it('returns the role holder of the given date', () => {
    assert.deepEqual(heads('2005-01-01'), ['Kim Jong Il']);
    assert.deepEqual(heads('2020-06-01'), ['Kim Jong Un']);
  });

  it('includes both holders on the handover day and reads partial dates generously', () => {
    assert.deepEqual(heads('2011-12-17').sort(), ['Kim Jong Il', 'Kim Jong Un']);
    assert.deepEqual(heads('2011').sort(), ['Kim Jong Il', 'Kim Jong Un']);
  });

  it('has no head of state before the first recorded one', () => {
    assert.deepEqual(heads('1990'), []);
  });

  it('keeps only the latest as-of value of an undated property that existed at the date', () => {
    const pop = (date: string): unknown[] => kb.factsAt('Q423', date).filter((f) => f.property === 'population').map((f) => f.value);
    assert.deepEqual(pop('2026-01-01'), [26400000]);
    assert.deepEqual(pop('2022-01-01'), [25000000]);
    assert.deepEqual(pop('2019-01-01'), []);
  });

  it('honours membership start dates', () => {
    const members = (date: string): unknown[] => kb.factsAt('Q7184', date).map((f) => f.value);
    assert.deepEqual(members('2023-12-31'), ['Finland']);
    assert.deepEqual(members('2024-03-07'), ['Finland', 'Sweden']);
  });

  it('returns nothing for an unknown id', () => {
    assert.deepEqual(kb.factsAt('Q0', '2025'), []);
  });
});

describe('KnowledgeBase.membershipsAt', () => {
  const kb = miniKb();
  it('lists the organisations an entity belongs to on a date', () => {
    assert.deepEqual(kb.membershipsAt('cl:country:se', '2024-03-06').map((m) => m.org.id), []);
    assert.deepEqual(kb.membershipsAt('cl:country:se', '2025-01-01').map((m) => m.org.id), ['Q7184']);
    assert.deepEqual(kb.membershipsAt('Q423', '2025-01-01'), []);
  });
});
