import { strict as assert } from 'node:assert';
import { detectNames } from './helpers';

const typed = (text: string): Array<[string, string]> => detectNames(text).map((d) => [d.text, d.type]);

describe('entities: names in an email address header', () => {
  const memo = 'To: Harbour Policy Team; Oltan Veske\nFrom: Tobek Marandu\nCc: Rusa Kenderi, Sefu Olamide (Legal Unit)\nSubject: budget\n\nAll,';

  it('types each person-shaped addressee as a person and a body as an organisation', () => {
    const found = typed(memo);
    for (const name of ['Oltan Veske', 'Tobek Marandu', 'Rusa Kenderi', 'Sefu Olamide']) {
      assert.ok(found.some(([text, type]) => text === name && type === 'person'), `${name} in ${JSON.stringify(found)}`);
    }
    assert.ok(found.some(([text, type]) => text === 'Harbour Policy Team' && type === 'organization'));
    // The labels themselves name nothing.
    assert.ok(!found.some(([text]) => text === 'Cc' || text === 'From'));
  });

  it('leaves the same names untyped on a title-case line with no address label', () => {
    const found = typed('Notes: Oltan Veske; Tobek Marandu\n\nAll,');
    assert.ok(!found.some(([, type]) => type === 'person'), JSON.stringify(found));
  });
});
