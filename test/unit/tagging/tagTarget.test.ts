// What gets tagged under the cursor, and what "Tag all mentions" finds, on a
// hand-written analysis of an invented sentence.
import * as assert from 'node:assert/strict';
import type { AnalysisResult, EntityMention, NumericClaim } from '../../../src/core/model/analysis';
import { allMentionsOf, findTarget } from '../../../src/extension/tagging/tagTarget';

const TEXT = 'Pyongyang sent 10,000 troops to Kursk, officials in Seoul said; Pyongyang denies it.';

function mention(id: string, text: string, from: number, kbId: string | null, type: EntityMention['type'] = 'place'): EntityMention {
  const start = TEXT.indexOf(text, from);
  return { id, text, start, end: start + text.length, type, kbId, label: kbId ? `${text} (KB)` : null, sense: null };
}

const pyongyang1 = mention('e0', 'Pyongyang', 0, 'Q423', 'organization');
const kursk = mention('e1', 'Kursk', 0, 'Q4363');
const seoul = mention('e2', 'Seoul', 0, null);
const pyongyang2 = mention('e3', 'Pyongyang', 20, 'Q423', 'organization');
const claimStart = TEXT.indexOf('10,000 troops to Kursk');
const troops: NumericClaim = {
  id: 'c0', text: '10,000 troops to Kursk', start: claimStart, end: claimStart + '10,000 troops to Kursk'.length,
  kind: 'count', number: { text: '10,000', start: claimStart, end: claimStart + 6 }, value: 10000, min: null, max: null,
  unit: 'troops', currency: null, rate: null, qualifier: null, hedged: false, hedges: [], attribution: null,
  entityIds: ['e0', 'e1'], sentence: { start: 0, end: TEXT.length },
};
const ANALYSIS: AnalysisResult = {
  engine: { version: 'test', kb: 'test' },
  entities: [pyongyang1, kursk, seoul, pyongyang2],
  claims: [troops],
};

describe('Tag target under the cursor', () => {
  it('takes the claim at the cursor with its parsed record and the KB entities it is about', () => {
    const target = findTarget(ANALYSIS, { start: claimStart + 2, end: claimStart + 2 }, false);
    assert.equal(target?.kind, 'claim');
    assert.deepEqual(target?.range, { start: troops.start, end: troops.end });
    assert.deepEqual(target?.entities.map((e) => e.kbId), ['Q423', 'Q4363']);
  });

  it('prefers the innermost span: a name inside a claim span is the mention', () => {
    const target = findTarget(ANALYSIS, { start: kursk.start + 1, end: kursk.start + 1 }, false);
    assert.equal(target?.kind, 'entity');
    assert.deepEqual(target?.range, { start: kursk.start, end: kursk.end });
  });

  it('tags a selection as it is, with the linked names inside it, and keeps a detected span exact', () => {
    const sel = { start: TEXT.indexOf('officials'), end: TEXT.indexOf(' said') };
    const target = findTarget(ANALYSIS, sel, false);
    assert.equal(target?.kind, 'selection');
    assert.deepEqual(target?.range, sel);
    assert.deepEqual(target?.entities, [], 'Seoul is not linked to the KB, so it is no reference');
    assert.equal(findTarget(ANALYSIS, { start: troops.start, end: troops.end }, false)?.kind, 'claim');
  });

  it('finds nothing to tag at a cursor outside every span', () => {
    assert.equal(findTarget(ANALYSIS, { start: TEXT.indexOf('denies') + 2, end: TEXT.indexOf('denies') + 2 }, false), undefined);
    assert.equal(findTarget(undefined, { start: 3, end: 3 }, false), undefined);
  });

  it('finds all mentions of a linked entity by KB id, and of a selection by its text', () => {
    const entity = findTarget(ANALYSIS, { start: 1, end: 1 }, false);
    assert.ok(entity);
    assert.deepEqual(allMentionsOf(entity, ANALYSIS, TEXT).map((t) => t.range.start), [pyongyang1.start, pyongyang2.start]);
    const selection = findTarget(ANALYSIS, { start: 0, end: 4 }, false);
    assert.ok(selection);
    assert.deepEqual(allMentionsOf(selection, ANALYSIS, TEXT).map((t) => t.range.start), [0, pyongyang2.start]);
  });
});
