// What "the claim under the cursor" means: a non-empty selection wins, then
// the innermost detected span at the cursor (an entity inside a claim span
// beats the claim: "…sent 10,000 troops to |Kursk"). Pure, for unit tests.
import type { AnalysisResult, EntityMention, NumericClaim, OffsetRange } from '../../core/model/analysis';
import type { EntityRef } from '../../core/store/taggedClaim';
import { entityRefsOf as entityRefs } from '../../core/store/createTaggedClaim';
import { spanAt } from '../analysis/spans';
import { shownEntities } from '../analysis/shownEntities';

export type TagTarget =
  | { readonly kind: 'claim'; readonly range: OffsetRange; readonly claim: NumericClaim; readonly entities: readonly EntityRef[] }
  | { readonly kind: 'entity'; readonly range: OffsetRange; readonly mention: EntityMention; readonly entities: readonly EntityRef[] }
  | { readonly kind: 'selection'; readonly range: OffsetRange; readonly entities: readonly EntityRef[] };

type Span = (NumericClaim & { readonly is: 'claim' }) | (EntityMention & { readonly is: 'entity' });

/**
 * `selection` in offsets; an empty one is a cursor. Undefined when nothing is
 * there to tag. `references`: `claimlens.highlight.references`, so only a
 * mention the editor shows is tagged as one.
 */
export function findTarget(analysis: AnalysisResult | undefined, selection: OffsetRange, references: boolean): TagTarget | undefined {
  const entities = analysis?.entities ?? [];
  // A range that is exactly a detected span (as the hover link passes it) keeps its meaning.
  const exact = analysis && selection.end > selection.start
    ? findTarget(analysis, { start: selection.start, end: selection.start }, references)
    : undefined;
  if (exact && exact.range.start === selection.start && exact.range.end === selection.end) return exact;
  if (selection.end > selection.start) {
    const inside = entities.filter((e) => e.start < selection.end && e.end > selection.start);
    return { kind: 'selection', range: selection, entities: entityRefs(inside) };
  }
  if (!analysis) return undefined;
  // A counted group ("100,000 troops", sense 'group') is not shown: the
  // analyst tags the figure, so such a mention never beats its claim.
  const spans: Span[] = [
    ...analysis.claims.map((c) => ({ ...c, is: 'claim' as const })),
    ...shownEntities(analysis, references).map((e) => ({ ...e, is: 'entity' as const })),
  ];
  const hit = spanAt(spans, selection.start);
  if (!hit) return undefined;
  if (hit.is === 'entity') return { kind: 'entity', range: { start: hit.start, end: hit.end }, mention: hit, entities: entityRefs([hit]) };
  return claimTarget(hit, analysis);
}

/** A claim with the KB entities it is about. */
function claimTarget(claim: NumericClaim, analysis: AnalysisResult): TagTarget {
  const about = claim.entityIds.map((id) => analysis.entities.find((e) => e.id === id)).filter((e) => e !== undefined);
  return { kind: 'claim', range: { start: claim.start, end: claim.end }, claim, entities: entityRefs(about) };
}

/**
 * Every occurrence of the target in the document, for "Tag all mentions":
 * a linked entity by its KB id (so "Kremlin" and "Moscow" both count when the
 * detector linked them to the same government), else by identical text.
 */
export function allMentionsOf(target: TagTarget, analysis: AnalysisResult | undefined, text: string): TagTarget[] {
  if (target.kind === 'entity' && analysis) {
    const { kbId, text: surface } = target.mention;
    const same = analysis.entities.filter((e) => (kbId !== null ? e.kbId === kbId : e.text === surface));
    return same.map((e) => ({ kind: 'entity', range: { start: e.start, end: e.end }, mention: e, entities: entityRefs([e]) }));
  }
  if (target.kind === 'claim' && analysis) {
    const same = analysis.claims.filter((c) => c.text === target.claim.text);
    return same.map((c) => claimTarget(c, analysis));
  }
  const quote = text.slice(target.range.start, target.range.end);
  const out: TagTarget[] = [];
  if (quote.length === 0) return out;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) {
    out.push({ kind: 'selection', range: { start: at, end: at + quote.length }, entities: target.entities });
  }
  return out;
}
