// Reads one tagged claim out of untrusted JSON (a store file or an import):
// every field is checked, nothing is taken on trust. Returns undefined, with
// diagnostics in the reader, when the object is not a valid claim.

import type { ClaimKind } from '../model/analysis';
import type { TagSelectors } from '../anchoring/selectors';
import type { JsonObject, Reader } from './diagnostics';
import type { ClaimSnapshot, DocumentRef, EntityRef, TaggedClaim } from './taggedClaim';
import { TAG_STATUSES } from './taggedClaim';
import { TIMESTAMP_PATTERN, normalizedTimestamp } from './timestamp';

const CLAIM_KINDS: readonly ClaimKind[] = ['count', 'money', 'percent', 'date', 'duration', 'measure', 'ordinal'];

export const TAG_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const MAX_LABEL = 200;
/** Limits a stored or imported tag must keep; a merge that would break them is reported instead. */
export const MAX_NOTE = 20_000;
const MAX_QUOTE = 100_000;
export const MAX_ENTITIES = 200;

export function readTaggedClaim(r: Reader, value: unknown, path: string, document: DocumentRef): TaggedClaim | undefined {
  const before = r.diagnostics.length;
  const obj = r.object(value, path);
  if (!obj) return undefined;
  const claim = {
    id: r.string(obj, 'id', path, { pattern: TAG_ID_PATTERN }),
    label: r.string(obj, 'label', path, { min: 1, max: MAX_LABEL }),
    status: r.oneOf(obj, 'status', path, TAG_STATUSES),
    note: r.string(obj, 'note', path, { max: MAX_NOTE }),
    analyst: r.string(obj, 'analyst', path, { max: MAX_LABEL }),
    created: instant(r.string(obj, 'created', path, { pattern: TIMESTAMP_PATTERN })),
    modified: instant(r.string(obj, 'modified', path, { pattern: TIMESTAMP_PATTERN })),
    selectors: readSelectors(r, obj.selectors, `${path}/selectors`),
    claim: obj.claim === null ? null : readSnapshot(r, obj.claim, `${path}/claim`),
    entities: readEntities(r, obj, path),
    orphaned: r.boolean(obj, 'orphaned', path),
  };
  if (r.diagnostics.slice(before).some((d) => d.severity === 'error')) return undefined;
  // Every field was checked above; this only narrows away `undefined`.
  return { ...claim, document } as TaggedClaim;
}

/**
 * A stored time in the form exports require ("2026-11-26T09:15+02:00" →
 * "2026-11-26T07:15:00.000Z"), so a hand-edited store still exports valid
 * JSON; kept as written when it names no real instant.
 */
function instant(value: string | undefined): string | undefined {
  return value === undefined ? undefined : normalizedTimestamp(value) ?? value;
}

function readSelectors(r: Reader, value: unknown, path: string): TagSelectors | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  const quote = r.object(obj.quote, `${path}/quote`);
  const position = r.object(obj.position, `${path}/position`);
  if (!quote || !position) return undefined;
  const q = `${path}/quote`;
  const p = `${path}/position`;
  const exact = r.string(quote, 'exact', q, { min: 1, max: MAX_QUOTE });
  const prefix = r.string(quote, 'prefix', q, { max: MAX_QUOTE });
  const suffix = r.string(quote, 'suffix', q, { max: MAX_QUOTE });
  const start = r.integer(position, 'start', p);
  const end = r.integer(position, 'end', p);
  if (exact === undefined || prefix === undefined || suffix === undefined || start === undefined || end === undefined) return undefined;
  if (end < start) {
    r.error(`${p}/end`, 'end is before start');
    return undefined;
  }
  return { quote: { exact, prefix, suffix }, position: { start, end } };
}

function readSnapshot(r: Reader, value: unknown, path: string): ClaimSnapshot | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  const hedges = r.array(obj, 'hedges', path, 50);
  const snapshot = {
    kind: r.oneOf(obj, 'kind', path, CLAIM_KINDS),
    value: r.nullableNumber(obj, 'value', path),
    min: r.nullableNumber(obj, 'min', path),
    max: r.nullableNumber(obj, 'max', path),
    unit: r.nullableString(obj, 'unit', path),
    currency: r.nullableString(obj, 'currency', path),
    rate: r.nullableString(obj, 'rate', path),
    qualifier: r.nullableString(obj, 'qualifier', path),
    hedges: hedges?.every((h): h is string => typeof h === 'string') ? hedges : undefined,
    attribution: r.nullableString(obj, 'attribution', path, 2000),
  };
  if (hedges && snapshot.hedges === undefined) r.error(`${path}/hedges`, 'expected an array of strings');
  if (Object.values(snapshot).some((v) => v === undefined)) return undefined;
  return snapshot as ClaimSnapshot;
}

function readEntities(r: Reader, obj: JsonObject, path: string): EntityRef[] | undefined {
  const items = r.array(obj, 'entities', path, MAX_ENTITIES);
  if (!items) return undefined;
  const entities: EntityRef[] = [];
  items.forEach((item, i) => {
    const at = `${path}/entities/${i}`;
    const entity = r.object(item, at);
    if (!entity) return;
    const kbId = r.string(entity, 'kbId', at, { min: 1, max: MAX_LABEL });
    const label = r.string(entity, 'label', at, { max: MAX_LABEL });
    if (kbId !== undefined && label !== undefined) entities.push({ kbId, label });
  });
  return entities.length === items.length ? entities : undefined;
}
