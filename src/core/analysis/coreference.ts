// Document-level linking that a per-paragraph detector cannot do: a later
// short mention takes the identity of an earlier full one.
//   "German Chancellor Olaf Scholz … Scholz said" → "Scholz" links like "Olaf Scholz".
//   "Kim Jong-un … Kim's envoy" → Korean order: the family name comes first.
//   "Kim Yo-jong … Kim said" → the latest full name wins over the KB's guess for "Kim".
//   "Asia-Pacific Economic Cooperation (APEC) … APEC" → the abbreviation links too,
//   even when the KB knows the letters as something else ("… for Migration (IOM)").
//   "in Tellmara … Tellmara was" → an untyped repeat takes the typed mention's type.
//   "in Oddar Meanchey province … | Oddar Meanchey |" → so does the name without its geographic noun.
// Runs on the drafts of the whole document in order; cheap (one map lookup per mention).

import type { EntityDraft } from '../detect/drafts';
import type { EntityType } from '../model/analysis';
import { NAME_PARTICLES, TRAILING_GEO } from '../entities/cueWords';
import { bracketedAbbreviationAt, expansionRetypes, isBracketedAbbreviation, looksAbbreviated } from '../entities/acronyms';
import { isUpperCode } from '../entities/letters';
import { UNCONFIRMED, isReference } from '../entities/senses';

interface Identity {
  readonly kbId: string | null;
  readonly label: string | null;
  readonly type: EntityType;
  /** For an abbreviation: the name it was introduced after ("Asia-Pacific Economic Cooperation" for "APEC"). */
  readonly expansion?: string;
}

const POSSESSIVE = /['\u2019]s?$/;

function key(text: string): string {
  return text.replace(POSSESSIVE, '').trim().toLowerCase();
}

/** The Arabic article, also as assimilated before the family name: "al-Zarqawi", "ash-Shaddadi", "ar-Rashid". */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az']);

const ARTICLE_PREFIX = new RegExp(`^(?:${[...ARTICLES].join('|')})-`);

const stripArticle = (word: string): string => word.replace(ARTICLE_PREFIX, '');

/** Words that may start a family name rather than be a given name: "al-Zarqawi", "von der Leyen", "bin Salman". */
const isParticle = (word: string): boolean => ARTICLES.has(word.toLowerCase()) || NAME_PARTICLES.has(word.toLowerCase());

interface ShortNames {
  /** Family-name forms a later mention may use; the latest full name wins them. */
  readonly family: string[];
  /** The given name ("Saddam" for "Saddam Hussein"); only taken when no family name claims it. */
  readonly given: string | null;
}

/** Shorter names a full person name can be referred to by later. */
function shortNames(name: string): ShortNames {
  const tokens = name.replace(POSSESSIVE, '').trim().split(/\s+/);
  if (tokens.length < 2) return { family: [], given: null };
  const last = tokens[tokens.length - 1] as string;
  const first = tokens[0] as string;
  // "Kim Jong-un", "Moon Jae-in": a hyphenated given name after a family name.
  if (tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)) return { family: [first], given: null };
  // Every tail of the name: "Ursula von der Leyen" → "von der Leyen", "der Leyen", "Leyen".
  const family: string[] = [];
  for (let i = 1; i < tokens.length; i++) family.push(tokens.slice(i).join(' '));
  // "al-Zarqawi" → also "Zarqawi".
  const bare = stripArticle(last);
  if (bare !== last && bare.length > 1 && isUpperCode(bare.charCodeAt(0))) family.push(bare);
  const given = isParticle(first) || /^\p{Lu}\.?$/u.test(first) ? null : first;
  return { family, given };
}

/** The key of a place name without its lower-case geographic noun ("oddar meanchey" for "Oddar Meanchey province"), or null. */
function placeStemKey(draft: EntityDraft): string | null {
  if (draft.type !== 'place') return null;
  const space = draft.text.lastIndexOf(' ');
  const noun = draft.text.slice(space + 1);
  return space > 0 && TRAILING_GEO.has(noun) ? key(draft.text.slice(0, space)) : null;
}

function isShort(text: string): boolean {
  return !/\s/.test(text.replace(POSSESSIVE, '').trim());
}

/**
 * Give short, unlinked mentions the identity of an earlier full mention.
 * `text` is the document the drafts' offsets point into (for "Name (ABBR)").
 */
