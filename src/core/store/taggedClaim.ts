// The record of one tag an analyst put on a claim, entity mention or
// selection: what the editor keeps, the sidecar store persists and every
// export format is derived from. Offsets are UTF-16 code units.

import type { ClaimReading } from '../model/analysis';
import type { TagSelectors } from '../anchoring/selectors';

/** Workflow state of a tag; the label carries the analyst's verdict ("Disputed"). */
export type TagStatus = 'open' | 'in-review' | 'resolved';

export const TAG_STATUSES: readonly TagStatus[] = ['open', 'in-review', 'resolved'];

export const DEFAULT_LABELS: readonly string[] = [
  'To verify', 'Verified', 'Disputed', 'False', 'Key figure', 'Source needed',
];

export interface DocumentRef {
  /** Workspace-relative, '/'-separated ("reports/q3-brief.md"). */
  readonly path: string;
  /** `contentHash(text)` of the text the selectors were last anchored in. */
  readonly contentHash: string;
}

/**
 * The parsed numeric claim at tagging time, so exports keep it even after the
 * detector changes its mind. Attribution is kept as text: offsets go stale.
 */
export interface ClaimSnapshot extends ClaimReading {
  readonly hedges: readonly string[];
  readonly attribution: string | null;
}

export interface EntityRef {
  /** Wikidata QID ("Q423") or namespaced local KB id ("cl:wagner-group"). */
  readonly kbId: string;
  readonly label: string;
}

export interface TaggedClaim {
  readonly id: string;
  readonly label: string;
  readonly status: TagStatus;
  /** Free text; "" when none. */
  readonly note: string;
  readonly analyst: string;
  /** ISO 8601 UTC timestamps ("2026-11-26T16:20:00.000Z"). */
  readonly created: string;
  readonly modified: string;
  readonly document: DocumentRef;
  readonly selectors: TagSelectors;
  /** Null for a plain entity or selection tag. */
  readonly claim: ClaimSnapshot | null;
  readonly entities: readonly EntityRef[];
  /** True when re-anchoring could not find the text; selectors keep the last known quote. */
  readonly orphaned: boolean;
}
