// Splits one capitalised run into titles, KB names and unknown names and
// emits their mentions: "German Chancellor Olaf Scholz" → nationality "German"
// (KB) + person "Olaf Scholz" (unknown, after a title).

import type { EntityDraft } from '../detect/drafts';
import type { GazetteerMatch } from './gazetteer';
import type { Scan } from './scan';
import type { Token } from './tokens';
import { abbreviatedAfter } from './acronyms';
import { FUNCTION_WORDS, MONTHS_AND_DAYS, isCommonWord } from './commonWords';
import {
  GROUP_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_PREFIXES, PLACE_HEADS, THING_NOUNS, TITLE_WORDS, TRAILING_GEO,
} from './cueWords';
import { FIRST_NAMES, isGivenName } from './firstNames';
import { emitKnown, emitNestedKnown } from './knownNames';
import { followsDottedTitle, hasPersonContext } from './personCues';
import { barePortfolioStart, isBareTitle, roleEnd } from './roles';
import { emit, groupNounEnd, isOfHead, ofNameEnd, senseOfGroup } from './scan';
import { isShipPrefix, namesThingAfterPlace, shipNameEnd } from './things';
import { isDanglingAbbreviation, territorialDesignationEnd, titleEnd } from './titles';
import { endsName } from './tokens';
import { adjectiveOpenedOrgEnd, ampersandNameEnd, bankNameEnd, bracketedMissionEnd, crownBodyEnd, headForOnNameEnd, joinsByOn, regionalBranchEnd, stateNamedBodyEnd } from './orgNameShapes';
import { TRAILING_GROUPS, typeUnknown } from './unknownNames';
import { legalFormNameEnd } from './legalForms';
import { isNumberedReference } from './documentCodes';

const QUESTION_NUMBER = /^Q\d{1,3}$/;

