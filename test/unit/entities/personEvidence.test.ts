import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../../src/core/analyzer';
import { fixtureKb } from './fixtureKb';
import { detect, detectNames, mention } from './helpers';

const typeOf = (text: string, surface: string): string | undefined => mention(detectNames(text), surface)?.type;
const people = (text: string): string[] => detectNames(text).filter((d) => d.type === 'person').map((d) => d.text);

describe('entities: a title-case run is a person only with person evidence', () => {
  it('types no person for concepts and programmes written in title case', () => {
    assert.deepEqual(people('The Harbour Growth Facility opened. Countering Violent Extremism: the plan funds Coastal Air Policing.'), []);
    assert.deepEqual(people('Talks on Money Laundering and Border Reform continued.'), []);
  });

  it('still types a name opening with a given name from the wider or the regional list', () => {
    assert.equal(typeOf('Talks with Helena Brandt continued in Moscow.', 'Helena Brandt'), 'person');
    assert.equal(typeOf('Talks with Raed Haddam and Emre Sarp continued.', 'Raed Haddam'), 'person');
    assert.equal(typeOf('Talks with Raed Haddam and Emre Sarp continued.', 'Emre Sarp'), 'person');
    // The regional names make no single word a person.
    assert.notEqual(typeOf('The talks with Raed continued.', 'Raed'), 'person');
  });

  it('types a name after a role in apposition before it', () => {
    assert.equal(typeOf('His wife, Umm Zaynab, was detained.', 'Umm Zaynab'), 'person');
    assert.equal(typeOf('A local physician from Moscow, Jubran Kharazi, said the clinic was full.', 'Jubran Kharazi'), 'person');
    assert.equal(typeOf("Russia's trade minister, Tarek Olumide, arrived.", 'Tarek Olumide'), 'person');
  });

  it('types a name after a role noun, "such as" after people, and in a byline', () => {
    assert.equal(typeOf('Funds reached the businessman Farid Haddam in May.', 'Farid Haddam'), 'person');
    assert.equal(typeOf('Historians such as Dorin Mocanu disagree.', 'Dorin Mocanu'), 'person');
    const byline = detectNames('By Ilse Varga and Dorin Mocanu\nReporting by Ilse Varga in Moscow and Dorin Mocanu in Kyiv');
    assert.deepEqual(byline.filter((d) => d.text === 'Dorin Mocanu').map((d) => d.type), ['person', 'person']);
  });

  it('lets an abbreviated title before its dot win over a KB place ("Lt. Gen. Washington Okafor")', () => {
    const drafts = detectNames('The commander, Lt. Gen. Washington Okafor, flew in.');
    assert.equal(mention(drafts, 'Washington Okafor')?.type, 'person');
    assert.equal(mention(drafts, 'Washington'), undefined);
  });
});

describe('entities: encyclopedic definitions and toponym heads', () => {
  it('types the subject of "X (gloss) is a town" as a place, whatever its particles', () => {
    assert.equal(typeOf('Marsa al-Khor (Arabic: مرسى الخور) is a village on the coast.', 'Marsa al-Khor'), 'place');
  });

  it('types the subject of "X (gloss), also known as Y, is a commander" as a person', () => {
    assert.equal(typeOf('Jubran Kharazi (Arabic: جبران), also known as Abu Samir,[2] is a militant commander.', 'Jubran Kharazi'), 'person');
  });

  it('types a name with a place appositive after it (", a village near …") as a place', () => {
    assert.equal(typeOf('Qaryat Sulm, a village near the border, was shelled.', 'Qaryat Sulm'), 'place');
  });

  it('reads Arabic toponym heads as opening a place name', () => {
    assert.equal(typeOf('Deir Hanna was shelled overnight.', 'Deir Hanna'), 'place');
  });

  it('keeps "General" before a place head inside the place name ("… General Hospital")', () => {
    const drafts = detectNames('The Marsa al-Khor General Hospital reopened.');
    assert.equal(mention(drafts, 'Marsa al-Khor General Hospital')?.type, 'place');
    assert.equal(drafts.filter((d) => d.type === 'person').length, 0);
  });
});

