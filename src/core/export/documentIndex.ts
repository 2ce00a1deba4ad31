// Per-document facts the exports derive from a tag's UTF-16 range: line and
// character, code-point positions, and the sentence the claim sits in.
// Built once per document, so exporting thousands of tags stays linear.

import type { TaggedClaim } from '../store/taggedClaim';
import type { LineCharacter } from '../text/textLocation';
import { splitSentences } from '../text/sentences';
import { codePointCounter, lineCharacterAt, lineStarts } from '../text/textLocation';

export interface ClaimLocation {
  readonly start: LineCharacter;
  readonly end: LineCharacter;
  /** Code-point positions (W3C TextPositionSelector). */
  readonly codePoints: { readonly start: number; readonly end: number };
  /** The sentence containing the claim, whitespace collapsed to single spaces. */
  readonly sentence: string;
}

export class DocumentIndex {
  private starts: number[] | undefined;
  private sentences: ReturnType<typeof splitSentences> | undefined;
  private codePoints: ((offset: number) => number) | undefined;

  constructor(readonly text: string) {}

  /** Null when the tag is orphaned or its quote is no longer at its position. */
  locate(claim: TaggedClaim): ClaimLocation | null {
    const { start, end } = claim.selectors.position;
    if (claim.orphaned || this.text.slice(start, end) !== claim.selectors.quote.exact) return null;
    const starts = (this.starts ??= lineStarts(this.text));
    const count = (this.codePoints ??= codePointCounter(this.text));
    return {
      start: lineCharacterAt(starts, start),
      end: lineCharacterAt(starts, end),
      codePoints: { start: count(start), end: count(end) },
      sentence: this.sentenceAround(start, end),
    };
  }

  /** From the start of the sentence holding `start` to the end of the one holding `end`. */
  private sentenceAround(start: number, end: number): string {
    const sentences = (this.sentences ??= splitSentences(this.text));
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    let from = start;
    let to = end;
    for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) {
      from = Math.min(from, sentences[i]!.start);
      to = Math.max(to, sentences[i]!.end);
    }
    return collapse(this.text.slice(from, to));
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
