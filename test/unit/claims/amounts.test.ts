import * as assert from 'node:assert/strict';
import { claim, claimsIn } from './helpers';

describe('claims: counts', () => {
  it('reads a digit count with its counted noun', () => {
    const c = claim('Pyongyang has sent 100,000 troops to the front.', '100,000 troops');
    assert.equal(c.kind, 'count');
    assert.equal(c.value, 100000);
    assert.equal(c.unit, 'troops');
    assert.equal(c.number.text, '100,000');
  });

  it('cuts the counted noun at prepositions and verbs', () => {
    assert.equal(claim('The militia detained 45 members of the clan.', '45 members').unit, 'members');
    assert.equal(claim('Rebels seized 118 more prisoners and withdrew.', '118 more prisoners').unit, 'prisoners');
    assert.equal(claim('They fired 40 anti-tank missiles at the convoy.', '40 anti-tank missiles').unit, 'anti-tank missiles');
  });

  it('reads vague plurals as a lower bound without a value', () => {
    const c = claim('The factory shipped millions of artillery rounds last spring.', 'millions of artillery rounds');
    assert.equal(c.value, null);
    assert.equal(c.min, 2000000);
    assert.equal(c.unit, 'artillery rounds');
    assert.equal(claim('Hundreds of thousands of people fled the coast.', 'Hundreds of thousands of people').min, 200000);
  });

  it('reads spelled-out numbers and scale words', () => {
    assert.equal(claim('Officials counted two hundred thousand soldiers.', 'two hundred thousand soldiers').value, 200000);
    assert.equal(claim('The camp holds 3.5 million refugees.', '3.5 million refugees').value, 3500000);
    assert.equal(claim('Over half a million residents left.', 'Over half a million residents').min, 500000);
    assert.equal(claim('A dozen drones were shot down.', 'A dozen drones').value, 12);
    assert.equal(claim('Two dozen rockets fell.', 'Two dozen rockets').value, 24);
  });

  it('reads glued millions before a noun, vague scales and fractions of a scale', () => {
    assert.equal(claim('About 1.5m people fled the port.', 'About 1.5m people').value, 1.5e6);
    assert.equal(claim('The wall is 8m high.', '8m').unit, 'm');
    assert.equal(claim('Several hundred troops landed.', 'Several hundred troops').min, 200);
    assert.equal(claim('A quarter of a million people signed.', 'A quarter of a million people').value, 250000);
  });

  it('keeps a bare number that still counts something', () => {
    const c = claim('The raid killed 84 insurgents, and 21 of them were foreign.', '21');
    assert.equal(c.unit, null);
  });

  it('reads partitives and hyphenated compounds', () => {
    assert.equal(claim('Two of the soldiers were wounded.', 'Two of the soldiers').unit, 'soldiers');
    assert.equal(claim('A 12-member team flew in.', '12-member team').unit, 'member team');
    assert.equal(claim('A 500-strong force crossed the river.', '500-strong force').unit, 'force');
  });
});

