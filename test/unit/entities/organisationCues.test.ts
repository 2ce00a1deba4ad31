import { strict as assert } from 'node:assert';
import { detect, detectNames, mention } from './helpers';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

// Organisation cues on invented names: heads, prefixes, brackets, appositives, datelines.
describe('entities: organisations the KB does not know', () => {
  it('types a task force named after its head words, and Arabic group heads', () => {
    const drafts = detectNames('The 3rd Brigade, deployed as Task Force Lantern, met Faylaq al-Nasr and Hay\'at Tahrir al-Wadi.');
    assert.equal(mention(drafts, 'Task Force Lantern')?.type, 'organization');
    assert.equal(mention(drafts, 'Faylaq al-Nasr')?.type, 'organization');
    assert.equal(mention(drafts, "Hay'at Tahrir al-Wadi")?.type, 'organization');
  });

  it('types an abbreviation in brackets like its expansion, and its later mentions too', () => {
    const drafts = detectNames('The Ostrava Armed Forces (OsAF) and the Guardians for the Defence of the Valley (GDV) fought. OsAF said so.');
    assert.equal(mention(drafts, 'Guardians for the Defence of the Valley')?.type, 'organization');
    const osaf = drafts.filter((d) => d.text === 'OsAF');
    assert.equal(osaf.length, 2);
    assert.ok(osaf.every((d) => d.type === 'organization'), osaf.map((d) => d.type).join());
  });

  it('types a demonym with a business or armed group noun as an organisation around the nationality', () => {
    const drafts = detect('Ukrainian refiners, Russian banks and Ukrainian-backed factions met German personnel.');
    for (const [group, sense] of [['Ukrainian refiners', 'industry'], ['Russian banks', 'industry'], ['Ukrainian-backed factions', null], ['German personnel', 'military']]) {
      const d = mention(drafts, group as string);
      assert.equal(d?.type, 'organization', group as string);
      if (sense) assert.equal(d?.sense, sense);
    }
    assert.equal(mention(drafts, 'Russian')?.type, 'nationality');
  });

  it('types regiments, staffs, teams and companies by their heads', () => {
    const drafts = detectNames('The Royal Lancers, the Ukrainian General Staff, the 4th Brenn Combat Team, Kestrel Aerospace and Tamar Shipping SAL.');
    for (const name of ['Royal Lancers', 'Ukrainian General Staff', 'Kestrel Aerospace', 'Tamar Shipping SAL']) assert.equal(mention(drafts, name)?.type, 'organization', name);
    assert.equal(mention(drafts, '4th Brenn Combat Team')?.type, 'organization');
  });

  it('types a source after "according to" and a name after a trade noun as organisations', () => {
    const drafts = detectNames('According to the Observatory, prices rose, according to Veldt, said the tracker Marlow.');
    assert.equal(mention(drafts, 'Observatory')?.type, 'organization');
    assert.equal(mention(drafts, 'Veldt')?.type, 'organization');
    assert.equal(mention(drafts, 'Marlow')?.type, 'organization');
    // A grant "to" someone names no destination.
    assert.notEqual(mention(detectNames('It gave £15 million to Halvenfund.'), 'Halvenfund')?.type, 'place');
    assert.equal(mention(detectNames('Convoys went to Halvenstad.'), 'Halvenstad')?.type, 'place');
  });

  it('types a hyphenated acronym as one organisation and a shouted label as none', () => {
    const drafts = detectNames('QUESTION: Did you call JTF-NORTH public affairs?');
    assert.equal(mention(drafts, 'JTF-NORTH')?.type, 'organization');
    assert.equal(mention(drafts, 'QUESTION'), undefined);
  });

  it('reads a dateline: the shouted place before the date and the agency in brackets', () => {
    const drafts = detectNames('WESTERN HIGHLANDS, Oct. 3, 2024 – Crews left.\n\nTESSALON (Kerrow News) — Rain fell.');
    assert.equal(mention(drafts, 'WESTERN HIGHLANDS')?.type, 'place');
    assert.equal(mention(drafts, 'TESSALON')?.type, 'place');
    assert.equal(mention(drafts, 'Kerrow News')?.type, 'organization');
    assert.equal(mention(detectNames('UPDATE – Crews left.'), 'UPDATE'), undefined);
    // With only a dash after it, a shouted line needs a known place: "MOSCOW —", not a title.
    assert.equal(mention(detectNames('MOSCOW – Crews left.'), 'MOSCOW')?.type, 'place');
    assert.equal(mention(detectNames('FIELD NOTES – Crews left.'), 'FIELD NOTES'), undefined);
  });

  it('reads a two-letter code after a known city and a comma as its state', () => {
    assert.equal(mention(detectNames('Filed in Moscow, ID on Friday.'), 'ID')?.type, 'place');
  });
});

