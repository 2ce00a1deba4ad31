// Formatting KB facts for hovers with everything needed to compare like with
// like: value, unit, as-of date and source. Pure.
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';
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

/** The value with its unit; a reference shows the referred entry's label, a role its title with its place. */
export function factValue(fact: KbFact, kb: HoverKb): string {
  const ref = fact.ref === undefined ? undefined : kb.byId(fact.ref);
  const value = ref === undefined
    ? typeof fact.value === 'number' ? formatNumber(fact.value) : fact.value
    : fact.property === 'role' ? roleTitle(String(fact.value), ref) : ref.label;
  const unit = fact.unit !== undefined && ref === undefined ? ` ${fact.unit}` : '';
  const note = fact.note !== undefined ? ` (${fact.note})` : '';
  return `**${escapeMarkdown(`${value}${unit}`)}**${escapeMarkdown(note)}`;
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'territory', 'region', 'city']);

/**
 * A role names its office, not only the place: "President" of France reads
 * "President of France". A title that already names the place ("Mayor of
 * Kyiv", "French Minister of the Armed Forces") and an office of an
 * organisation ("Director of the FSB") are shown as written.
 */
export function roleTitle(title: string, ref: KbEntity): string {
  if (!PLACE_KINDS.has(ref.kind)) return title;
  // A capital standing for its government is not the place: "Mayor of Strelsau" is not Ruritania's office.
  const names = [ref.label, ...ref.names.filter((n) => n.kind !== 'metonym').map((n) => n.text)];
  return names.some((n) => mentions(title, n)) ? title : `${title} of ${ref.label}`;
}

/** `name` occurs in `text` as whole words, case ignored: "US" in "US Secretary of State", not in "Russia". */
function mentions(text: string, name: string): boolean {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.charAt(at + needle.length);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * A hover has room for the source's name, not its provenance note:
 * "The World Factbook (CIA), JSON profiles from … at commit …" → "The World Factbook (CIA)".
 */
export function shortTitle(title: string): string {
  const cut = title.indexOf(', ');
  return cut > 0 ? title.slice(0, cut) : title;
}
