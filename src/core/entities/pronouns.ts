// Personal pronouns that stand for a named actor nearby, the way re3d's gold
// annotates them: "I", "he", "she" → person; "we", "they" → organisation (a
// government, a ministry, a group). They carry sense "pronoun" and no KB link,
// so views can hide or dim them; claims can use them as the sentence's actor.
// Common-noun references ("the city", "the regime") live in facilities.ts,
// orgReferences.ts, personReferences.ts and groupReferences.ts.

import type { EntityDraft } from '../detect/drafts';
import type { EntityType } from '../model/analysis';
import type { Token } from './tokens';
import type { TextContext } from './context';

const PRONOUN_TYPES: ReadonlyMap<string, EntityType> = new Map([
  ['i', 'person'], ['he', 'person'], ['she', 'person'], ['we', 'organization'], ['they', 'organization'],
]);

/** "I" is a pronoun only between a non-name and a lower-case word ("I welcome…", not "World War I"). */
function isPronounI(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== 'I') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.cap && t.gap === 'space') return false;
  return next !== undefined && !next.cap && next.gap !== 'hyphen';
}

export function pronounMentions(text: string, tokens: readonly Token[], ctx: TextContext): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const type = PRONOUN_TYPES.get(t.key);
    if (type === undefined || ctx.inUrl[i] || ctx.kbOnly[i] || t.possessive) continue;
    if (t.key === 'i' ? !isPronounI(tokens, i) : t.upper) continue;
    out.push({ text: text.slice(t.start, t.end), start: t.start, end: t.end, type, kbId: null, label: null, sense: 'pronoun' });
  }
  return out;
}
