// Tags on an invented brief (written for ClaimLens), built through the same
// core API the editor uses.

import type { NumericClaim } from '../../../src/core/model/analysis';
import type { TaggedClaim } from '../../../src/core/store/taggedClaim';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import { BRIEF, rangeOf } from '../anchoring/fixtures';

export { BRIEF, rangeOf };

export const BRIEF_PATH = 'briefs/northern-border.md';

const troops: NumericClaim = {
  id: 'c0',
  text: 'up to 100,000 troops',
  ...rangeOf(BRIEF, 'up to 100,000 troops'),
  kind: 'count',
  number: { text: '100,000', ...rangeOf(BRIEF, '100,000') },
  value: null,
  min: null,
  max: 100000,
  unit: 'troops',
  currency: null,
  rate: null,
  qualifier: 'up to',
  hedged: false,
  hedges: [],
  attribution: { text: 'The ministry', ...rangeOf(BRIEF, 'The ministry') },
  entityIds: [],
  sentence: { start: BRIEF.indexOf('The ministry'), end: BRIEF.indexOf('March.') + 6 },
};

export function briefTags(): TaggedClaim[] {
  return [
    createTaggedClaim({
      id: 't-0002', text: BRIEF, documentPath: BRIEF_PATH, range: rangeOf(BRIEF, '2.3 million people'),
      label: 'Source needed', analyst: 'r.okafor', now: '2026-11-26T09:30:00.000Z',
      note: 'Which agencies? "estimate", not a count.',
    }),
    createTaggedClaim({
      id: 't-0001', text: BRIEF, documentPath: BRIEF_PATH, range: rangeOf(BRIEF, 'up to 100,000 troops'),
      label: 'Disputed', status: 'in-review', analyst: 'r.okafor', now: '2026-11-26T09:15:00.000Z',
      claim: troops, entities: [{ kbId: 'Q1234567', label: 'Velmora' }],
    }),
    createTaggedClaim({
      id: 't-0003', text: BRIEF, documentPath: BRIEF_PATH, range: rangeOf(BRIEF, 'Velmora'),
      label: 'Key figure', analyst: 'j.lindqvist', now: '2026-11-26T10:02:00.000Z',
      entities: [{ kbId: 'cl:velmora', label: 'Velmora' }],
    }),
  ];
}
