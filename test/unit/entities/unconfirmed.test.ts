import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../../src/core/analyzer';
import { fixtureKb } from './fixtureKb';

describe('entities: sentence-initial names confirmed across paragraphs', () => {
  const analyzer = createAnalyzer({ kb: { ...fixtureKb, version: 'test' } });

  it('keeps a lone sentence-initial surname that an earlier paragraph introduced, and drops other sentence starts', () => {
    const text = 'Colonel Hazim Zawbai took command in Kyiv.\n\nZawbai was later decorated. Household demand fell.';
    const entities = analyzer.analyze(text).entities;
    const zawbai = entities.filter((e) => e.text === 'Zawbai');
    assert.deepEqual(zawbai.map((e) => [e.type, e.label, e.sense]), [['person', 'Hazim Zawbai', null]]);
    assert.ok(!entities.some((e) => e.text === 'Household'));
    assert.ok(!entities.some((e) => e.sense === 'unconfirmed'));
  });
});
