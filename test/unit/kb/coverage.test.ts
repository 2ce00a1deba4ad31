// Names from issue 4 (a generalisation check found these categories thin):
// waters, historical leaders, missions, UK bodies, bases and camps, demonyms.
import * as assert from 'node:assert/strict';
import { bundledKb } from './loadFixture';

describe('bundled KB coverage (issue 4)', () => {
  const kb = bundledKb();
  const ids = (q: string): string[] => kb.lookup(q).map((c) => c.entity.id);

  it('links rivers, lakes, bases and refugee camps analysts name', () => {
    assert.ok(ids('Zambezi').includes('cl:region:zambezi'));
    assert.ok(ids('Ussuri River').includes('cl:region:ussuri'));
    assert.ok(ids('Lake Nyasa').includes('cl:region:lake-malawi'));
    assert.ok(ids('Gitmo').includes('cl:region:guantanamo-bay'));
    assert.ok(ids('Ramstein').includes('cl:region:ramstein-air-base'));
    assert.ok(ids('al-Hawl').includes('cl:region:al-hol'));
    assert.ok(ids('Spitsbergen').includes('cl:region:svalbard'));
  });

  it('knows Cold War and recent leaders with their dated roles', () => {
    assert.ok(ids('Khrushchev').includes('cl:person:nikita-khrushchev'));
    assert.ok(ids('Suu Kyi').includes('cl:person:aung-san-suu-kyi'));
    const thatcher = kb.byId('cl:person:margaret-thatcher');
    assert.ok(thatcher !== undefined);
    assert.ok(kb.lookup('Thatcher').some((c) => c.entity.id === thatcher.id));
  });

  it('resolves missions, armed groups and UK bodies by abbreviation', () => {
    assert.ok(ids('ISAF').includes('cl:org:isaf'));
    assert.ok(ids('AMISOM').includes('cl:org:amisom'));
    assert.ok(ids('FDLR').includes('cl:armed-group:fdlr'));
    assert.ok(ids('DEFRA').includes('cl:agency:defra'));
    assert.ok(ids('MOD').includes('cl:agency:uk-ministry-of-defence'));
  });

  it('reads "Saudi" as a nationality as well as the country', () => {
    const senses = kb.lookup('Saudi').filter((c) => c.entity.id === 'Q851').map((c) => c.sense);
    assert.ok(senses.includes('nationality'));
  });
});
