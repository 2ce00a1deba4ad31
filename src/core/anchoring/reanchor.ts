// Finds a tag's text again after the document changed outside the editor:
// by position; else by exact quote in its old context; else the best-placed of
// exact, approximate (bounded edit distance) and context-bracketed candidates;
// else a long exact quote anywhere. What none of these find is orphaned —
// listed by the editor, never silently dropped.

import type { TagSelectors } from './selectors';
import { fuzzySearch } from './fuzzySearch';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'context';

export type AnchorResult =
  | { readonly status: 'anchored'; readonly method: AnchorMethod; readonly start: number; readonly end: number }
  | { readonly status: 'orphaned' };

export interface ReanchorOptions {
  /** Edits allowed per quote character in the fuzzy step; 0.25 lets "100,000" become "120,000". */
  readonly maxErrorRate?: number;
  /**
   * Likely shift of the position (how far the previous tag of the document
   * moved): after an insertion above, every tag below moves by the same
   * amount, so trying that first finds most tags without a search.
   */
  readonly shift?: number;
}

const MAX_EXACT_HITS = 1000;
/** Characters of prefix/suffix used to bracket an edited quote ("… a mere 5% of …"). */
const CONTEXT_PROBE = 16;
/** Context characters a match must still share with its old surroundings. */
const MIN_CONTEXT = 8;

export function reanchor(text: string, selectors: TagSelectors, options: ReanchorOptions = {}): AnchorResult {
  const { exact, prefix, suffix } = selectors.quote;
  const hint = selectors.position.start;
  if (exact.length === 0) return { status: 'orphaned' };
  if (text.slice(hint, selectors.position.end) === exact) {
    return anchored({ start: hint, end: selectors.position.end, errors: 0, method: 'position' });
  }
  if (options.shift) {
    const moved: Span = { start: hint + options.shift, end: selectors.position.end + options.shift, errors: 0, method: 'quote' };
    if (text.slice(moved.start, moved.end) === exact && contextScore(text, moved, prefix, suffix) === prefix.length + suffix.length) {
      return anchored(moved);
    }
  }
  const fullContext = prefix.length + suffix.length;
  const exactHits: Span[] = [];
  for (let at = text.indexOf(exact); at !== -1 && exactHits.length < MAX_EXACT_HITS; at = text.indexOf(exact, at + 1)) {
    const hit: Span = { start: at, end: at + exact.length, errors: 0, method: 'quote' };
    // The quote in its whole old context: no need to scan the rest of a long text.
    if (contextScore(text, hit, prefix, suffix) === fullContext) return anchored(hit);
    exactHits.push(hit);
  }
  const best = (spans: readonly Span[]): Span | undefined => bestByContext(text, spans, prefix, suffix, hint);
  const quoted = best(exactHits);

  // No exact quote in its old surroundings: weigh every kind of evidence and
  // keep the candidate that sits best in the old context. "5%" found in a
  // similar sentence loses to "7.5%" between the tag's own prefix and suffix.
  const maxErrors = Math.floor(exact.length * (options.maxErrorRate ?? 0.25));
  const fuzzy = fuzzySearch(text, exact, maxErrors).map((m): Span => ({ ...m, method: 'fuzzy' }));
  const needed = Math.min(MIN_CONTEXT, fullContext);
  // An altered quote needs its old context on BOTH sides: "12.7 per cent in
  // October" is not "3.1 per cent in October" from another sentence.
  const trusted = (span: Span): boolean => span.errors === 0
    ? contextScore(text, span, prefix, suffix) >= needed
    : commonSuffix(text, span.start, prefix) >= Math.min(MIN_CONTEXT, prefix.length)
      && commonPrefix(text, span.end, suffix) >= Math.min(MIN_CONTEXT, suffix.length);
  const candidates = [...exactHits, ...fuzzy, ...betweenContext(text, prefix, suffix, exact.length)].filter(trusted);
  const winner = best(candidates);
  if (winner) return anchored(winner);
  // The quote moved away from its context (a paragraph was rewritten around
  // it): trust the quote alone only when it is long enough to be distinctive.
  if (quoted && exact.length >= MIN_CONTEXT) return anchored(quoted);
  return { status: 'orphaned' };
}

function anchored(span: Span): AnchorResult {
  return { status: 'anchored', method: span.method, start: span.start, end: span.end };
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  readonly method: AnchorMethod;
}

/** Most matching context, then fewest errors, then nearest the old position. */
function bestByContext(text: string, spans: readonly Span[], prefix: string, suffix: string, hint: number): Span | undefined {
  let best: Span | undefined;
  let bestKey: readonly number[] = [];
  for (const span of spans) {
    const context = contextScore(text, span, prefix, suffix);
    const key = [-context, span.errors, Math.abs(span.start - hint)];
    if (!best || compareKeys(key, bestKey) < 0) {
      best = span;
      bestKey = key;
    }
  }
  return best;
}

/** Spans between an unchanged end of prefix and start of suffix, for quotes edited beyond fuzzy reach. */
function betweenContext(text: string, prefix: string, suffix: string, quoteLength: number): Span[] {
  const before = prefix.slice(-CONTEXT_PROBE);
  const after = suffix.slice(0, CONTEXT_PROBE);
  // Both probes must be distinctive, or any sentence with "the" would do.
  if (before.trim().length < 4 || after.trim().length < 4) return [];
  const spans: Span[] = [];
  for (let at = text.indexOf(before); at !== -1 && spans.length < MAX_EXACT_HITS; at = text.indexOf(before, at + 1)) {
    const start = at + before.length;
    const end = text.indexOf(after, start);
    if (end === -1) break;
    // The quote may have grown or shrunk, not swallowed a paragraph.
    if (end > start && end - start <= 2 * quoteLength + 8) spans.push({ start, end, errors: 1, method: 'context' });
  }
  return spans;
}

function contextScore(text: string, span: Span, prefix: string, suffix: string): number {
  return commonSuffix(text, span.start, prefix) + commonPrefix(text, span.end, suffix);
}

function commonSuffix(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n - 1 >= 0 && text.charCodeAt(end - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

function commonPrefix(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text.charCodeAt(start + n) === suffix.charCodeAt(n)) n++;
  return n;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
