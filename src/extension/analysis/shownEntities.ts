// The entity mentions the editor shows, one filter for decorations, hovers,
// "In this document", the status bar and the tag target: pronouns and
// common-noun references ("he", "the regime", "97 civilians") only with
// `claimlens.highlight.references` (detected for batch users, claim linking
// and evaluation, but drawn on every page they would drown the names an
// analyst reads for), and never a counted group built on a claim's number:
// "sent 100,000 troops" is shown once, as the claim, not also under
// Organizations. Pure, for unit tests.
import type { AnalysisResult, EntityMention } from '../../core/model/analysis';
import { restatesNumber } from '../../core/analysis/documentAnalyzer';
import { isReference } from '../../core/entities/senses';

export function shownEntities(result: AnalysisResult | undefined, references: boolean): EntityMention[] {
  const claims = result?.claims ?? [];
  return (result?.entities ?? []).filter((e) =>
    (references || !isReference(e)) && !claims.some((c) => restatesNumber(e, c.number)));
}
