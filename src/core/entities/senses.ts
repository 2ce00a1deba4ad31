// Senses of mentions that are not names. Views hide them by default (an
// analyst reads names; "the regime", "he", "the hospital" are there for claims
// and for those who ask), and the document analyser drops the unconfirmed.

/** A sentence-initial capitalised word no rule could type; kept only if an earlier mention names it. */
export const UNCONFIRMED = 'unconfirmed';

/**
 * Common-noun and pronoun references ("he", "the regime", "the city", "a petrol
 * station", "the Ukrainian commander", "25,000 civilians"): real mentions, but not names.
 */
export const REFERENCE_SENSES: ReadonlySet<string> = new Set(['pronoun', 'anaphor', 'facility', 'area', 'group']);

/** Is this mention a pronoun or common-noun reference rather than a name? */
export function isReference(mention: { readonly sense: string | null }): boolean {
  return mention.sense !== null && REFERENCE_SENSES.has(mention.sense);
}
