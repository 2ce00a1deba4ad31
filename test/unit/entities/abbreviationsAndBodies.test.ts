import { strict as assert } from 'node:assert';
import type { EntityDraft } from '../../../src/core/detect/drafts';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { createAnalyzer } from '../../../src/core/analyzer';
import { expansionRetypes } from '../../../src/core/entities/acronyms';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { isReference } from '../../../src/core/entities/senses';
import { FIXTURE_ENTITIES } from './fixtureKb';
import { detectNames, mention } from './helpers';

const org = (id: string, label: string, names: KbEntity['names'], country?: string): KbEntity => ({
  id, type: 'organization', kind: 'agency', label, description: '', facts: [], names, ...(country ? { country } : {}),
});

// Invented bodies: letters the KB also knows as a territory, a ministry listed as "MoD" and "MOD",
// an international body with a generic alias, and a state's own command.
const EXTRA: readonly KbEntity[] = [
  { id: 'cl:test-vell', type: 'place', kind: 'territory', label: 'Isle of Vell', description: '', facts: [], names: [{ text: 'IOV', kind: 'abbreviation' }] },
  org('cl:test-iov', 'International Office for Volunteers', [{ text: 'IOV', kind: 'abbreviation' }]),
  org('cl:test-mod', 'Rivenian Ministry of Defence', [{ text: 'MoD', kind: 'abbreviation' }, { text: 'MOD', kind: 'abbreviation' }], 'Q212'),
  org('cl:test-ifb', 'International Federation of Beacon Societies', [{ text: 'Beacon Crescent', kind: 'alias' }]),
  org('cl:test-uscc', 'US Coastal Command', [{ text: 'Coastal Command', kind: 'alias' }], 'Q30'),
  org('cl:test-rvaf', 'Rivenian Air Force', [{ text: 'RVAF', kind: 'abbreviation' }], 'Q212'),
  org('cl:test-cbr', 'Central Bank of Russia', [{ text: 'Bank of Russia', kind: 'alias' }], 'Q159'),
  { id: 'cl:test-dorvane', type: 'place', kind: 'country', label: 'Federal Republic of Dorvane', description: '', facts: [], names: [] },
  org('cl:test-movel', 'Multinational Observer Verification and Liaison Mission', [{ text: 'MOVEL', kind: 'abbreviation' }]),
  { id: 'cl:test-tramp', type: 'person', kind: 'person', label: 'Donald Tramp', description: '', facts: [], names: [{ text: 'Tramp', kind: 'surname' }] },
];
const kb = kbViewFromEntities([...FIXTURE_ENTITIES, ...EXTRA]);

const names = (text: string): EntityDraft[] =>
  detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb).filter((d) => !isReference(d));

