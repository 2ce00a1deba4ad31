// Money as defence and foreign-affairs texts write it: symbols and codes on
// either side of the number, hyphenated scales, vague amounts, and amounts
// whose currency the sentence leaves implicit ("billions in aid").

import * as assert from 'node:assert/strict';
import { claim, claimsIn } from './helpers';

function money(text: string, span: string): [number | null, number | null, string | null] {
  const c = claim(text, span);
  assert.equal(c.kind, 'money', `${span} is money`);
  return [c.value, c.min, c.currency];
}

describe('claims: money forms', () => {
  it('reads currency signs, prefixes and codes before the number', () => {
    assert.deepEqual(money('The programme will cost £1.2 billion in total.', '£1.2 billion'), [1.2e9, null, 'GBP']);
    assert.deepEqual(money('The ministry paid US$ 3m for the radars.', 'US$ 3m'), [3e6, null, 'USD']);
    assert.deepEqual(money('The ministry paid US $3m for the radars.', 'US $3m'), [3e6, null, 'USD']);
    assert.deepEqual(money('Canberra will give AUD 10 million to the appeal.', 'AUD 10 million'), [1e7, null, 'AUD']);
    assert.deepEqual(money('Canberra will give A$5 million to the appeal.', 'A$5 million'), [5e6, null, 'AUD']);
    assert.deepEqual(money('Riyadh pledged SR 500 million to the fund.', 'SR 500 million'), [5e8, null, 'SAR']);
    assert.deepEqual(money('Delhi set aside Rs 500 crore for border roads.', 'Rs 500 crore'), [5e9, null, 'INR']);
  });

  it('reads the country written after the dollar sign', () => {
    assert.deepEqual(money('Australia will add $US5 million to the appeal.', '$US5 million'), [5e6, null, 'USD']);
    assert.deepEqual(money('Australia will add $A20 million to the appeal.', '$A20 million'), [2e7, null, 'AUD']);
  });

  it('reads currency names and codes after the number', () => {
    assert.deepEqual(money('Smugglers were paid 3 million dollars for the route.', '3 million dollars'), [3e6, null, 'USD']);
    assert.deepEqual(money('The dam cost 1 billion rupees.', '1 billion rupees'), [1e9, null, 'INR']);
    assert.deepEqual(money('The aid package is worth 40 million USD.', '40 million USD'), [4e7, null, 'USD']);
    assert.deepEqual(money('They lost half a billion dollars.', 'half a billion dollars'), [5e8, null, 'USD']);
  });

  it('reads hyphenated scales and amounts used as adjectives', () => {
    assert.deepEqual(money('A $5-million grant was approved.', '$5-million'), [5e6, null, 'USD']);
    assert.deepEqual(money('They signed a 1.5-billion-dollar deal.', '1.5-billion-dollar'), [1.5e9, null, 'USD']);
    assert.deepEqual(money('Brussels announced a €200m package for Kyiv.', '€200m'), [2e8, null, 'EUR']);
    assert.deepEqual(money('Kyiv accepted a $600 million loan.', '$600 million'), [6e8, null, 'USD']);
    assert.deepEqual(money('The deal covers $1.5bn-worth of shells.', '$1.5bn'), [1.5e9, null, 'USD']);
  });

  it('reads prices with a rate', () => {
    const c = claim('Brent sold at $12 per barrel that week.', '$12 per barrel');
    assert.deepEqual([c.kind, c.value, c.rate], ['money', 12, 'per barrel']);
  });

  it('reads vague amounts of a currency as a lower bound', () => {
    assert.deepEqual(money('The group raised tens of millions of dollars from extortion.', 'tens of millions of dollars'), [null, 2e7, 'USD']);
    assert.deepEqual(money('The regime spent millions of pounds on the campaign.', 'millions of pounds'), [null, 2e6, 'GBP']);
  });

  it('reads big amounts without a currency when the sentence prices something', () => {
    assert.deepEqual(money('Washington sent billions in aid to Kyiv.', 'billions'), [null, 2e9, null]);
    assert.deepEqual(money('The lender approved 250 million in new loans.', '250 million'), [2.5e8, null, null]);
    assert.deepEqual(money('The contract, worth about 2.5bn, was signed.', 'about 2.5bn'), [2.5e9, null, null]);
    assert.deepEqual(money('The blockade cost Moscow millions.', 'millions'), [null, 2e6, null]);
    assert.deepEqual(money('The army has a budget of 40 million this year.', '40 million'), [4e7, null, null]);
  });

  it('keeps big counts and small amounts without a currency as counts', () => {
    assert.equal(claim('The region has 3 billion people.', '3 billion people').kind, 'count');
    assert.equal(claim('The census put the total at 3.2 million.', '3.2 million').kind, 'count');
    assert.equal(claim('They sent 500 in aid convoys.', '500').kind, 'count');
  });

  it('does not read a weight in pounds as money', () => {
    const c = claim('The jet dropped a 500-pound bomb.', '500-pound');
    assert.deepEqual([c.kind, c.currency], ['measure', null]);
    const spaced = claim('The jet dropped a 2,000 pound bomb.', '2,000 pound');
    assert.deepEqual([spaced.kind, spaced.currency], ['measure', null]);
    assert.equal(claim('He paid 5 pounds sterling.', '5 pounds sterling').currency, 'GBP');
  });

  it('emits no claim for the bare word money', () => {
    assert.deepEqual(claimsIn('The courier was stopped with forged papers and money for the cell.'), []);
  });

  it('reads letters glued before a sign, local code spellings and the IMF unit', () => {
    assert.deepEqual(money('The utility owes GH¢14 billion to its suppliers.', 'GH¢14 billion'), [14e9, null, 'GHS']);
    assert.deepEqual(money('Nairobi set aside KSh 8bn for the dam.', 'KSh 8bn'), [8e9, null, 'KES']);
    assert.deepEqual(money('Windhoek added N$40m for clinics.', 'N$40m'), [4e7, null, 'NAD']);
    assert.deepEqual(money('Brasília raised R$2 billion in bonds.', 'R$2 billion'), [2e9, null, 'BRL']);
    assert.deepEqual(money('The country may draw SDR 410 million from the Fund.', 'SDR 410 million'), [4.1e8, null, 'XDR']);
  });

  it('reads the names of the world\'s currencies, singular and plural, after the number', () => {
    assert.deepEqual(money('A bag of rice cost 90 cedis last week.', '90 cedis'), [90, null, 'GHS']);
    assert.deepEqual(money('Teachers earn 7,000 birr a month.', '7,000 birr a month'), [7000, null, 'ETB']);
    assert.deepEqual(money('The bridge cost 4 billion taka.', '4 billion taka'), [4e9, null, 'BDT']);
    assert.deepEqual(money('Fines reach 300 million reais.', '300 million reais'), [3e8, null, 'BRL']);
    assert.deepEqual(money('Farmers got 50,000 Ugandan shillings each.', '50,000 Ugandan shillings each'), [50000, null, 'UGX']);
    // A name several currencies share keeps no code.
    assert.deepEqual(money('The fee is 900 kwacha.', '900 kwacha'), [900, null, null]);
  });

  it('reads bitcoin and ether amounts as money', () => {
    assert.deepEqual(money('The gang was paid 31.5 bitcoin in March.', '31.5 bitcoin'), [31.5, null, 'BTC']);
    assert.deepEqual(money('A wallet received 12 BTC and 400 ETH.', '12 BTC'), [12, null, 'BTC']);
    assert.deepEqual(money('A wallet received 12 BTC and 400 ETH.', '400 ETH'), [400, null, 'ETH']);
  });

  it('keeps the base currency of an exchange rate in the span', () => {
    const c = claim('The kwanza slid to 910 kwanzas to the dollar by May.', '910 kwanzas to the dollar');
    assert.deepEqual([c.kind, c.value, c.currency, c.rate], ['money', 910, 'AOA', 'to the dollar']);
    const bare = claim('The lira weakened to 38 to the dollar.', '38 to the dollar');
    assert.deepEqual([bare.kind, bare.rate], ['measure', 'to the dollar']);
    assert.equal(claim('Lenders sent 5 million euros to the euro area banks.', '5 million euros').rate, null);
  });

  it('reads a capitalised currency name before another capitalised word as a name', () => {
    assert.deepEqual(claimsIn('In 1869 Lev Tolstoy finished the novel.').map((c) => [c.text, c.kind]), [['1869', 'date']]);
  });
});
