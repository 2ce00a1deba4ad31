// Named-entity detection and KB linking for one text (the analyser calls it
// per paragraph). One tokeniser pass, one gazetteer pass, then rules over the
// capitalised runs; no NLP library on the hot path. Offsets are UTF-16 units
// into `input.text`, never shifted.

import type { DetectionInput, EntityDraft } from '../detect/drafts';
import type { EntityType } from '../model/analysis';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { EntityKb } from './kbView';
import type { Token } from './tokens';
import type { TextContext } from './context';
import { buildContext } from './context';
import { FUNCTION_WORDS, MONTHS_AND_DAYS, isCommonWord } from './commonWords';
import { FIRST_NAMES } from './firstNames';
import {
  GROUP_DEMONYMS, GROUP_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_OF_HEADS, PLACE_HEADS, ROLE_HEADS, THING_NOUNS, TITLE_WORDS,
  TRAILING_GEO,
} from './cueWords';
import { buildGazetteer } from './gazetteer';
import { promoteOthersToPlaces } from './placeCues';
import { coordinateMentions } from './coordinates';
import { placeAnaphorMentions, pronounMentions } from './pronouns';
import { propagateTypes } from './typePropagation';
import { findRuns } from './runs';
import { actsAsAgent, resolveSense } from './sense';
import { titleEnd } from './titles';
import { endsName, tokenize } from './tokens';
import { typeUnknown } from './unknownNames';

/** Nouns after a demonym that name the state's ground ("Syrian territory"). */
const STATE_GROUND = new Set(['territory', 'soil', 'airspace', 'waters', 'border', 'coast', 'frontier', 'countryside']);

// One gazetteer per KB object, built on first use; a new KB object (reload) gets its own.
const gazetteers = new WeakMap<EntityKb, Gazetteer>();

export function gazetteerFor(kb: EntityKb): Gazetteer {
  let g = gazetteers.get(kb);
  if (!g) {
    g = buildGazetteer(kb);
    gazetteers.set(kb, g);
  }
  return g;
}

/**
 * A KB surname alone is weak evidence: "Friday", "Christian", "May" are surnames
 * of someone. It is dropped when the word is a common word, a given name or a
 * group, or when it sits inside a longer capitalised name ("Christian Lindner").
 */
function isWeakSurname(tokens: readonly Token[], m: GazetteerMatch): boolean {
  if (m.first !== m.last || !m.entries.every((e) => e.nameKind === 'surname')) return false;
  const t = tokens[m.first] as Token;
  if (isCommonWord(t.key) || GROUP_DEMONYMS.has(t.key) || THING_NOUNS.has(t.key)) return true;
  const next = tokens[m.first + 1];
  const prev = tokens[m.first - 1];
  const nameAfter = next !== undefined && next.cap && next.gap === 'space' && !t.possessive;
  const nameBefore = prev !== undefined && prev.cap && t.gap === 'space' && !prev.possessive && !TITLE_WORDS.has(prev.key);
  return nameAfter || nameBefore;
}

interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly ctx: TextContext;
  /** Gazetteer match starting at a token index. */
  readonly kbAt: ReadonlyMap<number, GazetteerMatch>;
  readonly out: EntityDraft[];
  /** Token indices of sentence-initial words kept only if the text names them elsewhere. */
  readonly pending: number[];
  readonly isKbWord: (key: string) => boolean;
}

export function detectEntities(input: DetectionInput, kb: EntityKb): EntityDraft[] {
  const { text } = input;
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens);
  const kbAt = new Map<number, GazetteerMatch>();
  const gazetteer = gazetteerFor(kb);
  for (const m of gazetteer.match(tokens)) if (!ctx.inUrl[m.first] && !isWeakSurname(tokens, m)) kbAt.set(m.first, m);
  const scan: Scan = { text, tokens, ctx, kbAt, out: [], pending: [], isKbWord: gazetteer.hasWord };
  for (const run of findRuns(tokens, ctx)) segmentRun(scan, run.first, run.last);
  const drafts = [
    ...scan.out, ...confirmedPending(scan), ...pronounMentions(text, tokens, ctx), ...placeAnaphorMentions(text, tokens, ctx), ...coordinateMentions(text),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  return promoteOthersToPlaces(text, propagateTypes(drafts));
}

function emit(scan: Scan, first: number, last: number, type: EntityType, kbId: string | null, label: string | null, sense: string | null): void {
  const start = (scan.tokens[first] as Token).start;
  const end = (scan.tokens[last] as Token).end;
  scan.out.push({ text: scan.text.slice(start, end), start, end, type, kbId, label, sense });
}

