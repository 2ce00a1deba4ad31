// Types a capitalised name the KB does not know, from cues around and inside
// it: "Foreign Office" (organisation head), "Qandil Mountains" (place head),
// "President Hollande" (title before), "Tobias Hartley" (given name),
// "in Tellmara" (locative preposition), "Seoul-based" (place), "(OFAC)" (acronym).

import type { EntityType } from '../model/analysis';
import type { Token } from './tokens';
import type { TextContext } from './context';
import type { NameTyper } from './nameTyper';
import { bracketedAbbreviationAt } from './acronyms';
import { isCitedAuthor } from './citations';
import { isCommonWord } from './commonWords';
import { definedType } from './definitions';
import {
  EVENT_HEADS, ORG_HEADS, ORG_FOR_ON_HEADS, ORG_OF_HEADS, PLACE_HEADS, PLACE_PREFIXES, THING_NOUNS, TITLE_HEADS,
  COMPASS_WORDS, TITLE_WORDS, GROUP_DEMONYMS, NAME_PARTICLES, ORG_APPOSITIVES, ORG_PREFIXES, INSTALLATION_HEADS, STREET_PREFIXES,
} from './cueWords';
import { FIRST_NAMES, isGivenName } from './firstNames';
import { isAfterAccordingTo, isAfterLocative, isInPlaceList } from './locatives';
import { trailingGeoEnd } from './scan';
import { INSTRUMENT_NOUNS, WEAPON_NOUNS, isModelCode } from './things';
import { hasPersonContext } from './personCues';

export interface UnknownSegment {
  readonly first: number;
  readonly last: number;
  /** Is a folded word a KB name ("MOSCOW" shouted is not an unknown acronym)? */
  readonly isKbWord: (key: string) => boolean;
  /** Second opinion for names no rule could type (optional, see nameTyper.ts). */
  readonly typer?: NameTyper;
  /** A title phrase came just before ("German Chancellor …"). */
  readonly afterTitle: boolean;
}

export interface TypedName {
  readonly type: EntityType;
  /** Too weak alone (a sentence-initial word): kept only if the text names it elsewhere. */
  readonly pending?: boolean;
  /** Last token of the span; past `segment.last` when a trailing noun joins ("Kursk region"). */
  readonly last: number;
}

/** All-caps words that are measures, economics or tech terms or transcript labels, not organisations ("GDP", "MW", "QUESTION:"). */
const NOT_ORG_ACRONYMS = new Set(`gdp gnp gni cpi pmi ppp vat ceo cfo coo cto ai it tv pr id ip mri ct uhf vhf fec mw gw kw
  mhz ghz km kg hq pdf url faq usd eur gbp jpy cny rmb rub uah chf dna hiv aids covid sms gps uav uavs ied ieds icbm
  am pm bc ad utc gmt est eta ok fy yoy qoq ps nb ii iii iv vi vii viii ix xi xii
  question answer note update host guest anchor reporter interviewer interviewee caller presenter moderator
  narrator panelist panellist low moderate medium high severe critical elevated substantial guarded extreme`.split(/\s+/));

/** "HOST: Let's start", "VOLKOV: We never…": a shouted word opening a line before a colon labels its speaker. */
function isSpeakerLabel(text: string, t: Token): boolean {
  if (!t.upper || text.charCodeAt(t.end) !== 58) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return text.slice(lineStart, t.start).trim() === '';
}

const ROMAN_OR_NUMBER = /^(?:[IVXL]{1,6}|\d{1,3})$/;

/** Roads named by a number ("Highway 1", "Route 66"). */
const ROAD_WORDS = new Set(['highway', 'route', 'motorway', 'interstate', 'freeway']);

/**
 * Lower-case nouns that join a preceding name into an organisation ("Al Bu Hazim tribe", "the Haqqani
 * network", "the Lions of the Valley movement"), and
 * programmes, which an office runs ("the Rewards for Justice programme", as "World Food Programme").
 */
export const TRAILING_GROUPS = new Set(['tribe', 'tribes', 'clan', 'clans', 'governments', 'militia', 'militias', 'programme', 'program',
  'movement', 'faction', 'network', 'party', 'group', 'brigade', 'brigades']);

