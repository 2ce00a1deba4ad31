import { strict as assert } from 'node:assert';
import { detect, detectNames, mention, texts } from './helpers';

describe('entities: names the KB does not know', () => {
  it('leaves titles out of a person name', () => {
    const drafts = detect('German Chancellor Olaf Scholz met President Putin and Prime Minister Ana Lindqvist.');
    assert.equal(mention(drafts, 'German')?.type, 'nationality');
    assert.equal(mention(drafts, 'Olaf Scholz')?.type, 'person');
    assert.equal(mention(drafts, 'Putin')?.type, 'person');
    assert.equal(mention(drafts, 'Ana Lindqvist')?.type, 'person');
    assert.ok(!texts(drafts).some((t) => /Chancellor|President|Minister/.test(t)));
  });

  it('labels an unknown person with the full name so a later surname can share it', () => {
    assert.equal(mention(detect('Analyst Tomasz Wierzbicki said the figures were low.'), 'Tomasz Wierzbicki')?.label, 'Tomasz Wierzbicki');
  });

  it('types unknown organisations by their head word and "of" pattern', () => {
    const drafts = detect('The Baltic Shipping Company and the Ministry of Coastal Defence signed a deal with Rostov Grain Bank.');
    assert.equal(mention(drafts, 'Baltic Shipping Company')?.type, 'organization');
    assert.equal(mention(drafts, 'Ministry of Coastal Defence')?.type, 'organization');
    assert.equal(mention(drafts, 'Rostov Grain Bank')?.type, 'organization');
  });

  it('merges a KB name with an organisation head into one organisation', () => {
    const drafts = detect('Officials from the Ukrainian Grain Council and the Russian Army met.');
    assert.equal(mention(drafts, 'Ukrainian Grain Council')?.type, 'organization');
    assert.equal(mention(drafts, 'Russian Army')?.type, 'organization');
    assert.equal(mention(drafts, 'Russian Army')?.kbId, 'Q159');
  });

  it('keeps a full name and its parenthesised abbreviation as two organisation mentions', () => {
    const drafts = detect('Ministers of the Asia-Pacific Economic Cooperation (APEC) met in Lima.');
    assert.equal(mention(drafts, 'Asia-Pacific Economic Cooperation')?.type, 'organization');
    assert.equal(mention(drafts, 'APEC')?.type, 'organization');
  });

  it('types unknown places by a locative preposition, a place word and "-based"', () => {
    const drafts = detect('Fighting spread to Velikaya Rechka and the Dniester Valley, said a Tiraspol-based monitor.');
    assert.equal(mention(drafts, 'Velikaya Rechka')?.type, 'place');
    assert.equal(mention(drafts, 'Dniester Valley')?.type, 'place');
    assert.equal(mention(drafts, 'Tiraspol')?.type, 'place');
  });

  it('does not take sentence-initial words, months or weekdays for names', () => {
    const drafts = detect('However, sanctions rose. Sanctions matter. In May and on Monday the talks resumed. Despite this, nothing moved.');
    assert.deepEqual(drafts, []);
  });

  it('finds no unknown names on headings and all-caps lines, but still finds KB names there', () => {
    const drafts = detect('# Quarterly Security Outlook For Partner Nations\nSTRATEGIC REVIEW OF EASTERN FLANK\nWeekly Notes On North Korea');
    assert.deepEqual(texts(drafts), ['North Korea']);
  });

  it('does not guess a person for capitalised common nouns', () => {
    const drafts = detect('Delegates praised the International Community and the Criminal Code reforms.');
    assert.equal(drafts.filter((d) => d.type === 'person').length, 0);
  });
});

describe('entities: titles, particles and groups without a KB entry', () => {
  it('takes a capitalised title standing alone for a person, but not a name-less sentence start', () => {
    const drafts = detect('The Foreign Secretary met envoys. Later the Minister spoke. Major cities were calm.');
    assert.equal(mention(drafts, 'Foreign Secretary')?.type, 'person');
    assert.equal(mention(drafts, 'Minister')?.type, 'person');
    assert.equal(mention(drafts, 'Major'), undefined);
  });

  it('reads a lower-case particle between capitalised words as part of a person name', () => {
    const drafts = detect('Talks with Haider al-Abadi and Ursula von der Leyen resumed.');
    assert.equal(mention(drafts, 'Haider al-Abadi')?.type, 'person');
    assert.equal(mention(drafts, 'Ursula von der Leyen')?.type, 'person');
  });

  it('types ethnic and religious groups as nationality, and their forces as an organisation', () => {
    const drafts = detect('Sunni leaders met Kurdish forces near the river.');
    assert.equal(mention(drafts, 'Sunni')?.type, 'nationality');
    assert.equal(mention(drafts, 'Kurdish')?.type, 'nationality');
    assert.equal(mention(drafts, 'Kurdish forces')?.type, 'organization');
  });

  it('keeps a leader inside "the X regime" as a mention of its own', () => {
    const drafts = detect('Observers blamed the Karimov regime for the delay.');
    assert.equal(mention(drafts, 'Karimov regime')?.type, 'organization');
    assert.ok(drafts.some((d) => d.text === 'Karimov'));
  });
});

