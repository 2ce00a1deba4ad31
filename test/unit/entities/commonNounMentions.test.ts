import { strict as assert } from 'node:assert';
import { detect } from './helpers';

const spans = (text: string, sense: string): Array<[string, string]> =>
  detect(text).filter((d) => d.sense === sense).map((d) => [d.text, d.type]);

describe('entities: facilities and sites as places', () => {
  it('marks a determiner, modifiers and a building or site head as a facility', () => {
    const text = 'A drone struck a petrol station near Kherson, and the al-Shifa hospital lost power. Crews reached the refugee camp.';
    assert.deepEqual(spans(text, 'facility'), [['a petrol station', 'place'], ['the al-Shifa hospital', 'place'], ['the refugee camp', 'place']]);
  });

  it('needs a place cue or a site modifier for heads that are also abstract words', () => {
    assert.deepEqual(spans('The party hopes to widen its base. Shelling hit the base at dawn.', 'facility'), [['the base', 'place']]);
    assert.deepEqual(spans('The power station opened in 1983, when the market was calm.', 'facility'), [['The power station', 'place']]);
  });

  it('does not read a verb after a plural subject as a site ("the militants base their…")', () => {
    assert.deepEqual(spans('In the north the militants base their fighters in caves.', 'facility'), []);
  });

  it('marks settlements and areas with adjectives as anaphors, not "the city council"', () => {
    const text = 'The walled city surrendered after a week. The city council met in a nearby village.';
    assert.deepEqual(spans(text, 'anaphor'), [['The walled city', 'place'], ['a nearby village', 'place']]);
  });

  it('types a named building as a place, also after a KB name', () => {
    const drafts = detect('Patients were moved to the Brandholm Mosque and to Kyiv Regional Hospital.');
    assert.equal(drafts.find((d) => d.text === 'Brandholm Mosque')?.type, 'place');
    assert.equal(drafts.find((d) => d.text === 'Kyiv Regional Hospital')?.type, 'place');
  });
});

describe('entities: common-noun references to organisations', () => {
  it('marks the regime, the government and the international community as organisation anaphors', () => {
    const text = 'The regime and its allies missed the deadline. The international community urged the government to act.';
    assert.deepEqual(spans(text, 'anaphor'), [
      ['The regime', 'organization'], ['its allies', 'organization'], ['The international community', 'organization'], ['the government', 'organization'],
    ]);
  });

  it('includes a possessive owner and adjectives ("Assad’s brutal regime") and owners of forces', () => {
    const text = 'Assad’s brutal regime shelled the town while coalition forces and security forces waited.';
    const orgs = detect(text).filter((d) => d.type === 'organization').map((d) => [d.text, d.sense]);
    // A named owner makes a definite institution, shown like a name (no reference sense).
    assert.deepEqual(orgs, [['Assad’s brutal regime', null], ['coalition forces', 'anaphor'], ['security forces', 'anaphor']]);
  });

  it('leaves modifiers and counted groups alone ("the military action", "a group of supporters", "killed 84 insurgents")', () => {
    const text = 'The military action continued. A group of supporters gathered. The sweep killed 84 insurgents.';
    assert.deepEqual(spans(text, 'anaphor').filter(([, t]) => t === 'organization'), []);
  });

  it('does not repeat a named organisation that ends on the same word ("the Iraqi government")', () => {
    const drafts = detect('Talks with the Iraqi government resumed.');
    assert.equal(drafts.filter((d) => d.type === 'organization').length, 1);
  });
});

describe('entities: common-noun references to people', () => {
  it('marks a determiner, modifiers and a role noun as a person anaphor', () => {
    const text = 'Kyiv named the Ukrainian commander for the region. A village doctor said a senior Russian general was hurt.';
    assert.deepEqual(spans(text, 'anaphor').filter(([, t]) => t === 'person'), [
      ['the Ukrainian commander', 'person'], ['A village doctor', 'person'], ['a senior Russian general', 'person'],
    ]);
  });

  it('leaves predicate nouns and kinship words alone ("he was a captain", "the son of")', () => {
    const text = 'He was a captain in the coastguard and the son of a farmer.';
    assert.deepEqual(spans(text, 'anaphor').filter(([, t]) => t === 'person'), []);
  });
});

describe('entities: plural groups of people', () => {
  it('marks civilians, aid workers and all parties as organisation groups, with their numbers and modifiers', () => {
    const text = 'Medics reported 63 civilians hurt; aid workers and all parties must respect the truce.';
    assert.deepEqual(spans(text, 'group'), [['63 civilians', 'organization'], ['aid workers', 'organization'], ['all parties', 'organization']]);
  });

  it('does not repeat a group already named by a demonym or an organisation reference', () => {
    const drafts = detect('Ukrainian soldiers and coalition troops advanced.');
    assert.deepEqual(drafts.filter((d) => d.type === 'organization').map((d) => [d.text, d.sense]), [
      ['Ukrainian soldiers', 'military'], ['coalition troops', 'anaphor'],
    ]);
  });
});

describe('entities: plural groups of people, phrase edges', () => {
  it('takes every digit group of a number and stops at verbs before the noun', () => {
    const text = 'Seoul said 100,000 troops moved; rebels killed soldiers while displaced people fled.';
    assert.deepEqual(spans(text, 'group').map(([t]) => t), ['100,000 troops', 'rebels', 'soldiers', 'displaced people']);
  });
});

describe('entities: plural places', () => {
  it('marks plural areas and buildings after a modifier, a determiner, a list or a locative word', () => {
    const text = 'Aid went to besieged areas and other towns, while strikes on hospitals, schools and bakeries in villages went on.';
    assert.deepEqual(spans(text, 'area').map(([t]) => t), ['besieged areas', 'other towns', 'hospitals', 'schools', 'villages']);
    // After a name an "-ed" word is a verb, and a verb is no modifier.
    assert.deepEqual(spans('The militia attacked hospitals. Raiders struck villages.', 'area'), []);
  });

  it('leaves "areas of cooperation" and plurals after a number alone', () => {
    assert.deepEqual(spans('They agreed key areas of cooperation and built 12 schools.', 'area'), []);
  });
});