/** Segments tokens [first, last]; returns the last token consumed (a KB name may run past `last`). */
export function segmentRun(scan: Scan, first: number, last: number): number {
  const { tokens, kbAt } = scan;
  // "Lt. Gen. Qasim Nouri al-Zubaidi": the title's dot ended the run before the name.
  let afterTitle = followsDottedTitle(scan.text, tokens, first);
  let p = first;
  let consumed = last;
  while (p <= last) {
    const t = tokens[p] as Token;
    if (isShipPrefix(tokens, p)) {
      // "HMS Prince of Wales", "HMAS Brisbane": a ship, no person, place or organisation.
      p = shipNameEnd(tokens, p, last) + 1;
      continue;
    }
    const crown = crownBodyEnd(tokens, p);
    if (crown > p) {
      // "His Majesty's Government": the name runs past the possessive that ended the run.
      emit(scan, p, crown, { type: 'organization' });
      consumed = Math.max(consumed, crown);
      p = crown + 1;
      continue;
    }
    const company = legalFormNameEnd(scan, p, last);
    if (company > p) {
      // "Ningbo Haixin Marine Co., Ltd.": one organisation, the place opening it no mention of its own.
      emit(scan, p, company, { type: 'organization' });
      consumed = Math.max(consumed, company);
      p = company + 1;
      continue;
    }
    const joined = Math.max(ampersandNameEnd(scan, p, last), bracketedMissionEnd(scan, p, last), stateNamedBodyEnd(scan, p), bankNameEnd(scan, p, last));
    if (joined > p) {
      emit(scan, p, joined, { type: 'organization' });
      p = joined + 1;
      continue;
    }
    const headed = headForOnNameEnd(scan, p, last);
    if (headed > p) {
      // "Centre for Baltic Studies": the KB places in the remit stay mentions of their own.
      emit(scan, p, headed, { type: 'organization' });
      emitNestedKnown(scan, p + 2, headed);
      p = headed + 1;
      continue;
    }
    const match = kbAt.get(p);
    if (match && opensPersonName(scan, match, last, afterTitle)) {
      // "General Stanley McChrystal", "Victoria Nuland": the KB place is a given name here.
      afterTitle = true;
    } else if (match && match.entries.every((e) => e.entity.type === 'place') && namesThingAfterPlace(tokens, match)) {
      // "the Paris Agreement", "Minsk II", "Virginia-class submarines": no place is meant.
      p = match.last + 1;
      continue;
    } else if (match) {
      // A KB name may run on in lower case past the capitalised run ("Ukrainian military").
      const end = emitKnown(scan, match, Math.max(last, match.last));
      consumed = Math.max(consumed, end);
      p = end + 1;
      continue;
    }
    const opened = adjectiveOpenedOrgEnd(scan, p, last);
    if (opened > p) {
      emit(scan, p, opened, { type: 'organization' });
      p = opened + 1;
      continue;
    }
    if (!t.cap && t.gap !== 'hyphen' && (NAME_CONNECTORS.has(t.key) || NAME_PARTICLES.has(t.key)) && !(tokens[p + 1]?.gap === 'hyphen')) {
      p++;
      continue;
    }
    const title = titleEnd(tokens, p, last);
    if (title >= 0) {
      afterTitle = true;
      if (isBareTitle(scan, p, title, last)) {
        const role = roleEnd(scan, title, last);
        emit(scan, p, role, { type: 'person', sense: 'role' });
        // The remit is the role's ("Minister for Trade"); KB names in it stay mentions ("Minister for Africa"),
        // and so does an organisation built on one ("Commander of U.S. Central Command").
        const remit = remitKbStart(scan, title);
        if (remit >= 0 && role > (kbAt.get(remit) as GazetteerMatch).last) {
          afterTitle = false;
          p = remit;
          continue;
        }
        if (role > title) {
          emitNestedKnown(scan, title + 1, role);
          p = role;
        }
      }
      p = Math.max(p, title) + 1;
      continue;
    }
    // "The", "However", or a sentence-initial word the text also writes in lower case;
    // other common words only when nothing capitalised follows ("New York" stays).
    // "Q4 Sir Julian Brewer:": a hearing's question number (or a quarter, "Q3 2025") names nothing.
    // "Ministry of Energy officials said … The ministry", "Government of Chad forces": a head before
    // "of" opens a name, though a common word the text also writes in lower case.
    const opensOfName = p < last && isOfHead(t.key) && tokens[p + 1]?.key === 'of' && !(tokens[p + 1] as Token).cap;
    const dropWord = !isMonthAsGivenName(tokens, p, last) && (FUNCTION_WORDS.has(t.key) || MONTHS_AND_DAYS.has(t.key)
      || (isCommonWord(t.key) && (p === last || t.afterStop) && !opensOfName) || QUESTION_NUMBER.test(t.text) || isNumberedReference(tokens, p, last));
    if (dropWord || (t.afterStop && scan.ctx.lowerKeys.has(t.key) && p < last && !opensOfName)) {
      p++;
      continue;
    }
    const segLast = unknownSegmentEnd(scan, p, last);
    const typed = typeUnknown(scan.text, tokens, scan.ctx, { first: p, last: segLast, afterTitle, isKbWord: scan.gazetteer.hasWord, typer: scan.typer });
    const regime = typed ? groupNounEnd(tokens, typed.last, typed.type === 'nationality') : segLast;
    if (typed && (typed.type === 'person' || typed.type === 'other') && regime > typed.last && /^(?:regime|government)$/.test((tokens[regime] as Token).key)) {
      // "the Assad regime": the leader's government is an organisation, the leader inside a person.
      emit(scan, p, typed.last, { type: 'person' });
      emit(scan, p, regime, { type: 'organization', sense: 'government' });
      afterTitle = false;
      p = segLast + 1;
      continue;
    }
    if (typed?.type === 'nationality' && regime > typed.last) {
      // "Kurdish forces": as for a KB demonym, the group is an organisation around the nationality.
      emit(scan, p, typed.last, { type: 'nationality', sense: 'nationality' });
      emit(scan, p, regime, { type: 'organization', sense: senseOfGroup((tokens[regime] as Token).key) });
      afterTitle = false;
      p = segLast + 1;
      continue;
    }
    // "Mining Minister Amadou Keita", "the Emergency Relief Coordinator": unknown words before a title are its portfolio.
    const portfolioTitle = typed?.type === 'other' && segLast - p <= 2 ? titleEnd(tokens, segLast + 1, last) : -1;
    if (portfolioTitle >= 0) {
      const roleStart = barePortfolioStart(scan, p, portfolioTitle, first, last);
      if (roleStart >= 0) {
        const role = roleEnd(scan, portfolioTitle, last);
        // An earlier half of the portfolio ("Refugee Relief and …") was emitted untyped; the role replaces it.
        dropUntypedFrom(scan, (tokens[roleStart] as Token).start);
        emit(scan, roleStart, role, { type: 'person', sense: 'role' });
        emitNestedKnown(scan, portfolioTitle + 1, role);
        p = role + 1;
        continue;
      }
      afterTitle = true;
      p = segLast + 1;
      continue;
    }
    if (typed?.pending) {
      scan.pending.push(p);
    } else if (typed) {
      // "Humanitarian Logistics Pacific": a region or country ending the run after an organisation head is its branch.
      const branch = typed.type === 'organization' ? regionalBranchEnd(scan, typed.last, last) : -1;
      if (branch > typed.last) {
        emit(scan, p, branch, { type: 'organization' });
        afterTitle = false;
        p = branch + 1;
        continue;
      }
      // "Lord Ashworth of Kendal": a peer's territorial designation is part of the name.
      const nameLast = typed.type === 'person' ? territorialDesignationEnd(tokens, p, typed.last, last) : typed.last;
      const fullName = typed.type === 'person' && nameLast > p;
      const label = fullName ? scan.text.slice(t.start, (tokens[nameLast] as Token).end) : null;
      emit(scan, p, nameLast, { type: typed.type, label, sense: typed.type === 'place' ? 'place' : null });
      if (nameLast > typed.last) {
        afterTitle = false;
        p = nameLast + 1;
        continue;
      }
      // "Government of Iraq": the KB names inside an organisation stay mentions of their own.
      if (typed.type === 'organization') emitNestedKnown(scan, p + 1, typed.last);
    }
    afterTitle = false;
    p = Math.max(segLast, typed?.last ?? segLast) + 1;
  }
  return consumed;
}

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** "Jan Egeland said": a month abbreviation before a capitalised word that is no month or day (no "Jan 12") is a given name. */
function isMonthAsGivenName(tokens: readonly Token[], p: number, runLast: number): boolean {
  const t = tokens[p] as Token;
  const next = tokens[p + 1];
  return MONTH_ABBREVIATIONS.has(t.key) && p < runLast && next !== undefined && next.gap === 'space' && !MONTHS_AND_DAYS.has(next.key) && !isCommonWord(next.key);
}