describe('entities: organisations by coordination and by a governing body', () => {
  const kb = kbViewFromEntities([
    { id: 'O1', type: 'organization', kind: 'company', label: 'Vastra Oil', description: '', names: [], facts: [] },
    { id: 'R1', type: 'place', kind: 'region', label: 'Interim Administration of the Upper Plains', description: '', names: [], facts: [] },
  ]);
  const run = (text: string): ReturnType<typeof detectEntities> => detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb);

  it('gives an untyped name the type of a typed name it is listed with', () => {
    assert.equal(mention(run('Buyers such as Vastra Oil and Kelmor settle in yuan.'), 'Kelmor')?.type, 'organization');
    assert.equal(mention(run('Vastra Oil was fined in May, alongside Kelmor, and left.'), 'Kelmor')?.type, 'organization');
    assert.equal(mention(run('Vastra Oil sent crews to Kelmor.'), 'Kelmor')?.type, 'place');
  });

  it('types a KB region named by its governing body as an organisation, keeping the link', () => {
    const d = mention(run('Officials of the Interim Administration of the Upper Plains met.'), 'Interim Administration of the Upper Plains');
    assert.equal(d?.type, 'organization');
    assert.equal(d?.kbId, 'R1');
    assert.equal(mention(run('Officials of the Interim Administration of the Upper Plains met.'), 'Upper Plains')?.type, 'place');
  });
});

describe('entities: a demonym with a group of operatives or a unit', () => {
  const typed = (text: string): string[][] => detectNames(text).map((d) => [d.text, d.type]);

  it('reads hackers and a contingent of a nationality as an organisation with the nationality nested', () => {
    assert.deepEqual(typed('North Korean hackers breached the port; the German contingent stayed.'), [
      ['North Korean', 'nationality'], ['North Korean hackers', 'organization'],
      ['German', 'nationality'], ['German contingent', 'organization'],
    ]);
  });

  it('reads a "-led" brigade or delegation as an organisation around the demonym', () => {
    assert.deepEqual(typed('Troops joined the American-led brigade and a Russian-led delegation.'), [
      ['American', 'nationality'], ['American-led brigade', 'organization'],
      ['Russian', 'nationality'], ['Russian-led delegation', 'organization'],
    ]);
  });
});

describe('entities: a firm named after a KB place', () => {
  const typed = (text: string): string[][] => detectNames(text).map((d) => [d.text, d.type]);

  it('reads a KB place before capitalised words ending in a firm head as the firm, with no place nested', () => {
    assert.deepEqual(typed('A note by Moscow Frontier Analytics and Pyongyang Ridge Consulting.'), [
      ['Moscow Frontier Analytics', 'organization'], ['Pyongyang Ridge Consulting', 'organization'],
    ]);
  });

  it('keeps the place nested in a body of that place ("Moscow City Council")', () => {
    assert.deepEqual(typed('The Moscow City Council met.'), [['Moscow', 'place'], ['Moscow City Council', 'organization']]);
  });
});
