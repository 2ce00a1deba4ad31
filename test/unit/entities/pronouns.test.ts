import { strict as assert } from 'node:assert';
import { detect } from './helpers';

describe('entities: pronouns standing for actors', () => {
  it('marks I, he and she as person and we, they as organisation, with the pronoun sense', () => {
    const drafts = detect('I welcome the deal. He said we would help, and they agreed; she did not.');
    assert.deepEqual(drafts.map((d) => [d.text, d.type, d.sense]), [
      ['I', 'person', 'pronoun'],
      ['He', 'person', 'pronoun'],
      ['we', 'organization', 'pronoun'],
      ['they', 'organization', 'pronoun'],
      ['she', 'person', 'pronoun'],
    ]);
  });

  it('does not take a Roman numeral or an all-caps word for a pronoun', () => {
    const drafts = detect('After World War I the WE network grew.');
    assert.ok(!drafts.some((d) => d.sense === 'pronoun'));
  });
});

describe('entities: definite place nouns', () => {
  it('marks "the city" and "the village" referring back to a place, but not "the city council"', () => {
    const drafts = detect('Shelling hit Kharkiv again. The city lost power, and the city council met in the village.');
    const anaphors = drafts.filter((d) => d.sense === 'anaphor');
    assert.deepEqual(anaphors.map((d) => [d.text, d.type]), [['The city', 'place'], ['the village', 'place']]);
  });
});
