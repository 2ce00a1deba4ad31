// What each detector produces before the analyser assembles the final result:
// the analyser numbers mentions and claims in document order ("e0", "c0", …)
// and links each claim to the entity mentions of its sentence.

import type { EntityMention, NumericClaim, OffsetRange } from '../model/analysis';

export type EntityDraft = Omit<EntityMention, 'id'>;

export type ClaimDraft = Omit<NumericClaim, 'id' | 'entityIds'>;

/** A detector's view of the document: the text and its sentences in order. */
export interface DetectionInput {
  readonly text: string;
  /** Sentences in document order; together they need not cover the whole text. */
  readonly sentences: readonly OffsetRange[];
  /**
   * The text before Markdown masking, when masking blanked something (same
   * length as `text`): lets a detector keep markup out of its spans, e.g. end a
   * name at "**" in "**Olaf** Scholz". Absent for plain text.
   */
  readonly original?: string;
}
