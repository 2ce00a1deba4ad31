import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';

const typeOf = (text: string, surface: string): string | undefined => mention(detectNames(text), surface)?.type;

describe('entities: Romance-language street and square names', () => {
  it('types a street head with its particle as a place, not a person', () => {
    assert.equal(typeOf('Marchers broke away on Quai de la Tourelle near the river.', 'Quai de la Tourelle'), 'place');
    assert.equal(typeOf('She runs a bakery on Rue de la Vannerie.', 'Rue de la Vannerie'), 'place');
    assert.equal(typeOf('The cafe on Calle del Olmar was closed.', 'Calle del Olmar'), 'place');
  });

  it('still types a name with the same particles as a person', () => {
    assert.equal(typeOf('Talks with Ursula de la Tourelle continued.', 'Ursula de la Tourelle'), 'person');
  });
});
