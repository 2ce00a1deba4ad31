// Detectors see one paragraph at a time (that is what the cache stores);
// these helpers move their paragraph-relative offsets to document offsets and
// take span texts from the original document, not from the masked copy.

import type { EntityDraft, ClaimDraft } from '../detect/drafts';
import type { OffsetRange, TextSpan } from '../model/analysis';

export function shiftEntity(draft: EntityDraft, delta: number, original: string): EntityDraft {
  const start = draft.start + delta;
  const end = draft.end + delta;
  return { ...draft, start, end, text: original.slice(start, end) };
}

function shiftSpan(span: TextSpan, delta: number, original: string): TextSpan {
  const start = span.start + delta;
  const end = span.end + delta;
  return { text: original.slice(start, end), start, end };
}

function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

export function shiftClaim(draft: ClaimDraft, delta: number, original: string): ClaimDraft {
  const start = draft.start + delta;
  const end = draft.end + delta;
  return {
    ...draft,
    start,
    end,
    text: original.slice(start, end),
    number: shiftSpan(draft.number, delta, original),
    attribution: draft.attribution === null ? null : shiftSpan(draft.attribution, delta, original),
    sentence: shiftRange(draft.sentence, delta),
  };
}
