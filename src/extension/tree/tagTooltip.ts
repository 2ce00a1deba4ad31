// The sentence a tag sits in, for its tooltip: from the open document when
// there is one (only the paragraph around the tag is segmented, not the whole
// document), else from the stored quote and its context.
import type { TaggedClaim } from '../../core/store/taggedClaim';
import { splitSentences } from '../../core/text/sentences';

/** How far to look for the paragraph break around a tag. */
const WINDOW = 2000;

export function sentenceOf(claim: TaggedClaim, text: string | undefined): string {
  const { position, quote } = claim.selectors;
  if (text === undefined || claim.orphaned || text.slice(position.start, position.end) !== quote.exact) {
    return `…${quote.prefix}${quote.exact}${quote.suffix}…`.replace(/\s+/g, ' ');
  }
  const from = paragraphStart(text, position.start);
  const to = paragraphEnd(text, position.end);
  const sentence = splitSentences(text, { start: from, end: to }).find((s) => s.start <= position.start && position.start < s.end);
  const span = sentence ?? { start: from, end: to };
  return text.slice(Math.min(span.start, position.start), Math.max(span.end, position.end)).replace(/\s+/g, ' ').trim();
}

function paragraphStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - WINDOW);
  const at = text.lastIndexOf('\n\n', offset);
  return at >= floor ? at + 2 : floor;
}

function paragraphEnd(text: string, offset: number): number {
  const at = text.indexOf('\n\n', offset);
  const ceiling = Math.min(text.length, offset + WINDOW);
  return at !== -1 && at <= ceiling ? at : ceiling;
}
