import { strict as assert } from 'node:assert';
import type { EntityDraft } from '../../../src/core/detect/drafts';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { isReference } from '../../../src/core/entities/senses';
import { FIXTURE_ENTITIES } from './fixtureKb';
import { mention } from './helpers';

// Organisation names built on a generic head the KB also knows alone ("Centre", a region of
// Burkina Faso; "Commission", the European Commission's short name) or on a state's name.
const kb = kbViewFromEntities([
  ...FIXTURE_ENTITIES,
  { id: 'R-centre', type: 'place', kind: 'region', label: 'Centre', description: '', names: [], facts: [] },
]);
const names = (text: string): EntityDraft[] =>
  detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb).filter((d) => !isReference(d));

describe('entities: organisation names on generic heads', () => {
  it('joins "for" and "on" after a head into one organisation, even when the head alone is a KB name', () => {
    const drafts = names('A report by the Centre for Riverine Policy Studies, Moscow, briefed the Commission on Coastal Fisheries.');
    assert.equal(mention(drafts, 'Centre for Riverine Policy Studies')?.type, 'organization');
    assert.equal(mention(drafts, 'Commission on Coastal Fisheries')?.type, 'organization');
    assert.equal(mention(drafts, 'Commission on Coastal Fisheries')?.kbId, null);
    assert.equal(mention(drafts, 'Centre'), undefined);
    assert.equal(mention(drafts, 'Moscow')?.type, 'place');
    assert.equal(mention(names('The Northern Council on Water Rights met.'), 'Northern Council on Water Rights')?.type, 'organization');
  });

  it('keeps a date or a KB name after "on" out of the body\'s name', () => {
    const drafts = names('The Commission on Monday briefed the Council on Ukraine.');
    assert.equal(mention(drafts, 'Commission')?.type, 'organization');
    assert.equal(mention(drafts, 'Ukraine')?.type, 'place');
    assert.ok(!drafts.some((d) => d.text.includes(' on ')), drafts.map((d) => d.text).join('|'));
  });

  it('reads a state\'s stock exchange as an organisation, the state not meant', () => {
    const drafts = names('Shares on the Ukraine Stock Exchange fell.');
    assert.equal(mention(drafts, 'Ukraine Stock Exchange')?.type, 'organization');
    assert.equal(mention(drafts, 'Ukraine'), undefined);
  });

  it('reads a city\'s stock exchange as an organisation, the city its brand and no place', () => {
    const drafts = names('Shares on the Moscow Stock Exchange (MSE) fell, as did those in Pyongyang.');
    assert.equal(mention(drafts, 'Moscow Stock Exchange')?.type, 'organization');
    assert.equal(mention(drafts, 'Moscow'), undefined);
    assert.equal(mention(drafts, 'Pyongyang')?.type, 'place');
  });

  it('reads "Bank" before a proper name as a bank, a state ending the name not a place of its own', () => {
    const drafts = names('Deposits at Bank Ostrova Ukraine and Bank Varenik fell, and Bank Kovalenko Trust said so.');
    for (const name of ['Bank Ostrova Ukraine', 'Bank Varenik', 'Bank Kovalenko Trust']) assert.equal(mention(drafts, name)?.type, 'organization', name);
    assert.equal(mention(drafts, 'Ukraine'), undefined);
    // A compound or a title after "Bank" is no bank's name.
    assert.equal(mention(names('The Bank Holiday Monday was quiet.'), 'Bank Holiday'), undefined);
    assert.equal(mention(names('Bank Governor Olena Varta spoke.'), 'Bank Governor'), undefined);
  });

  it('reads a statistics office or an airline named by its country as one organisation', () => {
    const drafts = names('Figures from Statistics Ukraine show that Air Ukraine and Air Russia cut routes.');
    for (const name of ['Statistics Ukraine', 'Air Ukraine', 'Air Russia']) assert.equal(mention(drafts, name)?.type, 'organization', name);
    assert.equal(mention(drafts, 'Ukraine'), undefined);
    // "Air" before anything but a country opens no airline.
    assert.equal(mention(names('The Ukrainian Air Force struck.'), 'Ukrainian Air Force')?.type, 'organization');
  });

  it('reads a prosecution office as an organisation', () => {
    assert.equal(mention(names('The Regional Prosecution opened an inquiry.'), 'Regional Prosecution')?.type, 'organization');
  });

  it('keeps a heading line that is only a body\'s "of"-name, and a sentence-initial one the text also writes in lower case', () => {
    const drafts = names('The council met.\n\nCouncil of Elders\n\nThe elders spoke.');
    assert.equal(mention(drafts, 'Council of Elders')?.type, 'organization');
    const later = names('Ministry of Water officials left. The ministry said so.');
    assert.equal(mention(later, 'Ministry of Water')?.type, 'organization');
    assert.equal(mention(later, 'Water'), undefined);
  });
});


describe('entities: abbreviations after a longer name than the KB\'s', () => {
  it('joins a KB organisation and its "of"-tail when the abbreviation spells them, and types the abbreviation so', () => {
    const drafts = names('The North Atlantic Treaty Organization of Ukraine (NATOU) met. NATOU said so.');
    assert.equal(mention(drafts, 'North Atlantic Treaty Organization of Ukraine')?.kbId, null);
    assert.equal(mention(drafts, 'Ukraine')?.type, 'place');
    const abbreviations = drafts.filter((d) => d.text === 'NATOU');
    assert.equal(abbreviations.length, 2);
    assert.ok(abbreviations.every((d) => d.type === 'organization'), abbreviations.map((d) => d.type).join());
  });
});
