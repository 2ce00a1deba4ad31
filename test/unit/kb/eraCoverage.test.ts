// Defence and foreign-affairs documents of 2014–2018 name the people and
// armed groups of the war against the Islamic State, Syria, Libya, Ukraine
// and Afghanistan: the KB must know them, with roles dated for that time.
import * as assert from 'node:assert/strict';
import { bundledKb } from './loadFixture';

describe('bundled KB coverage of 2014–2018', () => {
  const kb = bundledKb();
  const top = (q: string): string | undefined => kb.lookup(q)[0]?.entity.id;
  const rolesOn = (q: string, date: string): string[] =>
    kb.factsAt(top(q) ?? '', date).filter((f) => f.property === 'role').map((f) => String(f.value));

  it('dates commanders and envoys of the campaign against the Islamic State', () => {
    assert.ok(rolesOn('Joseph Votel', '2017-06-01').includes('Commander of US Central Command'));
    assert.ok(!rolesOn('Joseph Votel', '2020-06-01').includes('Commander of US Central Command'));
    assert.ok(rolesOn('Lloyd Austin', '2015-06-01').includes('Commander of US Central Command'));
    assert.ok(rolesOn('Sean MacFarland', '2016-01-15').some((r) => r.includes('Operation Inherent Resolve')));
    assert.ok(rolesOn('Stephen Townsend', '2017-03-01').some((r) => r.includes('Operation Inherent Resolve')));
    assert.ok(rolesOn('Brett McGurk', '2017-03-01').some((r) => r.includes('Global Coalition')));
    assert.ok(rolesOn('Staffan de Mistura', '2016-02-01').includes('UN Special Envoy for Syria'));
  });

  it('gives ministers and leaders the offices they held then', () => {
    assert.ok(rolesOn('Boris Johnson', '2017-01-01').includes('Foreign Secretary of the United Kingdom'));
    assert.ok(rolesOn('Philip Hammond', '2015-01-01').includes('Foreign Secretary of the United Kingdom'));
    assert.ok(rolesOn('Julie Bishop', '2016-01-01').includes('Minister for Foreign Affairs of Australia'));
    assert.ok(rolesOn('Recep Tayyip Erdoğan', '2013-01-01').includes('Prime Minister of Turkey'));
    assert.ok(rolesOn('Mohammed bin Salman', '2016-01-01').includes('Defence Minister of Saudi Arabia'));
    assert.ok(rolesOn('Tobias Ellwood', '2015-01-01').some((r) => r.includes('Middle East and Africa')));
  });

  it('links the armed groups and coalitions of the Syrian and Iraqi wars', () => {
    for (const q of ['Jabhat al-Nusra', 'Nusra Front', 'Jabhat Fateh al-Sham']) assert.equal(top(q), 'cl:armed-group:hts', q);
    assert.equal(top('Jaish al-Fatah'), 'cl:armed-group:jaish-al-fatah');
    assert.equal(top('Army of Conquest'), 'cl:armed-group:jaish-al-fatah');
    assert.equal(top('PYD'), 'cl:party:pyd');
    assert.equal(top('CJTF-OIR'), 'cl:org:cjtf-oir');
    assert.equal(top('Combined Joint Task Force – Operation Inherent Resolve'), 'cl:org:cjtf-oir');
    for (const q of ['Ahrar al-Sham', 'Free Syrian Army', 'Peshmerga', 'Popular Mobilization Forces', 'AQAP', 'AQIM', 'Boko Haram', 'al-Shabaab', 'Taliban', 'Haqqani network', 'YPG', 'Syrian Democratic Forces', 'PKK']) {
      assert.ok(top(q) !== undefined, q);
    }
  });
});
