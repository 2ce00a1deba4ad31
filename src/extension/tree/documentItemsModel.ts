// "In this document": the entities and claims detected in the active editor,
// grouped by type in a fixed order with counts. Pure.
import type { AnalysisResult, EntityMention, EntityType, NumericClaim } from '../../core/model/analysis';

export type ItemGroupKind = EntityType | 'claim';

export interface DocumentItemGroup {
  readonly kind: ItemGroupKind;
  readonly title: string;
  readonly items: readonly DocumentItem[];
}

export type DocumentItem =
  | { readonly kind: 'entity'; readonly start: number; readonly end: number; readonly text: string; readonly detail: string; readonly mention: EntityMention }
  | { readonly kind: 'claim'; readonly start: number; readonly end: number; readonly text: string; readonly detail: string; readonly claim: NumericClaim };

const GROUPS: readonly (readonly [ItemGroupKind, string])[] = [
  ['claim', 'Numeric claims'],
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organizations'],
  ['nationality', 'Nationalities'],
  ['other', 'Other names'],
];

/** `entities`: the mentions to list (`shownEntities`, as the editor highlights them). */
export function buildDocumentItems(result: AnalysisResult, entities: readonly EntityMention[]): DocumentItemGroup[] {
  const groups: DocumentItemGroup[] = [];
  for (const [kind, title] of GROUPS) {
    const items: DocumentItem[] = kind === 'claim'
      ? result.claims.map((claim) => ({ kind: 'claim', start: claim.start, end: claim.end, text: claim.text, detail: claimDetail(claim), claim }))
      : entities.filter((e) => e.type === kind).map((mention) => ({
        kind: 'entity', start: mention.start, end: mention.end, text: mention.text, detail: entityDetail(mention), mention,
      }));
    if (items.length > 0) groups.push({ kind, title, items: [...items].sort((a, b) => a.start - b.start || a.end - b.end) });
  }
  return groups;
}

/** "Russia · government" — the KB label when it differs from the text, and the sense. */
function entityDetail(m: EntityMention): string {
  const parts: string[] = [];
  if (m.label !== null && m.label !== m.text) parts.push(m.label);
  if (m.sense !== null) parts.push(m.sense);
  if (m.kbId === null) parts.push('not in KB');
  return parts.join(' · ');
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "money · 1,500,000,000 EUR · hedged", "count · ≤ 100,000 troops". */
function claimDetail(c: NumericClaim): string {
  const parts: string[] = [c.kind];
  const value = c.value !== null
    ? NUMBER.format(c.value)
    : c.min !== null && c.max !== null
      ? `${NUMBER.format(c.min)}–${NUMBER.format(c.max)}`
      : c.max !== null
        ? `≤ ${NUMBER.format(c.max)}`
        : c.min !== null ? `≥ ${NUMBER.format(c.min)}` : null;
  // Dates and durations read better as the text itself than as a bare number.
  if (value !== null && c.kind !== 'date') parts.push([value, c.currency ?? c.unit].filter((p) => p !== null).join(' '));
  if (c.hedged) parts.push('hedged');
  return parts.join(' · ');
}
