// What the status-bar item says for one document. Pure.
import type { AnalysisResult, EntityMention, EntityType } from '../../core/model/analysis';

export interface StatusText {
  readonly text: string;
  /** Markdown for the tooltip. */
  readonly tooltip: string;
}

const ENTITY_NAMES: Readonly<Record<EntityType, string>> = {
  person: 'people',
  place: 'places',
  organization: 'organisations',
  nationality: 'nationalities',
  other: 'other',
};

/** `entities`: the mentions the editor shows (`shownEntities`), so the counts match "In this document". */
export function statusText(result: AnalysisResult, entities: readonly EntityMention[], tagged: number): StatusText {
  const e = entities.length;
  const c = result.claims.length;
  const text = `$(telescope) ${e} ${plural(e, 'entity', 'entities')} · ${c} ${plural(c, 'claim', 'claims')}`
    + (tagged > 0 ? ` · $(tag) ${tagged}` : '');
  const byType = new Map<string, number>();
  for (const entity of entities) {
    const name = ENTITY_NAMES[entity.type];
    byType.set(name, (byType.get(name) ?? 0) + 1);
  }
  const byKind = new Map<string, number>();
  for (const claim of result.claims) byKind.set(claim.kind, (byKind.get(claim.kind) ?? 0) + 1);
  const list = (m: Map<string, number>): string =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  const tooltip = [
    '**ClaimLens** — this document',
    `Entities: ${list(byType)}`,
    `Claims: ${list(byKind)}`,
    `Tagged: ${tagged}`,
    'Click to open the ClaimLens view.',
  ].join('\n\n');
  return { text, tooltip };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
