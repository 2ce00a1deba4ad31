import { strict as assert } from 'node:assert';
import type { EntityType } from '../../../src/core/model/analysis';
import type { NameTyper } from '../../../src/core/entities/nameTyper';
import { createCompromiseTyper, loadCompromiseTyper } from '../../../src/core/entities/compromiseTyper';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { fixtureKb } from './fixtureKb';

function recordingTyper(answer: EntityType | null): NameTyper & { readonly asked: string[] } {
  const asked: string[] = [];
  return { asked, typeOf: (name: string): EntityType | null => (asked.push(name), answer) };
}

const detectWith = (text: string, typer: NameTyper) => detectEntities({ text, sentences: [] }, fixtureKb, { typer });

describe('entities: the optional name typer', () => {
  it('is asked only about names no rule could type, and its answer is used', () => {
    const typer = recordingTyper('organization');
    const drafts = detectWith('The accord with Velmora was signed by President Putin in Moscow and the Ministry of Ports.', typer);
    assert.deepEqual(typer.asked, ['Velmora']);
    assert.equal(drafts.find((d) => d.text === 'Velmora')?.type, 'organization');
  });

  it('leaves the rules\' answer when the typer is unsure', () => {
    const drafts = detectWith('Talks with Tomasz Wierzbicki resumed.', recordingTyper(null));
    assert.equal(drafts.find((d) => d.text === 'Tomasz Wierzbicki')?.type, 'person');
  });

  it('maps tagger tags to types and caches answers per name and sentence', () => {
    let calls = 0;
    const typer = createCompromiseTyper((text) => {
      calls++;
      return { json: () => [{ terms: text.split(' ').map((w) => ({ text: w, tags: w === 'Marwandi' ? ['ProperNoun', 'LastName'] : ['Noun'] })) }] };
    });
    assert.equal(typer.typeOf('Marwandi', 'Marwandi met envoys'), 'person');
    assert.equal(typer.typeOf('Marwandi', 'Marwandi met envoys'), 'person');
    assert.equal(typer.typeOf('Velmora', 'Velmora met envoys'), null);
    assert.equal(calls, 2);
  });

  it('loads compromise lazily and types a given name it knows', async () => {
    const typer = await loadCompromiseTyper();
    assert.equal(typer.typeOf('Gareth Pennock', 'Gareth Pennock said the talks would go on.'), 'person');
  });
});
