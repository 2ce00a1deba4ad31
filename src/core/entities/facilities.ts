// Common-noun places: a determiner, optional modifiers and a site or building
// head — "a petrol station", "the al-Shifa hospital", "the border crossing",
// "the refugee camp", "The fortified city". They are places an analyst may
// want to follow (what was hit, where people fled) but not names, so they
// carry sense 'facility' (buildings and sites) or 'anaphor' (settlements and
// areas that point back to a named place) and no KB link; views hide them by
// default, as they hide pronouns.

import type { EntityDraft } from '../detect/drafts';
import type { Token } from './tokens';
import type { TextContext } from './context';
import { FUNCTION_WORDS } from './commonWords';
import { phraseStart } from './nounPhrases';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Buildings and sites: what a strike hits or a convoy reaches. */
export const FACILITY_HEADS = set(`
  hospital clinic school airport airfield airbase airstrip base port harbour harbor seaport embassy consulate
  checkpoint crossing camp prison jail mosque church temple shrine synagogue cathedral monastery bazaar
  marketplace market bridge dam barrage reservoir canal pipeline plant station refinery compound
  headquarters barracks garrison fort fortress outpost safehouse hotel restaurant stadium museum palace
  warehouse depot bunker shelter tunnel building site centre center
`);

/** Settlements and areas that refer back to a named place ("the city", "a village"). */
export const AREA_HEADS = set(`city town village province region territory district capital island
  neighbourhood neighborhood suburb frontline mountains mountain ridge hills valley river desert coast`);

/** Heads that also name an abstract thing or a verb; these need a place cue around them. */
const AMBIGUOUS_HEADS = set(`base market plant station compound crossing capital region territory shelter site
  centre center building`);

/** Modifiers that make an ambiguous head a site ("the power station", "a military base"). */
const SITE_MODIFIERS = set(`power petrol police railway bus fire gas filling pumping military air naval army
  border refugee detention missile nuclear rocket research training storage fuel oil water electricity
  hydro-electricity health aid distribution cultural community shopping`);

/** Words before the determiner that put the phrase at a place ("in the camp", "attacked a school"). */
const PLACE_CUES = set(`in at on near into inside outside from to towards toward around across within
  behind beyond through outskirts hit struck attacked shelled bombed targeted stormed seized captured
  raided destroyed damaged reached entered fled visited besieged surrounded evacuated`);

/** Nouns that make "the city …" a compound about something else ("the city council"). */
const COMPOUND_HEADS = set(`council councils hall authorities authority government officials
  administration limits walls mayor police governor budget level line court assembly elders chief head
  residents commander commanders staff director management manager guards loan loans financing year years
  fees board system network operator project lab laboratory rate rates price prices`);

const COPULAS = set('is was are were be been being became becomes remains remained');

/** Words after the head that show it is used as a verb ("militants base their…"). */
const VERB_OBJECTS = set('the a an their his her its our them it him us me this these those');

function hasPlaceCue(tokens: readonly Token[], det: number, head: number): boolean {
  for (let j = det + 1; j < head; j++) if (SITE_MODIFIERS.has((tokens[j] as Token).key)) return true;
  const before = tokens[det - 1];
  if (before !== undefined && !before.cap && PLACE_CUES.has(before.key)) return true;
  const after = tokens[head + 1];
  return after !== undefined && after.gap === 'space' && /^(?:in|at|near|outside|inside|on)$/.test(after.key);
}

/** Plural areas and buildings, places without a determiner ("besieged areas", "hospitals, schools"). */
const PLURAL_HEADS = set(`areas towns villages cities districts neighbourhoods neighborhoods suburbs hospitals schools
  mosques churches clinics camps checkpoints bridges airports prisons`);

/** Words after which a bare plural is a place ("in villages", "such as hospitals", "towns and areas"). */
const PLURAL_CUES = set('in into to across near from around as and on at');

/** Determiner-like words that open a plural place phrase ("other towns", "neighbouring countries"). */
const PLURAL_DETERMINERS = set(`the other these those all many several some nearby neighbouring neighboring surrounding`);

/** Adjective shapes ("besieged", "rural", "historic", "northern") and a few plain adjectives of places. */
const PLURAL_MODIFIER = /(?:ed|al|ic|ous|ive|ern|ing|ian|ish|ent|ant|ary|ful|less|ble)$|^(?:key|major|rural|urban|remote|small|large|big|main|new|old)$/;

/** First token of a plural place phrase ending at `h`, or -1 when nothing marks it as a place. */
function pluralStart(tokens: readonly Token[], h: number): number {
  const prev = tokens[h - 1];
  if (!prev || prev.cap || prev.possessive) return -1;
  // "hospitals, schools": a list of such plurals.
  if ((tokens[h] as Token).gap === 'break') return PLURAL_HEADS.has(prev.key) ? h : -1;
  if (PLURAL_CUES.has(prev.key)) return h;
  if (PLURAL_DETERMINERS.has(prev.key)) return h - 1;
  if (FUNCTION_WORDS.has(prev.key) || /^\d/.test(prev.key) || !PLURAL_MODIFIER.test(prev.key)) return -1;
  // "populated areas", "rural villages": an adjective, with its determiner if one comes first;
  // after a name or noun an "-ed" word is a verb ("ISIL attacked hospitals").
  const before = tokens[h - 2];
  if (/ed$/.test(prev.key) && before !== undefined && prev.gap === 'space' && (before.cap || !FUNCTION_WORDS.has(before.key))) return -1;
  return before !== undefined && prev.gap === 'space' && PLURAL_DETERMINERS.has(before.key) ? h - 2 : h - 1;
}

export function facilityMentions(text: string, tokens: readonly Token[], ctx: TextContext): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (!head.cap && PLURAL_HEADS.has(head.key) && !ctx.inUrl[h]) {
      const after = tokens[h + 1];
      const first = after?.key === 'of' || (after && after.gap === 'space' && COMPOUND_HEADS.has(after.key)) ? -1 : pluralStart(tokens, h);
      if (first >= 0) {
        const start = (tokens[first] as Token).start;
        out.push({ text: text.slice(start, head.end), start, end: head.end, type: 'place', kbId: null, label: null, sense: 'area' });
      }
      continue;
    }
    if (head.cap || ctx.inUrl[h] || head.gap === 'break') continue;
    const facility = FACILITY_HEADS.has(head.key);
    if (!facility && !AREA_HEADS.has(head.key)) continue;
    const next = tokens[h + 1];
    if (next && next.gap === 'space' && !head.possessive && (COMPOUND_HEADS.has(next.key) || VERB_OBJECTS.has(next.key))) continue;
    const det = phraseStart(tokens, h);
    if (det < 0) continue;
    // "Kafrsaya is a village in the valley": a predicate describes the subject, it is no second place.
    const verb = tokens[det - 1];
    if (verb && COPULAS.has(verb.key)) continue;
    if (AMBIGUOUS_HEADS.has(head.key) && !hasPlaceCue(tokens, det, h)) continue;
    const start = (tokens[det] as Token).start;
    const end = head.end;
    out.push({ text: text.slice(start, end), start, end, type: 'place', kbId: null, label: null, sense: facility ? 'facility' : 'anaphor' });
  }
  return out;
}
