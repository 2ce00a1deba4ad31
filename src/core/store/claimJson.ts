// The JSON form of a tagged claim with a fixed key order, shared by the store
// and the ClaimLens export: the same state always gives the same bytes.

import type { ClaimSnapshot, TaggedClaim } from './taggedClaim';

/** Plain JSON object of a claim, without its document (the container carries that). */
export function claimToJson(claim: TaggedClaim): Record<string, unknown> {
  const { quote, position } = claim.selectors;
  return {
    id: claim.id,
    label: claim.label,
    status: claim.status,
    note: claim.note,
    analyst: claim.analyst,
    created: claim.created,
    modified: claim.modified,
    selectors: {
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end },
    },
    claim: claim.claim === null ? null : snapshotToJson(claim.claim),
    entities: claim.entities.map((e) => ({ kbId: e.kbId, label: e.label })),
    orphaned: claim.orphaned,
  };
}

function snapshotToJson(s: ClaimSnapshot): Record<string, unknown> {
  return {
    kind: s.kind,
    value: s.value,
    min: s.min,
    max: s.max,
    unit: s.unit,
    currency: s.currency,
    rate: s.rate,
    qualifier: s.qualifier,
    hedges: [...s.hedges],
    attribution: s.attribution,
  };
}

/** Document path, then position in it, then id: stable whatever order tags were added in. */
export function compareClaims(a: TaggedClaim, b: TaggedClaim): number {
  return (
    compareStrings(a.document.path, b.document.path) ||
    a.selectors.position.start - b.selectors.position.start ||
    a.selectors.position.end - b.selectors.position.end ||
    compareStrings(a.id, b.id)
  );
}

/** Code-unit order: unlike localeCompare, the same on every machine and runtime. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
