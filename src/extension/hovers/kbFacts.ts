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
  return `${escapeMarkdown(propertyName(fact.property))}: ${factValue(fact, kb)} — _${escapeMarkdown(`${factWhen(fact)}, ${source}`)}_`;
}

/**
 * When a fact holds. An open-ended role is only known to hold on its as-of
 * date, so it never reads "present": "since 2020-08-05 (as of 2025-11-20)";
 * a closed one "2017-01-20 – 2021-01-20"; a statement "as of 2024".
 */
export function factWhen(fact: KbFact): string {
  if (fact.start !== undefined && fact.end !== undefined) return `${fact.start} – ${fact.end}`;
  if (fact.start !== undefined) return `since ${fact.start} (as of ${fact.asOf})`;
  if (fact.end !== undefined) return `until ${fact.end}`;
  return `as of ${fact.asOf}`;
}

/**
 * The value with its unit; a reference shows the referred entry's label. A
 * role shows its title as the KB build wrote it ("President of France",
 * "Mayor of Moscow", "Pope"): the build already added the place where needed.
 */
export function factValue(fact: KbFact, kb: HoverKb): string {
  const ref = fact.ref === undefined ? undefined : kb.byId(fact.ref);
  const value = ref === undefined || fact.property === 'role'
    ? typeof fact.value === 'number' ? formatNumber(fact.value) : fact.value
    : ref.label;
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
