// The full name before a bracketed abbreviation can run past where the run
// rules stop: "the Inter-Governmental Action Group against Money Laundering in
// West Africa (GIABA)" is one organisation, though "against" and "in" end a
// capitalised run. An organisation mention, then only capitalised words and
// connectors up to "(ABBR)", is joined into one organisation; KB places in it
// stay nested mentions ("West Africa"), untyped words in it are dropped.

import type { EntityDraft } from '../detect/drafts';
import type { OffsetRange } from '../model/analysis';
import type { Token } from './tokens';
import { bracketedAbbreviationAt } from './acronyms';
import { isReference } from './senses';

/**
 * Lower-case words an organisation's full name may hold before its abbreviation. Not "and":
 * "Boko Haram and Islamic State West Africa Province (ISWAP)" are two names.
 */
const CONNECTORS = new Set(['against', 'in', 'for', 'of', 'on', 'to', 'the', 'de', 'du', 'des']);

const MAX_TAIL = 12;

/** Index of the last token of the tail after token `from - 1` that reaches "(ABBR)", or -1. */
function tailToAbbreviation(text: string, tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  // The tail must open with a connector: "… Group against …", not a new name.
  if (!first || first.cap || first.gap !== 'space' || !CONNECTORS.has(first.key)) return -1;
  for (let j = from; j < tokens.length && j < from + MAX_TAIL; j++) {
    const t = tokens[j] as Token;
    if (t.gap === 'break' || t.possessive || (!t.cap && !CONNECTORS.has(t.key))) return -1;
    if (t.cap && bracketedAbbreviationAt(text, t.end) !== null) return j;
  }
  return -1;
}

/** Are the abbreviation's letters the initials of the name's capitalised words ("APP" for "Associated Press of Pakistan")? */
function spellsInitials(text: string, name: string, abbreviation: OffsetRange | null): boolean {
  if (abbreviation === null) return false;
  let initials = '';
  for (const word of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(word)) initials += word[0];
  return initials.length > 1 && initials === text.slice(abbreviation.start, abbreviation.end).toUpperCase();
}

/** Drafts sorted by start; returns them with organisation names joined up to their bracketed abbreviation. */
export function joinExpansions(text: string, tokens: readonly Token[], drafts: EntityDraft[]): EntityDraft[] {
  if (!text.includes('(')) return drafts;
  let out = drafts;
  let t = 0;
  for (const d of drafts) {
    if (d.type !== 'organization' || isReference(d) || bracketedAbbreviationAt(text, d.end) !== null) continue;
    while (t < tokens.length && (tokens[t] as Token).start < d.end) t++;
    const last = tailToAbbreviation(text, tokens, t);
    if (last < 0) continue;
    const end = (tokens[last] as Token).end;
    // A KB name is cut short only when the abbreviation spells the longer name: "Associated Press of
    // Pakistan (APP)" is another agency than the Associated Press, "… in West Africa (GIABA)" may be the KB's.
    if (d.kbId !== null && !spellsInitials(text, text.slice(d.start, end), bracketedAbbreviationAt(text, end))) continue;
    const inside = (x: EntityDraft): boolean => x.start >= d.start && x.end <= end;
    // A person or another organisation in the tail means this is no single name ("… Group for Maria Lopez (ML)").
    if (out.some((x) => x.start >= d.end && x.end <= end && (x.type === 'person' || x.type === 'organization') && !isReference(x))) continue;
    const joined: EntityDraft = { ...d, text: text.slice(d.start, end), end, kbId: null, label: null, sense: null };
    out = [...out.filter((x) => !inside(x) || x.type === 'place' || x.type === 'nationality'), joined]
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return out;
}
