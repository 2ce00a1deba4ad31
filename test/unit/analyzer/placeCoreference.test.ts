import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../../src/core/analyzer';
import { fixtureKb } from '../entities/fixtureKb';

describe('analyzer: a place named with its geographic noun types its bare name elsewhere', () => {
  it('carries the place type to a table cell holding the name without "district", before or after the prose', () => {
    const analyzer = createAnalyzer({ kb: { ...fixtureKb, version: 'test' } });
    const prose = 'Shelling hit villages in the Vardo Kessel district on Monday.';
    const table = '| Area | Displaced |\n| --- | --- |\n| Vardo Kessel | 4,000 |';
    for (const text of [`${prose}\n\n${table}`, `${table}\n\n${prose}`]) {
      const types = analyzer.analyze(text, { languageId: 'markdown' }).entities.filter((e) => e.text.startsWith('Vardo Kessel')).map((e) => [e.text, e.type]);
      assert.deepEqual(types.sort(), [['Vardo Kessel', 'place'], ['Vardo Kessel district', 'place']].sort());
    }
  });
});
