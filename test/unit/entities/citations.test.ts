import { strict as assert } from 'node:assert';
import { detectNames } from './helpers';

const typeOf = (text: string, name: string): string | undefined => detectNames(text).find((d) => d.text === name)?.type;

describe('entities: authors of author-date citations', () => {
  it('makes the surnames inside a bracketed citation people, also after "cf." and a semicolon', () => {
    const text = 'Ports matter more than bases (Ardley, 2018; Kessing and Morrow, 2022), as trade shows (cf. Dąbrowska, 2017).';
    for (const name of ['Ardley', 'Kessing', 'Morrow', 'Dąbrowska']) assert.equal(typeOf(text, name), 'person', name);
  });

  it('makes the authors before "et al." and before a bracketed year with a citing verb people', () => {
    const text = 'Ferrand et al. (2020) argue the opposite, and Quillan, Hobart and Teague (2023) show why.';
    for (const name of ['Ferrand', 'Quillan', 'Hobart', 'Teague']) assert.equal(typeOf(text, name), 'person', name);
  });

  it('keeps a cited body an organisation, and a name before a bracketed year with no citing verb no person', () => {
    const text = 'Opinion shifted (Northgate Policy Institute, 2024). Ukraine (2020) and Tellmara (2022) held elections.';
    assert.equal(typeOf(text, 'Northgate Policy Institute'), 'organization');
    assert.equal(typeOf(text, 'Ukraine'), 'place');
    assert.notEqual(typeOf(text, 'Tellmara'), 'person');
  });
});
