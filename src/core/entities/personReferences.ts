// Common-noun references to a person: "the Ukrainian commander", "a senior Russian
// general", "his chief adviser", "A village doctor". Person mentions with
// sense 'anaphor' and no KB link (views hide them by default, as pronouns).
// Capitalised titles ("the Foreign Secretary") are the run segmenter's.

import type { EntityDraft } from '../detect/drafts';
import type { Token } from './tokens';
import type { TextContext } from './context';
import { PERSON_ROLE_HEADS } from './cueWords';
import { endsPhrase, phraseStart } from './nounPhrases';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs before a predicate noun: "Zawbai was a commander" describes the subject, it is not a second mention. */
const COPULAS = set('is was are were be been being became becomes remains remained seemed');

export function personReferenceMentions(text: string, tokens: readonly Token[], ctx: TextContext): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.cap || !PERSON_ROLE_HEADS.has(head.key) || ctx.inUrl[h] || ctx.kbOnly[h] || head.gap === 'break') continue;
    const next = tokens[h + 1];
    // "the commander of the Basra Operations Command" keeps its remit outside the span; a noun after
    // the head makes it a modifier ("the leader board").
    if (!head.possessive && !(next && (next.key === 'of' || next.key === 'for')) && !endsPhrase(next)) continue;
    // "Ahmed, a local physician": the appositive is fine, but a name right after ("the journalist Anna X") is the mention.
    if (next && next.cap && next.gap === 'space') continue;
    const first = phraseStart(tokens, h);
    if (first < 0) continue;
    const before = tokens[first - 1];
    if (before && COPULAS.has(before.key)) continue;
    const start = (tokens[first] as Token).start;
    out.push({ text: text.slice(start, head.end), start, end: head.end, type: 'person', kbId: null, label: null, sense: 'anaphor' });
  }
  return out;
}
