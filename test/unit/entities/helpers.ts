// Runs the detector on one of our fixture texts (one sentence range over it all).

import type { EntityDraft } from '../../../src/core/detect/drafts';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { isReference } from '../../../src/core/entities/senses';
import { fixtureKb } from './fixtureKb';

export function detect(text: string): EntityDraft[] {
  return detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, fixtureKb);
}

/** Names only: pronouns and common-noun references ("allies", "the regime") left out. */
export function detectNames(text: string): EntityDraft[] {
  return detect(text).filter((d) => !isReference(d));
}

/** The mention whose text is `surface` (first one), or undefined. */
export function mention(drafts: readonly EntityDraft[], surface: string): EntityDraft | undefined {
  return drafts.find((d) => d.text === surface);
}

export function texts(drafts: readonly EntityDraft[]): string[] {
  return drafts.map((d) => d.text);
}
