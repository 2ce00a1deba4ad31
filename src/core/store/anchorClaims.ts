// Keeps a document's tags on their text: `moveClaims` follows live edits in
// the editor; `reanchorClaims` finds them again after the file changed on disk
// (content hash differs). Both refresh quotes and the hash from the new text.

import type { ContentChange } from '../anchoring/applyChanges';
import type { AnchorMethod } from '../anchoring/reanchor';
import type { TaggedClaim } from './taggedClaim';
import { applyChanges } from '../anchoring/applyChanges';
import { contentHash } from '../anchoring/contentHash';
import { reanchor } from '../anchoring/reanchor';
import { describeRange } from '../anchoring/selectors';

export interface ReanchorReport {
  readonly claims: TaggedClaim[];
  /** How each claim (by id) was found, or "orphaned". */
  readonly outcome: ReadonlyMap<string, AnchorMethod | 'orphaned'>;
}

/**
 * Applies one change event to the claims of a document; `text` is the text
 * after the event. The content hash is left alone: hashing the whole document
 * on every keystroke is wasted work, the store writer stamps it on save.
 */
export function moveClaims(claims: readonly TaggedClaim[], changes: readonly ContentChange[], text: string): TaggedClaim[] {
  const live = claims.filter((c) => !c.orphaned);
  const moved = applyChanges(live.map((c) => c.selectors.position), changes);
  const byId = new Map(live.map((c, i) => [c.id, moved[i]!] as const));
  return claims.map((claim) => {
    const range = byId.get(claim.id);
    if (!range) return claim;
    if (range.lost) return { ...claim, orphaned: true };
    // Context may have changed even for untouched tags (an edit next to them).
    return { ...claim, selectors: describeRange(text, range) };
  });
}

/** Re-anchors every claim (orphans included: their text may be back) against `text`. */
export function reanchorClaims(claims: readonly TaggedClaim[], text: string, hash = contentHash(text)): ReanchorReport {
  const outcome = new Map<string, AnchorMethod | 'orphaned'>();
  // Tags in document order, each trying the previous tag's shift first.
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.selectors.position.start - claims[b]!.selectors.position.start);
  const found = new Array<ReturnType<typeof reanchor>>(claims.length);
  let shift = 0;
  for (const i of order) {
    const { selectors } = claims[i]!;
    const result = reanchor(text, selectors, { shift });
    if (result.status === 'anchored') shift = result.start - selectors.position.start;
    found[i] = result;
  }
  const result = claims.map((claim, i) => {
    const anchor = found[i]!;
    const document = { ...claim.document, contentHash: hash };
    if (anchor.status === 'orphaned') {
      outcome.set(claim.id, 'orphaned');
      return { ...claim, document, orphaned: true };
    }
    outcome.set(claim.id, anchor.method);
    return { ...claim, document, orphaned: false, selectors: describeRange(text, anchor) };
  });
  return { claims: result, outcome };
}
