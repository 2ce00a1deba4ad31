// The state one detection pass shares between its rule files: tokens, context,
// KB matches by start token, the mentions emitted so far, and small helpers
// over token spans that several rules need.

import type { EntityDraft } from '../detect/drafts';
import type { KbEntity } from '../kb/kbTypes';
import type { EntityType } from '../model/analysis';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { TextContext } from './context';
import type { NameTyper } from './nameTyper';
import type { Token } from './tokens';
import { BUSINESS_GROUP_NOUNS, GROUP_NOUNS, ORG_HEADS, PLACE_HEADS, TRAILING_GEO } from './cueWords';

export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly ctx: TextContext;
  /** Gazetteer match starting at a token index. */
  readonly kbAt: ReadonlyMap<number, GazetteerMatch>;
  readonly out: EntityDraft[];
  /** Token indices of sentence-initial words kept only if the text names them elsewhere. */
  readonly pending: number[];
  readonly gazetteer: Gazetteer;
  readonly typer?: NameTyper;
}

/** What a mention says besides its span; unset fields are null. */
export interface MentionInfo {
  readonly type: EntityType;
  readonly kbId?: string;
  readonly label?: string | null;
  readonly sense?: string | null;
}

/** The link fields of a mention of `entity`. */
export function linkTo(entity: KbEntity): { readonly kbId: string; readonly label: string } {
  return { kbId: entity.id, label: entity.label };
}

/** Emits the mention spanning tokens [first, last]. */
export function emit(scan: Scan, first: number, last: number, info: MentionInfo): void {
  const start = (scan.tokens[first] as Token).start;
  const end = (scan.tokens[last] as Token).end;
  scan.out.push({
    text: scan.text.slice(start, end), start, end, type: info.type,
    kbId: info.kbId ?? null, label: info.label ?? null, sense: info.sense ?? null,
  });
}

/** End of "Government of Sudan" in "Government of Sudan and the Darfur Regional Authority": an "and" ends it. */
export function ofNameEnd(tokens: readonly Token[], from: number, runLast: number): number {
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

export function isOfHead(key: string): boolean {
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key);
}

/**
 * Index of the group noun ending "security forces" after token `last`, or `last` when none follows.
 * After a demonym (`demonym`), officials name no body: "Turkish officials", "Nigerian security officials"
 * are people of a nationality (the fixtures' convention), while "U.S. officials" are the state's (re3d's).
 */
export function groupNounEnd(tokens: readonly Token[], last: number, demonym = false): number {
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
  // "Iraqi security", "American special" alone name no group.
  if (demonym && end.key === 'officials') return last;
  return j > last && end.key !== 'security' && end.key !== 'armed' && end.key !== 'special' ? j : last;
}

export function senseOfGroup(key: string): string {
  if (/^(?:government|governments|regime|authorities|administration|officials)$/.test(key)) return 'government';
  // "the Syrian people", "the Yazidi community": the people as a group, as for "Syrians".
  if (/^(?:people|population|community)$/.test(key)) return 'people';
  if (BUSINESS_GROUP_NOUNS.has(key)) return 'industry';
  return key === 'opposition' ? 'opposition' : 'military';
}

/** Words that say what a site after a name is for ("the Ajeel oil field", "the Khanke refugee camp"). */
const SITE_KINDS = new Set(['oil', 'gas', 'refugee', 'displacement', 'idp', 'military', 'air', 'naval', 'border', 'detention']);
const SITE_HEADS = new Set(['field', 'fields', 'terminal', 'plant', 'pipeline']);

/**
 * Last token of a lower-case geographic noun after the name ending at `last` ("Kursk region",
 * "Zamzam camp", "the Ajeel oil field", "the Khanke refugee camp"), or `last` when none follows
 * or the name is a possessive.
 */
export function trailingGeoEnd(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || next.cap || next.gap !== 'space' || (tokens[last] as Token).possessive) return last;
  if (TRAILING_GEO.has(next.key)) return last + 1;
  const head = tokens[last + 2];
  const site = SITE_KINDS.has(next.key) && head !== undefined && !head.cap && head.gap === 'space'
    && (SITE_HEADS.has(head.key) || TRAILING_GEO.has(head.key));
  return site ? last + 2 : last;
}
