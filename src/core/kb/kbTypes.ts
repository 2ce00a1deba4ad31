// The knowledge-base model shared by the KB build, the detector's gazetteer,
// hovers and the CLI. The shipped file (media/kb/kb.json) and user KB files
// follow this shape; stored JSON is validated before it is trusted.

import type { EntityType } from '../model/analysis';

/** Finer kind of an entry, for hovers and for choosing a mention's sense. */
export type KbKind =
  | 'country' | 'territory' | 'city' | 'region' | 'bloc'
  | 'intergovernmental' | 'alliance' | 'agency' | 'government-body' | 'company'
  | 'armed-group' | 'media' | 'party' | 'ngo' | 'other-organization'
  | 'person' | 'nationality';

export type KbNameKind =
  | 'official' | 'common' | 'abbreviation' | 'demonym' | 'former' | 'surname' | 'metonym' | 'alias';

export interface KbName {
  readonly text: string;
  readonly kind: KbNameKind;
  /**
   * For a metonym: the sense the name stands for ("government" for "Pyongyang"
   * standing for the North Korean government). Otherwise absent.
   */
  readonly sense?: string;
}

export interface KbSource {
  /** Short id of an entry in the KB's `sources` table, e.g. "factbook-2026-01-22". */
  readonly id: string;
}

export interface KbFact {
  /** Machine name: "population", "gdpPerCapitaPpp", "capital", "headOfState", "member", … */
  readonly property: string;
  readonly value: string | number;
  /** "people", "km2", "USD", "USD (PPP, 2021 dollars)", … */
  readonly unit?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the value is stated for. */
  readonly asOf: string;
  readonly source: string;
  /** Id of another entry when the value refers to one (capital, head of state, member). */
  readonly ref?: string;
  /** Validity interval for roles and memberships. */
  readonly start?: string;
  readonly end?: string;
  readonly note?: string;
}

export interface KbEntity {
  /** Wikidata QID where established ("Q423"), else a namespaced local id ("cl:wagner-group"). */
  readonly id: string;
  readonly type: EntityType;
  readonly kind: KbKind;
  readonly label: string;
  readonly description: string;
  readonly names: readonly KbName[];
  readonly facts: readonly KbFact[];
  /** Country (entity id) a city, region, person or agency belongs to. */
  readonly country?: string;
}

export interface KbSourceInfo {
  readonly id: string;
  readonly title: string;
  readonly license: string;
  readonly url?: string;
  readonly retrieved?: string;
}

export interface KbFile {
  readonly $schema?: string;
  readonly formatVersion: number;
  /** Version of the KB data, e.g. "2026.11.26". */
  readonly version: string;
  /** Date the KB's facts are current as of. */
  readonly asOf: string;
  readonly sources: readonly KbSourceInfo[];
  readonly entities: readonly KbEntity[];
}
