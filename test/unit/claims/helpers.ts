// Shared helpers for the claim tests: run the detector over a text split into
// sentences the way the analyser does, and check the offset invariants every
// claim must keep.

import * as assert from 'node:assert/strict';
import { detectClaims } from '../../../src/core/claims/detectClaims';
import type { ClaimDraft } from '../../../src/core/detect/drafts';
import { splitSentences } from '../../../src/core/text/sentences';

/** All claims of `text`, after checking that every span quotes the text it points at. */
export function claimsIn(text: string): ClaimDraft[] {
  const claims = detectClaims({ text, sentences: splitSentences(text) });
  for (const c of claims) {
    assert.equal(text.slice(c.start, c.end), c.text, 'claim text matches its offsets');
    assert.equal(text.slice(c.number.start, c.number.end), c.number.text, 'number text matches its offsets');
    assert.ok(c.start <= c.number.start && c.number.end <= c.end, `number inside claim: ${c.text}`);
    assert.ok(c.sentence.start <= c.start && c.end <= c.sentence.end, `claim inside its sentence: ${c.text}`);
    if (c.attribution !== null) assert.equal(text.slice(c.attribution.start, c.attribution.end), c.attribution.text);
  }
  return claims;
}

/** The one claim whose text is `claimText`; fails listing what was found otherwise. */
export function claim(text: string, claimText: string): ClaimDraft {
  const claims = claimsIn(text);
  const hits = claims.filter((c) => c.text === claimText);
  assert.equal(hits.length, 1, `expected one claim "${claimText}", found: ${claims.map((c) => JSON.stringify(c.text)).join(', ')}`);
  return hits[0] as ClaimDraft;
}

/** The texts of all claims, in document order. */
export function claimTexts(text: string): string[] {
  return claimsIn(text).map((c) => c.text);
}