describe('entities: capitalised roles standing for one person', () => {
  it('takes a portfolio and title with no name after them as one person', () => {
    const drafts = detectNames('The Humanitarian Coordinator met the Trade Commissioner. Russia\'s Refugee Relief and Repatriation Commissioner came.');
    assert.equal(mention(drafts, 'Humanitarian Coordinator')?.sense, 'role');
    assert.equal(mention(drafts, 'Trade Commissioner')?.type, 'person');
    assert.equal(mention(drafts, 'Refugee Relief and Repatriation Commissioner')?.type, 'person');
    assert.equal(mention(drafts, 'Refugee Relief'), undefined);
  });

  it('takes a title after a possessive determiner, and "High Representative", as a person', () => {
    const drafts = detectNames('The council, chaired by its President, Ilse Varga, met the High Representative, Dorin Mocanu.');
    assert.equal(mention(drafts, 'President')?.type, 'person');
    assert.equal(mention(drafts, 'High Representative')?.type, 'person');
  });

  it('reads contact lines: a possessive title, and an acronym before its desk', () => {
    const drafts = detect("Media enquiries\nMinister's office: (02) 5550 1234\nMFAT Media: (02) 5550 4321");
    assert.equal(mention(drafts, 'Minister')?.type, 'person');
    assert.equal(mention(drafts, 'MFAT')?.type, 'organization');
  });
});

describe('entities: more person cues and document-level typing', () => {
  it('reads a possessive owner before the role in an appositive ("…, Ana Berg\'s senior adviser,")', () => {
    assert.equal(typeOf('Tarek Boulos, Ilse Varga\'s senior adviser, said so.', 'Tarek Boulos'), 'person');
  });

  it('takes no title joined to another by a slash for a person on its own', () => {
    assert.deepEqual(people('Statement by High Representative/Vice-President Ilse Varga on Moscow.'), ['Ilse Varga']);
  });

  it('types an untyped name from a later mention in the document', () => {
    const analyzer = createAnalyzer({ kb: { ...fixtureKb, version: 'test' } });
    const result = analyzer.analyze('Talks between Dorin Mocanu and the board stalled.\n\nMocanu said the deal was off.\n\nMarsa al-Khor\n\nMarsa al-Khor (Arabic: مرسى) is a village.');
    const typeOfText = (t: string): string[] => result.entities.filter((e) => e.text === t).map((e) => e.type);
    assert.deepEqual(typeOfText('Dorin Mocanu'), ['person']);
    assert.deepEqual(typeOfText('Marsa al-Khor'), ['place', 'place']);
  });
});

describe('entities: titles, surnames and group nouns around unknown names', () => {
  it('leaves religious titles and abbreviated ranks out of the name', () => {
    assert.deepEqual(people('Bishop Rolando Varga met Ayatollah Jubran Kharazi and Lt Col Hamid Barzani.'),
      ['Rolando Varga', 'Jubran Kharazi', 'Hamid Barzani']);
  });

  it('reads a one-word KB town after a lone given name as the surname', () => {
    assert.equal(typeOf('Talks with Paul Washington ended.', 'Paul Washington'), 'person');
    assert.equal(typeOf('Talks in Moscow ended.', 'Moscow'), 'place');
  });

  it('reads a lower-case group noun after a name as an organisation, whatever the name holds', () => {
    assert.equal(typeOf('Fighters of the Lions of the Tigris movement shelled Deir Mama.', 'Lions of the Tigris movement'), 'organization');
    assert.equal(typeOf('Fighters of the Lions of the Tigris movement shelled Deir Mama.', 'Deir Mama'), 'place');
  });

  it('takes a site noun with its kind into the place ("the Khanke refugee camp")', () => {
    assert.equal(typeOf('Aid reached the Khanke refugee camp.', 'Khanke refugee camp'), 'place');
  });
});

