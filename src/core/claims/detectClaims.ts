// Numeric-claim detection: every number that states something, as a record
// (see README.md for what counts and what is skipped). Pure and linear: one
// tokenization and one scan per sentence, no NLP tagging.

import type { ClaimDraft, DetectionInput } from '../detect/drafts';
import type { OffsetRange, TextSpan } from '../model/analysis';
import { attributionsOf, type Attribution } from './attribution';
import { attributionFor, claimsByStart, type ClaimsByStart, type ClaimTokens } from './attributionScope';
import { scanSentence, type RawClaim } from './claimScanner';
import { hedgesOf } from './hedges';
import { QuoteTracker, quoteMarks } from './quotes';
import { tokenize, type Token } from './tokens';

export function detectClaims(input: DetectionInput): ClaimDraft[] {
  const { text } = input;
  const out: ClaimDraft[] = [];
  const quotes = new QuoteTracker();
  const resolve = (index: number, speaker: TextSpan): void => {
    out[index] = { ...(out[index] as ClaimDraft), attribution: speaker };
  };
  for (const sentence of input.sentences) {
    const start = Math.max(0, sentence.start);
    const end = Math.min(text.length, sentence.end);
    if (end <= start) continue;
    const tokens = tokenize(text, start, end);
    const raws = scanSentence(text, tokens, end);
    const marks = quoteMarks(tokens);
    const quoting = quotes.matters(marks);
    if (!quoting) quotes.skip();
    if (raws.length === 0 && !quoting) continue;
    const attributions = attributionsOf(text, tokens);
    // Most sentences quote nobody and name no source: no token ranges needed.
    const claims = quoting || attributions.length > 0 ? claimTokens(tokens, raws) : [];
    const quoted = quoting ? quotes.sentence(tokens, marks, attributions, claims, resolve) : [];
    if (raws.length === 0) continue;
    const hedges = hedgesOf(tokens);
    const byStart = attributions.length > 0 ? claimsByStart(claims) : null;
    const range: OffsetRange = { start: sentence.start, end: sentence.end };
    for (const [k, raw] of raws.entries()) {
      const q = quoted[k];
      // A quoted claim is its speaker's; the source is never the claim itself.
      const source = q?.speaker ?? (byStart === null ? null : sourceOf(tokens, attributions, byStart, claims[k] as ClaimTokens));
      if (q?.open === true && q.speaker === null) quotes.wait(out.length);
      out.push(toDraft(text, raw, { hedges, attribution: source }, range));
    }
  }
  return out;
}

function sourceOf(tokens: readonly Token[], attributions: readonly Attribution[], claims: ClaimsByStart, claim: ClaimTokens): TextSpan | null {
  return attributionFor(tokens, attributions, claims, claim)?.span ?? null;
}

/** Token range of each claim; claims and tokens are both in order, so one forward pass. */
function claimTokens(tokens: readonly Token[], raws: readonly RawClaim[]): ClaimTokens[] {
  const out: ClaimTokens[] = [];
  let j = 0;
  for (const raw of raws) {
    while (j < tokens.length && (tokens[j] as Token).end <= raw.start) j++;
    const first = j;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).start < raw.end) j++;
    out.push({ first, last: Math.max(first, j) });
  }
  return out;
}

interface Context {
  readonly hedges: readonly string[];
  readonly attribution: TextSpan | null;
}

function toDraft(text: string, raw: RawClaim, context: Context, sentence: OffsetRange): ClaimDraft {
  const { start, end } = withoutMarkup(text, raw);
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: raw.kind,
    number: { text: text.slice(raw.numStart, raw.numEnd), start: raw.numStart, end: raw.numEnd },
    value: raw.value,
    min: raw.min,
    max: raw.max,
    unit: raw.unit,
    currency: raw.currency,
    rate: raw.rate,
    qualifier: raw.qualifier,
    hedged: context.hedges.length > 0,
    hedges: context.hedges,
    attribution: context.attribution,
    sentence,
  };
}

const MARKUP = /[*_`~]/;

/**
 * Is `p` a Markdown boundary: a markup character, or — in text the analyser
 * has masked (markup replaced by spaces, same length) — the second of two
 * plain spaces, which prose between a number and its noun never has.
 */
function isBoundary(text: string, p: number): boolean {
  const ch = text[p] as string;
  return MARKUP.test(ch) || (ch === ' ' && (text[p - 1] === ' ' || text[p + 1] === ' '));
}

/**
 * Markdown syntax is never part of a span: "**100,000** troops" gives the
 * claim "100,000" (its unit still says "troops"), "*up to* 5,000" gives "5,000".
 */
function withoutMarkup(text: string, raw: RawClaim): OffsetRange {
  let start = raw.start;
  let end = raw.end;
  for (let p = raw.numStart - 1; p >= raw.start; p--) {
    if (isBoundary(text, p)) {
      start = p + 1;
      while (start < raw.numStart && /\s/.test(text[start] as string)) start++;
      break;
    }
  }
  for (let p = raw.numEnd; p < raw.end; p++) {
    if (isBoundary(text, p)) {
      end = p;
      while (end > raw.numEnd && /\s/.test(text[end - 1] as string)) end--;
      break;
    }
  }
  return { start, end };
}
