// Which of a person's roles a hover shows first. The Factbook lists Emmanuel
// Macron as head of state of France, Andorra and seven French territories;
// his card should open with "President of France", not with whichever place
// came first in the KB. Pure.
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';
import type { HoverKb } from './kbFacts';

/**
 * Roles best first: the one held in the person's own country, then roles in
 * sovereign states, then the rest; each group keeps KB order. Sorting is stable.
 */
export function orderRoles(person: KbEntity, roles: readonly KbFact[], kb: HoverKb): KbFact[] {
  const rank = (f: KbFact): number => {
    if (f.ref !== undefined && f.ref === person.country) return 0;
    const ref = f.ref === undefined ? undefined : kb.byId(f.ref);
    if (ref?.kind === 'territory') return 3;
    if (ref?.kind === 'country') return 1;
    // An office of an organisation of the person's country (a ministry, an armed force).
    return ref !== undefined && ref.country !== undefined && ref.country === person.country ? 1 : 2;
  };
  return [...roles].sort((a, b) => rank(a) - rank(b));
}