describe('claims: money', () => {
  it('reads symbols, scales and rates', () => {
    const each = claim('Each drone costs $2,000 each to build.', '$2,000 each');
    assert.deepEqual([each.kind, each.value, each.currency, each.rate], ['money', 2000, 'USD', 'each']);
    const bn = claim('Brussels pledged €40bn over four years.', '€40bn');
    assert.deepEqual([bn.value, bn.currency], [40e9, 'EUR']);
    assert.equal(claim('London added £3.5 million in aid.', '£3.5 million').value, 3500000);
    assert.equal(claim('Kyiv needs $1.2tn to rebuild.', '$1.2tn').value, 1.2e12);
  });

  it('reads currency names after the number', () => {
    assert.equal(claim('Beijing set aside 1.2 trillion yuan for the plan.', '1.2 trillion yuan').currency, 'CNY');
    assert.equal(claim('Bread now costs 90 roubles.', '90 roubles').currency, 'RUB');
    assert.equal(claim('A ticket costs 5,000 won in Seoul.', '5,000 won').currency, 'KRW');
    assert.equal(claim('Canberra gave 20 million Australian dollars.', '20 million Australian dollars').currency, 'AUD');
  });

  it('reads prefixed dollars and ISO codes', () => {
    assert.equal(claim('The loan is worth US$5bn.', 'US$5bn').currency, 'USD');
    assert.equal(claim('The fund holds A$135m in reserve.', 'A$135m').currency, 'AUD');
    assert.equal(claim('Exports reached USD 4.2 billion.', 'USD 4.2 billion').value, 4.2e9);
  });

  it('reads vague amounts of a named currency', () => {
    const c = claim('The war cost hundreds of millions of pounds.', 'hundreds of millions of pounds');
    assert.deepEqual([c.kind, c.value, c.min, c.currency], ['money', null, 2e8, 'GBP']);
  });

  it('reads a yearly rate', () => {
    assert.equal(claim('Moscow spends £5bn a year on the fleet.', '£5bn a year').rate, 'a year');
    assert.equal(claim('The £10,000-a-year grant ended.', '£10,000-a-year').rate, 'a year');
    assert.equal(claim('Recruits get $2,000 per soldier.', '$2,000 per soldier').rate, 'per soldier');
  });

  it('treats pounds of something as a weight, not money', () => {
    const c = claim('Police found 500 pounds of explosives.', '500 pounds');
    assert.equal(c.kind, 'measure');
    assert.equal(c.currency, null);
  });
});

describe('claims: percentages and shares', () => {
  it('reads per cent, percent and %', () => {
    for (const [text, span] of [
      ['Turnout fell 15 per cent.', '15 per cent'], ['Turnout fell 15 percent.', '15 percent'], ['Turnout fell 15%.', '15%'],
      ['Turnout fell 15pc.', '15pc'],
    ] as const) {
      const c = claim(text, span);
      assert.deepEqual([c.kind, c.value], ['percent', 15]);
    }
  });

  it('reads fractions that state a share', () => {
    assert.equal(claim('A third of the fleet is idle.', 'A third').value, 33.33);
    assert.equal(claim('Half of the wells are dry.', 'Half').value, 50);
    assert.equal(claim('Sales fell by about a third.', 'about a third').value, 33.33);
    assert.equal(claim('Two-thirds of voters agreed.', 'Two-thirds').value, 66.67);
    assert.equal(claim('One in five children is underweight.', 'One in five').value, 20);
    assert.equal(claim('Aid agencies say 1 in 3 residents is hungry.', '1 in 3').value, 33.33);
  });

  it('reads basis and percentage points as units', () => {
    assert.equal(claim('The bank cut rates by 25 basis points.', '25 basis points').kind, 'measure');
    assert.equal(claim('Support rose 3 percentage points.', '3 percentage points').unit, 'percentage points');
  });
});

describe('claims: measures and ordinals', () => {
  it('reads units after the number', () => {
    assert.equal(claim('The missile flies 300 km.', '300 km').unit, 'km');
    assert.equal(claim('The zone covers 5,000 square kilometres.', '5,000 square kilometres').unit, 'square kilometres');
    assert.equal(claim('The mine yields 10 tonnes of ore.', '10 tonnes').unit, 'tonnes');
    assert.equal(claim('The weir releases 4,200 m3/s of water.', '4,200 m3/s').unit, 'm3/s');
    const oil = claim('Output hit 2 million barrels per day in May.', '2 million barrels per day');
    assert.deepEqual([oil.kind, oil.value, oil.unit, oil.rate], ['measure', 2e6, 'barrels', 'per day']);
  });

  it('reads ages as measures in years', () => {
    const c = claim('A 15-year-old boy was detained.', '15-year-old');
    assert.deepEqual([c.kind, c.value, c.unit], ['measure', 15, 'years old']);
  });

  it('reads ordinals that rank something', () => {
    const c = claim('China is the third-largest buyer of the oil.', 'third-largest');
    assert.deepEqual([c.kind, c.value], ['ordinal', 3]);
    assert.equal(claim('The 71st Brigade held the line.', '71st Brigade').kind, 'ordinal');
  });

  it('leaves plain ordinals of sequence alone', () => {
    assert.deepEqual(claimsIn('The first convoy and the second one arrived.'), []);
  });
});
