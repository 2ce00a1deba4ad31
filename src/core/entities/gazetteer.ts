// A token trie over every KB name, built once per KB: the document is matched
// in one left-to-right pass with one Map lookup per token, leftmost-longest.
// Keys are folded (case, dots, accents, hyphen vs space), so "Kim Jong-un",
// "Kim Jong Un" and "U.S."/"US" meet; case is then checked per token so that
// "us" is not the United States and "NATO"/"Nato" still are.

import type { KbEntity, KbNameKind } from '../kb/kbTypes';
import type { EntityKb } from './kbView';
import { nameRecordsOf } from './kbView';
import type { Token } from './tokens';
import { endsName, tokenize } from './tokens';
import { TITLE_WORDS } from './cueWords';

/** How a document token must be written to match a KB name token. */
type CaseShape = 'upper' | 'cap' | 'any';

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
  /** Is `key` (folded) a one-word KB name in any letter case ("moscow")? */
  hasWord(key: string): boolean;
}

const newNode = (): TrieNode => ({ children: null, entries: null });

function shapeOf(token: Token): CaseShape {
  if (token.upper) return 'upper';
  return token.cap ? 'cap' : 'any';
}

function fitsShape(token: Token, shape: CaseShape): boolean {
  if (shape === 'any') return true;
  // "Nato" for NATO is house style at some papers; two- and three-letter ones ("US", "UN") must stay upper.
  if (shape === 'upper') return token.upper || (token.cap && token.text.length >= 4);
  // Datelines ("BEIJING, Nov 26") keep long names; short shouted words are abbreviations ("NIS" is not Niš).
  return token.cap && (!token.upper || token.text.length >= 5);
}

function insert(root: TrieNode, tokens: readonly Token[], entry: GazetteerEntry): void {
  let node = root;
  for (const t of tokens) {
    node.children ??= new Map();
    let next = node.children.get(t.key);
    if (!next) {
      next = newNode();
      node.children.set(t.key, next);
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
  entries[i] = { ...old, shape: old.shape.map((c, k) => looser(c, entry.shape[k] ?? c)), plural: old.plural || entry.plural };
}

const LOOSENESS: Readonly<Record<CaseShape, number>> = { any: 0, cap: 1, upper: 2 };

function looser(a: CaseShape, b: CaseShape): CaseShape {
  return LOOSENESS[a] <= LOOSENESS[b] ? a : b;
}

/** Capital city id → country entity, for "Pyongyang said" when the KB lists no metonym. */
function capitalsOf(kb: EntityKb, ids: Iterable<string>): Map<string, KbEntity> {
  const capitals = new Map<string, KbEntity>();
  for (const id of ids) {
    const e = kb.byId(id);
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

export function buildGazetteer(kb: EntityKb): Gazetteer {
  const root = newNode();
  const records = [...(kb.entities ? nameRecordsOf(kb.entities()) : kb.names())];
  const capitals = capitalsOf(kb, new Set(records.map((r) => r.entityId)));
  for (const r of records) {
    const entity = kb.byId(r.entityId);
    if (!entity) continue;
    let tokens = tokenize(r.text);
    // "the Kremlin", "The Hague": the article is matched (or not) by the text, never required.
    if (tokens.length > 1 && tokens[0]?.key === 'the') tokens = tokens.slice(1);
    if (tokens.length === 0) continue;
    // "President Xi": titles are not part of names, and would swallow "President Xi Jinping"'s start.
    if (entity.type === 'person' && tokens.length > 1 && TITLE_WORDS.has((tokens[0] as Token).key)) continue;
    // After a hyphen any case goes: "Kim Jong-Un" in the KB, "Kim Jong-un" in the text.
    const shape = tokens.map((t) => (t.gap === 'hyphen' ? 'any' : shapeOf(t)));
    const sense = r.kind === 'metonym' ? (r.sense ?? 'government') : null;
    const plural = r.kind === 'demonym' && isPluralDemonym(entity, r.text);
    insert(root, tokens, { entity, nameKind: r.kind, sense, shape, plural });
    const country = capitals.get(entity.id);
    if (country && r.kind !== 'demonym') {
      insert(root, tokens, { entity: country, nameKind: 'metonym', sense: 'government', shape, plural: false });
    }
  }
  return {
    match: (tokens) => matchAll(root, tokens),
    hasWord: (key) => (root.children?.get(key)?.entries?.length ?? 0) > 0,
  };
}

function matchAll(root: TrieNode, tokens: readonly Token[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(root, tokens, i);
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

function longestAt(root: TrieNode, tokens: readonly Token[], first: number): GazetteerMatch | null {
  let node: TrieNode | undefined = root;
  let best: GazetteerMatch | null = null;
  for (let j = first; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // A name never spans punctuation: "Korea, North" is two things.
    if (j > first && t.gap === 'break') break;
    // The previous token's "'s" ends a name: "Russia's Kursk" is not one name.
    if (j > first && endsName(tokens[j - 1] as Token)) break;
    node = node.children?.get(t.key);
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
    if (!fitsShape(tokens[first + k] as Token, shape[k] as CaseShape)) return false;
  }
  return true;
}