/** Verbs whose subject is a person ("Zawbai denied", "Marwandi said"). */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'tweeted', 'stated', 'explained', 'noted',
  'denied', 'admitted', 'insisted', 'argued', 'died', 'resigned', 'recalled', 'replied', 'confessed', 'testified',
  'apologised', 'apologized', 'conceded', 'acknowledged', 'vowed', 'pledged']);

/** Nouns after "X's" that make X a person ("Baghdadi's death", "Assad's regime"). */
const PERSONAL_NOUNS = new Set(['death', 'wife', 'husband', 'son', 'sons', 'daughter', 'brother', 'sister', 'father',
  'mother', 'family', 'assistant', 'deputy', 'regime', 'rule', 'successor', 'predecessor', 'spokesman',
  'spokeswoman', 'lawyer', 'aide', 'aides', 'loyalists', 'presidency', 'premiership', 'assassination', 'funeral',
  'arrest', 'release', 'birth', 'career', 'leadership', 'inhumanity', 'brutality', 'brutal', 'murderous']);

/** Combining forms of demonyms that open a hyphenated pair ("Sino-Soviet", "Indo-Pakistani", "Anglo-French"). */
const COMBINING_FORMS = new Set(['sino', 'indo', 'russo', 'anglo', 'franco', 'afro', 'austro', 'greco', 'italo', 'judeo',
  'serbo', 'turco', 'hispano', 'luso', 'nippo']);

/** "a newer group known as Lakurawa", "a militia called Ansar Tellmara": a group given its name. */
function isNamedGroup(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!verb || verb.cap || (tokens[first] as Token).gap !== 'space') return false;
  const as = verb.key === 'as' ? verb : undefined;
  const naming = as ? tokens[first - 2] : verb;
  if (!naming || (naming.key !== 'known' && naming.key !== 'called' && naming.key !== 'named' && naming.key !== 'calling')) return false;
  if ((naming.key === 'known') !== (as !== undefined)) return false;
  const noun = tokens[first - (as ? 3 : 2)];
  return noun !== undefined && !noun.cap && ORG_APPOSITIVES.has(noun.key);
}

/** "Gulf of Aden", "Ministry of Defence": head word then "of". */
function ofPattern(tokens: readonly Token[], s: UnknownSegment): EntityType | null {
  for (let i = s.first; i < s.last; i++) {
    const next = tokens[i + 1] as Token;
    const head = (tokens[i] as Token).key;
    // "National Council on Disability": the segmenter let "on" join only after such a head.
    if (next.key === 'on' && ORG_FOR_ON_HEADS.has(head)) return 'organization';
    if (next.key !== 'of' && next.key !== 'for') continue;
    if (ORG_OF_HEADS.has(head)) return 'organization';
    if (PLACE_HEADS.has(head)) return 'place';
  }
  return null;
}

// "Criminal", "International", "Islamic", "Vertical": adjectives, not given names.
const ADJECTIVE_ENDING = /(?:ical|ial|nal|tal|ic|ive|ary|ous|ese)$/;

const REGNAL_NUMBER = /^[IVX]{1,5}$/;

/**
 * A single name and a Roman numeral is a monarch's only with a person's context ("his son, Radama II,",
 * "the last queen, Tamsa III,"): "Apollo XI", "Vatican II" are not.
 */
function isRegnalName(text: string, tokens: readonly Token[], ctx: TextContext, s: UnknownSegment): boolean {
  const name = tokens[s.first] as Token;
  const numeral = tokens[s.last] as Token;
  if (s.last !== s.first + 1 || !REGNAL_NUMBER.test(numeral.text) || numeral.gap !== 'space' || !name.cap || name.upper) return false;
  return looksLikePersonName([name], ctx) && hasPersonContext(text, tokens, s.first, s.last);
}

/** Could these title-case words be someone's name (no common noun, no plural, no adjective first)? */
function looksLikePersonName(seg: readonly Token[], ctx: TextContext): boolean {
  const first = seg[0] as Token;
  const last = seg[seg.length - 1] as Token;
  // "Dominic", "Monic": a given name of the wider list may end like an adjective.
  if (ADJECTIVE_ENDING.test(first.key) && !isGivenName(first.key)) return false;
  // "Coalition Commanders", "Chicago Bears": a plural head names a group ("Kowalczyk-Reyes" is no plural,
  // nor are surnames in -os, -as, -is: "Massad Boulos", "Alexis Tsipras", "Kamala Harris").
  if (/[^suoai]s$/.test(last.key) && last.key.length > 3 && last.gap !== 'hyphen') return false;
  return seg.every((t) => !THING_NOUNS.has(t.key) && !ctx.lowerKeys.has(t.key) && !isCommonWord(t.key));
}

