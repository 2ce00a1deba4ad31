// An abbreviation introduced in brackets right after a name stands for that
// name: "The Malian Armed Forces (FAMa)", "the Volunteers for the Defence of the
// Homeland (VDP)". The bracketed word, and its later bare mentions in the same
// text, take the name's type ("FAMa said" is no person), even when the KB
// knows the letters as something else ("… for Migration (IOM)" is not the Isle
// of Man). The analyser carries the abbreviation across paragraphs
// (analysis/coreference.ts).

import type { EntityDraft } from '../detect/drafts';
import type { OffsetRange } from '../model/analysis';
import { isLowerCode, isUpperCode } from './letters';
import { isReference } from './senses';

/** Two or more capitals, letters, digits and inner hyphens or dots: "FAMa", "VDP", "CJTF-OIR", "G5S". */
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

/**
 * The abbreviation in brackets right after offset `end`, perhaps after one space: "Malian Armed
 * Forces (FAMa)" → the span of "FAMa". Null when no bracket follows or it holds no abbreviation.
 */
export function bracketedAbbreviationAt(text: string, end: number): OffsetRange | null {
  // Most names have no bracket after them: one character decides.
  const open = text.charCodeAt(end) === 40 ? end : text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 ? end + 1 : -1;
  if (open < 0) return null;
  const close = text.indexOf(')', open);
  return close > open && close - open <= 13 && looksAbbreviated(text.slice(open + 1, close)) ? { start: open + 1, end: close } : null;
}

/** Is the mention itself a bracketed abbreviation ("(FAMa)")? */
export function isBracketedAbbreviation(text: string, d: OffsetRange): boolean {
  const a = bracketedAbbreviationAt(text, d.start - 1);
  return a !== null && a.start === d.start && a.end === d.end;
}

/** Does the bracketed abbreviation after offset `end` start like `word` ("Volunteers … (VDP)"; not "Ministers of … (APEC)")? */
export function abbreviatedAfter(text: string, end: number, word: string): boolean {
  const a = bracketedAbbreviationAt(text, end);
  return a !== null && text[a.start] === word[0];
}

/**
 * Does the name an abbreviation was introduced after give it a new type or KB link? Only when they
 * differ, and a KB link yields only to an expansion that starts like it: "… Migration (IOM)" is the
 * organisation, not the Isle of Man, but "(MONUSCO)" after "… in the Democratic Republic of the
 * Congo" stays the mission. Both the paragraph pass (below) and the document pass
 * (analysis/coreference.ts) decide by it.
 */
export function expansionRetypes(
  abbreviation: Pick<EntityDraft, 'text' | 'kbId' | 'type'>,
  expansion: Pick<EntityDraft, 'text' | 'kbId' | 'type'>,
): boolean {
  const differs = expansion.type !== abbreviation.type || (expansion.kbId !== null && abbreviation.kbId !== expansion.kbId);
  return differs && (abbreviation.kbId === null || abbreviation.text[0] === expansion.text[0]);
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
    const introduced = text.charCodeAt(d.end) === 41 ? expansionBefore(text, d, namesEndingAt) ?? conceptBefore(text, d) : undefined;
    if (introduced === undefined && !typeOf.has(d.text)) return d;
    if (!looksAbbreviated(d.text)) return d;
    if (introduced) typeOf.set(d.text, introduced);
    const expansion = introduced ?? typeOf.get(d.text);
    if (!expansion || !expansionRetypes(d, expansion)) return d;
    // A KB link goes with the expansion: "… for Volunteers (IOV)" is the office's, link and all.
    return { ...d, type: expansion.type, kbId: expansion.kbId, label: expansion.label, sense: null };
  });
  return typeOf.size === 0 ? drafts : out;
}

/** The name right before the bracketed abbreviation `d` ("Malian Armed Forces (FAMa)"), if any. */
function expansionBefore(text: string, d: EntityDraft, namesEndingAt: ReadonlyMap<number, EntityDraft>): EntityDraft | undefined {
  if (!isBracketedAbbreviation(text, d)) return undefined;
  return namesEndingAt.get(text[d.start - 2] === ' ' ? d.start - 2 : d.start - 1);
}

/**
 * "macro-financial assistance (MFA)", "improvised explosive devices (IEDs)": lower-case words with
 * the abbreviation's initials name a thing, not a body; the abbreviation becomes untyped ("other").
 */
function conceptBefore(text: string, d: EntityDraft): EntityDraft | undefined {
  if (!isBracketedAbbreviation(text, d)) return undefined;
  let initials = '';
  for (const ch of d.text) if (isUpperCode(ch.charCodeAt(0))) initials += ch.toLowerCase();
  const words = text.slice(Math.max(0, d.start - 80), d.start - 1).trimEnd().split(/[\s-]+/);
  const tail = words.slice(-initials.length);
  if (tail.length !== initials.length) return undefined;
  for (let k = 0; k < tail.length; k++) {
    const w = tail[k] as string;
    if (!isLowerCode(w.charCodeAt(0)) || w[0] !== initials[k]) return undefined;
  }
  return { ...d, type: 'other', kbId: null, label: null, sense: null };
}
