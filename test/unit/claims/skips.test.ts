import * as assert from 'node:assert/strict';
import { claimTexts, claimsIn } from './helpers';

describe('claims: numbers that state nothing', () => {
  it('skips list markers and section numbers at line start', () => {
    const text = '1. Troops moved north.\n2) Ships stayed.\n3.2 Findings\nThe report, Section 3.2, lists 40 ships.';
    assert.deepEqual(claimTexts(text), ['40 ships']);
  });

  it('skips references to documents and their parts', () => {
    const text = 'Resolution 2231, Article 5, paragraph 4, Articles 5 and 6, Chapter three, resolution 2254 (2015) and Agenda 2030 all apply to 12 states.';
    assert.deepEqual(claimTexts(text), ['12 states']);
    assert.deepEqual(claimTexts('The edition 4 notes and Edition 5 list 30 errors.'), ['30 errors']);
  });

  it('skips executive orders, their bracketed or dotted abbreviation, and ship numbers', () => {
    const text = 'Under Executive Order (E.O.) 13846 and E.O. 13902, the tanker Sable Crest (IMO 9123456) and 3 firms were listed.';
    assert.deepEqual(claimTexts(text), ['3 firms']);
    assert.deepEqual(claimTexts('Police acted on the order of 40 officers.'), ['40 officers']);
  });

  it('skips numbers inside names and models', () => {
    const text = 'The G20 met on COVID-19 while F-16s, Su-35 jets, the 9M729 missile and Orbisat 104 were idle near 3 bases.';
    assert.deepEqual(claimTexts(text), ['3 bases']);
  });

  it('skips the years of author-date citations but keeps dates in brackets that cite nothing', () => {
    const text = 'Ports matter (Ardley, 2018; Kessing and Morrow, 2022a), as Ferrand et al. (2020) and Quillan and Hobart (2023) show '
      + '(cf. Northgate Institute, 2019, p. 12). The talks (in Vienna, 2015) and the vote (March, 2024) were held; Ukraine (2021) had 4 ports.';
    assert.deepEqual(claimTexts(text), ['2015', '2024', '2021', '4 ports']);
  });

  it('skips phone numbers, ids, clock times, citations and coordinates', () => {
    const text = 'Call +44 20 7946 0000 at 10:30 about file S/2015/123 [4] at 35°12′N 41°05′E or 35.200; 41.083 for 5 trucks.';
    assert.deepEqual(claimTexts(text), ['5 trucks']);
  });

  it('skips phone numbers with a bracketed area code or a label, to their last group', () => {
    const text = 'Press office: (07) 5123 4567\nDesk Line: (318) 555-0199\nTel: 4411 2290. Ring +33 4 7712 3344 about 9 trucks.';
    assert.deepEqual(claimTexts(text), ['about 9 trucks']);
  });

  it('keeps bracketed years and list numbers that no digit groups follow', () => {
    assert.deepEqual(claimTexts('The plan (2019) sent 300 medics; (2) 4000 tents followed.'), ['2019', '300 medics', '4000 tents']);
  });

  it('never takes a capitalised word on the next line as the counted noun', () => {
    const claims = claimsIn('Crew on board: 420\nHarbour Office: open daily.');
    assert.deepEqual(claims.map((c) => [c.text, c.unit]), [['420', null]]);
    assert.deepEqual(claimTexts('The convoy carried 5,000\ntents and 300 Coast\nGuards.'), ['5,000\ntents', '300 Coast\nGuards']);
  });

  it('skips legal and document references with slashes', () => {
    const text = 'Council Regulation (EU) No 512/2019 and Council Decision 2019/330/CFSP, Regulation (EU) 2031/774, LCC 14/31 and Resolution 2388 (2021) cover 20 firms.';
    assert.deepEqual(claimTexts(text), ['20 firms']);
  });

  it('skips unit designations but counts plural units', () => {
    const text = 'Jets of 614 Expeditionary Air Wing, 31 Squadron, 7 Ranger Brigade, 22 Air Mobile Brigade and 52 Commando flew with 12 squadrons and 400 Royal Marines.';
    assert.deepEqual(claimTexts(text), ['12 squadrons', '400 Royal Marines']);
    assert.deepEqual(claimTexts('The navy planned 5 Commando Raids on the coast.'), ['5 Commando Raids']);
  });

  it('counts capitalised number words before a plural in a title-case headline only', () => {
    assert.deepEqual(claimTexts('Coast Guard Rescues Three Fishermen, Detains Four Smugglers off Harbour'), ['Three Fishermen', 'Four Smugglers']);
    assert.deepEqual(claimTexts('Navy Sends Ten Squadrons To Northern Waters'), ['Ten Squadrons']);
    assert.deepEqual(claimTexts('The Seven Sisters Alliance Meets In Harbour Town'), []);
    assert.deepEqual(claimTexts('Delegates of the Group of Twenty Nations met the Big Four Banks today.'), []);
  });

  it('skips spelled numbers in names and the pronoun one', () => {
    assert.deepEqual(claimTexts('The Group of Twenty avoided the subject, and no one objected.'), []);
    assert.deepEqual(claimTexts('This one is just one way to read it.'), []);
  });

  it('skips numbers in link targets but keeps those in link text', () => {
    const text = 'See [5,000 troops](https://example.org/2024/report-3) for details.';
    assert.deepEqual(claimTexts(text), ['5,000 troops']);
  });

  it('skips small definite numbers that refer back', () => {
    assert.deepEqual(claimTexts('The two envoys met, and our 2 nations agreed on 300 trucks.'), ['300 trucks']);
    assert.deepEqual(claimTexts('Their two governments and its 3 delegations signed.'), []);
    assert.deepEqual(claimTexts('Three of the five economists expect a cut.'), ['Three of the five economists']);
  });

  it('counts what a possessive owns', () => {
    assert.deepEqual(claimTexts('Her three brothers fled, and its four pumps still run; their 2 boats sank.'), ['three brothers', 'four pumps', '2 boats']);
  });

  it('skips house numbers in addresses', () => {
    assert.deepEqual(claimTexts('Officials at 10 Downing Street counted 500 British Army soldiers.'), ['500 British Army soldiers']);
  });

  it('skips vote tallies and scores', () => {
    assert.deepEqual(claimTexts('The council voted 14-0 after a 3-2 split on 40 amendments.'), ['40 amendments']);
  });

  it('skips broadcast frequencies', () => {
    assert.deepEqual(claimTexts('The channel uses 11747 MHz.'), []);
  });

  it('skips 24-hour times after a time preposition or before a clock word', () => {
    assert.deepEqual(claimTexts('The patrol boat closed in at 2150 and hailed the crew of 14 sailors.'), ['14 sailors']);
    assert.deepEqual(claimTexts('By 2330 the ferry had docked; it sailed again at about 0415 local time.'), []);
    assert.deepEqual(claimTexts('From 2100 to 2300 the port was shut, and again after 2200 hours.'), []);
  });

  it('keeps years, counts and measures that look like 24-hour times', () => {
    assert.deepEqual(claimTexts('Emissions must halve by 2030.'), ['by 2030']);
    assert.deepEqual(claimTexts('They camped at 2,150 metres with 2150 troops.'), ['2,150 metres', '2150 troops']);
    assert.deepEqual(claimTexts('Prices rose from 1200 to 1500 and the toll stood at 1450.'), ['from 1200 to 1500', '1450']);
    assert.deepEqual(claimTexts('The pilot logged 2150 hours of flying.'), ['2150 hours']);
  });

  it('skips episode and season numbers and numbers inside a slash code after capitals', () => {
    assert.deepEqual(claimTexts('On the radio show, episode 48 hosted 2 ministers; Season 3 ran 10 episodes.'), ['2 ministers', '10 episodes']);
    assert.deepEqual(claimTexts('Notice HQ/OPS/017-24 and file A/HRC/55/3 list 6 ports.'), ['6 ports']);
  });
});
