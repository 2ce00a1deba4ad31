// The shortcuts that make the KB load fast must not change what it loads:
// the bundled file read as trusted gives the same KB as full validation,
// the lazily filled lookup index gives the same entries as the full one,
// and analysts' files are validated in full whatever the caller asks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { LazyNameIndex } from '../../../src/core/kb/lazyNameIndex';
import { buildNameIndex } from '../../../src/core/kb/nameIndex';
import { parseKb } from '../../../src/core/kb/parseKb';
import { BUNDLED_KB_PATH, fixtureText } from './loadFixture';

const header = { formatVersion: 1, version: 't', asOf: '2025-01', sources: [{ id: 's', title: 'Team notes', license: 'CC0-1.0' }] };
const country: KbEntity = { id: 'c:ua', type: 'place', kind: 'country', label: 'Ukraine', description: '', names: [], facts: [] };

/** Every key of the full index, looked up in a scrambled order, gives the same entries from the lazy one. */
function assertSameIndex(entities: readonly KbEntity[]): number {
  const full = buildNameIndex(entities);
  const lazy = new LazyNameIndex(entities);
  const keys = [...full.keys()];
  // A fixed stride visits the keys out of their first-seen order, so buckets fill in another order.
  const stride = 7919;
  for (let i = 0, k = 0; i < keys.length; i++, k = (k + stride) % keys.length) {
    const key = keys[k] as string;
    assert.deepEqual(lazy.get(key), full.get(key), key);
  }
  assert.equal(lazy.get(''), undefined);
  assert.equal(lazy.get('no such name anywhere'), undefined);
  return keys.length;
}

describe('fast KB load', function () {
  this.timeout(60_000);
  const bundledText = fs.readFileSync(BUNDLED_KB_PATH, 'utf8');

  it('reads the bundled KB as trusted into exactly what full validation gives', () => {
    const full = parseKb(bundledText, 'media/kb/kb.json');
    const fast = parseKb(bundledText, 'media/kb/kb.json', { bundled: true });
    assert.deepEqual(full.diagnostics, []);
    assert.deepEqual(fast.diagnostics, []);
    // Same values and the same key order, so JSON printed from either (`kb show`) is the same.
    assert.equal(JSON.stringify(fast.kb), JSON.stringify(full.kb));
    assert.deepEqual(fast.kb, full.kb);
  });

  it('fills the lookup index lazily with the entries the full index has, for the bundled KB', () => {
    const kb = parseKb(bundledText, 'media/kb/kb.json', { bundled: true }).kb;
    assert.ok(kb !== null);
    assert.ok(assertSameIndex(kb.entities) > 10_000, 'the bundled KB has tens of thousands of name keys');
  });

  it('fills the lookup index lazily with the entries the full index has, for names that normalise away their start', () => {
    const kb = parseKb(fixtureText('mini-kb.json'), 'mini-kb.json').kb;
    assert.ok(kb !== null);
    const tricky: KbEntity = {
      id: 't:1', type: 'organization', kind: 'agency', label: 'The Hague Office', description: '',
      names: [{ text: 'the Thames Board', kind: 'alias' }, { text: 'U.S.-Ö Board', kind: 'alias' }, { text: 'Østfold Office', kind: 'alias' }, { text: 'T', kind: 'alias' }, { text: '  spaced', kind: 'alias' }, { text: 'The-Delta', kind: 'alias' }],
      facts: [],
    };
    assertSameIndex([...kb.entities, tricky]);
  });

  it('still checks entities and the header of a bundled file, and names and facts of analysts\' files in full', () => {
    const badFact = { property: 'population', value: 5, asOf: 'last year', source: 's' };
    const text = JSON.stringify({
      ...header,
      entities: [country, { id: 'x:1', type: 'place', label: 'No kind' }, { ...country, id: 'x:2', label: 'Bad fact', facts: [badFact] }],
    });
    const bundled = parseKb(text, 'kb.json', { bundled: true });
    // The entity without a kind is reported and left out; the fact is taken as written.
    assert.equal(bundled.diagnostics.length, 1);
    assert.match(bundled.diagnostics[0]?.message ?? '', /^"kind" must be one of /);
    assert.deepEqual(bundled.kb?.entities.map((e) => e.id), ['c:ua', 'x:2']);
    const user = parseKb(text, 'team.json', { user: true, bundled: true });
    assert.equal(user.diagnostics.length, 2, 'the bad kind and the bad fact date');
    assert.ok(user.diagnostics.some((d) => /asOf/.test(d.message)));
  });

  it('sorts compact city rows by id when a file does not list them in order', () => {
    const kb = {
      ...header,
      entities: [country],
      compactCities: { asOf: '2024-12', source: 's', rows: [['cl:city:ua:zhytomyr', 'Zhytomyr', 'c:ua', 260000], ['cl:city:ua:bakhmut', 'Bakhmut', 'c:ua', 80500]] },
    };
    const parsed = parseKb(JSON.stringify(kb), 'kb.json');
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.kb?.entities.map((e) => e.id), ['c:ua', 'cl:city:ua:bakhmut', 'cl:city:ua:zhytomyr']);
    assert.equal(parsed.kb?.entities[1]?.description, 'City in Ukraine.');
  });
});
