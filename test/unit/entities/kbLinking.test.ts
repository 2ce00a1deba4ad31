import { strict as assert } from 'node:assert';
import { detect, detectNames, mention } from './helpers';

describe('entities: linking names to the KB', () => {
  it('links a country by its name, abbreviation and dotted abbreviation', () => {
    const drafts = detect('Talks between North Korea and the US stalled; U.S. envoys left.');
    assert.equal(mention(drafts, 'North Korea')?.kbId, 'Q423');
    assert.equal(mention(drafts, 'North Korea')?.sense, 'country');
    assert.equal(mention(drafts, 'US')?.kbId, 'Q30');
    assert.equal(mention(drafts, 'U.S.')?.kbId, 'Q30');
  });

  it('does not take the pronoun "us" for the United States', () => {
    const drafts = detect('Officials told us nothing new about the plan.');
    assert.deepEqual(drafts, []);
  });

  it('matches an alliance by its full name and by its abbreviation, also written "Nato"', () => {
    const drafts = detectNames('The North Atlantic Treaty Organization met. NATO and Nato allies agreed.');
    assert.deepEqual(drafts.map((d) => [d.text, d.kbId, d.type]), [
      ['North Atlantic Treaty Organization', 'Q7184', 'organization'],
      ['NATO', 'Q7184', 'organization'],
      ['Nato', 'Q7184', 'organization'],
    ]);
  });

  it('links hyphenated and spaced spellings of the same name', () => {
    const drafts = detect('Kim Jong-un met envoys; later Kim Jong Un spoke.');
    assert.equal(mention(drafts, 'Kim Jong-un')?.kbId, 'Q56226');
    assert.equal(mention(drafts, 'Kim Jong Un')?.kbId, 'Q56226');
    assert.equal(mention(drafts, 'Kim Jong Un')?.type, 'person');
  });

  it('accepts any letter case after a hyphen, whichever spelling the KB lists first', () => {
    assert.equal(mention(detect('Former president Moon Jae-in spoke.'), 'Moon Jae-in')?.kbId, 'Q21001');
  });

  it('keeps a possessive out of the span', () => {
    const text = "Russia's army and Russia’s navy moved.";
    const drafts = detect(text);
    const russia = drafts.filter((d) => d.kbId === 'Q159');
    assert.equal(russia.length, 2);
    for (const d of russia) assert.equal(text.slice(d.start, d.end), 'Russia');
  });

  it('reads a capital acting as a subject as its government', () => {
    const drafts = detect('Pyongyang gains access to new technology.');
    const p = mention(drafts, 'Pyongyang');
    assert.equal(p?.type, 'place');
    assert.equal(p?.sense, 'government');
    assert.equal(p?.kbId, 'Q423');
  });

  it('keeps a capital after a locative preposition as the city', () => {
    const p = mention(detect('Diplomats arrived in Pyongyang on Monday.'), 'Pyongyang');
    assert.equal(p?.sense, 'city');
    assert.equal(p?.kbId, 'Q423-capital');
  });

  it('reads "Washington imposed sanctions" and "the Kremlin said" as governments', () => {
    const drafts = detect('Washington imposed sanctions after the Kremlin said it would respond.');
    assert.deepEqual([mention(drafts, 'Washington')?.sense, mention(drafts, 'Washington')?.kbId], ['government', 'Q30']);
    assert.deepEqual([mention(drafts, 'Kremlin')?.sense, mention(drafts, 'Kremlin')?.kbId], ['government', 'Q159']);
  });

  it('gives a country acting as a subject the government sense', () => {
    assert.equal(mention(detect('Russia has warned its neighbours.'), 'Russia')?.sense, 'government');
    assert.equal(mention(detect('Refugees fled from Russia last year.'), 'Russia')?.sense, 'country');
  });

  it('types demonyms as nationality and a demonym plus force noun as an organisation around it', () => {
    const drafts = detect('North Korean officers trained Ukrainian forces? No: they fought Ukrainian forces near Kursk.');
    assert.equal(mention(drafts, 'North Korean')?.type, 'nationality');
    assert.equal(mention(drafts, 'North Korean')?.kbId, 'Q423');
    const forces = mention(drafts, 'Ukrainian forces');
    assert.equal(forces?.type, 'organization');
    assert.equal(forces?.kbId, 'Q212');
    assert.equal(forces?.sense, 'military');
    // The demonym inside the group stays a nationality mention of its own (nested, as in re3d).
    const inner = drafts.find((d) => d.type === 'nationality' && d.start === forces?.start);
    assert.equal(inner?.text, 'Ukrainian');
  });

  it('finds a KB region and a region around a known place', () => {
    const drafts = detect('Tension on the Korean Peninsula rose as troops massed in the Moscow region.');
    assert.equal(mention(drafts, 'Korean Peninsula')?.kbId, 'Q41855');
    assert.equal(mention(drafts, 'Moscow region')?.type, 'place');
  });
});

