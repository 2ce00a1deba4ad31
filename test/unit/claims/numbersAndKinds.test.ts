// Number shapes and kinds that were split or misread before: spaced
// thousands, year-labelled plans, day and year ranges, bounded dates, age
// brackets, amounts that carry the sentence's currency, rates with a period,
// and counted nouns in title case or capitals.
import * as assert from 'node:assert/strict';
import { claim, claimsIn, claimTexts } from './helpers';

describe('claims: spaced thousands', () => {
  it('reads a space, a no-break space or a narrow no-break space between groups of three as one number', () => {
    const spaced = claim('The brigade lost 5 000 soldiers.', '5 000 soldiers');
    assert.deepEqual([spaced.value, spaced.number.text], [5000, '5 000']);
    assert.equal(claim('Some 12\u00a0500 civilians fled.', 'Some 12\u00a0500 civilians').value, 12500);
    assert.equal(claim('They counted 1\u202f250\u202f000 voters.', '1\u202f250\u202f000 voters').value, 1250000);
  });

  it('keeps numbers apart when the group is not exactly three digits or the separators differ', () => {
    assert.deepEqual(claimTexts('Between rounds 5 10 gunners rested.'), ['5', '10 gunners']);
    assert.deepEqual(claimTexts('The port had 12 5000 tonnes.'), ['12', '5000 tonnes']);
    assert.deepEqual(claimsIn('Crews unloaded 1,000 500-kg bombs.').map((c) => c.value), [1000, 500]);
  });

  it('reads a thin space between groups too, also before the unit', () => {
    const measure = claim('The convoy drove 5\u2009000\u2009km.', '5\u2009000\u2009km');
    assert.deepEqual([measure.kind, measure.value, measure.unit], ['measure', 5000, 'km']);
  });

  it('never joins the spaced groups of a phone number into an amount', () => {
    for (const text of ['Call 030 123 456 for 7 buses.', 'Call +49 30 123 456 for 7 buses.', 'Tel: 020 794 6000 for 7 buses.',
      'Ring 1300 123 456 for 7 buses.', 'Phone (02) 627 750 for 7 buses.']) {
      assert.deepEqual(claimTexts(text), ['7 buses'], text);
    }
  });
});

describe('claims: digits that state nothing (names, versions, footnotes)', () => {
  it('skips a year that labels a plan or programme', () => {
    assert.deepEqual(claimTexts('The Orland Strategy 2040 funds 30 clinics.'), ['30 clinics']);
    assert.deepEqual(claimTexts('Under the 2035 Agenda for Coastal Towns, 8 ports grew.'), ['8 ports']);
  });

  it('skips a year between a name word and a plan noun, and a year closing a document title', () => {
    assert.deepEqual(claimTexts('Under the Harbour Resilience 2035 roadmap, 12 ferries were bought.'), ['12 ferries']);
    assert.deepEqual(claimTexts('Annual Reports on Coastal Safety 2031 – Part 2'), []);
    assert.deepEqual(claimTexts('The Northern Fisheries Review 2029 counted 300 boats.'), ['300 boats']);
  });

  it('keeps a year after a preposition before a plan noun, and the year of a survey or census', () => {
    assert.equal(claim('In 2031 plans for 6 bridges changed.', '2031').kind, 'date');
    assert.equal(claim('The report in 2029 was late.', '2029').kind, 'date');
    assert.equal(claim('The 1988 census found 40 hamlets.', '1988').kind, 'date');
  });

  it('keeps the year of an event named with it, and a plan year in lower case', () => {
    assert.equal(claim('Envoys spoke at the Riverside Summit 2019 about trade.', '2019').kind, 'date');
    assert.equal(claim('He served in the 1999 Delta War as a medic.', '1999').kind, 'date');
    assert.equal(claim('They missed the 2030 target by far.', '2030').kind, 'date');
  });

  it('skips version numbers and footnote marks', () => {
    assert.deepEqual(claimTexts('The app reached version 3.2 with 40 fixes.'), ['40 fixes']);
    assert.deepEqual(claimTexts('The survey[^3] covered 900 farms.'), ['900 farms']);
  });
});

describe('claims: date ranges and bounded dates', () => {
  it('reads a day range written with "to" as one date', () => {
    const d = claim('Polls stayed open from 3 to 17 April 2031 across the valley.', '3 to 17 April 2031');
    assert.deepEqual([d.kind, d.value], ['date', 2031]);
    assert.equal(claimsIn('Polls stayed open from 3 to 17 April 2031 across the valley.').length, 1);
    assert.deepEqual(claimTexts('Envoys met on 4 and 5 May in Orland.'), ['4 and 5 May']);
  });

  it('reads "between" and "to" year ranges as one date with min and max', () => {
    const b = claim('Rents doubled between 2011 and 2016 in the capital.', 'between 2011 and 2016');
    assert.deepEqual([b.kind, b.value, b.min, b.max, b.qualifier], ['date', null, 2011, 2016, 'between']);
    const to = claim('The census ran 2011 to 2014.', '2011 to 2014');
    assert.deepEqual([to.min, to.max], [2011, 2014]);
  });

  it('keeps a count range between two numbers that count something', () => {
    const c = claim('They sent between 1500 and 1800 troops.', 'between 1500 and 1800 troops');
    assert.deepEqual([c.kind, c.min, c.max], ['count', 1500, 1800]);
  });

  it('puts "by the end of" and "the start of" in the span and the qualifier', () => {
    const end = claim('The dam should be finished by the end of 2029.', 'by the end of 2029');
    assert.deepEqual([end.kind, end.value, end.qualifier, end.number.text], ['date', 2029, 'by the end of', '2029']);
    assert.equal(claim('Talks resumed at the start of 2022.', 'start of 2022').qualifier, 'start of');
    assert.equal(claim('Prices fell in late 2018.', 'late 2018').qualifier, 'late');
  });

  it('reads a year opening a sentence before a verb as a date', () => {
    assert.equal(claim('2027 was a dry year for the farms.', '2027').kind, 'date');
    assert.equal(claim('The fund paid 2000 people last year.', '2000 people').kind, 'count');
  });
});

