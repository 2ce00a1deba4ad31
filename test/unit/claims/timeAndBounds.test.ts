import * as assert from 'node:assert/strict';
import { claim, claimsIn, claimTexts } from './helpers';

describe('claims: dates', () => {
  it('reads calendar dates in both orders, with and without a year', () => {
    const d = claim('The talks opened on 3 March 2024 in Geneva.', '3 March 2024');
    assert.deepEqual([d.kind, d.value], ['date', 2024]);
    assert.equal(claim('He was appointed on February 21, 2009.', 'February 21, 2009').value, 2009);
    assert.equal(claim('Ministers met on 10 December in Paris.', '10 December').value, null);
    assert.equal(claim('The envoy visited from 8-9 June 2018.', '8-9 June 2018').value, 2018);
    assert.equal(claim('The base was captured in November 2006.', 'November 2006').kind, 'date');
    assert.equal(claim('The offensive began on Thursday 14 October.', 'Thursday 14 October').kind, 'date');
  });

  it('reads numeric dates', () => {
    assert.equal(claim('Brussels, 12/03/2017 - The EU acted.', '12/03/2017').value, 2017);
    assert.equal(claim('The file is dated 2024-03-03.', '2024-03-03').kind, 'date');
  });

  it('reads years with bounds and modifiers', () => {
    const since = claim('Sanctions have applied since 2019.', 'since 2019');
    assert.deepEqual([since.value, since.qualifier, since.number.text], [2019, 'since', '2019']);
    assert.equal(claim('The plant opened in 1983.', '1983').value, 1983);
    assert.equal(claim('Fighting resumed in early October 2011.', 'early October 2011').qualifier, 'early');
    assert.equal(claim('Prices peaked in mid-2019.', 'mid-2019').value, 2019);
    assert.equal(claim('Talks stalled in mid-November.', 'mid-November').kind, 'date');
  });

  it('reads year ranges and decades as min and max', () => {
    const war = claim('He fought in the war of 1980-88.', '1980-88');
    assert.deepEqual([war.value, war.min, war.max], [null, 1980, 1988]);
    const decade = claim('The dam was planned in the 1970s.', '1970s');
    assert.deepEqual([decade.min, decade.max], [1970, 1979]);
  });

  it('reads years before 1800 as decades, reigns and after a cue word, and leaves counts alone', () => {
    const reign = claim('The emperor (reigned 1722–1764) moved the court to Ostavia.', '1722–1764');
    assert.deepEqual([reign.kind, reign.min, reign.max], ['date', 1722, 1764]);
    const decade = claim('From the 1640s the river ports grew rich.', '1640s');
    assert.deepEqual([decade.kind, decade.min, decade.max], ['date', 1640, 1649]);
    assert.equal(claim('The fort was rebuilt in 1688 after the fire.', '1688').kind, 'date');
    const houses = claim('By then the town had 1200 houses.', '1200 houses');
    assert.deepEqual([houses.kind, houses.value], ['count', 1200]);
    assert.ok(!claimTexts('A garrison of 1650 men held the fort.').some((t) => t === '1650'));
  });

  it('reads a weekday after a cue word or owning an event, not alone', () => {
    assert.equal(claim('The council meets on Tuesday in Arlen.', 'Tuesday').kind, 'date');
    assert.equal(claim("Ahead of Wednesday's vote, the party split.", 'Wednesday').kind, 'date');
    assert.equal(claim('Send your comments by COB Friday.', 'Friday').kind, 'date');
    assert.deepEqual(claimTexts('Friday was calm in the capital.'), []);
  });

  it('reads financial years, not as identifiers like 24/7', () => {
    const fy = claim('The 2026/27 allocation for the region falls.', '2026/27');
    assert.deepEqual([fy.kind, fy.min, fy.max], ['date', 2026, 2027]);
    assert.equal(claim('Spending in 2019/2020 was flat.', '2019/2020').kind, 'date');
    assert.deepEqual(claimTexts('The helpline is open 24/7.'), []);
  });

  it('reads relative dates and periods', () => {
    assert.equal(claim('Exports fell last year.', 'last year').kind, 'date');
    assert.equal(claim('A year ago the border was open.', 'A year ago').kind, 'date');
    assert.equal(claim('The town fell four days later.', 'four days later').kind, 'date');
    assert.equal(claim('Output shrank in the third quarter.', 'third quarter').kind, 'date');
    assert.equal(claim('The vote is on Tuesday.', 'Tuesday').kind, 'date');
  });

  it('takes a year before a name as a date, and a year before a plural noun as a count', () => {
    assert.equal(claim('Leaders met at the 2016 summit in Amiens.', '2016').kind, 'date');
    const troops = claim('The ministry sent 2000 troops north.', '2000 troops');
    assert.deepEqual([troops.kind, troops.value], ['count', 2000]);
  });

  it('reads a lone month that ends a sentence, and keeps an abbreviated month with its dot', () => {
    assert.deepEqual(claimTexts('Envoys will meet in Lisbon in May. Trade grew 4% since June. Ships left in Sept.'), ['May', '4%', 'since June', 'Sept.']);
    assert.equal(claim('The fair reopened in early July.', 'early July').kind, 'date');
  });

  it('reads a relative date with a calendar unit after an article', () => {
    assert.equal(claim('The port closed. A week later the ferries returned.', 'A week later').kind, 'date');
  });

  it('tells the month May from the verb may', () => {
    const claims = claimsIn('In May, officials may review the 9 May parade.');
    assert.deepEqual(claims.map((c) => c.text), ['May', '9 May']);
    assert.ok(claims.every((c) => c.kind === 'date'));
  });
});

