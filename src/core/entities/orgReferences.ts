// Common-noun references to an organisation named elsewhere: "the regime",
// "the government", "Assad’s brutal regime", "the international community",
// "the jihadist group", "coalition forces", "the navy". They are organisation
// mentions with sense 'anaphor' and no KB link (views hide them by default,
// as they hide pronouns); a claim about "the regime" still has an actor.
// With a named owner ("Seoul’s defence ministry") the mention is shown (sense null).

import type { EntityDraft } from '../detect/drafts';
import type { Token } from './tokens';
import type { TextContext } from './context';
import { AREA_HEADS, FACILITY_HEADS } from './facilities';
import { endsPhrase, phraseStart } from './nounPhrases';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Heads that stand for a state's institutions or an organised group after a determiner. */
const ORG_REFERENCE_HEADS = set(`regime government ministry alliance coalition army military navy police
  militia militias insurgency opposition tribunal junta cabinet administration authorities leadership
  organisation organization group movement forces troops backers allies rebels insurgents militants
  jihadists`);

/** Heads that need a modifier saying what kind ("the international community", "an armed group"). */
const NEEDS_MODIFIER = set('organisation organization movement community');

/** Modifiers that make any group noun an organised actor ("the international community", "a terrorist group"). */
const ACTOR_MODIFIERS = set(`international armed militant jihadist terrorist extremist rebel insurgent islamist
  military paramilitary political opposition separatist`);

/** First words that make "X forces" an organisation without a determiner ("coalition forces"). */
const FORCE_OWNERS = set(`coalition security government regime opposition rebel allied pro-government
  state militia ground international`);

const FORCE_NOUNS = set('forces troops');

function hasActorModifier(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ACTOR_MODIFIERS.has((tokens[j] as Token).key)) return true;
  return false;
}

export function orgReferenceMentions(text: string, tokens: readonly Token[], ctx: TextContext): EntityDraft[] {
  const out: EntityDraft[] = [];
  const push = (first: number, last: number): void => {
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    // "Seoul’s defence ministry", "Assad’s regime": a named owner makes it a definite
    // institution, shown like a name; "the regime" alone only points back.
    const owner = tokens[first] as Token;
    const sense = owner.cap && owner.possessive ? null : 'anaphor';
    out.push({ text: text.slice(start, end), start, end, type: 'organization', kbId: null, label: null, sense });
  };
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.cap || ctx.inUrl[h] || ctx.kbOnly[h] || head.gap === 'break') continue;
    const prev = tokens[h - 1] as Token;
    // "coalition forces", "security forces": the owner names the organisation.
    if (FORCE_NOUNS.has(head.key) && !prev.cap && FORCE_OWNERS.has(prev.key) && !prev.possessive) {
      const det = phraseStart(tokens, h - 1);
      push(det >= 0 ? det : h - 1, h);
      continue;
    }
    const isHead = ORG_REFERENCE_HEADS.has(head.key) || (head.key === 'community' && prev.key === 'international');
    const next = tokens[h + 1];
    // "government forces" is the force rule's; "military barracks" is a site, not the military.
    const modifies = next !== undefined && (FORCE_NOUNS.has(next.key) || FACILITY_HEADS.has(next.key) || AREA_HEADS.has(next.key));
    if (!isHead || modifies || (!head.possessive && !endsPhrase(next))) continue;
    const first = phraseStart(tokens, h, { possessiveOpens: true, numbers: true });
    if (first < 0) continue;
    if (NEEDS_MODIFIER.has(head.key) && !hasActorModifier(tokens, first, h)) continue;
    // "the group" alone is any group of people; an organised one is named or qualified nearby.
    if (head.key === 'group' && first === h - 1 && prev.key !== 'the') continue;
    push(first, h);
  }
  return out;
}
