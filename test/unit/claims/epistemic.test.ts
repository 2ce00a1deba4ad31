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

describe('claims: attribution spans', () => {
  it('keeps a possessive subject whole, with straight and curly apostrophes and abbreviations', () => {
    assert.equal(claim("Marlow's office said 400 crates arrived.", '400 crates').attribution?.text, "Marlow's office said");
    assert.equal(claim("The governor's spokesman said 30 boats sank.", '30 boats').attribution?.text, "The governor's spokesman said");
    assert.equal(claim('Freedonia\u2019s interior ministry said 16 vans burned.', '16 vans').attribution?.text,
      'Freedonia\u2019s interior ministry said');
    assert.equal(claim("Dr. Vance's office said 70 wells failed.", '70 wells').attribution?.text, "Dr. Vance's office said");
  });

  it('keeps a list subject and its prepositional head whole', () => {
    assert.equal(claim('Envoys in Arlen, Brisa and Cotto said 900 guards left.', '900 guards').attribution?.text,
      'Envoys in Arlen, Brisa and Cotto said');
    assert.equal(claim('Arlen, Brisa and Cotto said 60 barges were seized.', '60 barges').attribution?.text, 'Arlen, Brisa and Cotto said');
    assert.equal(claim('A spokeswoman for the port authority said 12 cranes broke.', '12 cranes').attribution?.text,
      'A spokeswoman for the port authority said');
  });

  it('does not stretch a list subject over an opening phrase', () => {
    assert.equal(claim('After the summit in Arlen, Brisa and Cotto said 20 ferries would run.', '20 ferries').attribution?.text,
      'Brisa and Cotto said');
  });

  it('reaches a subject across a parenthetical aside', () => {
    assert.equal(claim('A senior aide, speaking on condition of anonymity, said 800 guards were moved.', '800 guards').attribution?.text,
      'A senior aide, speaking on condition of anonymity, said');
    assert.equal(claim('The survey, carried out by the Harbour Institute, found 45% of docks idle.', '45%').attribution?.text,
      'The survey, carried out by the Harbour Institute, found');
  });

  it('reads "found" as a source only after a document', () => {
    assert.equal(claim('Divers found 14 wrecks off the cape.', '14 wrecks').attribution, null);
    assert.equal(claim('The audit found 300 ghost workers.', '300 ghost workers').attribution?.text, 'The audit found');
  });

  it('finds the speaker after a quote, in either order and with abbreviations', () => {
    assert.equal(claim('"We cleared 40 mines," the coast guard said.', '40 mines').attribution?.text, 'the coast guard said');
    assert.equal(claim('\u201cWe cleared 41 mines,\u201d said the harbour master.', '41 mines').attribution?.text, 'said the harbour master');
    assert.equal(claim('"We cleared 42 mines," said Capt. Orla Venn.', '42 mines').attribution?.text, 'said Capt. Orla Venn');
    assert.equal(claim("'We cleared 43 mines', she said.", '43 mines').attribution?.text, 'she said');
  });
});

describe('claims: attribution across a quote of several sentences', () => {
  it('gives a quoted claim the speaker named after the closing quote', () => {
    const text = '"We cleared 40 mines. The channel is open again," the coast guard said.';
    assert.equal(claim(text, '40 mines').attribution?.text, 'the coast guard said');
    const three = '\u201cWe lost 9 trucks. It was a hard week. They lost 30,\u201d said Colonel Ferro.';
    assert.equal(claim(three, '9 trucks').attribution?.text, 'said Colonel Ferro');
  });

  it('gives a quoted claim the speaker named before the opening quote', () => {
    const text = 'Captain Lund said: "The storm is over. We rescued 85 sailors." Then the port reopened.';
    assert.equal(claim(text, '85 sailors').attribution?.text, 'Captain Lund said');
  });

  it('carries the speaker to a quote that goes on in the next sentence or after the attribution', () => {
    const next = '"The storm is over," Captain Lund said. "We rescued 85 sailors."';
    assert.equal(claim(next, '85 sailors').attribution?.text, 'Captain Lund said');
    const split = '"The storm is over," she said, "and 12 boats are back."';
    assert.equal(claim(split, '12 boats').attribution?.text, 'she said');
    const broken = '"The storm is over," she said. Rain fell. "We lost 3 boats."';
    assert.equal(claim(broken, '3 boats').attribution, null);
  });

  it('leaves a claim after a closed quote to its own sentence', () => {
    const text = '"The storm is over," Captain Lund said. Insurers paid for 20 boats.';
    assert.equal(claim(text, '20 boats').attribution, null);
  });
});

describe('claims: attribution by clause', () => {
  it('gives each amount the source of its own clause', () => {
    const text = 'Arlen pledged €2bn, Brisa added €3 billion and Cotto gave €400 million.';
    assert.equal(claim(text, '€2bn').attribution, null);
    assert.equal(claim(text, '€3 billion').attribution?.text, 'Brisa added');
    assert.equal(claim(text, '€400 million').attribution, null);
  });

  it('takes the nearest source before a claim', () => {
    const text = 'Officials said 9 barges sank, and the coast guard confirmed 3 more.';
    assert.equal(claim(text, '9 barges').attribution?.text, 'Officials said');
    assert.equal(claim(text, '3').attribution?.text, 'the coast guard confirmed');
  });

  it('lets a source with a clause after it reach the whole sentence, but not across a semicolon', () => {
    const text = 'Officials said the army lost 7 tanks and the navy lost 2 ships.';
    assert.equal(claim(text, '2 ships').attribution?.text, 'Officials said');
    const semi = 'The fleet lost 5 tugs; officials said 8 barges sank.';
    assert.equal(claim(semi, '5 tugs').attribution, null);
    assert.equal(claim(semi, '8 barges').attribution?.text, 'officials said');
  });

  it('gives a trailing source to the claims before it, not a source with its own object', () => {
    assert.equal(claim('About 600 homes flooded, officials said on Monday.', 'About 600 homes').attribution?.text, 'officials said');
    assert.equal(claim('Rain cut 40 roads, the agency said, and 9 bridges.', '9 bridges').attribution?.text, 'the agency said');
    assert.equal(claim('In 2031, officials said 400 homes flooded.', '2031').attribution, null);
    assert.equal(claim('Some 90 farms failed, according to a study that tracked them.', 'Some 90 farms').attribution?.text,
      'according to a study');
  });
});
