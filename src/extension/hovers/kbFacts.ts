// Formatting KB facts for hovers with everything needed to compare like with
// like: value, unit, as-of date and source. Pure.
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import type { KbFact } from '../../core/kb/kbTypes';
import { escapeMarkdown, formatNumber, propertyName } from './markdownText';

/** What hover builders need from the KB; a fake in unit tests. */
export type HoverKb = Pick<KnowledgeBase, 'byId' | 'source' | 'factsAt' | 'asOf'>;

/** "GDP per capita (PPP): 17,100 USD (PPP, 2021 dollars) — as of 2023, CIA World Factbook" */
export function formatFact(fact: KbFact, kb: HoverKb): string {
  const source = shortTitle(kb.source(fact.source)?.title ?? fact.source);
  const when = fact.start !== undefined || fact.end !== undefined
    ? `${fact.start ?? '…'} – ${fact.end ?? 'present'}`
    : `as of ${fact.asOf}`;
  return `${escapeMarkdown(propertyName(fact.property))}: ${factValue(fact, kb)} — _${escapeMarkdown(`${when}, ${source}`)}_`;
}

/** The value with its unit; a reference shows the referred entry's label. */
export function factValue(fact: KbFact, kb: HoverKb): string {
  const ref = fact.ref === undefined ? undefined : kb.byId(fact.ref);
  const value = ref !== undefined
    ? ref.label
    : typeof fact.value === 'number' ? formatNumber(fact.value) : fact.value;
  const unit = fact.unit !== undefined && ref === undefined ? ` ${fact.unit}` : '';
  const note = fact.note !== undefined ? ` (${fact.note})` : '';
  return `**${escapeMarkdown(`${value}${unit}`)}**${escapeMarkdown(note)}`;
}

/**
 * A hover has room for the source's name, not its provenance note:
 * "The World Factbook (CIA), JSON profiles from … at commit …" → "The World Factbook (CIA)".
 */
export function shortTitle(title: string): string {
  const cut = title.indexOf(', ');
  return cut > 0 ? title.slice(0, cut) : title;
}
