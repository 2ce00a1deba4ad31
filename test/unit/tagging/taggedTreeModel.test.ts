// Grouping, filtering and ordering of the "Tagged claims" tree, on tags of an
// invented briefing ("Kyiv says 40 drones were shot down…").
import * as assert from 'node:assert/strict';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import type { TaggedClaim } from '../../../src/core/store/taggedClaim';
import type { TreeTag } from '../../../src/extension/tree/taggedTreeModel';
import { buildTagGroups } from '../../../src/extension/tree/taggedTreeModel';

const TEXT = 'Kyiv says 40 drones were shot down overnight; Moscow says 12. The Kremlin denied any strike on Odesa.';
const LABELS = ['To verify', 'Verified', 'Disputed'];

function tag(id: string, quote: string, label: string, extra: Partial<TaggedClaim> = {}, path = 'briefs/drones.md'): TreeTag {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, quote);
  const claim = createTaggedClaim({
    id, text: TEXT, documentPath: path, range: { start, end: start + quote.length }, label,
    analyst: 'ana', now: '2026-11-26T10:00:00.000Z',
  });
  return { documentKey: `file:///ws/${path}`, claim: { ...claim, ...extra } };
}

const kyiv = { kbId: 'Q1899', label: 'Kyiv' };
const russia = { kbId: 'Q159', label: 'Russia' };
const TAGS: TreeTag[] = [
  tag('t-3', '12', 'Disputed', { entities: [russia] }),
  tag('t-1', '40 drones', 'To verify', { entities: [kyiv], note: 'air force figure' }),
  tag('t-2', 'Odesa', 'Verified', { entities: [] }, 'briefs/a-ports.md'),
  tag('t-4', 'denied any strike', 'To verify', { entities: [russia, kyiv], orphaned: true }),
];

describe('Tagged claims tree model', () => {
  it('groups by document, sorted by path, tags in document order, orphans last in their own group', () => {
    const groups = buildTagGroups(TAGS, { groupBy: 'document', filter: '', labelOrder: LABELS });
    assert.deepEqual(groups.map((g) => [g.title, g.tags.map((t) => t.claim.id)]), [
      ['briefs/a-ports.md', ['t-2']],
      ['briefs/drones.md', ['t-1', 't-3']],
      ['Orphaned', ['t-4']],
    ]);
    assert.equal(groups.at(-1)?.orphaned, true);
  });

  it('groups by label in the configured label order, not alphabetically', () => {
    const groups = buildTagGroups(TAGS, { groupBy: 'label', filter: '', labelOrder: LABELS });
    assert.deepEqual(groups.map((g) => g.title), ['To verify', 'Verified', 'Disputed', 'Orphaned']);
  });

  it('groups by entity, listing a tag under each entity and untagged ones last', () => {
    const groups = buildTagGroups(TAGS, { groupBy: 'entity', filter: '', labelOrder: LABELS });
    assert.deepEqual(groups.map((g) => [g.title, g.tags.length]), [['Kyiv', 1], ['Russia', 1], ['(no entity)', 1], ['Orphaned', 1]]);
  });

  it('filters case-insensitively on quote, note, label and entity', () => {
    const ids = (filter: string): string[] =>
      buildTagGroups(TAGS, { groupBy: 'document', filter, labelOrder: LABELS }).flatMap((g) => g.tags.map((t) => t.claim.id));
    assert.deepEqual(ids('AIR FORCE'), ['t-1']);
    assert.deepEqual(ids('disputed'), ['t-3']);
    assert.deepEqual(ids('russia'), ['t-3', 't-4']);
    assert.deepEqual(ids('nothing like this'), []);
  });

  it('filters on the status as shown ("In review") as well as stored ("in-review")', () => {
    const reviewed = [...TAGS, tag('t-5', 'Moscow', 'To verify', { status: 'in-review' })];
    const ids = (filter: string): string[] =>
      buildTagGroups(reviewed, { groupBy: 'document', filter, labelOrder: LABELS }).flatMap((g) => g.tags.map((t) => t.claim.id));
    assert.deepEqual(ids('In review'), ['t-5']);
    assert.deepEqual(ids('in-review'), ['t-5']);
  });

  it('keeps same-named documents of two workspace folders apart, titled as the tree names them', () => {
    const west = tag('t-6', 'Kyiv', 'To verify');
    const east = { ...tag('t-7', 'Moscow', 'To verify'), documentKey: 'file:///east/briefs/drones.md' };
    const folderOf = (t: TreeTag): string => (t.documentKey.startsWith('file:///east/') ? 'east' : 'ws');
    const groups = buildTagGroups([west, east], {
      groupBy: 'document', filter: '', labelOrder: LABELS, documentTitle: (t) => `${folderOf(t)}/${t.claim.document.path}`,
    });
    assert.deepEqual(groups.map((g) => [g.id, g.title, g.tags.map((t) => t.claim.id)]), [
      ['document:file:///east/briefs/drones.md', 'east/briefs/drones.md', ['t-7']],
      ['document:file:///ws/briefs/drones.md', 'ws/briefs/drones.md', ['t-6']],
    ]);
    // Without titles (one folder) the path is the title, but the documents still stay apart.
    assert.equal(buildTagGroups([west, east], { groupBy: 'document', filter: '', labelOrder: LABELS }).length, 2);
  });

  it('gives the same order whatever order the tags arrive in', () => {
    const forward = buildTagGroups(TAGS, { groupBy: 'label', filter: '', labelOrder: LABELS });
    const backward = buildTagGroups([...TAGS].reverse(), { groupBy: 'label', filter: '', labelOrder: LABELS });
    assert.deepEqual(backward, forward);
  });
});
