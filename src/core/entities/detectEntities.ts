// Named-entity detection and KB linking for one text (the analyser calls it
// per paragraph). One tokeniser pass, one gazetteer pass, then rules over the
// capitalised runs; no NLP library on the hot path. Offsets are UTF-16 units
// into `input.text`, never shifted.

import type { DetectionInput, EntityDraft } from '../detect/drafts';
import type { OffsetRange } from '../model/analysis';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { EntityKb } from './kbView';
import type { NameTyper } from './nameTyper';
import type { Scan } from './scan';
import type { Token } from './tokens';
import { typeBracketAbbreviations } from './acronyms';
import { buildContext } from './context';
import { applyDatelines } from './datelines';
import { FUNCTION_WORDS, isCommonWord } from './commonWords';
import { coordinateMentions } from './coordinates';
import { promoteCoordinated } from './coordination';
import { GROUP_DEMONYMS, THING_NOUNS, TITLE_WORDS } from './cueWords';
import { FIRST_NAMES } from './firstNames';
import { buildGazetteer } from './gazetteer';
import { promoteOthersToPlaces } from './placeCues';
import { joinExpansions } from './expansions';
import { facilityMentions } from './facilities';
import { groupReferenceMentions } from './groupReferences';
import { orgReferenceMentions } from './orgReferences';
import { personReferenceMentions } from './personReferences';
import { pronounMentions } from './pronouns';
import { findRuns } from './runs';
import { segmentRun } from './segmentRun';
import { tokenize } from './tokens';
import { UNCONFIRMED } from './senses';
import { propagateTypes } from './typePropagation';

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

/** KB names that begin with a lower-case word but hold a capitalised one ("al Qaeda"). */
function lowerKbStarts(tokens: readonly Token[], kbAt: ReadonlyMap<number, GazetteerMatch>): Set<number> {
  const out = new Set<number>();
  for (const [i, m] of kbAt) {
    if ((tokens[i] as Token).cap) continue;
    for (let j = i + 1; j <= m.last; j++) {
      if ((tokens[j] as Token).cap) {
        out.add(i);
        break;
      }
    }
  }
  return out;
}

/** The first word of each sentence the analyser found is sentence-initial too (its splitter knows abbreviations). */
function markSentenceStarts(tokens: Token[], sentences: readonly OffsetRange[]): Token[] {
  let i = 0;
  for (const sentence of sentences) {
    while (i < tokens.length && (tokens[i] as Token).start < sentence.start) i++;
    const t = tokens[i];
    if (t && t.start < sentence.end && !t.afterStop) tokens[i] = { ...t, afterStop: true };
  }
  return tokens;
}

/**
 * A KB surname alone is weak evidence: "Friday", "Christian", "May" are surnames
 * of someone. It is dropped when the word is a common word, a given name or a
 * group, or when it sits inside a longer capitalised name ("Christian Lindner").
 */
function isWeakSurname(tokens: readonly Token[], m: GazetteerMatch): boolean {
  if (m.first !== m.last) return false;
  // "Christian Lindner": a group name that is also a given name, before a capitalised word.
  const t0 = tokens[m.first] as Token;
  const after = tokens[m.first + 1];
  if (FIRST_NAMES.has(t0.key) && after !== undefined && after.cap && after.gap === 'space' && !t0.possessive) return true;
  if (!m.entries.every((e) => e.nameKind === 'surname')) return false;
  const t = tokens[m.first] as Token;
  if (isCommonWord(t.key) || GROUP_DEMONYMS.has(t.key) || THING_NOUNS.has(t.key)) return true;
  const next = tokens[m.first + 1];
  const prev = tokens[m.first - 1];
  const nameAfter = next !== undefined && next.cap && next.gap === 'space' && !t.possessive;
  const nameBefore = prev !== undefined && prev.cap && t.gap === 'space' && !prev.possessive && !TITLE_WORDS.has(prev.key) && !FUNCTION_WORDS.has(prev.key);
  return nameAfter || nameBefore;
}

/**
 * "Chisomo Banda-Whitfield", "Ana Lima-Kovac": a one-word KB name between a capitalised word and a
 * capitalised word the KB does not know, glued to the latter by a hyphen, is half of a double surname,
 * not a place ("the Lagos-Ibadan road", "New Lagos-Ibadan trains" keep Lagos: no name before it; in
 * "Austria-Hungary" the KB knows both halves).
 */
function isInsideDoubleName(tokens: readonly Token[], m: GazetteerMatch, hasWord: (key: string) => boolean): boolean {
  const t = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const next = tokens[m.last + 1];
  if (m.first !== m.last || !prev || !next || t.gap !== 'space' || !prev.cap || prev.upper || prev.possessive || t.possessive || isCommonWord(prev.key)) return false;
  return next.gap === 'hyphen' && next.cap && !next.upper && !hasWord(next.key);
}