describe('entities: nested mentions and place cues', () => {
  it('keeps a KB name inside an "of" organisation as its own mention and stops the name at "and"', () => {
    const drafts = detect('Talks between the Government of Ukraine and the Donetsk Regional Council resumed.');
    assert.equal(mention(drafts, 'Government of Ukraine')?.type, 'organization');
    assert.equal(mention(drafts, 'Ukraine')?.kbId, 'Q212');
    assert.equal(mention(drafts, 'Donetsk Regional Council')?.type, 'organization');
  });

  it('makes "U.S. military" one organisation linked to the state', () => {
    const drafts = detect('The U.S. military confirmed the strike.');
    assert.deepEqual(drafts.map((d) => [d.text, d.type, d.kbId, d.sense]), [['U.S. military', 'organization', 'Q30', 'military']]);
  });

  it('types unknown names listed with a place, before a country, or after "northwest of" as places', () => {
    const drafts = detect('Shelling hit Moscow, Zelenodolsk and Yarovoye. Convoys left Velisk, Ukraine, for a camp northwest of Ozersk.');
    for (const name of ['Zelenodolsk', 'Yarovoye', 'Velisk', 'Ozersk']) assert.equal(mention(drafts, name)?.type, 'place', name);
  });
});

describe('entities: person cues for single unknown names', () => {
  it('types a name before a personal noun or a person verb as a person, and spreads it in the text', () => {
    const drafts = detect("After Dzhabarov's death the envoys met. Later Dzhabarov was honoured; Mirzoyan denied the claim.");
    assert.ok(drafts.filter((d) => d.text === 'Dzhabarov').every((d) => d.type === 'person'));
    assert.equal(mention(drafts, 'Mirzoyan')?.type, 'person');
  });

  it('keeps a role with its remit as one person mention and the place inside it', () => {
    const drafts = detect('The talks were led by Minister for the Korean Peninsula, who left early.');
    assert.equal(mention(drafts, 'Minister for the Korean Peninsula')?.type, 'person');
    assert.equal(mention(drafts, 'Korean Peninsula')?.type, 'place');
  });
});

describe('entities: coordinates, state ground and names opening a sentence', () => {
  it('marks coordinates as place mentions with exact offsets', () => {
    const text = 'Coordinates: 47°05′N 37°33′E / 47.083°N 37.550°E / 47.083; 37.550';
    const coords = detect(text).filter((d) => d.sense === 'coordinates');
    assert.deepEqual(coords.map((d) => d.text), ['47°05′N 37°33′E', '47.083°N 37.550°E', '47.083; 37.550']);
    for (const d of coords) assert.equal(text.slice(d.start, d.end), d.text);
  });

  it('makes "Ukrainian territory" a place around the nationality', () => {
    const drafts = detect('Drones crossed into Ukrainian territory overnight.');
    assert.equal(mention(drafts, 'Ukrainian territory')?.type, 'place');
    assert.equal(mention(drafts, 'Ukrainian')?.type, 'nationality');
  });

  it('keeps a sentence-initial name only when the text types it elsewhere', () => {
    const drafts = detect('Fighting raged in Vovchansk on Monday. Vovchansk has been shelled since May. Shelling continued.');
    assert.equal(drafts.filter((d) => d.text === 'Vovchansk' && d.type === 'place').length, 2);
    assert.equal(mention(drafts, 'Shelling'), undefined);
  });
});

describe('entities: more place and person cues', () => {
  it('types a name after a verb of taking or leaving a place, or after "to the", as a place', () => {
    const drafts = detect('Troops retook Kupyansk and fled Svatove; water flows to the Oskil.');
    for (const name of ['Kupyansk', 'Svatove', 'Oskil']) assert.equal(mention(drafts, name)?.type, 'place', name);
  });

  it('reads a given name that is also a group before a surname as a person ("Christian Lindner")', () => {
    const drafts = detect('Finance minister Christian Lindner objected.');
    assert.equal(mention(drafts, 'Christian Lindner')?.type, 'person');
  });
});

describe('entities: foreign-language glosses', () => {
  it('does not take transliterations in a gloss for people, but keeps the language label', () => {
    const drafts = detect('The Vorskla Hills (Ukrainian: Vorsklyanski Horby, also Horby Vorskly) rise north of Kharkiv.');
    assert.ok(!drafts.some((d) => d.type === 'person'));
    assert.equal(mention(drafts, 'Vorskla Hills')?.type, 'place');
  });
});

describe('entities: a listed place opened by a given name or a kunya', () => {
  it('reads a name after "islands, including", "towns such as" or "the islands of" as a place', () => {
    const drafts = detectNames('Boats avoided the islands, including Abu Sahir. Towns such as Abu Qantar and the islands of Abu Feyda were quiet.');
    for (const name of ['Abu Sahir', 'Abu Qantar', 'Abu Feyda']) assert.equal(mention(drafts, name)?.type, 'place', name);
  });

  it('keeps the kunya a person outside such a list', () => {
    assert.equal(mention(detectNames('The victims, including Abu Sahir, were named.'), 'Abu Sahir')?.type, 'person');
  });
});