/** Is the run ending at `runLast` followed by a lower-case group noun ("… programme", "… tribe")? */
function groupNounAfter(tokens: readonly Token[], runLast: number): boolean {
  const next = tokens[runLast + 1];
  return next !== undefined && !next.cap && next.gap === 'space' && !(tokens[runLast] as Token).possessive && TRAILING_GROUPS.has(next.key);
}

/** Index of the KB name opening the remit after "of"/"for" (and "the") following a title, or -1. */
function remitKbStart(scan: Scan, title: number): number {
  const connector = scan.tokens[title + 1];
  if (!connector || (connector.key !== 'of' && connector.key !== 'for')) return -1;
  const j = scan.tokens[title + 2]?.key === 'the' ? title + 3 : title + 2;
  return scan.kbAt.has(j) ? j : -1;
}

/** Removes the untyped mentions emitted at or after offset `from`. */
function dropUntypedFrom(scan: Scan, from: number): void {
  while (scan.out.length > 0 && (scan.out[scan.out.length - 1] as EntityDraft).start >= from && (scan.out[scan.out.length - 1] as EntityDraft).type === 'other') scan.out.pop();
}

/**
 * Does a one-word KB place open a person's name here? The next word must look like an unknown
 * surname ("Victoria Nuland", not "Victoria Falls" or "Jordan Valley"), and the place word must
 * follow a title ("General Stanley McChrystal"), be a given name ("Chad Smith"), or the pair have
 * a person's context ("said Riyad Hijab", "Riyad Hijab, the committee's coordinator").
 */
function opensPersonName(scan: Scan, match: GazetteerMatch, runLast: number, afterTitle: boolean): boolean {
  const { tokens } = scan;
  const word = tokens[match.first] as Token;
  const s = match.last + 1;
  const surname = tokens[s];
  if (match.first !== match.last || match.last >= runLast || !surname || word.possessive || !isSurnameLike(scan, s)) return false;
  const onlyPlaces = match.entries.every((e) => e.entity.type === 'place');
  // A capital's metonym entry (its country's government) counts as the city.
  if (afterTitle) return match.entries.every((e) => e.entity.type === 'place' && (e.nameKind === 'metonym' || (e.entity.kind !== 'country' && e.nameKind !== 'demonym')));
  if (!onlyPlaces || match.entries.some((e) => e.nameKind === 'demonym')) return false;
  // "Victoria Nuland said": the name ends at the surname.
  const after = tokens[s + 1];
  if (after !== undefined && after.cap && after.gap !== 'break' && !TITLE_WORDS.has(after.key)) return false;
  return isGivenName(word.key) || hasPersonContext(scan.text, tokens, match.first, s);
}

