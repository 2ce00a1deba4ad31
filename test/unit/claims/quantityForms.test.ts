// Counts and measures as defence and foreign-affairs texts write them, and
// the look-alikes that are deliberately not claims (times of day, phone
// numbers, drive layouts, idioms built on a number word).

import * as assert from 'node:assert/strict';
import { claim, claimTexts } from './helpers';

function reading(text: string, span: string): [string, number | null, number | null, string | null] {
  const c = claim(text, span);
  return [c.kind, c.value, c.min, c.unit];
}

describe('claims: quantity forms', () => {
  it('reads bounded, approximate and vague head counts', () => {
    assert.deepEqual(reading('More than 4,000 people were evacuated.', 'More than 4,000 people'), ['count', null, 4000, 'people']);
    assert.deepEqual(reading('Dozens of civilians were hurt in the strike.', 'Dozens of civilians'), ['count', null, 24, 'civilians']);
    assert.deepEqual(reading('Scores of protesters were held.', 'Scores of protesters'), ['count', null, 40, 'protesters']);
    assert.deepEqual(reading('Hundreds of thousands of refugees crossed.', 'Hundreds of thousands of refugees'), ['count', null, 2e5, 'refugees']);
    assert.deepEqual(reading('A dozen soldiers were wounded.', 'A dozen soldiers'), ['count', 12, null, 'soldiers']);
  });

  it('reads vague dozens and a couple of hundred as lower bounds', () => {
    assert.deepEqual(reading('Several dozen soldiers deserted.', 'Several dozen soldiers'), ['count', null, 24, 'soldiers']);
    assert.deepEqual(reading('A few dozen protesters gathered.', 'A few dozen protesters'), ['count', null, 24, 'protesters']);
    assert.deepEqual(reading('A couple of hundred troops remain.', 'A couple of hundred troops'), ['count', null, 200, 'troops']);
  });

  it('reads units, platforms and counted nouns without a plural s', () => {
    assert.deepEqual(reading('The army moved two battalions north.', 'two battalions'), ['count', 2, null, 'battalions']);
    assert.deepEqual(reading('Britain sent three Typhoon jets to the base.', 'three Typhoon jets'), ['count', 3, null, 'Typhoon jets']);
    assert.deepEqual(reading('The carrier holds 30 aircraft and a crew.', '30 aircraft'), ['count', 30, null, 'aircraft']);
    assert.deepEqual(reading('Five gunmen stormed the hotel.', 'Five gunmen'), ['count', 5, null, 'gunmen']);
    assert.deepEqual(reading('The force has 1.2 million active personnel.', '1.2 million active personnel'), ['count', 1.2e6, null, 'active personnel']);
    assert.deepEqual(reading('Jets cut 11 supply routes overnight.', '11 supply routes'), ['count', 11, null, 'supply routes']);
    assert.equal(claim('The 2nd Infantry Division moved south.', '2nd Infantry Division').kind, 'ordinal');
  });

  it('reads a spelled one before a countable noun', () => {
    assert.deepEqual(reading('Near the river, one strike destroyed a bunker.', 'one strike'), ['count', 1, null, 'strike']);
    assert.deepEqual(reading('One soldier was wounded.', 'One soldier'), ['count', 1, null, 'soldier']);
    assert.deepEqual(claimTexts('One day the war will end, and one way out is talks.'), []);
  });

  it('reads measures with their units', () => {
    assert.deepEqual(reading('The missile has a range of 1,500 km.', '1,500 km'), ['measure', 1500, null, 'km']);
    assert.deepEqual(reading('The convoy carried 5.5 tonnes of flour.', '5.5 tonnes'), ['measure', 5.5, null, 'tonnes']);
    assert.deepEqual(reading('The tunnel ran 500 metres under the wall.', '500 metres'), ['measure', 500, null, 'metres']);
    assert.deepEqual(reading('Police found 7.62mm rounds.', '7.62mm'), ['measure', 7.62, null, 'mm']);
    const oil = claim('The field pumps 200,000 barrels a day.', '200,000 barrels a day');
    assert.deepEqual([oil.kind, oil.value, oil.unit, oil.rate], ['measure', 2e5, 'barrels', 'a day']);
  });

  it('reads counted nouns with models, modifiers and participles', () => {
    assert.deepEqual(reading('The brigade fielded 50 T-72 tanks.', '50 T-72 tanks'), ['count', 50, null, 'T-72 tanks']);
    assert.deepEqual(reading('The ferry had 24 crew members aboard.', '24 crew members'), ['count', 24, null, 'crew members']);
    assert.deepEqual(reading('Some 6.1 million internally displaced persons remain.', 'Some 6.1 million internally displaced persons'),
      ['count', 6.1e6, null, 'internally displaced persons']);
  });

  it('skips hull numbers in brackets but keeps a share after an acronym', () => {
    assert.deepEqual(claimTexts('The USS Example (CVN 80) sailed with 5,000 sailors.'), ['5,000 sailors']);
    assert.equal(claim('Allies must meet the NATO 2% target.', '2%').kind, 'percent');
    assert.deepEqual(claimTexts('He is the No 2 official of 4 envoys.'), ['4 envoys']);
  });

  it('reads shares with a qualifier or written as "out of"', () => {
    const two = claim('Nearly two-thirds of voters backed the deal.', 'Nearly two-thirds');
    assert.deepEqual([two.kind, two.value, two.qualifier], ['percent', 66.67, 'nearly']);
    assert.deepEqual(reading('Nine out of 10 residents lack water.', 'Nine out of 10'), ['percent', 90, null, null]);
  });

  it('skips odds written as an even pair', () => {
    assert.deepEqual(claimTexts('There is a 50-50 chance of a deal on 9 ports.'), ['9 ports']);
  });

  it('reads a decade of life as an age range and skips an undated decade', () => {
    const c = claim('The envoy, a man in his 70s, resigned.', '70s');
    assert.deepEqual([c.kind, c.value, c.min, c.max, c.unit], ['measure', null, 70, 79, 'years old']);
    assert.deepEqual(claimTexts('The 80s were calmer for 3 provinces.'), ['3 provinces']);
  });

  it('leaves "a year ago" after an amount to the date, not the rate', () => {
    assert.deepEqual(claimTexts('Support fell to 40%, down from 66% a year ago.'), ['40%', '66%', 'a year ago']);
  });

  it('reads an exchange rate as a measure', () => {
    const c = claim('The rouble traded at 90 per euro on Friday.', '90 per euro');
    assert.deepEqual([c.kind, c.value, c.currency, c.rate], ['measure', 90, null, 'per euro']);
  });

  it('reads a strength as a count of its noun', () => {
    assert.deepEqual(reading('A 15-strong team of inspectors arrived.', '15-strong team'), ['count', 15, null, 'team']);
  });

  it('skips times of day, phone numbers and radio channels', () => {
    assert.deepEqual(claimTexts('Strikes ran from 8 a.m. to 5 PM, and again at 0300 GMT near 3 towns.'), ['3 towns']);
    assert.deepEqual(claimTexts('Call 0800 123 4567 or tune to 38 UHF for 2 updates.'), ['2 updates']);
  });

  it('skips drive layouts and idioms built on a number word', () => {
    assert.deepEqual(claimTexts('They drove 4 x 4 trucks toward 6 villages.'), ['6 villages']);
    assert.deepEqual(claimTexts('Talks on a two-state solution are a zero-sum game.'), []);
  });
});
