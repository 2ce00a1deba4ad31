import * as assert from 'node:assert/strict';
import type { TaggedClaim } from '../../../src/core/store/taggedClaim';
import { describeImport } from '../../../src/core/import/importWorkspace';
import { planImport } from '../../../src/core/import/planImport';
import { BRIEF, BRIEF_PATH, DIGEST, DIGEST_PATH, workspaceClaims } from '../export/fixtures';

const documents = new Map([[BRIEF_PATH, BRIEF], [DIGEST_PATH, DIGEST]]);

/** The workspace's t-0001 ("up to 100,000 troops", Disputed) as another analyst tagged it, under another id. */
function twinOfTroops(change: Partial<TaggedClaim>): TaggedClaim {
  const troops = workspaceClaims().find((c) => c.id === 't-0001')!;
  return { ...troops, id: 't-9001', analyst: 'desk-3', ...change };
}

function importTwin(change: Partial<TaggedClaim>, existing = workspaceClaims()): ReturnType<typeof planImport> {
  return planImport(existing, [{ claim: twinOfTroops(change), hasPosition: true }], documents);
}

function troopsAfter(plan: ReturnType<typeof planImport>): TaggedClaim[] {
  return (plan.changed.get(BRIEF_PATH)?.claims ?? []).filter((c) => c.selectors.quote.exact === 'up to 100,000 troops');
}

describe('import of a tag on text the workspace already tagged', () => {
  it('merges the other tag\'s note and KB links into the workspace tag instead of dropping them', () => {
    const plan = importTwin({
      note: 'Satellite photos show two brigades.',
      entities: [{ kbId: 'Q1234567', label: 'Velmora' }, { kbId: 'Q18808', label: 'Pyongyang' }],
      modified: '2026-11-27T08:00:00.000Z',
    });
    assert.equal(plan.report.merged, 1);
    assert.equal(plan.report.added, 0);
    assert.deepEqual(plan.report.conflicts, []);
    const [troops, ...others] = troopsAfter(plan);
    assert.equal(others.length, 0, 'one tag on the text, not two');
    assert.equal(troops?.id, 't-0001');
    assert.equal(troops?.note, 'Satellite photos show two brigades.');
    assert.deepEqual(troops?.entities.map((e) => e.kbId), ['Q1234567', 'Q18808']);
    assert.equal(troops?.modified, '2026-11-27T08:00:00.000Z', 'the later of the two times');
    assert.match(describeImport(plan.report, []), /^0 added, 1 merged into tags on the same text\.$/);
  });

  it('appends a second note after a blank line, and importing the same file again changes nothing', () => {
    const withNote = workspaceClaims().map((c) => (c.id === 't-0001' ? { ...c, note: 'Ministry figure.' } : c));
    const first = importTwin({ note: 'Satellite photos show two brigades.' }, withNote);
    const merged = troopsAfter(first)[0]!;
    assert.equal(merged.note, 'Ministry figure.\n\nSatellite photos show two brigades.');
    const again = importTwin({ note: 'Satellite photos show two brigades.' }, withNote.map((c) => (c.id === 't-0001' ? merged : c)));
    assert.equal(again.changed.size, 0);
    assert.equal(again.report.unchanged, 1);
  });

  it('reports a different label on the same text as a conflict and keeps the workspace label', () => {
    const plan = importTwin({ label: 'Verified', note: 'Confirmed by the defence attaché.' });
    assert.equal(plan.report.added, 0, 'not added as a second tag');
    assert.equal(plan.report.conflicts.length, 1);
    assert.match(plan.report.conflicts[0]!, /^Tag t-9001 \(“up to 100,000 troops”\) is on the same text as t-0001 but labelled “Verified”, not “Disputed”; kept “Disputed”\.$/);
    const [troops, ...others] = troopsAfter(plan);
    assert.equal(others.length, 0);
    assert.equal(troops?.label, 'Disputed');
    assert.equal(troops?.note, 'Confirmed by the defence attaché.', 'the note still comes along');
  });

  it('reports a different status, and a note too long to merge, instead of losing them silently', () => {
    const longNote = 'x'.repeat(20_000);
    const withNote = workspaceClaims().map((c) => (c.id === 't-0001' ? { ...c, note: 'Ministry figure.' } : c));
    const plan = importTwin({ status: 'resolved', note: longNote }, withNote);
    assert.equal(plan.changed.size, 0, 'nothing else to merge');
    assert.deepEqual(plan.report.conflicts.map((c) => c.replace(/^.* as t-0001/, '')), [
      ' but resolved, not in-review; kept in-review.',
      '; its note was not merged: both notes together exceed 20000 characters.',
    ]);
  });
});
