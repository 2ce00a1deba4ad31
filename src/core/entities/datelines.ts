// A dateline opens a news story or a press release with the place it was filed
// from, in capitals, then a date, an agency in brackets, or a dash:
//   "SOUTHWEST ASIA, Oct. 13, 2016 – Coalition forces…"
//   "BEIRUT (Cedarline) — At least 14 people…"
// The capitals are a place even when the KB knows no such name; the bracketed
// agency is an organisation. Runs on the sorted drafts of one text.

import type { EntityDraft } from '../detect/drafts';
import { isCommonWord } from './commonWords';
import { foldKey } from './tokens';

const CAPS = "\\p{Lu}[\\p{Lu}'’.-]+";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
// The place (one to four shouted words, perhaps ", STATE"), then what makes it a dateline.
const DATELINE = new RegExp(
  `^[ \\t]*(${CAPS}(?:[ \\t]+${CAPS}){0,3}(?:,[ \\t]+${CAPS})?)` +
  `(?:,[ \\t]+${MONTH}[ \\t]+\\d|[ \\t]*\\((\\p{Lu}[\\p{L}&.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}&.'’-]*){0,2})\\)[ \\t]*[—–-]|[ \\t]+[—–-]{1,2}[ \\t])`,
  'gmu',
);

function overlaps(d: EntityDraft, start: number, end: number): boolean {
  return d.start < end && start < d.end;
}

/** "UPDATE —", "BREAKING –", "QUESTION —": shouted labels, not places. */
function isLabel(words: string): boolean {
  return words.split(/[\s,]+/).every((w) => isCommonWord(foldKey(w)) || LABELS.has(w.toLowerCase()));
}

const LABELS = new Set(['question', 'answer', 'urgent', 'flash', 'correction', 'clarification', 'advisory', 'alert']);

/** Replaces the guesses over [start, end) by `draft`, unless the KB (or a rule) already typed it so. */
function typeSpan(drafts: EntityDraft[], draft: EntityDraft): EntityDraft[] {
  if (drafts.some((d) => overlaps(d, draft.start, draft.end) && (d.kbId !== null || d.type === draft.type))) return drafts;
  return [...drafts.filter((d) => !overlaps(d, draft.start, draft.end)), draft];
}

export function applyDatelines(text: string, drafts: EntityDraft[]): EntityDraft[] {
  // Most texts have no line opening with two capitals; only those pay for the expression.
  if (!/(?:^|\n)[ \t]*\p{Lu}\p{Lu}/u.test(text)) return drafts;
  let out = drafts;
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m !== null; m = DATELINE.exec(text)) {
    const place = m[1] as string;
    if (isLabel(place)) continue;
    const start = m.index + m[0].indexOf(place);
    const end = start + place.length;
    out = typeSpan(out, { text: place, start, end, type: 'place', kbId: null, label: null, sense: 'place' });
    const agency = m[2];
    if (agency !== undefined) {
      const from = text.indexOf(`(${agency})`, end) + 1;
      out = typeSpan(out, { text: agency, start: from, end: from + agency.length, type: 'organization', kbId: null, label: null, sense: null });
    }
  }
  return out === drafts ? drafts : out.sort((a, b) => a.start - b.start || a.end - b.end);
}
