// The entity mentions the editor lists and counts ("In this document", the
// status bar): those it highlights (pronoun and common-noun references only
// with `claimlens.highlight.references`), less the counted groups that hold a
// claim's number: "100,000 troops" is listed once, as the claim, not also
// under Organizations. Pure, for unit tests.
import type { AnalysisResult, EntityMention, NumericClaim } from '../../core/model/analysis';
import { shownEntities } from '../decorations/highlightSpans';

/** Mentions that contain no claim's number ("sent 100,000 troops": the group "100,000 troops" goes). */
export function apartFromClaims(entities: readonly EntityMention[], claims: readonly NumericClaim[]): EntityMention[] {
  return entities.filter((e) => !claims.some(({ number: n }) => n.start >= e.start && n.end <= e.end));
}

export function listedEntities(result: AnalysisResult | undefined, references: boolean): EntityMention[] {
  return apartFromClaims(shownEntities(result, references), result?.claims ?? []);
}
