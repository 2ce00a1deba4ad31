// An optional second opinion on a capitalised name the rules could not type
// ("Marwandi", "Harbour Logistics"): given the sentence around it, a typer says
// person, place, organisation or nothing. The detector asks only for such
// leftovers, never for every sentence; see compromiseTyper.ts.

import type { EntityType } from '../model/analysis';

export interface NameTyper {
  /** The type of `name` as used in `context` (a short snippet holding it), or null when unsure. */
  typeOf(name: string, context: string): EntityType | null;
}
