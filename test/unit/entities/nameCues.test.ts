import { strict as assert } from 'node:assert';
import { detect } from './helpers';

const spans = (text: string, sense: string): Array<[string, string]> =>
  detect(text).filter((d) => d.sense === sense).map((d) => [d.text, d.type]);

describe('entities: a state named with its article as an actor', () => {
  it('adds an organisation around "the United States" acting, keeping the place inside', () => {
    const drafts = detect('The United States is pressing its partners. Troops arrived in the United States.');
    const acting = drafts.filter((d) => d.end === 'The United States'.length);
    assert.deepEqual(acting.map((d) => [d.text, d.type, d.sense]), [
      ['The United States', 'organization', 'government'], ['United States', 'place', 'country'],
    ]);
    assert.equal(drafts.filter((d) => d.type === 'organization' && d.kbId === 'Q30').length, 1);
  });

  it('does not when the name modifies what follows ("the US Secretary of State", "the Ukraine crisis")', () => {
    const drafts = detect('He met the US Secretary of State to discuss the Ukraine crisis.');
    assert.ok(!drafts.some((d) => d.type === 'organization' && d.sense === 'government'));
  });
});

describe('entities: a name before a lower-case group noun', () => {
  it('makes "the Al Bu Hazim tribe" an organisation, not a person', () => {
    const drafts = detect('Gunmen shot 45 men of the Al Bu Hazim tribe near the ford.');
    assert.deepEqual(drafts.filter((d) => d.text.includes('Hazim')).map((d) => [d.text, d.type]), [['Al Bu Hazim tribe', 'organization']]);
  });
});

describe('entities: places given as examples of a plural place noun', () => {
  it('types unknown names after "towns … including" and "out of" as places', () => {
    const drafts = detect('Militias held several villages along the valley including Kafrsaya and Dumriyah, and drove the rebels out of Tellhamra.');
    for (const name of ['Kafrsaya', 'Dumriyah', 'Tellhamra']) assert.equal(drafts.find((d) => d.text === name)?.type, 'place', name);
  });
});

describe('entities: demonyms inside organisation names', () => {
  it('keeps the demonym inside a state body ("Ukrainian Army") but not inside a proper name ("Ukrainian Computer Society")', () => {
    const army = detect('The Ukrainian Army advanced.');
    assert.ok(army.some((d) => d.text === 'Ukrainian' && d.type === 'nationality'));
    const society = detect('The Ukrainian Computer Society met.');
    assert.deepEqual(society.map((d) => [d.text, d.type]), [['Ukrainian Computer Society', 'organization']]);
  });
});

describe('entities: religious titles before names', () => {
  it('leaves Mullah and Mufti out of the person name', () => {
    const drafts = detect('Mullah Hibatullah Akhundzada and Mufti Nizamuddin Shamzai were named.');
    assert.deepEqual(drafts.filter((d) => d.type === 'person').map((d) => d.text), ['Hibatullah Akhundzada', 'Nizamuddin Shamzai']);
  });
});

describe('entities: more place cues and glosses', () => {
  it('types the target of an assault and a name placed by a compass direction as places', () => {
    const drafts = detect('The assault on Tellmara stalled. The plateau sat with Varnessa to the east and Kolvaria to the west.');
    for (const name of ['Tellmara', 'Varnessa', 'Kolvaria']) assert.equal(drafts.find((d) => d.text === name)?.type, 'place', name);
  });

  it('does not mark a predicate noun as a second place ("Kafrsaya is a village")', () => {
    assert.deepEqual(spans('Kafrsaya is a village near the river.', 'anaphor').map(([t]) => t), ['the river']);
  });

  it('takes no person from a bracket that names its language after the words', () => {
    const drafts = detect('The Old Ledger (Tomara Sor in Kurdish; also written as Tomar Sur) is short.');
    assert.ok(!drafts.some((d) => d.type === 'person'));
  });
});
