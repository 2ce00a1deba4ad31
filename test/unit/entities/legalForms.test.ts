import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';

// Company names closed by a legal form ("Co., Ltd.", "A.Ş.", "FZCO", "LLC"): one organisation,
// and a place opening the name is its brand, not a place mention.
describe('entities: company names closed by a legal form', () => {
  it('reads the words before a legal form as one organisation, across "Co., Ltd." and a foreign "and"', () => {
    const drafts = detectNames('Valves came from Moscow Rotor Pump Works Co., Ltd. and Dniester Makina Sanayi ve Ticaret A.Ş. last year.');
    assert.equal(mention(drafts, 'Moscow Rotor Pump Works Co., Ltd')?.type, 'organization');
    assert.equal(mention(drafts, 'Dniester Makina Sanayi ve Ticaret A.Ş.')?.type, 'organization');
    assert.equal(mention(drafts, 'Moscow'), undefined);
  });

  it('reads a shouted name and a free-zone form as organisations, the place inside not meant', () => {
    const drafts = detectNames('The tankers are run by Pyongyang Harbour Shipping FZCO and by KORVETSNAB LLC of Moscow.');
    assert.equal(mention(drafts, 'Pyongyang Harbour Shipping FZCO')?.type, 'organization');
    assert.equal(mention(drafts, 'Pyongyang'), undefined);
    assert.equal(mention(drafts, 'KORVETSNAB LLC')?.type, 'organization');
    assert.equal(mention(drafts, 'Moscow')?.type, 'place');
  });

  it('keeps a person before "of" out of the company\'s name', () => {
    const drafts = detectNames('A note from Ivan Petrov of Orlan Trading Ltd was read.');
    assert.equal(mention(drafts, 'Orlan Trading Ltd')?.type, 'organization');
    assert.equal(mention(drafts, 'Ivan Petrov of Orlan Trading Ltd'), undefined);
  });

  it('takes no shouted two-letter word for a legal form', () => {
    const orgs = detectNames('SANCTIONS HIT RUSSIA AS TALKS STALL').filter((d) => d.type === 'organization');
    assert.deepEqual(orgs.filter((d) => d.text.endsWith(' AS')), []);
  });
});