describe('entities: section labels', () => {
  it('reads no names into a title-case label opening a line before a colon', () => {
    const drafts = detectNames('Countering Violent Extremism: the plan grew.\nInternational and Regional Cooperation: Moscow joined.');
    assert.deepEqual(drafts.map((d) => d.text), ['Moscow']);
  });

  it('keeps speaker labels, bodies and acronyms that label a line', () => {
    const drafts = detectNames('Ilse Varga: Thank you.\nDefence Committee: Oral evidence.\nMFAT Media: (02) 5550 1234');
    const typed = drafts.filter((d) => d.type !== 'other').map((d) => [d.text, d.type]);
    assert.deepEqual(typed, [['Ilse Varga', 'person'], ['Defence Committee', 'organization'], ['MFAT', 'organization']]);
  });
});

describe('entities: a KB place inside a double surname', () => {
  it('reads a KB city hyphen-joined to an unknown word after a name as half of the surname', () => {
    const drafts = detectNames('By Tomas Moscow-Ferreira\nKYIV, May 3 - The talks resumed.');
    assert.equal(mention(drafts, 'Tomas Moscow-Ferreira')?.type, 'person');
    assert.equal(mention(drafts, 'Moscow'), undefined);
  });

  it('keeps the place when no name comes before it or the KB knows both halves', () => {
    assert.equal(typeOf('Trains on the Moscow-Ferreira line stopped.', 'Moscow'), 'place');
    assert.equal(typeOf('New Moscow-Ferreira trains arrived.', 'Moscow'), 'place');
    assert.equal(typeOf('Envoy Tomas Russia-Ukraine met them.', 'Russia'), 'place');
  });
});

describe('entities: person evidence for names no list knows', () => {
  it('types a list of names after a plural role noun, a KB place opening one of them included', () => {
    const drafts = detectNames('The families spoke through their legal representatives, Washington Reyes and Tavo Kerrigan-Obi.');
    assert.equal(mention(drafts, 'Washington Reyes')?.type, 'person');
    assert.equal(mention(drafts, 'Tavo Kerrigan-Obi')?.type, 'person');
    assert.equal(mention(drafts, 'Washington'), undefined);
    // One name after the plural is no list of people: "its partners, Washington Harbour …".
    assert.equal(typeOf('The firm thanked its lawyers, Washington Quay, for the venue.', 'Washington'), 'place');
  });

  it('types the agent after "led by", "chaired by"', () => {
    assert.equal(typeOf('A delegation led by Oren Vashti reached Moscow.', 'Oren Vashti'), 'person');
    assert.equal(typeOf('The panel, chaired by Kellan Moerdijk, met twice.', 'Kellan Moerdijk'), 'person');
  });

  it('types a name before "of the" and an organisation name', () => {
    const drafts = detectNames('Tendai Mukoro of the Unity Reform Party came second, ahead of Bakari Olumbe of the UPR Front on 2 per cent.');
    assert.equal(mention(drafts, 'Tendai Mukoro')?.type, 'person');
    assert.equal(mention(drafts, 'Bakari Olumbe')?.type, 'person');
    assert.equal(mention(drafts, 'Unity Reform Party')?.type, 'organization');
    // The name after "of the" must end in an organisation head.
    assert.notEqual(typeOf('Tendai Mukoro of the Southern Hills came.', 'Tendai Mukoro'), 'person');
  });

  it('types a name with a hyphenated double surname, but no place opened by a compass word or "Saint"', () => {
    assert.equal(typeOf('They met Tavo Kerrigan-Obi on Friday.', 'Tavo Kerrigan-Obi'), 'person');
    assert.notEqual(typeOf('Trains reached Saint Maur-Vallee on Friday.', 'Saint Maur-Vallee'), 'person');
  });

  it('reads a given name ending like an adjective as a given name ("Dominic")', () => {
    assert.equal(typeOf('In the case against Dominic Orwelle, the court ruled.', 'Dominic Orwelle'), 'person');
  });
});
