import { strict as assert } from 'node:assert';
import { detectNames, mention } from './helpers';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

describe('entities: a person from the words around an unknown name', () => {
  it('types a speaker after a speech verb, hyphenated surname included', () => {
    const drafts = detectNames('"The market is tight," said Ilse Varda-Moreles, and left.');
    assert.equal(mention(drafts, 'Ilse Varda-Moreles')?.type, 'person');
  });

  it('types a name with a role in apposition after it', () => {
    const drafts = detectNames('The list came from Orvan Tesk, the council\'s coordinator, on Monday.');
    assert.equal(mention(drafts, 'Orvan Tesk')?.type, 'person');
    const plain = detectNames('Goods went to Brell Harbour Works, a supplier of pipes.');
    assert.notEqual(mention(plain, 'Brell Harbour Works')?.type, 'person');
  });

  it('types a name whose appositive role holds a body\'s name or a capitalised title', () => {
    const officer = detectNames('The firm is run by Tanno Vel Hak, a Ministry of Home Security officer, from a port.');
    assert.equal(mention(officer, 'Tanno Vel Hak')?.type, 'person');
    const envoy = detectNames('Officials met Ramo Kelatti, the UN Special Envoy for the Lakes, in March.');
    assert.equal(mention(envoy, 'Ramo Kelatti')?.type, 'person');
    // A capitalised name after the opener that is no title leaves the name untyped.
    const facility = detectNames('Officials met Ramo Kelatti, the Harbour Growth Facility, in March.');
    assert.notEqual(mention(facility, 'Ramo Kelatti')?.type, 'person');
  });
});

describe('entities: a KB place that is also a given name', () => {
  const place = (id: string, label: string, kind: KbEntity['kind']): KbEntity => (
    { id, type: 'place', kind, label, description: '', names: [], facts: [] });
  const kb = kbViewFromEntities([place('P1', 'Victoria', 'region'), place('P2', 'Jordan', 'country'), place('P3', 'Selwyn', 'region')]);
  const run = (text: string): ReturnType<typeof detectEntities> => detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb);

  it('reads a given name before an unknown surname as a person', () => {
    const drafts = run('Victoria Halvorsen met Jordan Pike in the capital.');
    assert.equal(mention(drafts, 'Victoria Halvorsen')?.type, 'person');
    assert.equal(mention(drafts, 'Jordan Pike')?.type, 'person');
    assert.equal(mention(drafts, 'Victoria'), undefined);
  });

  it('keeps the place before a place head or a common word ("Jordan Valley", "Victoria Falls")', () => {
    const drafts = run('Rain fell on the Jordan Valley and on Victoria Falls, and Jordan said no.');
    assert.equal(mention(drafts, 'Jordan Valley')?.type, 'place');
    assert.equal(mention(drafts, 'Victoria Falls')?.type, 'place');
  });

  it('needs a person cue when the place word is no given name', () => {
    assert.equal(mention(run('Selwyn Brakke, the mayor\'s adviser, spoke.'), 'Selwyn Brakke')?.type, 'person');
    assert.equal(mention(run('Floods hit Selwyn Brakke yesterday.'), 'Selwyn Brakke'), undefined);
  });
});
