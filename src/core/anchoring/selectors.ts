// W3C Web Annotation-style selectors that let a tag find its text again.
// Offsets are UTF-16 code units (what `TextDocument.offsetAt` counts), end
// exclusive; the W3C export converts them to code points at the edge.

import type { OffsetRange } from '../model/analysis';

export interface TextQuoteSelector {
  readonly exact: string;
  /** Up to `CONTEXT_LENGTH` characters before the quote (fewer at the start of the text). */
  readonly prefix: string;
  /** Up to `CONTEXT_LENGTH` characters after the quote. */
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly start: number;
  readonly end: number;
}

export interface TagSelectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/** Enough context to tell "100,000 troops" in one sentence from the same figure in another. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes `range` of `text` by quote (with context) and position. Context
 * boundaries never split a surrogate pair, so the selector is valid Unicode.
 */
export function describeRange(text: string, range: OffsetRange, contextLength = CONTEXT_LENGTH): TagSelectors {
  const start = clamp(range.start, 0, text.length);
  const end = clamp(range.end, start, text.length);
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd < text.length) suffixEnd -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