describe('entities: KB names that need care', () => {
  it('keeps "People\'s" inside a name', () => {
    const drafts = detect("Officers of the Korean People's Army arrived.");
    assert.equal(mention(drafts, "Korean People's Army")?.type, 'organization');
  });

  it('makes a demonym with two group nouns one organisation ("military intelligence")', () => {
    const drafts = detect('Russian military intelligence said so.');
    assert.equal(mention(drafts, 'Russian military intelligence')?.type, 'organization');
  });

  it('reads a short all-caps word as an abbreviation, not a shouted KB name, but keeps datelines', () => {
    assert.deepEqual(detectNames('NIS officials briefed NATO staff.').map((d) => d.text), ['NATO']);
    assert.equal(mention(detect('MOSCOW, June 3 — talks resumed.'), 'MOSCOW')?.kbId, 'Q159-capital');
  });

  it('follows a KB name that continues in lower case past the capitalised words', () => {
    assert.equal(mention(detect('Ukrainian military officers spoke.'), 'Ukrainian military')?.kbId, 'cl:test-ua-army');
  });
});

describe('entities: plural demonyms', () => {
  it('types the people as a group (organisation) and keeps the adjective a nationality', () => {
    const drafts = detect('Ukrainians queued for Ukrainian passports; Sunnis and Kurds voted.');
    assert.deepEqual([mention(drafts, 'Ukrainians')?.type, mention(drafts, 'Ukrainians')?.kbId, mention(drafts, 'Ukrainians')?.sense], ['organization', 'Q212', 'people']);
    assert.equal(mention(drafts, 'Ukrainian')?.type, 'nationality');
    assert.equal(mention(drafts, 'Sunnis')?.type, 'organization');
  });
});

describe('entities: KB names inside longer names', () => {
  it('reads a generic KB word after a name as the head of one organisation ("NATO Commission")', () => {
    const drafts = detect('Envoys briefed the NATO Commission on Friday.');
    assert.equal(mention(drafts, 'NATO Commission')?.type, 'organization');
    assert.ok(!drafts.some((d) => d.kbId === 'cl:test-ec'));
  });

  it('finds a KB name that starts in lower case, spelled with a space instead of a hyphen', () => {
    assert.equal(mention(detect('Cells of al Qaeda in Ukraine were named.'), 'al Qaeda in Ukraine')?.kbId, 'cl:test-aqk');
  });

  it('keeps a place named inside a KB organisation as a nested mention', () => {
    const drafts = detect('Leaders of al-Qaeda in Ukraine were named.');
    assert.equal(mention(drafts, 'al-Qaeda in Ukraine')?.kbId, 'cl:test-aqk');
    assert.equal(mention(drafts, 'Ukraine')?.kbId, 'Q212');
  });

  it('takes one capitalised word before a title for the portfolio, not a name', () => {
    const drafts = detect('He met Mining Minister Amadou Keita in Bamako.');
    assert.equal(mention(drafts, 'Mining'), undefined);
    assert.equal(mention(drafts, 'Amadou Keita')?.type, 'person');
  });
});
