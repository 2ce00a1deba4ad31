import { strict as assert } from 'node:assert';
import type { EntityDraft } from '../../../src/core/detect/drafts';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { isReference } from '../../../src/core/entities/senses';
import { FIXTURE_ENTITIES } from './fixtureKb';
import { mention } from './helpers';

// Organisation names built on a generic head the KB also knows alone ("Centre", a region of
// Burkina Faso; "Commission", the European Commission's short name) or on a state's name.
const kb = kbViewFromEntities([
  ...FIXTURE_ENTITIES,
  { id: 'R-centre', type: 'place', kind: 'region', label: 'Centre', description: '', names: [], facts: [] },
]);
const names = (text: string): EntityDraft[] =>
  detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb).filter((d) => !isReference(d));

describe('entities: organisation names on generic heads', () => {
  it('joins "for" and "on" after a head into one organisation, even when the head alone is a KB name', () => {
    const drafts = names('A report by the Centre for Riverine Policy Studies, Moscow, briefed the Commission on Coastal Fisheries.');
    assert.equal(mention(drafts, 'Centre for Riverine Policy Studies')?.type, 'organization');
    assert.equal(mention(drafts, 'Commission on Coastal Fisheries')?.type, 'organization');
    assert.equal(mention(drafts, 'Commission on Coastal Fisheries')?.kbId, null);
    assert.equal(mention(drafts, 'Centre'), undefined);
    assert.equal(mention(drafts, 'Moscow')?.type, 'place');
    assert.equal(mention(names('The Northern Council on Water Rights met.'), 'Northern Council on Water Rights')?.type, 'organization');
  });

  it('keeps a date or a KB name after "on" out of the body\'s name', () => {
    const drafts = names('The Commission on Monday briefed the Council on Ukraine.');
    assert.equal(mention(drafts, 'Commission')?.type, 'organization');
    assert.equal(mention(drafts, 'Ukraine')?.type, 'place');
    assert.ok(!drafts.some((d) => d.text.includes(' on ')), drafts.map((d) => d.text).join('|'));
  });

  it('reads a state\'s stock exchange as an organisation, the state not meant', () => {
    const drafts = names('Shares on the Ukraine Stock Exchange fell.');
    assert.equal(mention(drafts, 'Ukraine Stock Exchange')?.type, 'organization');
    assert.equal(mention(drafts, 'Ukraine'), undefined);
  });
});
