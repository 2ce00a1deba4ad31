// Moves tagged ranges along with edits while a document is open, so a tag
// stays on its text when lines are inserted above it or words typed inside it.
// The change shape is VS Code's `TextDocumentContentChangeEvent` without the
// Range: the adapter passes the event's changes as they come.

import type { OffsetRange } from '../model/analysis';

export interface ContentChange {
  /** UTF-16 offset where the replaced text started. */
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface MovedRange {
  readonly start: number;
  readonly end: number;
  /** An edit overlapped the range: its quote must be re-read from the text. */
  readonly touched: boolean;
  /** The range's text was deleted entirely: the tag is now orphaned. */
  readonly lost: boolean;
}

/**
 * Applies `changes` in order. VS Code lists the changes of one event so that
 * applying them one after the other is correct (multi-cursor edits arrive
 * bottom-up), which is also how its own document model consumes them.
 */
export function applyChanges(ranges: readonly OffsetRange[], changes: readonly ContentChange[]): MovedRange[] {
  let moved: MovedRange[] = ranges.map((r) => ({ start: r.start, end: r.end, touched: false, lost: false }));
  for (const change of changes) moved = moved.map((r) => (r.lost ? r : moveOne(r, change)));
  return moved;
}

function moveOne(range: MovedRange, change: ContentChange): MovedRange {
  const from = change.rangeOffset;
  const to = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  const { start, end } = range;
  // Typing right after or right before a tag does not grow it ("100,000|" + " troops").
  if (from >= end) return range;
  if (to <= start) return { ...range, start: start + delta, end: end + delta };
  const touched = { ...range, touched: true };
  if (from <= start && to >= end) {
    // Everything the tag covered was replaced: follow the replacement, or
    // orphan the tag when nothing was put back.
    if (change.text.length === 0) return { start: from, end: from, touched: true, lost: true };
    return { ...touched, start: from, end: from + change.text.length };
  }
  if (from >= start && to <= end) return { ...touched, end: end + delta };
  // Partial overlap: the tag keeps what is left of its own text.
  if (from < start) return { ...touched, start: from + change.text.length, end: end + delta };
  return { ...touched, end: from };
}
