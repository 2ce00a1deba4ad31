// A token trie over every KB name, built once per KB: the document is matched
// in one left-to-right pass with one Map lookup per token, leftmost-longest.
// Keys are folded (case, dots, accents, hyphen vs space), so "Kim Jong-un",
// "Kim Jong Un" and "U.S."/"US" meet; case is then checked per token so that
// "us" is not the United States and "NATO"/"Nato" still are. The trie is
// filled lazily, one first word at a time (see buildGazetteer).

import type { KbEntity, KbNameKind } from '../kb/kbTypes';
import type { EntityKb, KbNameRecord } from './kbView';
import type { Token } from './tokens';
import type { CaseShape } from './nameKeys';
import { firstKeyOf, partsOf } from './nameKeys';
import { isLowerCode, isUpperCode } from './letters';
import { endsName } from './tokens';
import { TITLE_WORDS } from './cueWords';

export interface GazetteerEntry {
  readonly entity: KbEntity;
  readonly nameKind: KbNameKind;
  /** Set for metonyms: the sense this name stands for ("government"). */
  readonly sense: string | null;
  readonly shape: readonly CaseShape[];
  /** A plural demonym ("Syrians", "North Koreans"): the people as a group. */
  readonly plural: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode> | null;
  entries: GazetteerEntry[] | null;
}

export interface GazetteerMatch {
  /** Token indices [first, last] inclusive. */
  readonly first: number;
  readonly last: number;
  readonly entries: readonly GazetteerEntry[];
}

export interface Gazetteer {
  /** Leftmost-longest KB name matches over `tokens`, not overlapping. */
  match(tokens: readonly Token[]): GazetteerMatch[];
  /** The longest KB name starting at token `first` and ending by token `last` (default: the last token). */
  matchAt(tokens: readonly Token[], first: number, last?: number): GazetteerMatch | null;
  /** Is `key` (folded) a one-word KB name in any letter case ("moscow")? */
  hasWord(key: string): boolean;
}

const newNode = (): TrieNode => ({ children: null, entries: null });

function fitsShape(token: Token, shape: CaseShape): boolean {
  if (shape === 'any') return true;
  if (shape === 'capital') return token.cap;
  // "Nato" for NATO is house style at some papers; two- and three-letter ones ("US", "UN") must stay upper.
  if (shape === 'upper') return token.upper || (token.cap && token.text.length >= 4);
  // Datelines ("BEIJING, Nov 26") keep long names; short shouted words are abbreviations ("NIS" is not Niš),
  // and so are mixed-case ones ("FAMa" is not the surname Fama).
  return token.cap && (!token.upper || token.text.length >= 5) && !isMixedAcronym(token);
}

/** Two capitals, then a lower-case letter somewhere: "FAMa", "NGOs" are no capitalised names. */
function isMixedAcronym(token: Token): boolean {
  const w = token.text;
  if (token.upper || !isUpperCode(w.charCodeAt(1))) return false;
  for (let i = 2; i < w.length; i++) if (isLowerCode(w.charCodeAt(i))) return true;
  return false;
}

function insert(root: TrieNode, keys: readonly string[], entry: GazetteerEntry): void {
  let node = root;
  for (const key of keys) {
    node.children ??= new Map();
    let next = node.children.get(key);
    if (!next) {
      next = newNode();
      node.children.set(key, next);
    }
    node = next;
  }
  const entries = (node.entries ??= []);
  // The same entity can list a name twice ("Kim Jong Un", "Kim Jong-un"): keep one
  // entry that accepts either spelling's letter case.
  const i = entries.findIndex((e) => e.entity.id === entry.entity.id && e.sense === entry.sense);
  if (i < 0) {
    entries.push(entry);
    return;
  }
  const old = entries[i] as GazetteerEntry;
  // A name listed as an alias and as a demonym ("Thai" for Thailand, "Saudi" for Saudi Arabia) reads as
  // the demonym: "Thai jets" are the country's, not the country.
  const nameKind = entry.nameKind === 'demonym' ? entry.nameKind : old.nameKind;
  entries[i] = { ...old, nameKind, shape: old.shape.map((c, k) => looser(c, entry.shape[k] ?? c)), plural: old.plural || entry.plural };
}

/** A shape accepting what either accepts: "MoD" (cap) and "MOD" (upper) listed for one entry accept both. */
function looser(a: CaseShape, b: CaseShape): CaseShape {
  if (a === b) return a;
  if (a === 'any' || b === 'any') return 'any';
  return 'capital';
}

/** Capital city id → country entity, for "Pyongyang said" when the KB lists no metonym. */
function capitalsOf(kb: EntityKb, ids: Iterable<string>): Map<string, KbEntity> {
  const capitals = new Map<string, KbEntity>();
  const countries = kb.entities ? kb.entities() : [...new Set(ids)].map((id) => kb.byId(id));
  for (const e of countries) {
    if (e?.kind !== 'country') continue;
    for (const f of e.facts) if (f.property === 'capital' && f.ref) capitals.set(f.ref, e);
  }
  return capitals;
}

/** "Koreans" next to "Korean" in the same entry's demonyms; "Swiss" alone is not plural. */
function isPluralDemonym(entity: KbEntity, text: string): boolean {
  if (!/s$/i.test(text)) return false;
  const singular = text.slice(0, -1).toLowerCase();
  return entity.names.some((n) => n.kind === 'demonym' && n.text.toLowerCase() === singular);
}

/** A name waiting in its first word's bucket until a document asks for that word. */
interface PendingName {
  readonly entityId: string;
  readonly text: string;
  readonly kind: KbNameRecord['kind'];
  readonly sense: string | undefined;
}

