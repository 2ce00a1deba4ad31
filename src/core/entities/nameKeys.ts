// How a KB name is keyed for the gazetteer's trie: the folded key of its
// first word (the lazy trie's bucket) and, per word, the folded key and the
// letter case a document must write it in ("NATO" upper, "Kyiv" capitalised,
// any case after a hyphen). Plain ASCII names skip the general tokenizer.

import type { Token } from './tokens';
import { leadingKeys, tokenize } from './tokens';

/**
 * How a document token must be written to match a KB name token; 'capital' is either of
 * 'upper' and 'cap', for an entry that lists both spellings ("MoD" and "MOD").
 */
export type CaseShape = 'upper' | 'cap' | 'capital' | 'any';

export function shapeOf(token: Token): CaseShape {
  if (token.upper) return 'upper';
  return token.cap ? 'cap' : 'any';
}

/**
 * The folded key of the first word a name is matched by, as `tokenize` would
 * give it (after a leading "the"). Plain ASCII words take a fast path; anything
 * else ("U.S.", "O'Brien", "Zürich", "The Hague") asks the tokenizer.
 */
const FALLBACK_KEYS = (text: string): string[] => leadingKeys(text, 2);

export function firstKeyOf(text: string): string | null {
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) | 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && i > 0))) break;
  }
  const stop = i < n ? text.charCodeAt(i) : 32;
  if (i > 0 && (stop === 32 || stop === 45) && !(i === 3 && (text.charCodeAt(0) | 32) === 116 && text.slice(0, 3).toLowerCase() === 'the')) {
    return text.slice(0, i).toLowerCase();
  }
  const keys = FALLBACK_KEYS(text);
  return (keys.length > 1 && keys[0] === 'the' ? keys[1] : keys[0]) ?? null;
}

/** A KB name as the trie needs it: folded keys and the case each word must be written in. */
export interface NameParts {
  readonly keys: string[];
  readonly shape: CaseShape[];
}

// Most names are plain ASCII words joined by spaces or hyphens; they skip the general tokenizer.
const SIMPLE_NAME = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;

function simpleShape(word: string): CaseShape {
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90) return 'any';
  return word.length >= 2 && word === word.toUpperCase() ? 'upper' : 'cap';
}

export function partsOf(text: string): NameParts {
  if (SIMPLE_NAME.test(text)) {
    const keys: string[] = [];
    const shape: CaseShape[] = [];
    let from = 0;
    let hyphen = false;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (c !== 32 && c !== 45) continue;
      const word = text.slice(from, i);
      keys.push(word.toLowerCase());
      // After a hyphen any case goes: "Kim Jong-Un" in the KB, "Kim Jong-un" in the text.
      shape.push(hyphen ? 'any' : simpleShape(word));
      hyphen = c === 45;
      from = i + 1;
    }
    return { keys, shape };
  }
  const tokens = tokenize(text);
  return { keys: tokens.map((t) => t.key), shape: tokens.map((t) => (t.gap === 'hyphen' ? 'any' : shapeOf(t))) };
}
