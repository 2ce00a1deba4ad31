// A name left untyped ("other") next to typed names in a list takes their type:
//   "Sinopec and PetroChina" (an organisation, then an unknown name) → organisation;
//   "Rosneft and Gazprom Neft were sanctioned, alongside Surgutneftegas" → organisation,
//   like the sentence's subject. Places are placeCues.ts's; this covers
// organisations and people. Runs on the sorted drafts of one text.

import type { EntityDraft } from '../detect/drafts';
import { UNCONFIRMED, isReference } from './senses';

/** The gap between two names of one list: ", ", " and ", " or ", " & ", "/" (placeCues.ts reads place lists by it too). */
export const COORDINATION = /^\s*(?:,|,?\s*and|,?\s*or|&|\/)\s*$/;
const BARE_COMMA = /^\s*,\s*$/;
/** "…, alongside X", "… as well as X": X joins the sentence's subject. */
const JOINS_SUBJECT = /\b(?:alongside|along with|together with|as well as)\s+$/i;
const SENTENCE_END = /[.!?\n](?=\s)/g;

const isActor = (d: EntityDraft | undefined): d is EntityDraft =>
  d !== undefined && (d.type === 'organization' || d.type === 'person') && !isReference(d) && d.sense !== 'government';

export function promoteCoordinated(text: string, drafts: EntityDraft[]): EntityDraft[] {
  if (!drafts.some((d) => d.type === 'other')) return drafts;
  // The outermost name ending at each offset ("Central Bank of Russia", not "Russia").
  const names: EntityDraft[] = [];
  for (const d of drafts) {
    if (d.type === 'other' || isReference(d)) continue;
    const last = names[names.length - 1];
    if (last && last.start <= d.start && last.end >= d.end) continue;
    names.push(d);
  }
  // The drafts come sorted, so one index walks the names: names[next] is the first not ending before the draft.
  let next = 0;
  return drafts.map((d) => {
    // "3.5 per cent of GDP, and Hanwha Aerospace": an unconfirmed acronym is a listed term ("GDP", "AI")
    // that only a definition in the document makes a body's (unknownNames.ts), never its neighbours.
    if (d.type !== 'other' || (d.sense === UNCONFIRMED && d.text === d.text.toUpperCase())) return d;
    while (next < names.length && (names[next] as EntityDraft).end <= d.start) next++;
    const type = coordinatedType(text, d, names, next);
    return type ? { ...d, type, sense: null } : d;
  });
}

function coordinatedType(text: string, d: EntityDraft, names: readonly EntityDraft[], next: number): EntityDraft['type'] | null {
  const before = names[next - 1];
  let a = next;
  while (a < names.length && (names[a] as EntityDraft).start < d.end) a++;
  const after = names[a];
  const gapBefore = before ? text.slice(before.end, d.start) : '';
  const gapAfter = after ? text.slice(d.end, after.start) : '';
  const linkBefore = before !== undefined && COORDINATION.test(gapBefore);
  const linkAfter = after !== undefined && COORDINATION.test(gapAfter);
  // A bare comma joins a list only when the list goes on ("Sinopec, PetroChina and CNOOC"); alone it
  // may end a clause ("… would merge into ISIL, al-Jubouri broke with …").
  if (isActor(before) && linkBefore && (!BARE_COMMA.test(gapBefore) || linkAfter)) return before.type;
  if (isActor(after) && linkAfter && (!BARE_COMMA.test(gapAfter) || linkBefore)) return after.type;
  if (!JOINS_SUBJECT.test(text.slice(Math.max(0, d.start - 20), d.start))) return null;
  // The sentence's first name ("Rosneft …, alongside X"); sentences are short, so look back 300 characters.
  const from = Math.max(0, d.start - 300);
  const stop = Math.max(...[...text.slice(from, d.start).matchAll(SENTENCE_END)].map((m) => from + m.index + 1), from);
  let first = next;
  while (first > 0 && (names[first - 1] as EntityDraft).start >= stop) first--;
  const subject = first < next ? names[first] : undefined;
  return isActor(subject) ? subject.type : null;
}
