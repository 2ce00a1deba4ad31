// A NameTyper backed by compromise's part-of-speech tagger (compromise/two),
// loaded lazily: the library costs ~300 ms to load, so callers that can wait
// (the CLI, a background task after activation) load it once and pass it in.
// Answers are cached per (name, snippet); snippets are one sentence at most.

import type { EntityType } from '../model/analysis';
import type { NameTyper } from './nameTyper';

interface Term {
  readonly text: string;
  readonly tags: readonly string[];
}

type Tagger = (text: string) => { json(): Array<{ terms: Term[] }> };

const MAX_CACHE = 5000;

function typeFromTags(tags: ReadonlySet<string>): EntityType | null {
  if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName') || tags.has('Honorific')) return 'person';
  if (tags.has('Organization')) return 'organization';
  if (tags.has('Place') || tags.has('City') || tags.has('Country') || tags.has('Region')) return 'place';
  return null;
}

export function createCompromiseTyper(tagger: Tagger): NameTyper {
  const cache = new Map<string, EntityType | null>();
  return {
    typeOf(name: string, context: string): EntityType | null {
      const key = `${name}\u0000${context}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const words = new Set(name.split(/[\s-]+/));
      const tags = new Set<string>();
      for (const sentence of tagger(context).json()) {
        for (const term of sentence.terms) if (words.has(term.text)) for (const t of term.tags) tags.add(t);
      }
      const type = typeFromTags(tags);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(key, type);
      return type;
    },
  };
}

/** Loads compromise/two and wraps it; call once, off the hot path. */
export async function loadCompromiseTyper(): Promise<NameTyper> {
  const mod = (await import('compromise/two')) as unknown as { default: Tagger };
  return createCompromiseTyper(mod.default);
}
