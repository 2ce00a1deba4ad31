// Plural nouns for groups of people: "civilians", "25,000 civilians", "foreign
// fighters", "aid workers", "all parties", "local people". re3d-style gold (and
// claims: "63 civilians hurt") treats such a group as an organisation-like
// actor, so they are organisation mentions with sense 'group' and no KB link;
// views hide them by default, as they hide pronouns.

import { joinsDigitGroup } from '../text/digitGroups';
import { UNITS } from '../claims/numberWords';
import type { EntityDraft } from '../detect/drafts';
import type { Token } from './tokens';
import type { TextContext } from './context';
import { FUNCTION_WORDS } from './commonWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Plural nouns naming a group of people by role or situation (not family, not age or sex). */
const GROUP_PLURALS = set(`people civilians refugees fighters insurgents militants soldiers troops residents
  citizens terrorists partners allies leaders ministers officials parties communities workers rebels
  jihadists extremists protesters protestors demonstrators migrants villagers inhabitants employees businessmen
  students doctors patients perpetrators backers supporters prisoners hostages`);

/** Words that open the group's phrase and belong to it ("all parties", "these terrorists"). */
const OPENERS = set('the a an all both other some many these those their its our his her several most few such');

const MAX_MODIFIERS = 2;

/** Participles used as adjectives of people; other "-ed" words before the noun are verbs. */
const PARTICIPLE_ADJECTIVES = set(`displaced injured wounded armed unarmed trapped besieged detained kidnapped abducted
  affected stranded skilled elected retired exiled trained`);

/** A number opens the phrase, with all its digit groups ("100,000 troops") and an opener before it ("all 500 soldiers"). */
function numberStart(text: string, tokens: readonly Token[], j: number): number {
  let k = j;
  while (k > 0) {
    const prev = tokens[k - 1] as Token;
    const between = text.slice(prev.end, (tokens[k] as Token).start);
    // "100,000", "3.5", and spaced thousands as the claim scanner reads them ("5 000").
    if (!/^\d/.test(prev.key) || (between !== '.' && !joinsDigitGroup(prev.key, between, (tokens[k] as Token).key))) break;
    k--;
  }
  const before = tokens[k - 1];
  return before !== undefined && OPENERS.has(before.key) && (tokens[k] as Token).gap === 'space' ? k - 1 : k;
}

/** Number words that count a group ("five soldiers", "Twenty-five soldiers"): the claims' spelled-out units and two scales. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), 'hundred', 'thousand']);

const isNumber = (t: Token | undefined): boolean => t !== undefined && (/^\d/.test(t.key) || NUMBER_WORDS.has(t.key));

/**
 * A count opens the phrase with all of it: a range ("Between 10 and 15 soldiers", "20 to 30
 * civilians") or a proportion ("Nine out of ten residents"), not only its last number.
 */
function countStart(tokens: readonly Token[], k: number): number {
  let start = k;
  const link = tokens[start - 1];
  if (link && (link.key === 'and' || link.key === 'to' || link.key === 'or') && isNumber(tokens[start - 2])) start -= 2;
  else if (link?.key === 'of' && tokens[start - 2]?.key === 'out' && isNumber(tokens[start - 3])) start -= 3;
  else return k;
  const opener = tokens[start - 1];
  return opener && (opener.key === 'between' || opener.key === 'from') ? start - 1 : start;
}

/** First token of the group phrase ending at `h`, or -1 when the plural is no group of people here. */
function opensAt(text: string, tokens: readonly Token[], h: number): number {
  let start = h;
  for (let j = h - 1; j >= 0 && j >= h - 1 - MAX_MODIFIERS; j--) {
    const t = tokens[j] as Token;
    const glued = (tokens[j + 1] as Token).gap === 'hyphen';
    if ((tokens[j + 1] as Token).gap === 'break' || t.possessive || (t.cap && !glued)) break;
    // "F-16 fighters", "Su-35 jets": a number glued to a code names a model, not a count.
    if (/^\d/.test(t.key) && t.gap === 'hyphen') return -1;
    if (OPENERS.has(t.key)) return j;
    if (FUNCTION_WORDS.has(t.key)) break;
    // "25,000 civilians", "innocent civilians", "aid workers": numbers, adjectives and noun modifiers;
    // a number opens the phrase ("reported 63 civilians" → "63 civilians").
    if (/^\d/.test(t.key)) return countStart(tokens, numberStart(text, tokens, j));
    // "displaced people", "wounded soldiers" — but not "counted civilians", "killed soldiers".
    if (/ed$/.test(t.key) && !PARTICIPLE_ADJECTIVES.has(t.key)) break;
    start = j;
    // "Twenty-five soldiers": the first half of a hyphenated word belongs to it.
    if (t.gap === 'hyphen' && j > 0) {
      start = --j;
      if (isNumber(tokens[j])) break;
    }
  }
  return isNumber(tokens[start]) ? countStart(tokens, start) : start;
}

export function groupReferenceMentions(text: string, tokens: readonly Token[], ctx: TextContext): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.cap || !GROUP_PLURALS.has(head.key) || ctx.inUrl[h] || ctx.kbOnly[h]) continue;
    // "people smuggling", "troops numbers": the plural modifies a following noun.
    const next = tokens[h + 1];
    if (next && next.gap === 'space' && !head.possessive && !next.cap && /^(?:smuggling|trafficking|numbers|levels|count)$/.test(next.key)) continue;
    const first = opensAt(text, tokens, h);
    if (first < 0) continue;
    const start = (tokens[first] as Token).start;
    out.push({ text: text.slice(start, head.end), start, end: head.end, type: 'organization', kbId: null, label: null, sense: 'group' });
  }
  return out;
}
