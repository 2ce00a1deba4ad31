// Numeric-claim detection: every number that states something, as a record
// (see README.md for what counts and what is skipped). Pure and linear: one
// tokenization and one scan per sentence, no NLP tagging.

import type { ClaimDraft, DetectionInput } from '../detect/drafts';
import type { OffsetRange } from '../model/analysis';
import { scanSentence, type RawClaim } from './claimScanner';
import { epistemicOf, type Epistemic } from './epistemic';
import { tokenize } from './tokens';

export function detectClaims(input: DetectionInput): ClaimDraft[] {
  const { text } = input;
  const out: ClaimDraft[] = [];
  for (const sentence of input.sentences) {
    const start = Math.max(0, sentence.start);
    const end = Math.min(text.length, sentence.end);
    if (end <= start) continue;
    const tokens = tokenize(text, start, end);
    const raws = scanSentence(text, tokens, end);
    if (raws.length === 0) continue;
    const epistemic = epistemicOf(text, tokens);
    const range: OffsetRange = { start: sentence.start, end: sentence.end };
    for (const raw of raws) out.push(toDraft(text, raw, epistemic, range));
  }
  return out;
}

function toDraft(text: string, raw: RawClaim, epistemic: Epistemic, sentence: OffsetRange): ClaimDraft {
  // The source is "officials said", not the claim itself.
  const attribution = epistemic.attributions.find((a) => !overlaps(a, raw)) ?? null;
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
    hedged: epistemic.hedges.length > 0,
    hedges: epistemic.hedges,
    attribution,
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

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}
