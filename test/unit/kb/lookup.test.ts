import * as assert from 'node:assert/strict';
import type { KbCandidate } from '../../../src/core/kb/knowledgeBase';
import { normalizeSurface } from '../../../src/core/kb/normalize';
import { miniKb } from './loadFixture';

const ids = (cs: readonly KbCandidate[]): string[] => cs.map((c) => `${c.entity.id}/${c.sense}`);

describe('KnowledgeBase.lookup', () => {
  const kb = miniKb();

  it('finds an entity by label, official name and alias', () => {
    assert.equal(kb.lookup('North Korea')[0]?.entity.id, 'Q423');
    assert.equal(kb.lookup("Democratic People's Republic of Korea")[0]?.entity.id, 'Q423');
    assert.equal(kb.lookup('Wagner PMC')[0]?.entity.id, 'cl:armed-group:wagner-group');
  });

  it('ignores case, diacritics, a leading "the", possessives and hyphens for ordinary names', () => {
    assert.equal(kb.lookup('the wagner group')[0]?.entity.id, 'cl:armed-group:wagner-group');
    assert.equal(kb.lookup('Nicusor Dan')[0]?.entity.id, 'cl:person:nicusor-dan');
    assert.equal(kb.lookup('Kim Jong Un’s')[0]?.entity.id, 'Q56226');
    assert.equal(kb.lookup('Kim Jong-Un')[0]?.entity.id, 'Q56226');
    assert.equal(normalizeSurface("The Kremlin's"), 'kremlin');
  });

  it('matches abbreviations only with their own letter case', () => {
    assert.deepEqual(ids(kb.lookup('NATO')), ['Q7184/alliance']);
    assert.deepEqual(ids(kb.lookup('the DPRK')), ['Q423/country']);
    assert.deepEqual(kb.lookup('nato'), []);
    assert.deepEqual(kb.lookup('Dprk'), []);
  });

  it('types demonyms as nationality of their country', () => {
    const [first] = kb.lookup('North Koreans');
    assert.equal(first?.entity.id, 'Q423');
    assert.equal(first?.sense, 'nationality');
    assert.equal(first?.name.kind, 'demonym');
  });

  it('gives a capital both as the city and, as a metonym, its government', () => {
    const found = kb.lookup('Pyongyang');
    assert.deepEqual(ids(found), ['Q18808/city', 'Q423/government']);
    assert.ok((found[0]?.score ?? 0) > (found[1]?.score ?? 1), 'the literal city ranks above the metonym');
    assert.equal(found[1]?.name.kind, 'metonym');
  });

  it('resolves building metonyms such as "the Kremlin" to the government sense', () => {
    assert.deepEqual(ids(kb.lookup("the Kremlin's")), ['Q159/government']);
  });

  it('resolves surnames, weakly, to every person bearing them', () => {
    const putin = kb.lookup('Putin');
    assert.deepEqual(ids(putin), ['Q7747/person']);
    assert.equal(putin[0]?.name.kind, 'surname');
    assert.ok((putin[0]?.score ?? 1) < (kb.lookup('Vladimir Putin')[0]?.score ?? 0));
    assert.deepEqual(ids(kb.lookup('Kim')).sort(), ['Q56226/person', 'cl:person:kim-jong-il/person']);
  });

  it('scores a capitalised name written in lower case lower than written properly', () => {
    const proper = kb.lookup('Amnesty')[0]?.score ?? 0;
    const lower = kb.lookup('amnesty')[0]?.score ?? 0;
    assert.ok(lower > 0 && lower < proper);
  });

  it('returns nothing for unknown names and empty input', () => {
    assert.deepEqual(kb.lookup('Atlantis'), []);
    assert.deepEqual(kb.lookup('   '), []);
  });

  it('lists every name for the gazetteer with its normalised key, kind and sense', () => {
    const names = [...kb.names()];
    const pyongyang = names.filter((n) => n.key === 'pyongyang').map((n) => `${n.entityId}/${n.kind}/${n.sense}`).sort();
    assert.deepEqual(pyongyang, ['Q18808/official/city', 'Q423/metonym/government']);
    const demonym = names.find((n) => n.text === 'North Korean');
    assert.equal(demonym?.type, 'nationality');
    assert.equal(names.find((n) => n.text === 'NATO')?.caseSensitive, true);
    // The label "NATO" is an abbreviation, so it is not also indexed case-insensitively.
    assert.equal(names.filter((n) => n.key === 'nato' && !n.caseSensitive).length, 0);
  });
});
