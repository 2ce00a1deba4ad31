// Runs the detector on one of our fixture texts (one sentence range over it all).

import type { EntityDraft } from '../../../src/core/detect/drafts';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { fixtureKb } from './fixtureKb';

export function detect(text: string): EntityDraft[] {
  return detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, fixtureKb);
}

/** The mention whose text is `surface` (first one), or undefined. */
export function mention(drafts: readonly EntityDraft[], surface: string): EntityDraft | undefined {
  return drafts.find((d) => d.text === surface);
}

export function texts(drafts: readonly EntityDraft[]): string[] {
  return drafts.map((d) => d.text);
}
