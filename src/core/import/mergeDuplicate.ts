// The same text tagged twice under different ids — two analysts, or an export
// imported into a workspace that re-tagged it — is one tag, not two. The
// workspace's tag stays (its id, label and status); what the imported one adds
// is merged in: its note (appended after a blank line) and its KB links. A
// different label or status on the same text is a disagreement the analyst
// must see, so it is reported as a conflict, never decided silently.
// E.g. workspace t-0001 "Disputed" + imported w3c-… "Verified", note "Photo
// matches" → t-0001 stays "Disputed", gains the note, one conflict reported.

import type { TaggedClaim } from '../store/taggedClaim';
import { MAX_ENTITIES, MAX_NOTE } from '../store/readTaggedClaim';

export interface MergeResult {
  /** `current` itself when the imported tag adds nothing. */
  readonly claim: TaggedClaim;
  /** Sentences for the analyst: disagreements and what could not be merged. */
  readonly conflicts: readonly string[];
}

/** Both tags are on the same span of the same document (the caller checked). */
export function mergeDuplicate(current: TaggedClaim, imported: TaggedClaim): MergeResult {
  const conflicts: string[] = [];
  const what = `Tag ${imported.id} (“${imported.selectors.quote.exact}”) is on the same text as ${current.id}`;
  if (imported.label !== current.label) conflicts.push(`${what} but labelled “${imported.label}”, not “${current.label}”; kept “${current.label}”.`);
  if (imported.status !== current.status) conflicts.push(`${what} but ${imported.status}, not ${current.status}; kept ${current.status}.`);

  const note = mergedNote(current.note, imported.note);
  if (note === undefined) conflicts.push(`${what}; its note was not merged: both notes together exceed ${MAX_NOTE} characters.`);
  const known = new Set(current.entities.map((e) => e.kbId));
  const added = imported.entities.filter((e) => {
    if (known.has(e.kbId)) return false;
    known.add(e.kbId);
    return true;
  });
  const room = MAX_ENTITIES - current.entities.length;
  if (added.length > room) conflicts.push(`${what}; ${added.length - Math.max(room, 0)} of its KB links were not merged (at most ${MAX_ENTITIES} per tag).`);
  const entities = [...current.entities, ...added.slice(0, Math.max(room, 0))];
  const claim = current.claim ?? imported.claim;

  const changed = (note !== undefined && note !== current.note) || entities.length > current.entities.length || claim !== current.claim;
  if (!changed) return { claim: current, conflicts };
  // The later of the two times, not "now": importing the same file again gives the same bytes.
  const modified = Date.parse(imported.modified) > Date.parse(current.modified) ? imported.modified : current.modified;
  return { claim: { ...current, note: note ?? current.note, entities, claim, modified }, conflicts };
}

/** Undefined when the two notes do not fit in one. */
function mergedNote(current: string, imported: string): string | undefined {
  if (imported.trim() === '' || current.includes(imported)) return current;
  if (current.trim() === '' || imported.includes(current)) return imported.length <= MAX_NOTE ? imported : undefined;
  const joined = `${current}\n\n${imported}`;
  return joined.length <= MAX_NOTE ? joined : undefined;
}
