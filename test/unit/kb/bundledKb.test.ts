// The shipped KB against what analysts expect of it, including every linked
// entity of our own sample documents (samples/gold, written by the team).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledKb } from './loadFixture';

const GOLD = path.join(__dirname, '..', '..', '..', 'samples', 'gold');

interface GoldEntity {
  readonly text: string;
  readonly kbIds?: readonly string[];
}

describe('bundled KB', () => {
  const kb = bundledKb();
  const memberCount = (id: string): number => kb.factsAt(id, kb.asOf).filter((f) => f.property === 'member').length;

  it('resolves every linked entity of the sample documents to an accepted entry', () => {
    // "Ukrainian forces" is Ukraine in its military sense, composed from the
    // demonym by the linker: the KB has to know "Ukrainian".
    const MILITARY = /\s+(?:forces|troops|army|military)$/i;
    const resolves = (text: string, ids: readonly string[]): boolean =>
      kb.lookup(text).some((c) => ids.includes(c.entity.id)) || (MILITARY.test(text) && resolves(text.replace(MILITARY, ''), ids));
    const misses: string[] = [];
    let checked = 0;
    for (const file of fs.readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8')) as { entities: GoldEntity[] };
      for (const e of gold.entities) {
        if (e.kbIds === undefined || e.kbIds.length === 0) continue;
        checked++;
        if (!resolves(e.text, e.kbIds)) misses.push(`${file}: ${e.text} → ${e.kbIds.join('|')}`);
      }
    }
    assert.ok(checked > 100, `only ${checked} gold entities found`);
    assert.deepEqual(misses, []);
  });

  it('has the membership counts that the build validates', () => {
    assert.equal(memberCount('Q1065'), 193);
    assert.equal(memberCount('Q7184'), 32);
    assert.equal(memberCount('Q458'), 27);
    assert.equal(kb.factsAt('Q458', '2019-06-01').filter((f) => f.ref === 'Q145').length, 1, 'the UK was in the EU in 2019');
    for (const [id, n] of [['cl:org:imf', 191], ['cl:org:world-bank', 189], ['cl:org:wto', 166], ['cl:org:who', 193], ['cl:org:unesco', 194], ['cl:org:un-security-council', 15]] as const) {
      assert.equal(memberCount(id), n, id);
    }
  });

  it('dates the elected members of the Security Council by term', () => {
    const council = (date: string): string[] => kb.factsAt('cl:org:un-security-council', date).filter((f) => f.property === 'member').map((f) => f.value as string);
    assert.ok(council('2025-06-30').includes('Slovenia') && !council('2025-06-30').includes('Latvia'));
    assert.ok(council('2026-06-30').includes('Latvia') && !council('2026-06-30').includes('Slovenia'));
    assert.ok(council('2026-06-30').includes('Denmark'), 'elected for 2025–2026');
    assert.equal(council('2026-06-30').length, 15);
  });

  it('derives memberships from the UN with their documented exceptions', () => {
    const members = (id: string): string[] => kb.factsAt(id, kb.asOf).filter((f) => f.property === 'member').map((f) => f.ref ?? '');
    const kosovo = kb.lookup('Kosovo')[0]?.entity.id ?? '';
    const cuba = kb.lookup('Cuba')[0]?.entity.id ?? '';
    assert.ok(members('cl:org:imf').includes(kosovo) && !members('cl:org:imf').includes(cuba));
    assert.ok(members('cl:org:wto').includes('Q458'), 'the EU is a WTO member');
    assert.ok(!members('cl:org:who').includes('Q30'), 'the United States left the WHO on 2026-01-22');
    assert.ok(kb.factsAt('cl:org:who', '2025-06-01').some((f) => f.ref === 'Q30'));
  });

  it('dates memberships of curated organisations by accession and withdrawal', () => {
    const orgsOf = (id: string, date: string): string[] => kb.membershipsAt(id, date).map((m) => m.org.id);
    const idOf = (name: string): string => kb.lookup(name)[0]?.entity.id ?? name;
    const [mongolia, uk, eritrea, russia] = [idOf('Mongolia'), idOf('United Kingdom'), idOf('Eritrea'), idOf('Russia')];
    assert.ok(orgsOf(mongolia, '2026-11-30').includes('cl:org:osce'));
    assert.ok(!orgsOf(mongolia, '2012-11-20').includes('cl:org:osce'), 'Mongolia joined the OSCE on 2012-11-21');
    assert.ok(orgsOf(uk, '2026-11-30').includes('cl:org:cptpp'));
    assert.ok(!orgsOf(uk, '2024-12-14').includes('cl:org:cptpp'), 'the CPTPP entered into force for the UK on 2024-12-15');
    assert.ok(orgsOf(eritrea, '2025-06-30').includes('cl:org:igad'));
    assert.ok(!orgsOf(eritrea, '2026-11-30').includes('cl:org:igad'), 'Eritrea withdrew from IGAD on 2025-12-12');
    assert.ok(orgsOf(russia, '2026-11-30').includes('cl:org:fatf'), 'a suspended FATF member is still a member');
  });

  it('reads metonyms and demonyms for the main actors', () => {
    const senses = (q: string): string[] => kb.lookup(q).map((c) => `${c.entity.id}/${c.sense}`);
    assert.ok(senses('Pyongyang').includes('Q423/government'));
    assert.ok(senses('Pyongyang').includes('Q18808/city'));
    assert.deepEqual(senses('the Kremlin'), ['Q159/government']);
    assert.ok(senses('the White House').includes('Q30/government'));
    assert.ok(senses('Brussels').includes('Q458/EU institutions'));
    assert.equal(kb.lookup('North Korean')[0]?.sense, 'nationality');
    assert.equal(kb.lookup('Wagner PMC')[0]?.entity.id, 'cl:armed-group:wagner-group');
    assert.equal(kb.lookup('Kursk Oblast')[0]?.entity.id, 'cl:region:kursk-oblast');
    // Former states' demonyms ("a Yugoslav firm") and a province's short English name ("Saladin governor").
    assert.equal(kb.lookup('Yugoslav')[0]?.sense, 'nationality');
    assert.equal(kb.lookup('Czechoslovak')[0]?.sense, 'nationality');
    assert.equal(kb.lookup('Saladin')[0]?.entity.id, 'cl:region:salahuddin-governorate');
  });

  it('names the head of state of the KB date with a start date', () => {
    const head = kb.factsAt('Q159', kb.asOf).find((f) => f.property === 'headOfState');
    assert.equal(head?.ref, 'Q7747');
    assert.equal(head?.start, '2012-05-07');
  });

  it('gives every fact an as-of date and a known source', () => {
    const sources = new Set(kb.sources.map((s) => s.id));
    for (const e of kb.entities()) {
      for (const f of e.facts) assert.ok(f.asOf !== '' && sources.has(f.source), `${e.id} ${f.property}`);
    }
  });
});
