import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';
import { tokenize } from '../../../src/core/entities/tokens';

// What lies between two words decides whether a name runs on (gaps.ts); invented sentences.
describe('entities: gaps inside and between names', () => {
  it('reads a soft hyphen inside a word as part of it', () => {
    const drafts = detectNames('Envoys of NA\u00adTO met in Pyong\u00adyang.');
    assert.equal(mention(drafts, 'NA\u00adTO')?.kbId, 'Q7184');
    assert.equal(mention(drafts, 'Pyong\u00adyang')?.type, 'place');
  });

  it('joins a name across an en dash between letters, but not a range of years', () => {
    assert.equal(mention(detectNames('Talks with Kim Jong\u2013un resumed.'), 'Kim Jong\u2013un')?.kbId, 'Q56226');
    const years = tokenize('the 2015\u20132016 talks');
    assert.equal(years[2]?.gap, 'break');
  });

  it('matches a KB name of several words written all in capitals', () => {
    assert.equal(mention(detectNames('SANCTIONS LIST: KIM JONG-UN, for his role.'), 'KIM JONG-UN')?.kbId, 'Q56226');
    // One short shouted word is still no match for a capitalised KB name ("NIS" is not Niš).
    assert.notEqual(mention(detectNames('The NIS said so.'), 'NIS')?.kbId, 'cl:test-nis');
  });

  it('keeps a name whole across the line break of hard-wrapped prose', () => {
    const text = 'The delegation from the northern provinces held long talks with Tobias\nHartley before they left for the coast.';
    assert.equal(mention(detectNames(text), 'Tobias\nHartley')?.type, 'person');
  });

  it('keeps a short line (headline, byline) apart from the capitalised line after it', () => {
    const tokens = tokenize('Talks in Pyongyang\nOfficials said so.');
    assert.equal(tokens.find((t) => t.text === 'Officials')?.gap, 'break');
    const shouted = tokenize('The reporters who wrote this long report were Lina Osk and Tomas\nBERGEN (Agency) said');
    assert.equal(shouted.find((t) => t.text === 'BERGEN')?.gap, 'break');
  });

  it('reads an ampersand between names as one organisation, unless the KB knows both sides', () => {
    const drafts = detectNames('Analysts at Brenmoor & Vast Capital in Moscow agreed with Russia & Ukraine.');
    assert.equal(mention(drafts, 'Brenmoor & Vast Capital')?.type, 'organization');
    assert.equal(mention(drafts, 'Russia')?.type, 'place');
    assert.equal(mention(drafts, 'Ukraine')?.type, 'place');
    assert.equal(mention(detectNames('They cut R&D budgets.'), 'R&D'), undefined);
  });

  it('keeps a plural possessive inside an organisation name before its head word', () => {
    const drafts = detectNames("Delegates of the Halvard Farmers' Union met the rebels' Ukrainian allies.");
    assert.equal(mention(drafts, "Halvard Farmers' Union")?.type, 'organization');
    assert.equal(mention(drafts, 'Ukrainian')?.type, 'nationality');
  });
});