/** Entries (or, for a KB without `entities()`, single names) waiting under one first word. */
type Bucket = Array<KbEntity | PendingName>;

/**
 * The trie is built lazily, one first word at a time: building it for every
 * KB name up front was most of the engine's cold start, while a document
 * only ever reaches the few hundred first words it contains. A bucket holds
 * entries, not names, so the up-front pass allocates next to nothing.
 */
export function buildGazetteer(kb: EntityKb): Gazetteer {
  const root = newNode();
  const children = new Map<string, TrieNode>();
  root.children = children;
  const pending = new Map<string, Bucket>();
  const add = (key: string | null, item: KbEntity | PendingName): void => {
    if (key === null) return;
    const bucket = pending.get(key);
    if (bucket === undefined) pending.set(key, [item]);
    else if (bucket[bucket.length - 1] !== item) bucket.push(item);
  };
  const ids: string[] = [];
  if (kb.entities) {
    for (const e of kb.entities()) {
      add(firstKeyOf(e.label), e);
      for (const nm of e.names) add(firstKeyOf(nm.text), e);
    }
  } else {
    for (const r of kb.names()) {
      ids.push(r.entityId);
      add(firstKeyOf(r.text), { entityId: r.entityId, text: r.text, kind: r.kind, sense: r.sense });
    }
  }
  let capitals: Map<string, KbEntity> | null = null;

  const materialise = (key: string, bucket: Bucket): void => {
    pending.delete(key);
    capitals ??= capitalsOf(kb, ids);
    for (const item of bucket) {
      if ('label' in item) {
        // The entry's names under this first word, label first, in KB order.
        const country = capitals.get(item.id);
        if (firstKeyOf(item.label) === key) insertName(root, { entityId: item.id, text: item.label, kind: 'official', sense: undefined }, item, country);
        for (const nm of item.names) {
          if (firstKeyOf(nm.text) === key) insertName(root, { entityId: item.id, text: nm.text, kind: nm.kind, sense: nm.sense }, item, country);
        }
      } else {
        const entity = kb.byId(item.entityId);
        if (entity) insertName(root, item, entity, capitals.get(entity.id));
      }
    }
  };
  const child = (key: string): TrieNode | undefined => {
    const bucket = pending.get(key);
    if (bucket !== undefined) materialise(key, bucket);
    return children.get(key);
  };
  return {
    match: (tokens) => matchAll(child, tokens),
    matchAt: (tokens, first, last = tokens.length - 1) => longestAt(child, tokens, first, last),
    hasWord: (key) => (child(key)?.entries?.length ?? 0) > 0,
  };
}

function insertName(root: TrieNode, r: PendingName, entity: KbEntity, country: KbEntity | undefined): void {
  let { keys, shape } = partsOf(r.text);
  // "the Kremlin", "The Hague": the article is matched (or not) by the text, never required.
  if (keys.length > 1 && keys[0] === 'the') {
    keys = keys.slice(1);
    shape = shape.slice(1);
  }
  if (keys.length === 0) return;
  // "President Xi": titles are not part of names, and would swallow "President Xi Jinping"'s start.
  if (entity.type === 'person' && keys.length > 1 && TITLE_WORDS.has(keys[0] as string)) return;
  const sense = r.kind === 'metonym' ? (r.sense ?? 'government') : null;
  const plural = r.kind === 'demonym' && isPluralDemonym(entity, r.text);
  insert(root, keys, { entity, nameKind: r.kind, sense, shape, plural });
  if (country && r.kind !== 'demonym') {
    insert(root, keys, { entity: country, nameKind: 'metonym', sense: 'government', shape, plural: false });
  }
}

function matchAll(child: (key: string) => TrieNode | undefined, tokens: readonly Token[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(child, tokens, i, tokens.length - 1);
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

function longestAt(child: (key: string) => TrieNode | undefined, tokens: readonly Token[], first: number, last: number): GazetteerMatch | null {
  let node: TrieNode | undefined;
  let best: GazetteerMatch | null = null;
  for (let j = first; j <= last; j++) {
    const t = tokens[j] as Token;
    // A name never spans punctuation: "Korea, North" is two things.
    if (j > first && (t.gap === 'break' || t.afterStop)) break;
    // The previous token's "'s" ends a name: "Russia's Kursk" is not one name.
    if (j > first && endsName(tokens[j - 1] as Token)) break;
    node = node === undefined ? child(t.key) : node.children?.get(t.key);
    if (!node) break;
    if (node.entries) {
      const fitting = node.entries.filter((e) => fitsAll(tokens, first, e.shape));
      if (fitting.length > 0) best = { first, last: j, entries: fitting };
    }
  }
  return best;
}

function fitsAll(tokens: readonly Token[], first: number, shape: readonly CaseShape[]): boolean {
  for (let k = 0; k < shape.length; k++) {
    if (!fitsShape(tokens[first + k] as Token, shape[k] as CaseShape)) return shape.length > 1 && isShouted(tokens, first, shape.length);
  }
  return true;
}

/**
 * "KIM JONG-UN", "ABU BAKR AL-BAGHDADI": a name of two or more words written all in
 * capitals (a dateline, a sanctions list) matches whatever its words' case; the
 * shouted-abbreviation guard in `fitsShape` is for one short word ("NIS" is not Niš).
 */
function isShouted(tokens: readonly Token[], first: number, length: number): boolean {
  for (let k = first; k < first + length; k++) {
    const t = tokens[k] as Token;
    if (!t.upper && !(t.gap === 'hyphen' && t.text === t.text.toUpperCase())) return false;
  }
  return true;
}