describe('claims: age brackets', () => {
  it('reads "under five" after a people noun as part of the count, not a claim', () => {
    assert.deepEqual(claimTexts('Aid reached 31,000 children under five.'), ['31,000 children']);
    assert.deepEqual(claimTexts('Clinics saw many people over 65.'), []);
  });

  it('keeps a bound after a noun that is not about people, and big numbers', () => {
    assert.deepEqual(claimTexts('Insurers capped claims over 80.'), ['over 80']);
    assert.equal(claim('They sank ships over 5,000 tonnes.', 'over 5,000 tonnes').max, null);
    assert.equal(claim('It registered voters over 400.', 'over 400').min, 400);
  });
});

describe('claims: amounts after a money claim', () => {
  it('reads a glued "m" after a money claim as millions in the same currency, not metres', () => {
    const c = claim('Sales fell to 2.4 billion rupees, down from 3.5m.', '3.5m');
    assert.deepEqual([c.kind, c.value, c.currency], ['money', 3.5e6, 'INR']);
  });

  it('carries the currency to a later scaled amount without a noun', () => {
    const c = claim('Debt rose to £4 billion, up from 3.1 billion.', '3.1 billion');
    assert.deepEqual([c.kind, c.currency], ['money', 'GBP']);
  });

  it('still reads metres when no money came before or a noun follows', () => {
    assert.equal(claim('The wall is 8m high.', '8m').unit, 'm');
    assert.equal(claim('They paid $2m for a 5m tower.', '5m').kind, 'measure');
  });

  it('reads two amounts joined by "and" as two claims', () => {
    const claims = claimsIn('Donors pledged US$ 3 billion and € 4 billion.');
    assert.deepEqual(claims.map((c) => [c.text, c.currency]), [['US$ 3 billion', 'USD'], ['€ 4 billion', 'EUR']]);
  });
});

describe('claims: rates', () => {
  it('keeps the period with a per-head rate, in the order written', () => {
    const c = claim('The firm pays guards about $900 each per month.', 'about $900 each per month');
    assert.equal(c.rate, 'each per month');
    assert.equal(claim('Cadets get £300 a month each.', '£300 a month each').rate, 'a month each');
    assert.equal(claim('Farmers sell it at $4 per bag.', '$4 per bag').rate, 'per bag');
  });

  it('reads the base of a change as its rate', () => {
    assert.equal(claim('Exports grew 4.2 per cent year-on-year.', '4.2 per cent year-on-year').rate, 'year-on-year');
    assert.equal(claim('Prices rose 3% month on month.', '3% month on month').rate, 'month on month');
    assert.equal(claim('Output was up 2% y/y in June.', '2% y/y').rate, 'y/y');
  });
});

describe('claims: counted nouns in title case and capitals', () => {
  it('lower-cases a title-case plural and a shouted noun', () => {
    assert.equal(claim('The Ministry Sent 4,000 Troops North.', '4,000 Troops').unit, 'troops');
    assert.equal(claim('4,000 TROOPS SENT NORTH', '4,000 TROOPS').unit, 'troops');
  });

  it('keeps names and lone acronyms as written', () => {
    assert.equal(claim('The army fielded 12 HIMARS near the river.', '12 HIMARS').unit, 'HIMARS');
    assert.equal(claim('They moved 300 Royal Marines inland.', '300 Royal Marines').unit, 'Royal Marines');
  });
});

describe('claims: spoken numbers in transcripts', () => {
  it('reads a number word, "point" and digit words as a decimal before a scale, a percent or a currency', () => {
    const money = claim('GUEST: We will spend roughly three point two five billion dollars.', 'roughly three point two five billion dollars');
    assert.deepEqual([money.kind, money.value, money.currency, money.qualifier], ['money', 3.25e9, 'USD', 'roughly']);
    const pct = claim('HOST: And growth? GUEST: One point oh five per cent.', 'One point oh five per cent');
    assert.deepEqual([pct.kind, pct.value], ['percent', 1.05]);
  });

  it('leaves "at one point" an idiom when no scale, percent or currency follows', () => {
    assert.deepEqual(claimTexts('At one point four trucks burned.'), ['four trucks']);
  });

  it('reads a year spoken in pairs after a preposition as a date', () => {
    const d = claim('Troops leave by twenty thirty-one.', 'by twenty thirty-one');
    assert.deepEqual([d.kind, d.value, d.qualifier], ['date', 2031, 'by']);
    assert.deepEqual(claim('It was built in nineteen eighty-six.', 'nineteen eighty-six').value, 1986);
    assert.deepEqual(claim('Nothing changed since twenty ten, she said.', 'since twenty ten').value, 2010);
  });

  it('reads no year in spelled numbers that go on with a hyphen or a counted plural', () => {
    for (const text of ['In twenty twenty-minute drills they fired.', 'By nineteen ninety pairs had been sold.']) {
      assert.deepEqual(claimsIn(text).filter((c) => c.kind === 'date').map((c) => c.text), [], text);
    }
  });
});
