// Shared first step of every format: the claims in scope, in a stable order,
// each with its location in the current document text.

import type { TaggedClaim } from '../store/taggedClaim';
import type { ClaimLocation } from './documentIndex';
import type { ExportInput } from './exportTypes';
import { compareClaims } from '../store/claimJson';
import { DocumentIndex } from './documentIndex';
import { inScope } from './exportTypes';

export interface ExportedClaim {
  readonly claim: TaggedClaim;
  /** Null when the document is missing, the tag orphaned, or its quote moved. */
  readonly location: ClaimLocation | null;
}

export function exportedClaims(input: ExportInput): ExportedClaim[] {
  const indexes = new Map<string, DocumentIndex>();
  const indexFor = (path: string): DocumentIndex | undefined => {
    const text = input.documents.get(path);
    if (text === undefined) return undefined;
    let index = indexes.get(path);
    if (!index) indexes.set(path, (index = new DocumentIndex(text)));
    return index;
  };
  return input.claims
    .filter((claim) => inScope(claim, input.scope))
    .sort(compareClaims)
    .map((claim) => ({ claim, location: indexFor(claim.document.path)?.locate(claim) ?? null }));
}

/** Keys sorted by code unit, so a settings object prints the same however it was built. */
export function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
