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

// Per analysis and setting: the code-action provider asks on every cursor move
// and hovers on every pointer rest, and the filter pairs every entity with every claim.
const cache = new WeakMap<AnalysisResult, { withReferences?: readonly EntityMention[]; without?: readonly EntityMention[] }>();

export function shownEntities(result: AnalysisResult | undefined, references: boolean): readonly EntityMention[] {
  if (result === undefined) return [];
  let entry = cache.get(result);
  if (entry === undefined) cache.set(result, (entry = {}));
  const key = references ? 'withReferences' : 'without';
  const known = entry[key];
  if (known !== undefined) return known;
  const claims = result.claims;
  const shown = result.entities.filter((e) =>
    (references || !isReference(e)) && !claims.some((c) => restatesNumber(e, c.number)));
  entry[key] = shown;
  return shown;
}