/**
 * "Let's start" is no "LeT": a KB abbreviation written with inner capitals ("LeT", "MoD") matches
 * a common word in title case only when the text shows those capitals or shouts it.
 */
function isCommonWordForAbbreviation(tokens: readonly Token[], m: GazetteerMatch): boolean {
  const t = tokens[m.first] as Token;
  const titleCase = t.text.slice(1) === t.text.slice(1).toLowerCase();
  return m.first === m.last && titleCase && isCommonWord(t.key) && m.entries.every((e) => e.nameKind === 'abbreviation');
}

export interface DetectEntitiesOptions {
  /** Second opinion for names no rule could type; absent by default (rules only). */
  readonly typer?: NameTyper;
  /**
   * Also return sentence-initial words no rule could type, as 'other' with sense
   * 'unconfirmed', for a document-level pass to confirm by an earlier mention
   * ("Hazim Zawbai … Zawbai was"); the document analyser drops the rest.
   */
  readonly unconfirmed?: boolean;
}

export function detectEntities(input: DetectionInput, kb: EntityKb, options: DetectEntitiesOptions = {}): EntityDraft[] {
  const { text } = input;
  if (text.length === 0) return [];
  const tokens = markSentenceStarts(tokenize(text, 0, text.length, input.original), input.sentences);
  const ctx = buildContext(text, tokens, input.original);
  const kbAt = new Map<number, GazetteerMatch>();
  const gazetteer = gazetteerFor(kb);
  for (const m of gazetteer.match(tokens)) if (!ctx.inUrl[m.first] && !ctx.markers.has(m.first) && !isWeakSurname(tokens, m) && !isCommonWordForAbbreviation(tokens, m)
    && !isInsideDoubleName(tokens, m, gazetteer.hasWord)) kbAt.set(m.first, m);
  const scan: Scan = { text, tokens, ctx, kbAt, out: [], pending: [], gazetteer, typer: options.typer };
  let consumed = -1;
  for (const run of findRuns(tokens, ctx, lowerKbStarts(tokens, kbAt))) {
    // Skip what a KB name running past its own run already covered ("…al-Islam wal-Muslimin").
    if (run.last <= consumed) continue;
    consumed = segmentRun(scan, Math.max(run.first, consumed + 1), run.last);
  }
  const orgReferences = notCovered(orgReferenceMentions(text, tokens, ctx), scan.out);
  const drafts = [
    ...scan.out, ...confirmedPending(scan, options.unconfirmed === true), ...pronounMentions(text, tokens, ctx), ...coordinateMentions(text),
    ...notCovered(facilityMentions(text, tokens, ctx), scan.out), ...orgReferences,
    ...notCovered(personReferenceMentions(text, tokens, ctx), scan.out),
    // "coalition troops" is already an organisation reference; the group rule adds the rest ("civilians").
    ...notCovered(groupReferenceMentions(text, tokens, ctx), [...scan.out, ...orgReferences]),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const expanded = joinExpansions(text, tokens, applyDatelines(text, drafts, gazetteer.hasWord));
  const typed = propagateTypes(typeBracketAbbreviations(text, expanded));
  return promoteCoordinated(text, promoteOthersToPlaces(text, typed));
}

/** Common-noun mentions whose head a name mention of the same type already ends on ("the Iraqi government"). */
function notCovered(references: readonly EntityDraft[], names: readonly EntityDraft[]): EntityDraft[] {
  if (references.length === 0) return [];
  const ends = new Set(names.map((d) => `${d.type}:${d.end}`));
  return references.filter((r) => !ends.has(`${r.type}:${r.end}`));
}

/**
 * "Tellmara has been retaken" opening a sentence: a name when the text types "Tellmara" elsewhere.
 * Otherwise it stays an untyped candidate with sense 'unconfirmed': the analyser keeps it only if
 * an earlier paragraph introduced the name ("Hazim Zawbai … Zawbai was a commander").
 */
function confirmedPending(scan: Scan, keepUnconfirmed: boolean): EntityDraft[] {
  if (scan.pending.length === 0) return [];
  const typed = new Map<string, EntityDraft>();
  for (const d of scan.out) if (d.type !== 'other' && !typed.has(d.text)) typed.set(d.text, d);
  const out: EntityDraft[] = [];
  for (const i of scan.pending) {
    const t = scan.tokens[i] as Token;
    const same = typed.get(t.text);
    if (same) out.push({ ...same, start: t.start, end: t.end });
    else if (keepUnconfirmed) out.push({ text: t.text, start: t.start, end: t.end, type: 'other', kbId: null, label: null, sense: UNCONFIRMED });
  }
  return out;
}

