// Which spans get which highlight: entity types map one to one, claim kinds
// are grouped (a reader tells "figures", "money" and "time" apart at a glance;
// seven claim colours would be noise). Pure, unit-tested in Node.
import type { AnalysisResult, ClaimKind, EntityType, OffsetRange } from '../../core/model/analysis';
import { shownEntities } from '../analysis/shownEntities';
import { HIGHLIGHT_TYPES, type HighlightType } from '../config/settings';

const CLAIM_GROUPS: Readonly<Record<ClaimKind, HighlightType>> = {
  count: 'quantity',
  measure: 'quantity',
  ordinal: 'quantity',
  percent: 'quantity',
  money: 'money',
  date: 'time',
  duration: 'time',
};

export function entityHighlight(type: EntityType): HighlightType {
  return type;
}

export function claimHighlight(kind: ClaimKind): HighlightType {
  return CLAIM_GROUPS[kind];
}

export interface HighlightOptions {
  readonly types: ReadonlySet<HighlightType>;
  readonly references: boolean;
}

export type HighlightSpans = Readonly<Record<HighlightType, readonly OffsetRange[]>>;

export function emptyHighlightSpans(): Record<HighlightType, OffsetRange[]> {
  const out = {} as Record<HighlightType, OffsetRange[]>;
  for (const type of HIGHLIGHT_TYPES) out[type] = [];
  return out;
}

/**
 * Spans per highlight type for one document; types not in `options.types` get an
 * empty list so their old decorations are cleared. Tagged spans are their own
 * layer on top of whatever was detected there.
 */
export function highlightSpans(
  result: AnalysisResult | undefined,
  tagged: readonly OffsetRange[],
  options: HighlightOptions,
): HighlightSpans {
  const out = emptyHighlightSpans();
  const add = (type: HighlightType, span: OffsetRange): void => {
    if (options.types.has(type)) out[type].push({ start: span.start, end: span.end });
  };
  for (const entity of shownEntities(result, options.references)) add(entityHighlight(entity.type), entity);
  for (const claim of result?.claims ?? []) add(claimHighlight(claim.kind), claim);
  for (const span of tagged) add('tagged', span);
  return out;
}
