// Within one text, a name left untyped ("other") takes the type of the same
// name typed elsewhere in it: "Assad's regime … Assad has been" → both person.
// The analyser links across paragraphs; this covers a later full cue in the same one.

import type { EntityDraft } from '../detect/drafts';

export function propagateTypes(drafts: EntityDraft[]): EntityDraft[] {
  const typed = new Map<string, EntityDraft>();
  for (const d of drafts) {
    if (d.type !== 'other' && d.sense !== 'pronoun' && !typed.has(d.text)) typed.set(d.text, d);
  }
  if (typed.size === 0) return drafts;
  return drafts.map((d) => {
    const same = d.type === 'other' ? typed.get(d.text) : undefined;
    return same ? { ...d, type: same.type, kbId: same.kbId, label: same.label, sense: same.sense } : d;
  });
}
