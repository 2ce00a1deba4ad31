// Initials used for people in a memo: "AO and I met the envoy", "PD to confirm
// the figures", "Thanks, JK". Alone such letters look like an acronym (an
// organisation), so they become a person only when the same document names
// someone whose initials they are ("Amara Okonjo" ↔ "AO"), and no bracket
// introduces them as an abbreviation ("… Office (AO)") and no determiner makes
// them a thing's name ("the DT report"). Two people with the same initials leave
// them alone.

import type { EntityDraft } from '../detect/drafts';

const INITIALS = /^[A-Z]{2,3}$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** "Amara Okonjo" → "AO", "Tobek Sefu Marandu" → "TSM"; null unless every word is capitalised (two or three). */
function initialsOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPITALISED.test(w))) return null;
  return words.map((w) => w[0] as string).join('');
}

/** Retypes untyped or acronym-typed initials as the person of the document whose initials they are. */
export function linkInitials(drafts: readonly EntityDraft[], text: string): readonly EntityDraft[] {
  const people = new Map<string, EntityDraft | null>();
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const letters = initialsOf(d.text);
    if (letters === null) continue;
    const seen = people.get(letters);
    const name = (x: EntityDraft): string => x.label ?? x.text;
    // A second, different person with the same initials makes them ambiguous.
    if (seen === undefined) people.set(letters, d);
    else if (seen !== null && name(seen) !== name(d)) people.set(letters, null);
  }
  if (people.size === 0) return drafts;
  const defined = new Map<string, boolean>();
  return drafts.map((d) => {
    if (d.kbId !== null || (d.type !== 'organization' && d.type !== 'other') || !INITIALS.test(d.text)) return d;
    const person = people.get(d.text);
    if (!person) return d;
    // "the DT report", "an IT team": a determiner makes the letters a thing's name, not someone.
    if (/\b(?:the|a|an|this|that|its|their|our)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start))) return d;
    // Only initials that matched someone get here, so this search runs rarely.
    if (!defined.has(d.text)) defined.set(d.text, text.includes(`(${d.text})`));
    if (defined.get(d.text) === true) return d;
    return { ...d, type: 'person', kbId: person.kbId, label: person.label ?? person.text, sense: null };
  });
}
