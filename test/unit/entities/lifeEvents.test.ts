import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';

const typeOf = (text: string, surface: string): string | undefined => mention(detectNames(text), surface)?.type;

describe('entities: a name as the subject of a verb only people do', () => {
  it('leaves a cue-less unknown name untyped (the control)', () => {
    assert.notEqual(typeOf('After the rains, Tobek Marandu reached the harbour.', 'Tobek Marandu'), 'person');
  });

  it('types the subject of taking or coming to power', () => {
    assert.equal(typeOf('After the rains, Tobek Marandu took power in May 1980.', 'Tobek Marandu'), 'person');
    assert.equal(typeOf('In 1992 Sefu Olamide seized power with the army.', 'Sefu Olamide'), 'person');
    assert.equal(typeOf('Two years later Sefu Olamide came to power.', 'Sefu Olamide'), 'person');
  });

  it('types the subject of a life event, also in apposition after a comma', () => {
    assert.equal(typeOf('In 1961 Kavu Nandakar was born in the hills.', 'Kavu Nandakar'), 'person');
    assert.equal(typeOf('Then Kavu Nandakar, elected in 2013, served as president.', 'Kavu Nandakar'), 'person');
    assert.equal(typeOf('Then Kavu Nandakar was sworn in.', 'Kavu Nandakar'), 'person');
    assert.equal(typeOf('Then Kavu Nandakar abdicated.', 'Kavu Nandakar'), 'person');
  });

  it('types the subject of "served as" a role, not of "served as" a thing', () => {
    assert.equal(typeOf("Then Kavu Nandakar served as the country's first prime minister.", 'Kavu Nandakar'), 'person');
    assert.notEqual(typeOf('Then Harbour Growth served as a base for traders.', 'Harbour Growth'), 'person');
  });
});

describe('entities: a regnal name (one name and a Roman numeral)', () => {
  it('types it a person with a kinship or monarch appositive before it', () => {
    assert.equal(typeOf('The founder unified the plateau, and his son, Tamsa II, signed a treaty.', 'Tamsa II'), 'person');
    assert.equal(typeOf('The last queen, Oveli III, was exiled.', 'Oveli III'), 'person');
  });

  it('leaves a numbered name without a person cue alone', () => {
    assert.notEqual(typeOf('In 1969 Apollo XI landed.', 'Apollo XI'), 'person');
  });
});