describe('claims: durations', () => {
  it('reads numbers with time units', () => {
    const c = claim('The siege lasted for three months.', 'three months');
    assert.deepEqual([c.kind, c.value, c.unit], ['duration', 3, 'months']);
    assert.equal(claim('He served 10 years in prison.', '10 years').value, 10);
    assert.equal(claim('A 10-year plan was adopted.', '10-year').kind, 'duration');
    assert.equal(claim('Orders dropped for five straight months.', 'five straight months').value, 5);
  });

  it('reads "a year" after a bound or a preposition', () => {
    const c = claim('The fighting has gone on in nearly a year of stalemate.', 'nearly a year');
    assert.deepEqual([c.kind, c.value, c.unit, c.qualifier], ['duration', 1, 'years', 'nearly']);
  });

  it('skips "one day" and "one of" idioms but keeps "one year since"', () => {
    assert.deepEqual(claimTexts('One day the archive will open, and one of the clerks knows it.'), []);
    assert.deepEqual(claimTexts('The mayor notes one year since the flood.'), ['one year']);
  });
});

describe('claims: ranges and bounds', () => {
  it('reads ranges as min and max without a value', () => {
    for (const [text, span] of [
      ['Between 10,000 and 12,000 troops moved.', 'Between 10,000 and 12,000 troops'],
      ['Roughly 10,000-12,000 troops moved.', 'Roughly 10,000-12,000 troops'],
      ['From 10,000 to 12,000 troops moved.', 'From 10,000 to 12,000 troops'],
    ] as const) {
      const c = claim(text, span);
      assert.deepEqual([c.value, c.min, c.max, c.unit], [null, 10000, 12000, 'troops'], text);
    }
  });

  it('lends the scale of the second number to the first', () => {
    const c = claim('The plan costs $10-12bn.', '$10-12bn');
    assert.deepEqual([c.min, c.max, c.currency], [10e9, 12e9, 'USD']);
  });

  it('maps bounds to min or max and approximations to a qualified value', () => {
    const cases: Array<[string, string, number | null, number | null, number | null, string]> = [
      ['Up to 5,000 troops crossed.', 'Up to 5,000 troops', null, null, 5000, 'up to'],
      ['More than 5,000 troops crossed.', 'More than 5,000 troops', null, 5000, null, 'more than'],
      ['At least 5,000 troops crossed.', 'At least 5,000 troops', null, 5000, null, 'at least'],
      ['Fewer than 5,000 troops crossed.', 'Fewer than 5,000 troops', null, null, 5000, 'fewer than'],
      ['As many as 5,000 troops crossed.', 'As many as 5,000 troops', null, null, 5000, 'as many as'],
      ['Nearly 5,000 troops crossed.', 'Nearly 5,000 troops', 5000, null, null, 'nearly'],
      ['Almost 5,000 troops crossed.', 'Almost 5,000 troops', 5000, null, null, 'almost'],
      ['Around 5,000 troops crossed.', 'Around 5,000 troops', 5000, null, null, 'around'],
      ['About 5,000 troops crossed.', 'About 5,000 troops', 5000, null, null, 'about'],
      ['An estimated 5,000 troops crossed.', 'An estimated 5,000 troops', 5000, null, null, 'an estimated'],
      ['A mere 5,000 troops crossed.', 'A mere 5,000 troops', 5000, null, null, 'a mere'],
    ];
    for (const [text, span, value, min, max, qualifier] of cases) {
      const c = claim(text, span);
      assert.deepEqual([c.value, c.min, c.max, c.qualifier], [value, min, max, qualifier], text);
    }
  });

  it('reads "at least once" and "more than one"', () => {
    assert.equal(claim('The gas was used at least once.', 'at least once').value, null);
    assert.equal(claim('More than one convoy was hit.', 'More than one convoy').min, 1);
  });
});
