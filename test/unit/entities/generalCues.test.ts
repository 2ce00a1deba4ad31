import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

// Cue words by linguistic category, checked on invented sentences (no KB entry for these names).
describe('entities: general cues for names the KB does not know', () => {
  it('types organisations ending in Resistance, Limited or International', () => {
    const drafts = detectNames('Fighters of the Qarn Resistance seized a depot owned by Halvard Grain Limited and leased to Brenmoor International.');
    assert.equal(mention(drafts, 'Qarn Resistance')?.type, 'organization');
    assert.equal(mention(drafts, 'Halvard Grain Limited')?.type, 'organization');
    assert.equal(mention(drafts, 'Brenmoor International')?.type, 'organization');
  });

  it('reads "to" after a body\'s head as the infinitive of its name, no direction to a place', () => {
    const drafts = detectNames('Donors gave to the Velmar Fund to Defeat Cholera, Typhoid and Measles, and sent teams to Brenmoor.');
    for (const name of ['Defeat Cholera', 'Typhoid', 'Measles']) assert.notEqual(mention(drafts, name)?.type, 'place', name);
    assert.equal(mention(drafts, 'Brenmoor')?.type, 'place');
  });

  it('treats a Counsellor as a title before a name, not part of it', () => {
    const drafts = detectNames('The court sentenced State Counsellor Thiri Maung Lwin in absentia.');
    assert.equal(mention(drafts, 'Thiri Maung Lwin')?.type, 'person');
    assert.equal(mention(drafts, 'State Counsellor Thiri Maung Lwin'), undefined);
  });

  it('types religious and regional group adjectives as nationalities', () => {
    const drafts = detectNames('Salafi preachers and Nordic diplomats met in the port.');
    assert.equal(mention(drafts, 'Salafi')?.type, 'nationality');
    assert.equal(mention(drafts, 'Nordic')?.type, 'nationality');
  });

  it('joins a trailing basin or delta to the name before it, and reads Ras as a cape', () => {
    const drafts = detectNames('Rain over the Kalundi basin flooded roads near Ras Marfa last week.');
    assert.equal(mention(drafts, 'Kalundi basin')?.type, 'place');
    assert.equal(mention(drafts, 'Ras Marfa')?.type, 'place');
  });
});

describe('entities: Arabic place names and places listed after "the ports of"', () => {
  it('starts a name at an assimilated Arabic article glued by a hyphen ("ad-", "ash-")', () => {
    const drafts = detectNames('Convoys moved from al-Qurayn and ad-Dumaysah to the coast, then via ash-Sharqat.');
    assert.equal(mention(drafts, 'ad-Dumaysah')?.type, 'place');
    assert.equal(mention(drafts, 'ash-Sharqat')?.type, 'place');
  });

  it('keeps "as" and "at" as English words between names', () => {
    const drafts = detectNames('Halvor Brenn served as Lennart Osk at Vestmark.');
    assert.equal(mention(drafts, 'as Lennart Osk'), undefined);
    assert.ok(!drafts.some((d) => d.text.includes('Brenn served')));
  });

  it('types names after "the ports of" and "the districts of" as places, with their coordinates', () => {
    const drafts = detectNames('The ceasefire covers the ports of Marsa Kuray and Dhubab, and the districts of Qatinah and al-Zuhra.');
    for (const name of ['Marsa Kuray', 'Dhubab', 'Qatinah', 'al-Zuhra']) assert.equal(mention(drafts, name)?.type, 'place', name);
  });
});

describe('entities: demonym pairs, state ground and generic KB words inside names', () => {
  it('types a hyphenated pair opened by a combining form as a nationality', () => {
    const drafts = detectNames('Scholars of the Sino-Soviet split and of Anglo-French rivalry disagree.');
    assert.equal(mention(drafts, 'Sino-Soviet')?.type, 'nationality');
    assert.equal(mention(drafts, 'Anglo-French')?.type, 'nationality');
  });

  it('makes "Russian border" a place only when "border" ends the phrase', () => {
    const patrol = detectNames('A Russian border patrol stopped the lorry.');
    assert.equal(mention(patrol, 'Russian border'), undefined);
    assert.equal(mention(patrol, 'Russian')?.type, 'nationality');
    const ground = detectNames('The lorry crossed onto Russian soil at dawn.');
    assert.equal(mention(ground, 'Russian soil')?.type, 'place');
  });

  it('lets a one-word KB name that is a generic head end an unknown organisation', () => {
    const kb = kbViewFromEntities([
      { id: 'R1', type: 'place', kind: 'region', label: 'Centre', description: '', names: [], facts: [] },
    ]);
    const text = 'She directs the Harrow Vale Climate Centre near Lusaka.';
    const drafts = detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb);
    assert.equal(mention(drafts, 'Harrow Vale Climate Centre')?.type, 'organization');
    assert.equal(mention(drafts, 'Centre'), undefined);
  });
});

