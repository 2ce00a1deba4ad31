// A city read from a compact row of the bundled KB (see compactCities.ts).
// Its one fact, the GeoNames population, is made when something first reads
// it: only the cities a lookup scores or a hover shows ever do, and making
// 8,000 facts (and their arrays) up front was a third of the rows' load time.
// JSON (`claimlens kb show`, tests) sees the plain entity, facts included.

import type { KbEntity, KbFact, KbKind, KbName } from './kbTypes';

/** The "compactCities" header every row's fact takes its date and source from. */
export interface RowTable {
  readonly asOf: string;
  readonly source: string;
}

export class RowCity implements KbEntity {
  // Declared in the order a plain city entity has its keys.
  readonly id: string;
  readonly type: 'place';
  readonly kind: KbKind;
  readonly label: string;
  readonly description: string;
  readonly country: string;
  readonly names: readonly KbName[];
  readonly #population: number;
  readonly #table: RowTable;
  #facts: readonly KbFact[] | undefined;

  constructor(id: string, label: string, description: string, country: string, names: readonly KbName[], population: number, table: RowTable) {
    this.id = id;
    this.type = 'place';
    this.kind = 'city';
    this.label = label;
    this.description = description;
    this.country = country;
    this.names = names;
    this.#population = population;
    this.#table = table;
  }

  get facts(): readonly KbFact[] {
    this.#facts ??= [{ property: 'population', value: this.#population, unit: 'people', asOf: this.#table.asOf, source: this.#table.source }];
    return this.#facts;
  }

  toJSON(): KbEntity {
    const { id, type, kind, label, description, country, names, facts } = this;
    return { id, type, kind, label, description, country, names, facts };
  }
}
