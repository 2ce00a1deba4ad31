import * as assert from 'node:assert/strict';
import { claim } from './helpers';

describe('claims: hedges', () => {
  it('lists the hedges of the sentence and marks the claim hedged', () => {
    const c = claim('Pyongyang may have sent up to 100,000 troops, reportedly by rail.', 'up to 100,000 troops');
    assert.equal(c.hedged, true);
    assert.deepEqual(c.hedges, ['may', 'reportedly']);
  });

  it('knows two-word hedges and keeps each hedge once', () => {
    const c = claim('If confirmed, the alleged deal is believed to cover 20 jets, and could cover more, it could be said.', '20 jets');
    assert.deepEqual(c.hedges, ['if confirmed', 'alleged', 'believed to', 'could']);
  });

  it('leaves a plain statement unhedged', () => {
    const c = claim('The ministry delivered 20 jets in May.', '20 jets');
    assert.equal(c.hedged, false);
    assert.deepEqual(c.hedges, []);
  });
});

describe('claims: attribution', () => {
  it('finds "officials said" and "according to X"', () => {
    const text = 'Officials said 500 tanks were lost.';
    assert.equal(claim(text, '500 tanks').attribution?.text, 'Officials said');
    const un = claim('About 40,000 people fled, according to the UN refugee agency.', 'About 40,000 people');
    assert.equal(un.attribution?.text, 'according to the UN refugee agency');
  });

  it('finds named sources, addressees and inverted quotes', () => {
    assert.equal(claim('Mr Hartley told reporters that 30 ships sailed.', '30 ships').attribution?.text, 'Mr Hartley told reporters');
    assert.equal(claim('Western intelligence officials estimate 3,000 casualties.', '3,000 casualties').attribution?.text,
      'Western intelligence officials estimate');
    assert.equal(claim('"We lost 12 drones," said Defence Minister Anna Berg.', '12 drones').attribution?.text,
      'said Defence Minister Anna Berg');
    assert.equal(claim('Reports suggest 200 fighters died.', '200 fighters').attribution?.text, 'Reports suggest');
    assert.equal(claim('About 12,000 troops may follow, the NIS told lawmakers.', 'About 12,000 troops').attribution?.text,
      'the NIS told lawmakers');
  });

  it('gives no attribution when nobody is cited', () => {
    assert.equal(claim('The convoy carried 200 tonnes of grain.', '200 tonnes').attribution, null);
  });
});