/** "Sinjar has been liberated" opening a sentence: a name when the text types "Sinjar" elsewhere. */
function confirmedPending(scan: Scan): EntityDraft[] {
  if (scan.pending.length === 0) return [];
  const typed = new Map<string, EntityDraft>();
  for (const d of scan.out) if (d.type !== 'other' && !typed.has(d.text)) typed.set(d.text, d);
  const out: EntityDraft[] = [];
  for (const i of scan.pending) {
    const t = scan.tokens[i] as Token;
    const same = typed.get(t.text);
    if (same) out.push({ ...same, start: t.start, end: t.end });
  }
  return out;
}

/** Splits one capitalised run into titles, KB names and unknown names, and emits the mentions. */
function segmentRun(scan: Scan, first: number, last: number): void {
  const { tokens, kbAt } = scan;
  let afterTitle = false;
  let p = first;
  while (p <= last) {
    const t = tokens[p] as Token;
    const match = kbAt.get(p);
    if (match) {
      // A KB name may run on in lower case past the capitalised run ("Ukrainian military").
      p = emitKnown(scan, match, Math.max(last, match.last)) + 1;
      continue;
    }
    if (!t.cap && t.gap !== 'hyphen' && (NAME_CONNECTORS.has(t.key) || NAME_PARTICLES.has(t.key)) && !(tokens[p + 1]?.gap === 'hyphen')) {
      p++;
      continue;
    }
    const title = titleEnd(tokens, p, last);
    if (title >= 0) {
      afterTitle = true;
      if (isBareTitle(scan, p, title, last)) emit(scan, p, roleEnd(scan, title, last), 'person', null, null, 'role');
      p = title + 1;
      continue;
    }
    // "The", "However", or a sentence-initial word the text also writes in lower case;
    // other common words only when nothing capitalised follows ("New York" stays).
    const dropWord = FUNCTION_WORDS.has(t.key) || MONTHS_AND_DAYS.has(t.key) || (isCommonWord(t.key) && (p === last || t.afterStop));
    if (dropWord || (t.afterStop && scan.ctx.lowerKeys.has(t.key) && p < last)) {
      p++;
      continue;
    }
    const segLast = unknownSegmentEnd(scan, p, last);
    const typed = typeUnknown(scan.text, tokens, scan.ctx, { first: p, last: segLast, afterTitle, isKbWord: scan.isKbWord });
    const regime = typed ? groupNounEnd(tokens, typed.last) : segLast;
    if (typed && (typed.type === 'person' || typed.type === 'other') && regime > typed.last && /^(?:regime|government)$/.test((tokens[regime] as Token).key)) {
      // "the Assad regime": the leader's government is an organisation, the leader inside a person.
      emit(scan, p, typed.last, 'person', null, null, null);
      emit(scan, p, regime, 'organization', null, null, 'government');
      afterTitle = false;
      p = segLast + 1;
      continue;
    }
    if (typed?.type === 'nationality' && regime > typed.last) {
      // "Kurdish forces": as for a KB demonym, the group is an organisation around the nationality.
      emit(scan, p, typed.last, 'nationality', null, null, 'nationality');
      emit(scan, p, regime, 'organization', null, null, senseOfGroup((tokens[regime] as Token).key));
      afterTitle = false;
      p = segLast + 1;
      continue;
    }
    if (typed?.pending) {
      scan.pending.push(p);
    } else if (typed) {
      const fullName = typed.type === 'person' && typed.last > p;
      const label = fullName ? scan.text.slice(t.start, (tokens[typed.last] as Token).end) : null;
      emit(scan, p, typed.last, typed.type, null, label, typed.type === 'place' ? 'place' : null);
      // "Government of Iraq": the KB names inside an organisation stay mentions of their own.
      if (typed.type === 'organization') emitNestedKnown(scan, p + 1, typed.last);
    }
    afterTitle = false;
    p = Math.max(segLast, typed?.last ?? segLast) + 1;
  }
}

/**
 * A capitalised title standing for a person ("The Foreign Secretary said", "the
 * Prime Minister and …"): no name follows it. A one-word title needs "the" before
 * it, so a sentence starting "Major cities…" is not a person.
 */
