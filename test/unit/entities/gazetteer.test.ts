import { strict as assert } from 'node:assert';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { buildGazetteer } from '../../../src/core/entities/gazetteer';
import { firstKeyOf } from '../../../src/core/entities/nameKeys';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { tokenize } from '../../../src/core/entities/tokens';

const place = (id: string, label: string, names: string[] = []): KbEntity => ({
  id, type: 'place', kind: 'city', label, description: '', facts: [], names: names.map((text) => ({ text, kind: 'alias' })),
});

/** The first word's key the slow way: all tokens, then a leading "the" dropped. */
function slowKey(text: string): string | null {
  const tokens = tokenize(text);
  const first = tokens.length > 1 && tokens[0]?.key === 'the' ? tokens[1] : tokens[0];
  return first?.key ?? null;
}

describe('gazetteer: lazy first-word buckets', () => {
  it('keys every kind of name by the first word the tokenizer would give', () => {
    const names = ['Kim Jong-un', 'U.S.', 'The Hague', 'the Kremlin', 'The', "O'Brien Square", 'Zürich', 'Naíjíríà', 'al-Qaeda',
      'Washington, D.C.', 'G20', 'Taiwan (', "People's Republic of China", 'Jumhūriyyat aṣ-Ṣūmāl', '9/11 Memorial', 'Kyiv', 'St. Petersburg'];
    for (const name of names) assert.equal(firstKeyOf(name), slowKey(name), name);
  });

  it('matches names whose first word needed the slow path, and only builds the words a text reaches', () => {
    const kb = kbViewFromEntities([place('c1', 'Zürich'), place('c2', 'The Hague'), place('c4', 'Kyiv', ['Kiev'])]);
    const gazetteer = buildGazetteer(kb);
    const text = 'Talks moved from The Hague to Zurich, then to Kiev.';
    const found = gazetteer.match(tokenize(text)).map((m) => m.entries[0]?.entity.id);
    assert.deepEqual(found, ['c2', 'c1', 'c4']);
    assert.ok(gazetteer.hasWord('kyiv'));
    assert.ok(!gazetteer.hasWord('talks'));
  });
});

describe('gazetteer: the longest name at one token', () => {
  it('matches from the given token only, and no further than the given last token', () => {
    const gazetteer = buildGazetteer(kbViewFromEntities([place('c1', 'Vella'), place('c2', 'Vella Bay')]));
    const tokens = tokenize('Boats left Vella Bay at dawn.');
    assert.equal(gazetteer.matchAt(tokens, 2)?.entries[0]?.entity.id, 'c2');
    assert.equal(gazetteer.matchAt(tokens, 2, 2)?.entries[0]?.entity.id, 'c1');
    assert.equal(gazetteer.matchAt(tokens, 1), null);
  });
});

describe('gazetteer: letter case of plain and hyphenated names', () => {
  it('keeps upper-case names upper, capitalised names capitalised, and any case after a hyphen', () => {
    const org = (id: string, label: string): KbEntity => ({ id, type: 'organization', kind: 'alliance', label, description: '', facts: [], names: [] });
    const gazetteer = buildGazetteer(kbViewFromEntities([org('o1', 'NATO'), org('o2', 'al-Qaeda'), place('p1', 'Kim Jong-Un'), place('p2', 'US')]));
    const ids = (text: string): Array<string | undefined> => gazetteer.match(tokenize(text)).map((m) => m.entries[0]?.entity.id);
    assert.deepEqual(ids('NATO and Nato, not nato.'), ['o1', 'o1']);
    assert.deepEqual(ids('Al-Qaeda, al-Qaeda and al-qaeda'), ['o2', 'o2', 'o2']);
    assert.deepEqual(ids('Kim Jong-un met Kim Jong-Un, not kim jong-un.'), ['p1', 'p1']);
    assert.deepEqual(ids('the US and us'), ['p2']);
  });
});

describe('gazetteer: a name listed under two kinds', () => {
  it('reads a name that is both an alias and a demonym of a country as the demonym, in either order', () => {
    const names: KbEntity['names'] = [{ text: 'Velmori', kind: 'alias' }, { text: 'Velmori', kind: 'demonym' }];
    const kb = kbViewFromEntities([
      { id: 'v1', type: 'place', kind: 'country', label: 'Velmora', description: '', facts: [], names },
      { id: 'v2', type: 'place', kind: 'country', label: 'Tarsk', description: '', facts: [], names: [{ text: 'Tarski', kind: 'demonym' }, { text: 'Tarski', kind: 'alias' }] },
    ]);
    const found = buildGazetteer(kb).match(tokenize('Velmori jets met Tarski jets.'));
    assert.deepEqual(found.map((m) => m.entries[0]?.nameKind), ['demonym', 'demonym']);
  });
});
