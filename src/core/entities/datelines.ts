// A dateline opens a news story or a press release with the place it was filed
// from, in capitals, then a date, an agency in brackets, or a dash:
//   "SOUTHWEST ASIA, Oct. 13, 2016 – Coalition forces…"
//   "BEIRUT (Cedarline) — At least 14 people…"
// The capitals are a place even when the KB knows no such name; the bracketed
// agency is an organisation. Runs on the sorted drafts of one text.

import type { EntityDraft } from '../detect/drafts';
import { isCommonWord } from './commonWords';
import { isUpperCode } from './letters';
import { foldKey } from './tokens';

// Latin capitals, not \p{Lu}: cheaper to compile, and datelines are written in Latin letters.
const UPPER = 'A-ZÀ-ÖØ-Þ';
const CAPS = `[${UPPER}][${UPPER}'’.-]+`;
const NAME_WORD = `[${UPPER}][A-Za-zÀ-ÖØ-öø-ÿ&.'’-]*`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
// The place (one to four shouted words, perhaps ", STATE"), then what makes it a dateline.
const DATELINE = new RegExp(
  `[ \\t]*(${CAPS}(?:[ \\t]+${CAPS}){0,3}(?:,[ \\t]+${CAPS})?)` +
  `(?:,[ \\t]+${MONTH}[ \\t]+\\d|[ \\t]*\\((${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})\\)[ \\t]*[—–-]|[ \\t]+[—–-]{1,2}[ \\t])`,
  'y',
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

/**
 * `isKbWord` tells whether a folded word is a KB name: a dateline with only a dash after it
 * needs one ("MOSUL —", not the title "MONITORING DIGEST —"); a date or an agency is cue enough.
 */
export function applyDatelines(text: string, drafts: EntityDraft[], isKbWord: (key: string) => boolean): EntityDraft[] {
  let out = drafts;
  // Only lines that open with two capitals pay for the expression.
  for (let lineStart = 0; lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1 || text.length) {
    let p = lineStart;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    if (!isUpperCode(text.charCodeAt(p)) || !isUpperCode(text.charCodeAt(p + 1))) continue;
    DATELINE.lastIndex = lineStart;
    const m = DATELINE.exec(text);
    if (m === null) continue;
    const place = m[1] as string;
    const start = m.index + m[0].indexOf(place);
    const end = start + place.length;
    const dated = text.charCodeAt(end) === 44;
    if (isLabel(place) || (!dated && m[2] === undefined && !place.split(/[\s,]+/).some((w) => isKbWord(foldKey(w))))) continue;
    out = typeSpan(out, { text: place, start, end, type: 'place', kbId: null, label: null, sense: 'place' });
    const agency = m[2];
    if (agency !== undefined) {
      const from = text.indexOf(`(${agency})`, end) + 1;
      out = typeSpan(out, { text: agency, start: from, end: from + agency.length, type: 'organization', kbId: null, label: null, sense: null });
    }
  }
  return out === drafts ? drafts : out.sort((a, b) => a.start - b.start || a.end - b.end);
}

