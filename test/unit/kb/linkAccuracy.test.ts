// Names with more than one reading in the bundled KB: the reading an analyst
// of foreign affairs means must come first, and the others must not take over.
import * as assert from 'node:assert/strict';
import type { KbCandidate } from '../../../src/core/kb/knowledgeBase';
import { bundledKb } from './loadFixture';

describe('bundled KB link accuracy', () => {
  const kb = bundledKb();
  const top = (q: string): KbCandidate | undefined => kb.lookup(q)[0];
  const ids = (q: string): string[] => kb.lookup(q).map((c) => c.entity.id);
  const roleAt = (id: string, date: string): string[] =>
    kb.factsAt(id, date).filter((f) => f.property === 'role').map((f) => f.value as string);

  it('reads Georgia as the country before the US state', () => {
    assert.equal(top('Georgia')?.entity.kind, 'country');
    assert.ok(ids('Georgia').includes('cl:region:us:georgia'), 'the state is still a candidate');
  });

  it('reads NIS in capitals as the South Korean agency, and Niš or Nis as the Serbian city', () => {
    assert.equal(top('NIS')?.entity.id, 'cl:agency:nis');
    assert.equal(top('Niš')?.entity.kind, 'city');
    assert.equal(top('Nis')?.entity.kind, 'city');
  });

  it("keeps China's National People's Congress apart from the US Congress", () => {
    assert.equal(top("National People's Congress")?.entity.id, 'cl:agency:npc');
    assert.equal(top('NPC')?.entity.id, 'cl:agency:npc');
    assert.equal(top('Congress')?.entity.id, 'cl:agency:us-congress');
    assert.ok(!ids('NPC').includes('cl:agency:us-congress'));
    assert.ok(!ids('Congress').includes('cl:agency:npc'));
  });

  it('does not give Western Sahara to Morocco as a former name', () => {
    assert.deepEqual(ids('Western Sahara'), ['cl:territory:eh']);
    assert.ok(!ids('Spanish Sahara').includes('Q1028'));
  });

  it('links British ministries under their common and former names', () => {
    for (const q of ['FCO', 'FCDO', 'Foreign Office']) assert.equal(top(q)?.entity.id, 'cl:agency:foreign-office', q);
    assert.equal(top('MoD')?.entity.id, 'cl:agency:uk-ministry-of-defence');
    assert.equal(top('Home Office')?.entity.id, 'cl:agency:home-office');
    assert.equal(top('HM Treasury')?.entity.id, 'cl:agency:hm-treasury');
    assert.equal(top('Parliament')?.entity.id, 'cl:agency:uk-parliament');
  });

  it('links alias spellings of Assad and al-Sharaa, and von der Leyen', () => {
    for (const q of ['Assad', 'al-Assad', 'Asad', 'Bashar al-Asad']) assert.equal(top(q)?.entity.id, 'cl:person:bashar-al-assad', q);
    assert.equal(top('Abu Mohammad al-Julani')?.entity.id, 'cl:person:ahmed-al-sharaa');
    assert.equal(top('Ursula von der Leyen')?.entity.type, 'person');
    assert.equal(top('von der Leyen')?.entity.id, top('Ursula von der Leyen')?.entity.id);
  });

  it('dates former leaders: Scholz was chancellor in 2023 but not in 2025-06, Biden president in 2022 only', () => {
    const scholz = top('Olaf Scholz')?.entity.id ?? '';
    assert.ok(roleAt(scholz, '2023-01-01').includes('Chancellor of Germany'));
    assert.ok(!roleAt(scholz, '2025-06-01').includes('Chancellor of Germany'));
    const biden = top('Joe Biden')?.entity.id ?? '';
    assert.ok(roleAt(biden, '2022-06-01').includes('President of the United States'));
    assert.ok(!roleAt(biden, '2025-06-01').includes('President of the United States'));
    const assad = top('Bashar al-Assad')?.entity.id ?? '';
    assert.ok(!roleAt(assad, '2025-01-01').includes('President of Syria'));
  });

  it('links militant leaders and groups by the names analysts use', () => {
    assert.equal(top('Zarqawi')?.entity.id, 'cl:person:abu-musab-al-zarqawi');
    assert.equal(top('Hemedti')?.entity.id, 'cl:person:mohamed-hamdan-dagalo');
    assert.equal(top('YPG')?.entity.id, 'cl:armed-group:ypg');
    assert.equal(top('Badr Organisation')?.entity.id, 'cl:armed-group:badr-organization');
    assert.equal(top('Daesh')?.entity.id, 'cl:armed-group:islamic-state');
  });

  it('spells conflict-zone towns as news copy does, and leaves everyday words alone', () => {
    assert.equal(top('Raqqa')?.entity.id, 'cl:city:sy:ar-raqqah');
    assert.equal(top('Kramatorsk')?.entity.kind, 'city');
    assert.equal(top('Khan Younis')?.entity.id, 'cl:city:ps:khan-yunis');
    for (const word of ['Hit', 'Temple', 'Independence', 'Surprise']) assert.deepEqual(ids(word), [], word);
  });

  it('reads Victoria as the Australian state before the Canadian city', () => {
    assert.equal(top('Victoria')?.entity.id, 'cl:region:au-victoria');
  });

  it('finds rivers, straits and governorates', () => {
    assert.equal(top('Dnieper')?.entity.id, 'cl:region:dnipro-river');
    assert.equal(top('Tigris')?.entity.id, 'cl:region:tigris');
    assert.equal(top('Bab el-Mandeb')?.entity.kind, 'region');
    assert.equal(top('Nineveh')?.entity.id, 'cl:region:nineveh-governorate');
    assert.equal(top('Dnipro')?.entity.kind, 'city', 'the bare name stays the city');
  });
});