function isBareTitle(scan: Scan, p: number, titleLast: number, runLast: number): boolean {
  const { tokens } = scan;
  if (scan.ctx.onHeading[p]) return false;
  const next = tokens[titleLast + 1];
  if (titleLast < runLast && next?.cap) return false;
  const head = tokens[titleLast] as Token;
  if (!head.cap || !ROLE_HEADS.has(head.key)) return false;
  if (titleLast > p) return true;
  const prev = tokens[p - 1];
  if (prev !== undefined && prev.key === 'the' && (tokens[p] as Token).gap === 'space') return true;
  return roleEnd(scan, titleLast, runLast) > titleLast;
}

/**
 * "Minister for the Middle East", "Minister of Foreign Affairs": a role's remit after
 * "for"/"of" belongs to the role mention (its KB place stays a mention of its own).
 * Returns the last token of the role, `titleLast` when there is no remit.
 */
function roleEnd(scan: Scan, titleLast: number, runLast: number): number {
  const { tokens } = scan;
  const connector = tokens[titleLast + 1];
  if (titleLast >= runLast || !connector || (connector.key !== 'for' && connector.key !== 'of') || connector.cap) return titleLast;
  let j = titleLast + 2;
  if (tokens[j]?.key === 'the' && j < runLast) j++;
  const match = scan.kbAt.get(j);
  if (match && match.last <= runLast) return match.last;
  let end = titleLast;
  while (j <= runLast && (tokens[j] as Token).cap && !FIRST_NAMES.has((tokens[j] as Token).key)) end = j++;
  return end;
}

/** Where an unknown name starting at `p` ends: before a KB name, a title, or a connector not followed by an "of"-name. */
function unknownSegmentEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens, kbAt } = scan;
  let q = p;
  while (q < runLast) {
    const next = tokens[q + 1] as Token;
    const cur = tokens[q] as Token;
    if (endsName(cur)) break;
    // "Ministry of Defence", "Army of the Victorious Sect": the rest of the run is the name.
    if ((next.key === 'of' || next.key === 'for') && !next.cap) {
      if (isOfHead(cur.key)) return ofNameEnd(tokens, q + 1, runLast);
      break;
    }
    if (!next.cap && next.gap !== 'hyphen' && !NAME_PARTICLES.has(next.key)) break;
    if (kbAt.has(q + 1) && next.gap !== 'hyphen') break;
    if (next.cap && titleEnd(tokens, q + 1, runLast) >= 0) break;
    // "Middle East Tobias Ellwood": a place or organisation head, then a given name.
    if (isOfHead(cur.key) && FIRST_NAMES.has(next.key)) break;
    q++;
  }
  return q;
}

/** End of "Government of Iraq" in "Government of Iraq and the Kurdistan Regional Government": an "and" ends it. */
function ofNameEnd(tokens: readonly Token[], from: number, runLast: number): number {
  let end = runLast;
  for (let j = from + 1; j <= runLast; j++) {
    if ((tokens[j] as Token).key === 'and' && !(tokens[j] as Token).cap) {
      end = j - 1;
      break;
    }
  }
  while (end > from && !(tokens[end] as Token).cap) end--;
  return end;
}

function isOfHead(key: string): boolean {
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key);
}

/** KB names inside tokens [from, to] of an organisation name, as nested mentions. */
function emitNestedKnown(scan: Scan, from: number, to: number): void {
  for (let j = from; j <= to; j++) {
    const match = scan.kbAt.get(j);
    if (!match || match.last > to) continue;
    const resolved = resolveSense(match.entries, false);
    if (resolved) emit(scan, match.first, match.last, resolved.type, resolved.entry.entity.id, resolved.entry.entity.label, resolved.sense);
    j = match.last;
  }
}