export function linkShortMentions(drafts: readonly EntityDraft[], text: string): EntityDraft[] {
  const known = new Map<string, Identity>();
  // One sense per document: the first typed mention of each exact name.
  const typed = new Map<string, Identity>();
  const out: EntityDraft[] = [];
  for (const draft of typeFromLaterMentions(drafts)) {
    let current = draft;
    const k = key(draft.text);
    // A name the detector could not type ("other") takes the type of the same
    // name typed elsewhere in the document: "Tikrit" in a heading, then in prose.
    const earlier = known.get(k) ?? (draft.type === 'other' ? typed.get(k) : undefined);
    const linkable = draft.kbId === null && (draft.type === 'person' || draft.type === 'other' || draft.type === earlier?.type);
    // A bare surname the KB linked on its own ("Kim" → Kim Jong Un) yields to
    // the person the document last introduced by that name ("Kim Yo-jong … Kim said").
    const overridden = draft.type === 'person' && earlier?.type === 'person' && draft.kbId !== null && earlier.kbId !== draft.kbId;
    // "International Organization for Migration (IOM) … IOM said": an abbreviation the document
    // introduced keeps that meaning in later paragraphs, by the rule of acronyms.ts.
    const redefined = earlier !== undefined && earlier.type !== 'person' && looksAbbreviated(draft.text)
      && expansionRetypes(draft, { ...earlier, text: earlier.expansion ?? draft.text });
    // Only names registered as shorter forms are in `known`, so multi-word
    // mentions ("von der Leyen") may link too; overriding a KB link needs one word (a surname, an abbreviation).
    if (earlier && (linkable || ((overridden || redefined) && isShort(draft.text)))) {
      const sense = draft.sense === UNCONFIRMED || (redefined && draft.type !== earlier.type) ? null : draft.sense;
      current = { ...draft, type: earlier.type, kbId: earlier.kbId, label: earlier.label, sense };
    }
    // A sentence-initial word nothing earlier named ("Household demand rose") is not a mention.
    if (current.sense === UNCONFIRMED) continue;
    remember(current, text, known);
    if (current.type !== 'other' && !typed.has(k)) typed.set(k, { kbId: current.kbId, label: current.label, type: current.type });
    const stem = placeStemKey(current);
    if (stem !== null && !typed.has(stem)) typed.set(stem, { kbId: null, label: null, type: 'place' });
    out.push(current);
  }
  return out;
}

/**
 * Names the detector left untyped that a later mention types: "Hawr al-Qasab" as a heading, then
 * "Hawr al-Qasab (Arabic: …) is a town"; "Emre Kaplan" with no cue, then "Kaplan said" (a later
 * person by the last word of the name). Sentence-initial words still need an earlier mention.
 */
function typeFromLaterMentions(drafts: readonly EntityDraft[]): readonly EntityDraft[] {
  if (!drafts.some((d) => d.type === 'other' && d.sense !== UNCONFIRMED)) return drafts;
  const firstTyped = new Map<string, EntityDraft>();
  const surnames = new Set<string>();
  for (const d of drafts) {
    if (d.type === 'other' || isReference(d)) continue;
    const k = key(d.text);
    if (!firstTyped.has(k)) firstTyped.set(k, d);
    const stem = placeStemKey(d);
    if (stem !== null && !firstTyped.has(stem)) firstTyped.set(stem, { ...d, kbId: null, label: null, sense: 'place' });
    if (d.type === 'person' && isShort(d.text)) surnames.add(stripArticle(k));
  }
  return drafts.map((d) => {
    // An untyped abbreviation is a thing's ("macro-financial assistance (MFA)"), whatever later guesses say.
    if (d.type !== 'other' || d.sense === UNCONFIRMED || looksAbbreviated(d.text)) return d;
    const later = firstTyped.get(key(d.text));
    if (later) return { ...d, type: later.type, kbId: later.kbId, label: later.label, sense: later.sense };
    const words = key(d.text).split(/\s+/);
    const last = stripArticle(words[words.length - 1] as string);
    return words.length > 1 && surnames.has(last) ? { ...d, type: 'person', label: d.text.replace(POSSESSIVE, '').trim() } : d;
  });
}

function remember(draft: EntityDraft, text: string, known: Map<string, Identity>): void {
  const identity: Identity = { kbId: draft.kbId, label: draft.label, type: draft.type };
  // A role is no name to shorten: "Director General of the … Energy Agency" leaves "Agency" an organisation.
  if (draft.type === 'person' && draft.sense !== 'role' && !isShort(draft.text)) {
    const names = shortNames(draft.text);
    // A later full mention of someone else with the same family name takes over.
    for (const name of names.family) known.set(name.toLowerCase(), identity);
    if (names.given !== null && !known.has(names.given.toLowerCase())) known.set(names.given.toLowerCase(), identity);
  }
  // "macro-financial assistance (MFA)": an abbreviation of a thing stays untyped in later paragraphs.
  if (draft.type === 'other' && isBracketedAbbreviation(text, draft)) {
    if (!known.has(draft.text.toLowerCase())) known.set(draft.text.toLowerCase(), identity);
  }
  if (draft.type === 'organization' || draft.type === 'place') {
    // "Asia-Pacific Economic Cooperation (APEC)", "Malian Armed Forces (FAMa)": remember the abbreviation.
    // The outermost name before the bracket comes first and keeps it: "… Money Laundering in West
    // Africa (GIABA)" is not the region's abbreviation.
    const abbr = bracketedAbbreviationAt(text, draft.end);
    const letters = abbr === null ? '' : text.slice(abbr.start, abbr.end).toLowerCase();
    if (abbr !== null && !known.has(letters)) known.set(letters, { ...identity, expansion: draft.text });
  }
}
