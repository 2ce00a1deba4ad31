import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { createAnalyzer } from '../../../src/core/analyzer';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.resolve(SAMPLES, '..', 'package.json'), 'utf8')) as { version: string }).version;

const ENTRIES: KbEntity[] = [
  {
    id: 'Q423', type: 'place', kind: 'country', label: 'North Korea', description: 'country',
    names: [{ text: 'North Korea', kind: 'common' }, { text: 'North Korean', kind: 'demonym' }, { text: 'Pyongyang', kind: 'metonym', sense: 'government' }],
    facts: [],
  },
  { id: 'Q159', type: 'place', kind: 'country', label: 'Russia', description: 'country', names: [{ text: 'Russia', kind: 'common' }], facts: [] },
  { id: 'Q56226', type: 'person', kind: 'person', label: 'Kim Jong-un', description: 'leader', names: [{ text: 'Kim Jong-un', kind: 'common' }], facts: [] },
  { id: 'Q7184', type: 'organization', kind: 'alliance', label: 'NATO', description: 'alliance', names: [{ text: 'NATO', kind: 'abbreviation' }], facts: [] },
];
const kb = Object.assign(kbViewFromEntities(ENTRIES), { version: '2026.11.26-test' });

function read(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8');
}

describe('createAnalyzer (real detectors)', () => {
  it('stamps results with the package version and the KB version', () => {
    assert.deepEqual(createAnalyzer({ kb }).analyze('').engine, { version: PACKAGE_VERSION, kb: '2026.11.26-test' });
  });

  it('finds linked entities and claims with exact offsets in a Markdown sample', () => {
    const text = read('korea-russia-troops.md');
    const r = createAnalyzer({ kb }).analyze(text, { languageId: 'markdown' });
    for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
    for (const c of r.claims) {
      assert.equal(text.slice(c.start, c.end), c.text);
      assert.ok(c.number.start >= c.start && c.number.end <= c.end, `number inside claim ${c.text}`);
      assert.ok(c.sentence.start <= c.start && c.end <= c.sentence.end, `claim inside its sentence ${c.text}`);
    }
    assert.ok(r.entities.every((e) => !/[#*[\]]/.test(e.text)), 'no Markdown syntax in entity spans');
    assert.ok(r.entities.some((e) => e.text === 'Kim Jong-un' && e.kbId === 'Q56226'));
    const troops = r.claims.find((c) => c.text.includes('100,000 troops'));
    assert.ok(troops, 'finds "up to 100,000 troops"');
    const about = troops.entityIds.map((id) => r.entities.find((e) => e.id === id)?.text);
    assert.ok(about.includes('North Korea') && about.includes('Russia'), `claim is about ${about.join(', ')}`);
    assert.ok(!about.includes('100,000 troops'), 'a claim is not about the group mention built on its own number');
  });

  it('never lets Markdown markup inside an entity span (emphasis, code, table pipes)', () => {
    const text = 'Envoys of **North** Korea met the **Russia** team and `Kim` Jong-un.\n\n| Russia | NATO |\n|---|---|\n';
    const r = createAnalyzer({ kb }).analyze(text, { languageId: 'markdown' });
    for (const e of r.entities) assert.ok(!/[*`|]/.test(e.text), `no markup in "${e.text}"`);
    assert.ok(r.entities.some((e) => e.text === 'Russia' && e.type === 'place'));
    assert.ok(r.entities.some((e) => e.text === 'NATO'));
    // Markdown mode with nothing to mask keeps names whole.
    const plain = createAnalyzer({ kb }).analyze('Envoys of North Korea met the Russia team.', { languageId: 'markdown' });
    assert.ok(plain.entities.some((e) => e.text === 'North Korea'));
  });

  it('links later "Kim" mentions in other paragraphs to Kim Jong-un', () => {
    const text = read('korea-russia-troops.md');
    const r = createAnalyzer({ kb }).analyze(text, { languageId: 'markdown' });
    const kims = r.entities.filter((e) => e.text === 'Kim');
    const full = text.indexOf('Kim Jong-un');
    // Linking is what is tested here; how many bare "Kim"s are found is the detector's recall.
    assert.ok(kims.length >= 2);
    assert.ok(kims.some((e) => text.slice(full, e.start).includes('\n\n')), 'a "Kim" in a later paragraph');
    assert.ok(kims.every((e) => e.kbId === 'Q56226'));
  });

  it('keeps offsets exact in the messy CRLF sample and numbers ids in order', () => {
    const text = read('wire-digest-messy.txt');
    const r = createAnalyzer({ kb }).analyze(text);
    assert.deepEqual(r.entities.map((e) => e.id), r.entities.map((_, i) => `e${i}`));
    assert.deepEqual(r.claims.map((c) => c.id), r.claims.map((_, i) => `c${i}`));
    for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
    for (const c of r.claims) assert.equal(text.slice(c.start, c.end), c.text);
    const pyongyang = r.entities.find((e) => e.text === 'Pyongyang');
    assert.equal(pyongyang?.start, text.indexOf('Pyongyang'));
    assert.ok(r.claims.some((c) => c.text.includes('3,000 soldiers')));
  });

  it('gives the same result for a document analysed twice (cache) and after an unrelated edit', () => {
    const text = read('china-stimulus.txt');
    const analyzer = createAnalyzer({ kb });
    const first = analyzer.analyze(text);
    assert.deepEqual(analyzer.analyze(text), first);
    const edited = `A new opening line.\n\n${text}`;
    const shifted = analyzer.analyze(edited);
    const delta = edited.length - text.length;
    assert.deepEqual(shifted.claims.map((c) => c.start - delta), first.claims.map((c) => c.start));
  });
});
