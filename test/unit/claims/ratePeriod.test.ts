// A claim's rate read back into its period and whether it also has a
// per-unit part, on rates as the detector writes them: the front ends use
// this to tell a monthly amount from a yearly one without re-parsing words.
import * as assert from 'node:assert/strict';
import { ratePeriod, rateHasPerUnit } from '../../../src/core/claims/units';
import { claim } from './helpers';

/** The rate the detector gives `claimText` in `text`. */
function rateOf(text: string, claimText: string): string | null {
  return claim(text, claimText).rate;
}

describe('claims: rate period and per-unit part', () => {
  it('reads a chained rate in either order', () => {
    const eachMonthly = rateOf('The firm pays guards about $900 each per month.', 'about $900 each per month');
    assert.equal(eachMonthly, 'each per month');
    assert.deepEqual([ratePeriod(eachMonthly), rateHasPerUnit(eachMonthly)], ['month', true]);
    const monthlyEach = rateOf('Cadets get £300 a month each.', '£300 a month each');
    assert.equal(monthlyEach, 'a month each');
    assert.deepEqual([ratePeriod(monthlyEach), rateHasPerUnit(monthlyEach)], ['month', true]);
  });

  it('reads a period alone as having no per-unit part', () => {
    const perMonth = rateOf('Rent rose to $700 per month.', '$700 per month');
    assert.equal(perMonth, 'per month');
    assert.deepEqual([ratePeriod(perMonth), rateHasPerUnit(perMonth)], ['month', false]);
    const aYear = rateOf('Moscow spends £5bn a year on the fleet.', '£5bn a year');
    assert.equal(aYear, 'a year');
    assert.deepEqual([ratePeriod(aYear), rateHasPerUnit(aYear)], ['year', false]);
    const annually = rateOf('The fund pays out $3 million annually.', '$3 million annually');
    assert.equal(annually, 'annually');
    assert.deepEqual([ratePeriod(annually), rateHasPerUnit(annually)], ['year', false]);
    const oil = rateOf('The field pumps 200,000 barrels a day.', '200,000 barrels a day');
    assert.deepEqual([ratePeriod(oil), rateHasPerUnit(oil)], ['day', false]);
  });

  it('reads a per-unit rate as having no period', () => {
    const perBarrel = rateOf('Brent traded at $84 per barrel.', '$84 per barrel');
    assert.equal(perBarrel, 'per barrel');
    assert.deepEqual([ratePeriod(perBarrel), rateHasPerUnit(perBarrel)], [null, true]);
    const perSoldier = rateOf('Recruits get $2,000 per soldier.', '$2,000 per soldier');
    assert.deepEqual([ratePeriod(perSoldier), rateHasPerUnit(perSoldier)], [null, true]);
    assert.deepEqual([ratePeriod('each'), rateHasPerUnit('each'), ratePeriod('a head'), rateHasPerUnit('a head')], [null, true, null, true]);
  });

  it('reads the base of a change as its period', () => {
    const yoy = rateOf('Exports grew 4.2 per cent year-on-year.', '4.2 per cent year-on-year');
    assert.equal(yoy, 'year-on-year');
    assert.deepEqual([ratePeriod(yoy), rateHasPerUnit(yoy)], ['year', false]);
    const mom = rateOf('Prices rose 3% month on month.', '3% month on month');
    assert.deepEqual([ratePeriod(mom), rateHasPerUnit(mom)], ['month', false]);
    const yy = rateOf('Output was up 2% y/y in June.', '2% y/y');
    assert.deepEqual([ratePeriod(yy), rateHasPerUnit(yy)], ['year', false]);
    assert.deepEqual(['q/q', 'yoy', 'per quarter', 'per annum', '/yr', 'daily', 'weekly'].map(ratePeriod),
      ['quarter', 'year', 'quarter', 'year', 'year', 'day', 'week']);
  });

  it('gives no period for no rate, and none for hours it has no name for', () => {
    assert.deepEqual([ratePeriod(null), rateHasPerUnit(null)], [null, false]);
    assert.deepEqual([ratePeriod('per hour'), rateHasPerUnit('per hour')], [null, false]);
  });
});