/** Emits a KB name (with its merges) and returns the last token index consumed. */
function emitKnown(scan: Scan, match: GazetteerMatch, runLast: number): number {
  const { tokens } = scan;
  const agent = actsAsAgent(tokens, match.first, match.last);
  const resolved = resolveSense(match.entries, agent);
  if (!resolved) return match.last;
  const { entity } = resolved.entry;
  const stateLike = resolved.type === 'nationality' || entity.kind === 'country' || entity.kind === 'territory';

  // "Syrian Computer Society", "UN Security Council", "Damascus University": a KB name
  // followed by an unknown name ending in an organisation head is that organisation.
  let tail = match.last;
  while (tail < runLast && (tokens[tail + 1] as Token).cap && !scan.kbAt.has(tail + 1) && !endsName(tokens[tail] as Token)) tail++;
  const tailHead = (tokens[tail] as Token).key;
  // "United States Department of the Treasury": an organisation head then "of" takes the rest.
  const ofNext = tokens[tail + 1];
  if (tail > match.last && tail < runLast && ORG_OF_HEADS.has(tailHead) && ofNext && !ofNext.cap && (ofNext.key === 'of' || ofNext.key === 'for')) {
    const end = ofNameEnd(tokens, tail + 1, runLast);
    emit(scan, match.first, end, 'organization', null, null, null);
    emit(scan, match.first, match.last, resolved.type, entity.id, entity.label, resolved.sense);
    emitNestedKnown(scan, tail + 1, end);
    return end;
  }
  if (tail > match.last && ORG_HEADS.has(tailHead)) {
    const single = tail === match.last + 1 && GROUP_NOUNS.has(tailHead);
    // "UK Government", "Iraqi Army": the state's own institution keeps the state's id.
    if (single && stateLike) {
      emit(scan, match.first, tail, 'organization', entity.id, entity.label, senseOfGroup(tailHead));
    } else {
      emit(scan, match.first, tail, 'organization', null, null, null);
    }
    // "Iraqi Army", "Baghdad Operational Command": the demonym or city inside stays a mention
    // too; a state inside its own institution ("U.S. Marines") does not (re3d's gold agrees).
    if (!(stateLike && resolved.type === 'place')) emit(scan, match.first, match.last, resolved.type, entity.id, entity.label, resolved.sense);
    return tail;
  }
  if (tail === match.last + 1 && PLACE_HEADS.has(tailHead) && resolved.type !== 'person') {
    emit(scan, match.first, tail, 'place', null, null, 'region');
    return tail;
  }

  // "Ukrainian forces", "Iraqi security forces", "the Syrian regime": a demonym and a
  // group noun name an organisation of that state, and the demonym inside stays a
  // nationality — two nested mentions, as re3d's gold annotates them.
  let last = match.last;
  const after = groupNounEnd(tokens, last);
  // "Syrian territory", "Iraqi airspace": the state's ground, a place around the demonym.
  const ground = tokens[last + 1];
  if (resolved.type === 'nationality' && ground && !ground.cap && ground.gap === 'space' && STATE_GROUND.has(ground.key)) {
    emit(scan, match.first, last, 'nationality', entity.id, entity.label, resolved.sense);
    emit(scan, match.first, last + 1, 'place', entity.id, entity.label, 'territory');
    return match.last;
  }
  if (resolved.type === 'nationality' && after > last) {
    emit(scan, match.first, last, 'nationality', entity.id, entity.label, resolved.sense);
    emit(scan, match.first, after, 'organization', entity.id, entity.label, senseOfGroup((tokens[after] as Token).key));
    return match.last;
  }
  // "U.S. military", "the UK government": the state's institution, one organisation mention.
  if (stateLike && resolved.type === 'place' && after > last) {
    emit(scan, match.first, after, 'organization', entity.id, entity.label, senseOfGroup((tokens[after] as Token).key));
    return match.last;
  }
  // "Kursk region", "Anbar province": the region around a known place.
  const geo = tokens[last + 1];
  if (resolved.type === 'place' && geo && !geo.cap && geo.gap === 'space' && TRAILING_GEO.has(geo.key) && !(tokens[last] as Token).possessive) {
    emit(scan, match.first, last + 1, 'place', null, null, 'region');
    return last;
  }
  emit(scan, match.first, last, resolved.type, entity.id, entity.label, resolved.sense);
  last = match.last;
  return last;
}

/** Index of the group noun ending "security forces" after token `last`, or `last` when none follows. */
function groupNounEnd(tokens: readonly Token[], last: number): number {
  if ((tokens[last] as Token).possessive) return last;
  let j = last;
  // "forces", "security forces", "military intelligence": up to two group nouns.
  for (let k = last + 1; k <= last + 2; k++) {
    const t = tokens[k];
    if (!t || t.cap || t.gap !== 'space' || !GROUP_NOUNS.has(t.key)) break;
    j = k;
    if ((tokens[k - 1] as Token).possessive || t.possessive) break;
  }
  const end = tokens[j] as Token;
  // "Iraqi security" alone names no group.
  return j > last && end.key !== 'security' && end.key !== 'armed' ? j : last;
}

function senseOfGroup(key: string): string {
  return /^(?:government|regime|authorities|administration|officials)$/.test(key) ? 'government' : 'military';
}
