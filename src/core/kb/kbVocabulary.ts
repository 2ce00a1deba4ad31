// Runtime lists of the closed vocabularies in kbTypes.ts, for validating
// stored JSON. `satisfies` plus the exhaustiveness check below keep them in
// step with the types.

import type { EntityType } from '../model/analysis';
import type { KbKind, KbNameKind } from './kbTypes';

export const ENTITY_TYPES = ['person', 'place', 'organization', 'nationality', 'other'] as const satisfies readonly EntityType[];

export const KB_KINDS = [
  'country', 'territory', 'city', 'region', 'bloc',
  'intergovernmental', 'alliance', 'agency', 'government-body', 'company',
  'armed-group', 'media', 'party', 'ngo', 'other-organization',
  'person', 'nationality',
] as const satisfies readonly KbKind[];

export const KB_NAME_KINDS = [
  'official', 'common', 'abbreviation', 'demonym', 'former', 'surname', 'metonym', 'alias',
] as const satisfies readonly KbNameKind[];

// Fails to compile when a kind is added to kbTypes.ts but not listed here.
type AssertNever<T extends never> = T;
export type KbVocabularyCovered = AssertNever<
  Exclude<KbKind, (typeof KB_KINDS)[number]> | Exclude<KbNameKind, (typeof KB_NAME_KINDS)[number]>
>;

/** ISO date at year, month or day precision: "2024", "2024-05", "2024-05-07". */
export const ISO_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const KB_FORMAT_VERSION = 1;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