/** An unknown capitalised word that can be a surname: no KB name, head word, title or common word. */
function isSurnameLike(scan: Scan, i: number): boolean {
  const t = scan.tokens[i] as Token;
  if (!t.cap || t.upper || t.gap !== 'space' || scan.ctx.lowerKeys.has(t.key) || isCommonWord(t.key)) return false;
  const kb = scan.kbAt.get(i);
  if (kb && !kb.entries.every((e) => e.entity.type === 'person')) return false;
  return !ORG_HEADS.has(t.key) && !PLACE_HEADS.has(t.key) && !TRAILING_GEO.has(t.key) && !TITLE_WORDS.has(t.key)
    && !THING_NOUNS.has(t.key) && !GROUP_NOUNS.has(t.key) && !ORG_PREFIXES.has(t.key);
}

/**
 * "DFAT Media: (02) 6261 1555": in a contact label an acronym names the body and the word after
 * it the desk, so the name ends at the acronym (not "Press Office", a body's own head).
 */
function isContactLabel(scan: Scan, q: number, runLast: number): boolean {
  const cur = scan.tokens[q] as Token;
  const next = scan.tokens[q + 1] as Token;
  if (!cur.upper || next.upper || next.gap !== 'space' || q + 1 !== runLast || ORG_HEADS.has(next.key)) return false;
  return scan.text.charCodeAt(next.end) === 58;
}

/**
 * "Tomasz Kolar", "Nadia Salem": a one-word KB town or region ending the run right after a lone given
 * name is that person's surname (a country or a demonym is not: "Anna Poland" is rare, "Anna French" no name).
 */
function isSurnamePlace(scan: Scan, p: number, q: number, runLast: number): boolean {
  const kb = scan.kbAt.get(q + 1);
  if (q !== p || !kb || kb.first !== kb.last || kb.last !== runLast || !isGivenName((scan.tokens[p] as Token).key)) return false;
  return kb.entries.every((e) => e.entity.type === 'place' && (e.entity.kind === 'city' || e.entity.kind === 'region' || e.nameKind === 'metonym') && e.nameKind !== 'demonym');
}

/** Where an unknown name starting at `p` ends: before a KB name, a title, or a connector not followed by an "of"-name. */
function unknownSegmentEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens, kbAt } = scan;
  let q = p;
  while (q < runLast) {
    const next = tokens[q + 1] as Token;
    const cur = tokens[q] as Token;
    if (endsName(cur)) break;
    // "Ministry of Defence", "Army of the Free Coast": the rest of the run is the name, as when an
    // abbreviation in brackets follows it ("Volunteers for the Defence of the Homeland (VDP)").
    if (((next.key === 'of' || next.key === 'for') && !next.cap) || joinsByOn(scan, q, runLast)) {
      // "… Volunteers for the Defence of the Homeland (VDP)", "the Rewards for Justice programme" (but a
      // plural opening the sentence is no name's start: "Fighters of the Lions of the Valley movement").
      const start = tokens[p] as Token;
      const opensSentence = start.afterStop && /s$/.test(start.key);
      const named = abbreviatedAfter(scan.text, (tokens[runLast] as Token).end, start.text) || (groupNounAfter(tokens, runLast) && !opensSentence);
      if (isOfHead(cur.key) || named) return ofNameEnd(tokens, q + 1, runLast);
      break;
    }
    if (!next.cap && next.gap !== 'hyphen' && !NAME_PARTICLES.has(next.key)) break;
    if (isContactLabel(scan, q, runLast)) break;
    // A one-word KB name that is also a generic head ends the unknown name rather than
    // starting a new one: "Chancellor College Climate Centre" (the KB has a region "Centre").
    const kbNext = kbAt.get(q + 1);
    const headWord = kbNext !== undefined && kbNext.last === q + 1 && (ORG_HEADS.has(next.key) || PLACE_HEADS.has(next.key));
    if (kbNext && next.gap !== 'hyphen' && !headWord && !isSurnamePlace(scan, p, q, runLast)) break;
    if (next.cap && titleEnd(tokens, q + 1, runLast) >= 0 && !isDanglingAbbreviation(tokens, q + 1, runLast)) break;
    // "Governor of the North Coast Tobias Hartley": a place or organisation head, then a given name.
    if (isOfHead(cur.key) && FIRST_NAMES.has(next.key)) break;
    q++;
  }
  return q;
}