describe('entities: a bracketed abbreviation stands for its expansion', () => {
  it('takes the expansion type and link even when the KB knows the letters as something else', () => {
    const drafts = names('The International Office for Volunteers (IOV) said IOV staff would stay.');
    assert.deepEqual(drafts.filter((d) => d.text === 'IOV').map((d) => [d.type, d.kbId]), [['organization', 'cl:test-iov'], ['organization', 'cl:test-iov']]);
  });

  it('keeps that meaning in later paragraphs', () => {
    const analyzer = createAnalyzer({ kb: { ...kb, version: 'test' } });
    const result = analyzer.analyze('The International Office for Volunteers (IOV) met.\n\nLater, IOV left.');
    assert.deepEqual(result.entities.filter((e) => e.text === 'IOV').map((e) => e.kbId), ['cl:test-iov', 'cl:test-iov']);
  });

  it('keeps a KB abbreviation whose letters do not start like the name before its bracket, in every mention', () => {
    // "… mission in the Federal Republic of Dorvane (MOVEL)": the bracket follows the country, but the letters are the mission's.
    const analyzer = createAnalyzer({ kb: { ...kb, version: 'test' } });
    const result = analyzer.analyze('The observer mission in the Federal Republic of Dorvane (MOVEL) said that MOVEL would stay.\n\nMOVEL left in May.');
    assert.deepEqual(result.entities.filter((e) => e.text === 'MOVEL').map((e) => [e.type, e.kbId]),
      [['organization', 'cl:test-movel'], ['organization', 'cl:test-movel'], ['organization', 'cl:test-movel']]);
  });

  it('lets the name before the bracket retype an abbreviation only when it differs and may override the KB link', () => {
    const draft = (text: string, type: EntityDraft['type'], kbId: string | null) => ({ text, type, kbId });
    const office = draft('International Office for Volunteers', 'organization', 'cl:test-iov');
    // The KB reads "IOV" as the isle; the expansion starts like the letters, so it wins.
    assert.equal(expansionRetypes(draft('IOV', 'place', 'cl:test-vell'), office), true);
    // Already the expansion's type and link: nothing to change.
    assert.equal(expansionRetypes(draft('IOV', 'organization', 'cl:test-iov'), office), false);
    // A KB-linked mission after a country that starts with another letter keeps its link.
    assert.equal(expansionRetypes(draft('MOVEL', 'organization', 'cl:test-movel'), draft('Federal Republic of Dorvane', 'place', 'cl:test-dorvane')), false);
    // Letters the KB does not know take the expansion's type whatever its first letter.
    assert.equal(expansionRetypes(draft('FAMa', 'other', null), draft('Malian Armed Forces', 'organization', null)), true);
  });

  it('matches an abbreviation the KB lists in two letter cases ("MoD", "MOD")', () => {
    assert.equal(mention(names('The Ministry of Defence (MOD) said. According to MOD figures, costs rose.'), 'MOD')?.kbId, 'cl:test-mod');
  });

  it('joins an organisation name cut by "against" and "in" up to its abbreviation, keeping the place nested', () => {
    const drafts = detectNames('Ukraine joined the Regional Action Group against Fuel Smuggling in Russia (RAGFS) in May.');
    assert.equal(mention(drafts, 'Regional Action Group against Fuel Smuggling in Russia')?.type, 'organization');
    assert.equal(mention(drafts, 'Russia')?.type, 'place');
    assert.equal(mention(drafts, 'RAGFS')?.type, 'organization');
    assert.equal(mention(drafts, 'Fuel Smuggling'), undefined);
  });

  it('does not join two names coordinated by "and"', () => {
    const drafts = detectNames('Talks between the Harbour Workers Union and the Coastal Traders Association (CTA) resumed.');
    assert.equal(mention(drafts, 'Harbour Workers Union')?.type, 'organization');
    assert.equal(mention(drafts, 'Coastal Traders Association')?.type, 'organization');
  });

  it('leaves an abbreviation of lower-case words untyped ("macro-financial assistance (MFA)")', () => {
    const drafts = detect('It offered macro-financial assistance (MFA) to Ukraine. The MFA arrived.');
    assert.deepEqual(drafts.filter((d) => d.text === 'MFA').map((d) => d.type), ['other', 'other']);
  });

  it('skips abbreviations inside document codes and acronyms naming an instrument', () => {
    const drafts = detectNames('It amends Council Regulation (EU) No 833/2014 and Decision 2014/512/CFSP (see EUCO 12/25) and funds the SAFE instrument.');
    assert.deepEqual(drafts.map((d) => d.text), []);
  });
});

describe('entities: bodies named with a state before them', () => {
  it("reads a state's branch of an international body as one unlinked organisation", () => {
    const drafts = names('The Ukrainian Beacon Crescent and the Russia Beacon Crescent Society sent aid; the Beacon Crescent thanked them.');
    assert.deepEqual(drafts.map((d) => [d.text, d.kbId]), [
      ['Ukrainian Beacon Crescent', null], ['Russia Beacon Crescent Society', null], ['Beacon Crescent', 'cl:test-ifb'],
    ]);
  });

  it("links a state's own institution written with the state's name before it", () => {
    assert.equal(mention(names('United States Coastal Command said so.'), 'United States Coastal Command')?.kbId, 'cl:test-uscc');
  });

  it('takes demonyms with group nouns as organisations, but not with "officials"', () => {
    const drafts = detectNames('Ukrainian trainers, German governments and American special forces met Russian officials and U.S. officials.');
    const orgs = drafts.filter((d) => d.type === 'organization').map((d) => d.text);
    assert.deepEqual(orgs, ['Ukrainian trainers', 'German governments', 'American special forces', 'U.S. officials']);
    assert.equal(mention(drafts, 'Russian')?.type, 'nationality');
  });

  it('types a group given its name as an organisation ("a newer group known as …")', () => {
    assert.equal(mention(detectNames('A newer group known as Tellmara Brothers expanded.'), 'Tellmara Brothers')?.type, 'organization');
  });
});

