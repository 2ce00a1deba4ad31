// Identifiers and phone numbers: digits glued into one id ("9M729", "S/2015/123",
// "No 833/2014") and phone numbers ("+44 20 7946 0000", "(02) 6277 7500",
// "(202) 555-0147", "Tel: 6277 7500"). Each answer is the index of the
// last token to skip, or -1.

import { GROUP_SPACES, SPACED_DIGITS } from '../text/digitGroups';
import { glued, type Token } from './tokens';

/** Separators that glue digit groups into one id: "24/7", "1.2.3", "020-7946-0000". */
export const ID_SEPARATORS: ReadonlySet<string> = new Set(['-', '.', '/', ':', '–']);

/**
 * A phone number starting at the number `tokens[i]`: after a glued "+" or
 * "#", with a bracketed area code, after a phone label, or any number with a
 * leading zero ("0800 123 4567", "0300 hours": never an amount).
 */
export function phoneAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (glued(prev, t) && (prev?.text === '+' || prev?.text === '#')) return phoneEnd(tokens, i);
  const areaCode = areaCodeEnd(tokens, i);
  if (areaCode >= 0) return areaCode;
  const label = prev?.text === ':' ? tokens[i - 2] : prev;
  if (PHONE_LABELS.has(label?.lower ?? '') && isPhoneGroups(tokens, i)) return phoneEnd(tokens, i);
  if (/^0\d+$/.test(t.text) && !(glued(t, tokens[i + 1]) && ID_SEPARATORS.has(tokens[i + 1]?.text ?? ''))) return phoneEnd(tokens, i);
  if (bareGroupCount(tokens, i) >= 3) return phoneEnd(tokens, i);
  return -1;
}

/**
 * Digit groups of 2-4 digits in a row on one line, with nothing but a space
 * between them ("1300 123 456": three): no amount is written that way.
 * A token may hold several ("123 456" reads as one grouped number).
 */
function bareGroupCount(tokens: readonly Token[], i: number): number {
  let count = 0;
  for (let j = i; ; j++) {
    const t = tokens[j];
    if (t === undefined || t.type !== 'num' || (j > i && (t.lineStart || !t.spaced)) || !SPACED_DIGITS.test(t.text)) return count;
    const groups = digitGroupsOf(t.text);
    if (!groups.every((g) => g.length >= 2 && g.length <= 4)) return count;
    count += groups.length;
  }
}

function digitGroupsOf(digits: string): string[] {
  return digits.split(GROUP_SPACE_RUN);
}

const GROUP_SPACE_RUN = new RegExp(`[${GROUP_SPACES}]`);

/** Everything glued to the number: "9M729", "F-16s", "COVID-19-related". */
export function identifierEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (glued(tokens[j], tokens[j + 1]) && tokens[j + 1]?.type !== 'punct') j++;
  while (glued(tokens[j], tokens[j + 1]) && ID_SEPARATORS.has(tokens[j + 1]?.text ?? '')
    && glued(tokens[j + 1], tokens[j + 2]) && tokens[j + 2]?.type !== 'punct') {
    j += 2;
    while (glued(tokens[j], tokens[j + 1]) && tokens[j + 1]?.type !== 'punct') j++;
  }
  return j;
}

/** Words that label a phone number: "Tel: 6277 7500", "phone 555-0147". */
const PHONE_LABELS = new Set(['tel', 'telephone', 'phone', 'ph', 'fax', 'mobile', 'mob', 'cell', 'call', 'hotline']);

/** Plain digit groups of 3-4 digits, one after another on a line ("6277 7500") or hyphenated ("555-0147"). */
function isPhoneGroups(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  let k = i + 1;
  if (tokens[k]?.text === '-' && glued(a, tokens[k]) && glued(tokens[k], tokens[k + 1])) k++;
  if (a === undefined) return false;
  // "627 750" after an area code reads as one grouped number: its groups count.
  const own = digitGroupsOf(a.text);
  if (own.length >= 2) return own.every((g) => /^\d{3,4}$/.test(g));
  const b = tokens[k];
  return b !== undefined && /^\d{3,4}$/.test(a.text) && /^\d{3,4}$/.test(b.text) && !b.lineStart;
}

/**
 * "(02) 6277 7500", "(202) 555-0147": a bracketed area code of 2-4 digits
 * and then digit groups on the same line is a phone number, skipped to its
 * last group. "resolution 2254 (2015)" and "(2) the army" have no groups after.
 */
function areaCodeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const close = tokens[i + 1];
  if (!/^\d{2,4}$/.test(t.text) || tokens[i - 1]?.text !== '(' || !glued(tokens[i - 1], t) || close?.text !== ')' || !glued(t, close)) return -1;
  return !tokens[i + 2]?.lineStart && isPhoneGroups(tokens, i + 2) ? phoneEnd(tokens, i + 2) : -1;
}

/** "+44 20 7946 0000": following bare digit groups on the same line belong to it. */
function phoneEnd(tokens: readonly Token[], i: number): number {
  let j = identifierEnd(tokens, i);
  while (tokens[j + 1]?.type === 'num' && SPACED_DIGITS.test(tokens[j + 1]?.text ?? '') && !tokens[j + 1]?.lineStart) {
    j = identifierEnd(tokens, j + 1);
  }
  return j;
}
