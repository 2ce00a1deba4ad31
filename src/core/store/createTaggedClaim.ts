// Builds a new tag from the document text and a range, so the editor and the
// tests never assemble selectors or snapshots by hand.

import type { EntityMention, NumericClaim, OffsetRange } from '../model/analysis';
import type { ClaimSnapshot, EntityRef, TagStatus, TaggedClaim } from './taggedClaim';
import { contentHash } from '../anchoring/contentHash';
import { describeRange } from '../anchoring/selectors';
import { normalizeDocumentPath } from './storeFile';

export interface NewTag {
  readonly id: string;
  /** Full current text of the document. */
  readonly text: string;
  /** Workspace-relative path. */
  readonly documentPath: string;
  readonly range: OffsetRange;
  readonly label: string;
  readonly status?: TagStatus;
  readonly note?: string;
  readonly analyst: string;
  /** ISO 8601 timestamp, injected so tests and imports are deterministic. */
  readonly now: string;
  readonly claim?: NumericClaim | null;
  readonly entities?: readonly EntityRef[];
  /** Pass when the text's hash is already known (one hash per document, not per tag). */
  readonly contentHash?: string;
}

export function createTaggedClaim(tag: NewTag): TaggedClaim {
  return {
    id: tag.id,
    label: tag.label,
    status: tag.status ?? 'open',
    note: tag.note ?? '',
    analyst: tag.analyst,
    created: tag.now,
    modified: tag.now,
    document: { path: normalizeDocumentPath(tag.documentPath), contentHash: tag.contentHash ?? contentHash(tag.text) },
    selectors: describeRange(tag.text, tag.range),
    claim: tag.claim ? snapshotOf(tag.claim) : null,
    entities: tag.entities ?? [],
    orphaned: false,
  };
}

export function snapshotOf(claim: NumericClaim): ClaimSnapshot {
  return {
    kind: claim.kind,
    value: claim.value,
    min: claim.min,
    max: claim.max,
    unit: claim.unit,
    currency: claim.currency,
    rate: claim.rate,
    qualifier: claim.qualifier,
    hedges: [...claim.hedges],
    attribution: claim.attribution?.text ?? null,
  };
}

/** The KB links of the given mentions, unlinked ones skipped, each id once. */
export function entityRefsOf(mentions: readonly EntityMention[]): EntityRef[] {
  const refs = new Map<string, EntityRef>();
  for (const m of mentions) {
    if (m.kbId !== null && !refs.has(m.kbId)) refs.set(m.kbId, { kbId: m.kbId, label: m.label ?? m.text });
  }
  return [...refs.values()];
}

/** A random tag id ("t-" + 16 hex digits) from an injected source of randomness. */
export function newTagId(random: () => number = Math.random): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return `t-${hex}`;
}
