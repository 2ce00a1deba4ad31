// The claim under the cursor wins over a counted-group mention that spans the
// claim's own number ("up to 100,000 troops" vs the group "100,000 troops").
import * as assert from 'node:assert/strict';
import type { AnalysisResult, EntityMention, NumericClaim } from '../../../src/core/model/analysis';
import { findTarget } from '../../../src/extension/tagging/tagTarget';

const TEXT = 'Seoul says Pyongyang could send up to 100,000 troops to Kursk.';
const at = (s: string): number => TEXT.indexOf(s);

const group: EntityMention = {
  id: 'e1', text: '100,000 troops', start: at('100,000 troops'), end: at('100,000 troops') + 14,
  type: 'organization', kbId: null, label: null, sense: 'group',
};
const kursk: EntityMention = { id: 'e2', text: 'Kursk', start: at('Kursk'), end: at('Kursk') + 5, type: 'place', kbId: 'Q4363', label: 'Kursk', sense: null };
const claim: NumericClaim = {
  id: 'c0', text: 'up to 100,000 troops', start: at('up to'), end: at('100,000 troops') + 14,
  kind: 'count', number: { text: '100,000', start: at('100,000'), end: at('100,000') + 7 }, value: 100000, min: null, max: null,
  unit: 'troops', currency: null, rate: null, qualifier: 'up to', hedged: false, hedges: [], attribution: null,
  entityIds: [], sentence: { start: 0, end: TEXT.length },
};
const ANALYSIS: AnalysisResult = { engine: { version: 'test', kb: 'test' }, entities: [group, kursk], claims: [claim] };

describe('Tag target: a counted group inside a claim', () => {
  it('tags the claim when the cursor is on its number or on the counted noun', () => {
    for (const offset of [at('100,000') + 2, at('troops') + 1]) {
      const target = findTarget(ANALYSIS, { start: offset, end: offset }, false);
      assert.equal(target?.kind, 'claim', `at ${offset}`);
      assert.deepEqual(target?.range, { start: claim.start, end: claim.end });
    }
  });

  it('still tags other names as mentions', () => {
    const target = findTarget(ANALYSIS, { start: kursk.start + 1, end: kursk.start + 1 }, false);
    assert.equal(target?.kind, 'entity');
  });
});