describe('entities: a country in a list is named, not acting', () => {
  it('keeps "the United States" a place among listed countries, and an actor after a verb clause', () => {
    const listed = detectNames('Observers came from Germany, Ukraine, the United States and Russia.');
    assert.ok(!listed.some((d) => d.type === 'organization'), JSON.stringify(listed));
    assert.equal(mention(listed, 'United States')?.type, 'place');
    const acting = detectNames('Later the United States pressed Russia to talk.');
    assert.equal(mention(acting, 'the United States')?.type, 'organization');
  });
});

describe('entities: short acronyms the KB writes in mixed case', () => {
  const kb = kbViewFromEntities([
    { id: 'A1', type: 'organization', kind: 'agency', label: 'Harbour Ministry', description: '', facts: [], names: [{ text: 'HaM', kind: 'abbreviation' }] },
    { id: 'C1', type: 'place', kind: 'city', label: 'Vela', description: '', names: [], facts: [] },
  ]);
  const run = (text: string): ReturnType<typeof detectEntities> => detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb);

  it('types an all-caps word after "the" as an organisation acronym', () => {
    assert.equal(mention(run('Contracts go through the HAM’s buying office.'), 'HAM')?.type, 'organization');
  });

  it('still reads a shouted KB place name in a dateline as no acronym', () => {
    assert.equal(mention(run('VELA, 3 March: the port reopened.'), 'VELA')?.type, undefined);
  });
});

describe('entities: signature lines of a statement', () => {
  it('finds the people in title-case signature lines, without their titles', () => {
    const text = 'We will keep working with partners.\n\nMinister for Trade Senator Maren Holt\nMinister of Foreign Affairs Hon Tane Whaanga\n';
    const drafts = detectNames(text);
    assert.equal(mention(drafts, 'Maren Holt')?.type, 'person');
    assert.equal(mention(drafts, 'Tane Whaanga')?.type, 'person');
    assert.ok(!drafts.some((d) => /Affairs|Hon|Senator/.test(d.text)), JSON.stringify(drafts));
  });

  it('still reads a title-case headline as a heading', () => {
    assert.deepEqual(detectNames('Trade Envoy Welcomes Harbour Reform Plan\n\nThe envoy spoke.').filter((d) => d.type === 'person'), []);
  });
});

describe('entities: groups led or backed by a named state', () => {
  it('makes "<name>-led coalition" an organisation around the name, which stays a mention', () => {
    const drafts = detectNames('The Russian-backed militia withdrew and the US-led coalition moved in.');
    assert.equal(mention(drafts, 'Russian-backed militia')?.type, 'organization');
    assert.equal(mention(drafts, 'Russian')?.type, 'nationality');
    assert.equal(mention(drafts, 'US-led coalition')?.type, 'organization');
    assert.equal(mention(drafts, 'US')?.type, 'place');
  });

  it('leaves the group noun alone when it only modifies the next noun', () => {
    const drafts = detectNames('US-led coalition aircraft struck the depot.');
    assert.equal(mention(drafts, 'US-led coalition'), undefined);
    assert.equal(mention(drafts, 'US')?.type, 'place');
  });
});

describe('entities: institutions opened by an adjective before a KB name', () => {
  it('makes "Royal <state> Air Force" one organisation, and leaves "Royal" alone otherwise', () => {
    const drafts = detectNames('Jets of the Royal Russian Air Force and the National Ukrainian Guard flew over Royal Russian diplomats.');
    assert.equal(mention(drafts, 'Royal Russian Air Force')?.type, 'organization');
    assert.equal(mention(drafts, 'National Ukrainian Guard')?.type, 'organization');
    assert.ok(['other', undefined].includes(mention(drafts, 'Royal')?.type), 'a lone "Royal" is no typed name');
    assert.ok(!drafts.some((d) => d.text.includes(' and the ')));
  });
});

describe('entities: titles before given names that are also places, chairs, commands and coalitions', () => {
  it('reads a one-word KB city right after a title as a given name when a surname follows', () => {
    const drafts = detectNames('The plan was drawn up by General Moscow Hartigan, and Hartigan apologised later.');
    assert.equal(mention(drafts, 'Moscow Hartigan')?.type, 'person');
    assert.ok(!drafts.some((d) => d.text === 'Moscow'));
  });

  it('keeps a country after a title a place ("General Russia" is no given name)', () => {
    assert.equal(mention(detectNames('General Russia Hartigan came.'), 'Russia')?.type, 'place');
  });

  it('reads "the Chair of X" and "the Chairperson of X" as roles', () => {
    const drafts = detectNames('She met the Chair of the Harbour Council, then the Chairperson of the Coastal Union Commission.');
    assert.equal(mention(drafts, 'Chair of the Harbour Council')?.type, 'person');
    assert.equal(mention(drafts, 'Chairperson of the Coastal Union Commission')?.type, 'person');
  });

  it('types a command named by a compass word and a name after "coalition" as organisations', () => {
    const drafts = detectNames('Troops of Regional Command West and the reform coalition Tadamun attended.');
    assert.equal(mention(drafts, 'Regional Command West')?.type, 'organization');
    assert.equal(mention(drafts, 'Tadamun')?.type, 'organization');
  });
});
