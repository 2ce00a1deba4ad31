// What a user KB file may say about an entity it does not define in full:
// extra names and facts for an existing id ("add 'Kim Jong-un' to Q56226").

import type { KbFact, KbName } from './kbTypes';

export interface KbEntityExtension {
  readonly id: string;
  readonly names: readonly KbName[];
  readonly facts: readonly KbFact[];
}
