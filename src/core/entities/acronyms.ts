// An abbreviation introduced in brackets right after a name stands for that
// name: "The Malian Armed Forces (FAMa)", "the Volunteers for the Defence of the
// Homeland (VDP)". The bracketed word, and its later bare mentions in the same
// text, take the name's type when no KB entry typed them ("FAMa said" is no
// person). The analyser carries the abbreviation across paragraphs
// (analysis/coreference.ts).

import type { EntityDraft } from '../detect/drafts';
import { isLowerCode, isUpperCode } from './letters';
import { isReference } from './senses';

/** Two or more capitals, letters, digits and inner hyphens or dots: "FAMa", "VDP", "CJTF-OIR", "M23". */
export function looksAbbreviated(text: string): boolean {
  if (text.length < 2 || text.length > 12 || !isUpperCode(text.charCodeAt(0))) return false;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpperCode(c)) capitals++;
    else if (!isLowerCode(c) && !(c >= 48 && c <= 57) && c !== 46 && c !== 38 && c !== 45) return false;
  }
  return capitals >= 2;
}

/** Drafts sorted by start; returns them with bracketed abbreviations typed like their expansion. */
export function typeBracketAbbreviations(text: string, drafts: EntityDraft[]): EntityDraft[] {
  if (!text.includes('(')) return drafts;
  const typeOf = new Map<string, EntityDraft>();
  // The longest name mention ending at each offset: the expansion a bracket may follow.
  const namesEndingAt = new Map<number, EntityDraft>();
  for (const d of drafts) {
    if (d.type === 'other' || isReference(d)) continue;
    const known = namesEndingAt.get(d.end);
    if (!known || known.start > d.start) namesEndingAt.set(d.end, d);
  }
  const out = drafts.map((d) => {
    if (d.kbId !== null) return d;
    const introduced = text.charCodeAt(d.end) === 41 ? expansionBefore(text, d.start, namesEndingAt) : undefined;
    if (introduced === undefined && !typeOf.has(d.text)) return d;
    if (!looksAbbreviated(d.text)) return d;
    if (introduced) typeOf.set(d.text, introduced);
    const expansion = introduced ?? typeOf.get(d.text);
    return expansion && expansion.type !== d.type ? { ...d, type: expansion.type, sense: null } : d;
  });
  return typeOf.size === 0 ? drafts : out;
}

/** The name right before "(" at `start` ("Malian Armed Forces (FAMa"), if any. */
function expansionBefore(text: string, start: number, namesEndingAt: ReadonlyMap<number, EntityDraft>): EntityDraft | undefined {
  if (text[start - 1] !== '(') return undefined;
  const end = text[start - 2] === ' ' ? start - 2 : start - 1;
  return namesEndingAt.get(end);
}