/** Words opening place names before a hyphenated pair ("Saint", "Port", "North"), which no given name is. */
const PLACE_OPENERS = new Set(['saint', 'st', 'san', 'santa', 'sao', 'port', 'fort', 'new', 'old', 'upper', 'lower', 'great', 'greater', 'little']);

const isDoubleSurnameOpener = (key: string): boolean => !COMPASS_WORDS.has(key) && !PLACE_PREFIXES.has(key) && !PLACE_OPENERS.has(key);

/** Is [start, end) all there is on its line (blanks aside)? */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1) + 1;
  const after = text.indexOf('\n', end);
  return text.slice(before, start).trim() === '' && text.slice(end, after < 0 ? text.length : after).trim() === '';
}

/** The sentence (at most ~300 characters) holding [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 150 && !/[.!?\n]/.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && to - end < 150 && !/[.!?\n]/.test(text[to] ?? '')) to++;
  return text.slice(from, Math.min(text.length, to + 1));
}

/** The type of an unknown capitalised segment, or null when it names nothing of ours. */
export function typeUnknown(text: string, tokens: readonly Token[], ctx: TextContext, s: UnknownSegment): TypedName | null {
  const first = tokens[s.first] as Token;
  const last = tokens[s.last] as Token;
  const prev = tokens[s.first - 1];
  const next = tokens[s.last + 1];
  const length = s.last - s.first + 1;
  const named = (type: EntityType, lastIndex = s.last): TypedName => ({ type, last: lastIndex });
  const seg = tokens.slice(s.first, s.last + 1);

  if (ctx.kbOnly[s.first]) return null;
  // "MONITORING DIGEST": shouted words are not a name; acronyms come one at a time (or hyphenated, "CJTF-OIR").
  if (length > 1 && seg.every((t) => t.upper)) {
    // "CJTF-OIR": shouted words joined by hyphens are one acronym.
    const hyphenated = seg.slice(1).every((t) => t.gap === 'hyphen');
    return hyphenated && last.end - first.start <= 14 ? named('organization') : null;
  }
  if (seg.every((t) => isCommonWord(t.key) || TITLE_WORDS.has(t.key) || !t.cap)) return null;
  // "A400M", "Shahab-3", "K2PL tanks", "HIMARS launchers": a model code, or an acronym naming a weapon.
  if (isModelCode(seg)) return null;
  // "HIMARS launchers", "the SAFE instrument": an acronym naming a weapon or a financial instrument.
  if (length === 1 && first.upper && next && !next.cap && next.gap === 'space' && (WEAPON_NOUNS.has(next.key) || INSTRUMENT_NOUNS.has(next.key))) return null;
  if (EVENT_HEADS.has(first.key) || EVENT_HEADS.has(last.key)) return null;
  // "the Al Bu Hazim tribe", "the Lions of the Valley movement": a lower-case group noun ends the name,
  // whatever head the name has inside.
  const measureWord = length === 1 && first.upper && NOT_ORG_ACRONYMS.has(first.key);
  if (next && !next.cap && next.gap === 'space' && TRAILING_GROUPS.has(next.key) && !last.possessive && !measureWord) return named('organization', s.last + 1);
  // "Highway 1", "Route 66": a road's number ends its name.
  if (length === 1 && ROAD_WORDS.has(first.key) && next && next.gap === 'space' && /^\d{1,4}$/.test(next.text)) return named('place', s.last + 1);

  if (seg.every((t) => GROUP_DEMONYMS.has(t.key))) {
    // "Sunnis", "Kurds": a plural is the group (organisation), the adjective a nationality.
    const plural = length === 1 && /s$/.test(first.key) && GROUP_DEMONYMS.has(first.key.slice(0, -1));
    return named(plural ? 'organization' : 'nationality');
  }
  // "the Sino-Soviet split": two peoples joined, a nationality like each of them.
  if (length === 2 && COMBINING_FORMS.has(first.key) && last.gap === 'hyphen' && last.cap) return named('nationality');
  if (ORG_PREFIXES.has(first.key) && length > 1) return named('organization');
  // "Task Force Strike", "Joint Task Force Rubicon": a task force named after its head words.
  if (seg.some((t, i) => t.key === 'force' && seg[i - 1]?.key === 'task') && length > 2) return named('organization');
  const viaOf = ofPattern(tokens, s);
  if (viaOf) return named(viaOf);
  if (ORG_HEADS.has(last.key) && (length > 1 || !first.afterStop)) return named('organization');
  // "Trial Chamber IX", "Panzer Division 7": a numbered body keeps its head's type.
  if (length > 1 && ORG_HEADS.has((tokens[s.last - 1] as Token).key) && ROMAN_OR_NUMBER.test(last.text)) return named('organization');
  // "Regional Command South", "Army Group North": a compass word after an organisation head.
  if (length > 2 && COMPASS_WORDS.has(last.key) && seg.slice(0, -1).some((t) => ORG_HEADS.has(t.key))) return named('organization');
  // "the Fordow Fuel Enrichment Plant (FFEP)": an installation introducing an abbreviation is still a site.
  if (length > 1 && INSTALLATION_HEADS.has(last.key)) return named('place');
  // "the Guardians for the Defence of the Valley (GDV)": a name introducing an abbreviation is a body's.
  if (length > 1 && bracketedAbbreviationAt(text, last.end) !== null) return named('organization');
  if (PLACE_HEADS.has(last.key) && length > 1) return named('place');
  if (PLACE_PREFIXES.has(first.key) && length > 1) return named('place');
  // "Quai de la Fosse", "Calle del Prado": a street head and its particle open a place, not a person.
  if (STREET_PREFIXES.has(first.key) && length > 1 && first.cap && !first.upper) return named('place');
  // "the Royal Welsh", "the Royal Lancers": "Royal" opens the name of a regiment, a society, a company.
  if (first.key === 'royal' && length > 1 && !last.possessive) return named('organization');

  // "Hawr al-Qasab (Arabic: …) is a town", "Abboud Qanbar … is an Iraqi general": the definition decides.
  const defined = definedType(text, tokens, s.first, s.last);
  if (defined) return named(defined);
  if (prev !== undefined && first.gap === 'space' && !prev.cap && ORG_APPOSITIVES.has(prev.key)) return named('organization');
  if (isNamedGroup(tokens, s.first)) return named('organization');
  const prevTitle = prev !== undefined && first.gap !== 'break' && TITLE_HEADS.has(prev.key);
  if (s.afterTitle || prevTitle) return named('person');
  // "islands, including Abu Musa", "the villages of Maria Lach": a listed place, though a given name opens it.
  if (isInPlaceList(tokens, s.first)) return named('place', trailingGeoEnd(tokens, s.last));
  // "(Kagan, 2019; Vainikka and Ostrowski, 2023)", "Smith et al. (2021) argue": cited authors.
  if (length <= 3 && seg.every((t) => t.cap && !t.upper) && isCitedAuthor(text, tokens, s.first, s.last)) return named('person');
  if (FIRST_NAMES.has(first.key) && (length > 1 || !first.afterStop)) return named('person');
  // "…," said Marta Kowalczyk-Reyes, head of research", "His wife, Umm Yusuf": a speaker, or a role in apposition.
  const personShaped = length >= 2 && length <= 4 && seg.every((t) => t.cap && !t.upper) && looksLikePersonName(seg, ctx);
  if (personShaped && hasPersonContext(text, tokens, s.first, s.last)) return named('person');
  // "his son, Radama II, signed", "the last queen, Tamsa III,": a regnal number after one name.
  if (isRegnalName(text, tokens, ctx, s)) return named('person');

  if (next && next.gap === 'hyphen' && /^(?:based|born)$/.test(next.key)) return named('place');
  // "Washington, DC", "Austin, TX": a two-letter code after a known place and a comma is its state.
  const afterComma = prev !== undefined && first.gap === 'break' && text.slice(prev.end, first.start).trim() === ',';
  if (length === 1 && first.upper && first.key.length === 2 && afterComma && prev.cap && s.isKbWord(prev.key)) return named('place');
  // Unknown acronyms are mostly organisations ("AQI", "OFAC"); "G20" too.
  // A KB word shouted ("ROME, Nov 26") is not one, but after "the" a short all-caps word is an
  // acronym even when the KB knows the letters otherwise ("the MOD's agency", KB "MoD").
  const acronymAfterThe = prev?.key === 'the' && first.gap === 'space' && first.text.length <= 4;
  const shoutedKbWord = s.isKbWord(first.key) && !acronymAfterThe;
  if (length === 1 && isSpeakerLabel(text, first)) return null;
  if (length === 1 && ((first.upper && first.text.length <= 8 && !NOT_ORG_ACRONYMS.has(first.key) && !shoutedKbWord) || /^G\d{1,2}$/.test(first.text))) {
    return named('organization');
  }
  // "the Meridian Rights Initiative (MRI) … MRI interviewed": a document may define a listed acronym as a
  // body's. Left unconfirmed, it stays only where an earlier mention introduced it (see coreference.ts).
  if (length === 1 && first.upper && NOT_ORG_ACRONYMS.has(first.key)) return { type: 'other', last: s.last, pending: true };
  if (length === 1 && first.upper) return null;

  // "according to the Observatory", "according to Kpler": a one-word source is an organisation.
  if (length === 1 && isAfterAccordingTo(tokens, s.first)) return named('organization');
  // "in Tellmara", "to the Tigris", "fled Dumriyah", "retook Kafrsaya".
  const prevLocative = isAfterLocative(tokens, s.first);
  const geo = trailingGeoEnd(tokens, s.last);
  if (geo > s.last) return named('place', geo);
  if (prevLocative) return named('place');
  if (next && next.gap === 'space' && PERSON_VERBS.has(next.key) && !last.possessive && (length === 1 || looksLikePersonName(seg, ctx))) {
    return named('person');
  }
  if (last.possessive && next && !next.cap && PERSONAL_NOUNS.has(next.key)) return named('person');

  // Transliterations in a gloss are not people, whatever their shape.
  if (ctx.inGloss[s.first]) return named('other');
  // "Haider al-Abadi", "Ursula von der Leyen": a particle between capitalised names. Not a name alone on
  // its line, an article's title: places have particles too ("Hawr al-Qasab"); the document decides.
  const particle = length >= 3 && first.cap && !isCommonWord(first.key) && seg.slice(1, -1).some((t) => !t.cap && NAME_PARTICLES.has(t.key)) && last.cap;
  if (particle) return named(aloneOnLine(text, first.start, last.end) ? 'other' : 'person');
  // "Park Ji-won", "Moon Jae-in": a family name and a hyphenated given name.
  if (length === 3 && (tokens[s.last] as Token).gap === 'hyphen' && !last.cap && seg.slice(0, 2).every((t) => t.cap && !t.upper)) return named('person');
  // "Thierry Akandji-Bozo", "Lina Haddad-Rahme": a name and a double surname joined by a hyphen (not
  // "North Rhine-Westphalia", "Saint Maur-Vallée", "Port Harcourt-Owerri": compass words and place openers).
  if (length === 3 && personShaped && last.gap === 'hyphen' && (tokens[s.first + 1] as Token).gap === 'space' && isDoubleSurnameOpener(first.key)) return named('person');
  // No rule decided: ask the typer (if any) about the name in its sentence.
  const asked = s.typer?.typeOf(text.slice(first.start, last.end), sentenceAround(text, first.start, last.end)) ?? null;
  if (asked) return named(asked);
  // A given name opening two or three title-case words ("Priya Lockhart", "Lina Haddad"); without one, or another
  // cue above, such words are mostly a concept or a programme ("Money Laundering", "Air Policing"): no person.
  if (personShaped && length <= 3 && isGivenName(first.key)) return named('person');
  // A cue-less capitalised word opening a sentence or heading is most often an
  // ordinary word ("Household demand…"); names there are caught by the KB or a cue.
  if (length === 1 && first.afterStop) return { type: 'other', last: s.last, pending: true };
  // Left for the analyser: a later "Scholz" becomes the person of an earlier "Olaf Scholz".
  return named('other');
}
