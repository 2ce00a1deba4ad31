// How much a name suggests its entity. Kind weights encode analyst reading:
// an official or common name is strong evidence, a metonym or a bare surname
// only a hint; prominence breaks ties ("Georgia" the country before a town).

import type { KbEntity, KbNameKind } from './kbTypes';

const KIND_WEIGHT: Readonly<Record<KbNameKind, number>> = {
  official: 0.9,
  common: 0.9,
  abbreviation: 0.85,
  demonym: 0.85,
  alias: 0.8,
  former: 0.7,
  metonym: 0.65,
  surname: 0.5,
};

/** 0..1: how likely a bare mention means this entity rather than a namesake. */
export function prominence(entity: KbEntity): number {
  switch (entity.kind) {
    case 'country':
    case 'alliance':
    case 'intergovernmental':
    case 'bloc':
      return 1;
    case 'region':
      return 0.8;
    case 'territory':
      return 0.7;
    case 'city': {
      const pop = entity.facts.find((f) => f.property === 'population')?.value;
      return typeof pop === 'number' && pop > 0 ? Math.min(1, Math.log10(pop) / 8) : 0.5;
    }
    default:
      return 0.6;
  }
}

/** Score in 0..1 for one name entry; `exactCase` when the query matched the name's letters exactly. */
export function scoreName(kind: KbNameKind, exactCase: boolean, entityProminence: number): number {
  const base = KIND_WEIGHT[kind] * (exactCase ? 1 : 0.95);
  return Math.round((base + 0.1 * entityProminence) * 1000) / 1000;
}