describe('entities: stations, sites, sections and programmes', () => {
  it("reads an air force's abbreviation before a name after a locative as a station", () => {
    const drafts = names('Jets flew from RVAF Kestrel Point to Kyiv; the RVAF said so. RVAF Falcons struck.');
    assert.equal(mention(drafts, 'RVAF Kestrel Point')?.type, 'place');
    assert.deepEqual(drafts.filter((d) => d.text === 'RVAF').map((d) => d.type), ['organization', 'organization']);
  });

  it('takes a lower-case site noun, an oil field and a numbered road into the place name', () => {
    const drafts = detectNames('Fighters overran Tessara camp. The Qaryun oil field lies east. Highway 7 crosses the river.');
    assert.equal(mention(drafts, 'Tessara camp')?.type, 'place');
    assert.equal(mention(drafts, 'Qaryun oil field')?.type, 'place');
    assert.equal(mention(drafts, 'Highway 7')?.type, 'place');
  });

  it('reads no entity into a Roman numeral numbering a heading', () => {
    assert.deepEqual(names('About 60% was paid.\nVI. COMPETITIVENESS\nIV. UKRAINE').map((d) => d.text), ['UKRAINE']);
  });

  it('reads no entity into a reference noun before its number ("Phase 4", "Stage 2")', () => {
    const drafts = detectNames('Some 40,000 people in Moscow are in Phase 4 (Emergency), others at Stage 2 or in Tier 3.');
    assert.deepEqual(drafts.filter((d) => /^(?:Phase|Stage|Tier)$/.test(d.text)), []);
    assert.equal(mention(drafts, 'Moscow')?.type, 'place');
  });

  it('reads no place into instruments and missions named after one', () => {
    const drafts = detectNames('Funds flow under the Ukraine Facility and the Reform and Growth Facility for Russia, and to the Russia Air Patrol mission.');
    assert.deepEqual(drafts.filter((d) => d.type === 'place').map((d) => d.text), []);
  });

  it('reads a bracket of an abbreviation and a place, and a region after an organisation head, as one organisation', () => {
    const drafts = detectNames('The EU mission at the crossing (EUBAM Moscow) met Harbour Logistics Ukraine.');
    assert.equal(mention(drafts, 'EUBAM Moscow')?.type, 'organization');
    assert.equal(mention(drafts, 'Harbour Logistics Ukraine')?.type, 'organization');
    assert.equal(mention(drafts, 'Moscow'), undefined);
  });

  it('finds a place inside a KB organisation name even behind a shorter KB name ("Central Bank of Russia")', () => {
    const drafts = names('Assets of the Central Bank of Russia stay frozen.');
    assert.deepEqual(drafts.map((d) => [d.text, d.type]), [['Central Bank of Russia', 'organization'], ['Russia', 'place']]);
  });

  it('keeps a KB surname after a sentence-opening "The" ("The Tramp camp"), so no camp is read into it', () => {
    const drafts = names('The Tramp camp rejected the report.');
    assert.deepEqual(drafts.map((d) => [d.text, d.type]), [['Tramp', 'person']]);
  });

  it('does not join a name to an organisation across a bare comma that ends a clause', () => {
    const drafts = detect('After the group would merge into NATO, al-Harbi broke with them.');
    assert.equal(mention(drafts, 'al-Harbi')?.type, 'other');
  });
});

function detect(text: string): EntityDraft[] {
  return detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb);
}
