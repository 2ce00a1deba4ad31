// What the export schema (media/schemas/claimlens-export.schema.json) requires
// beyond the fields of each tag, which readTaggedClaim checks: no member the
// schema does not name (it says "additionalProperties": false everywhere but
// in `detector`), the `$schema` it is, provenance, scope and range shapes, and
// timestamps that are real RFC 3339 date-times. Hand-written so the extension
// does not ship a schema validator; a unit test runs ajv over many broken
// exports and checks that the importer refuses every one ajv refuses.
// E.g. {"claims": [{…, "colour": "red"}]} → "/claims/0/colour: not allowed".

import type { JsonObject, Reader } from '../store/diagnostics';
import { EXPORT_SCHEMA_ID } from '../export/claimLensJson';
import { isObject } from '../store/diagnostics';
import { isExportTimestamp } from '../store/timestamp';

const TOP = ['$schema', 'format', 'formatVersion', 'provenance', 'scope', 'claims'];
const CLAIM = ['id', 'label', 'status', 'note', 'analyst', 'created', 'modified', 'document', 'selectors', 'range', 'claim', 'entities', 'orphaned'];
const SNAPSHOT = ['kind', 'value', 'min', 'max', 'unit', 'currency', 'rate', 'qualifier', 'hedges', 'attribution'];
const SCOPES: Readonly<Record<string, readonly string[]>> = { workspace: ['kind'], document: ['kind', 'path'], filter: ['kind', 'description'] };

export function checkExportShape(raw: JsonObject, r: Reader): void {
  only(raw, '', TOP, r);
  if (raw.$schema !== EXPORT_SCHEMA_ID) r.error('/$schema', `must be "${EXPORT_SCHEMA_ID}"`);
  checkProvenance(raw.provenance, r);
  checkScope(raw.scope, r);
  if (Array.isArray(raw.claims)) raw.claims.forEach((claim, i) => checkClaim(claim, `/claims/${i}`, r));
}

function checkProvenance(value: unknown, r: Reader): void {
  const p = r.object(value, '/provenance');
  if (!p) return;
  only(p, '/provenance', ['claimLensVersion', 'kbVersion', 'detector'], r);
  r.string(p, 'claimLensVersion', '/provenance');
  r.string(p, 'kbVersion', '/provenance');
  const detector = r.object(p.detector, '/provenance/detector');
  for (const [key, v] of Object.entries(detector ?? {})) {
    const ok = typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
      || (Array.isArray(v) && v.every((item) => typeof item === 'string'));
    if (!ok) r.error(`/provenance/detector/${key}`, 'expected a string, number, boolean or array of strings');
  }
}

function checkScope(value: unknown, r: Reader): void {
  const scope = r.object(value, '/scope');
  if (!scope) return;
  const allowed = typeof scope.kind === 'string' ? SCOPES[scope.kind] : undefined;
  if (!allowed) {
    r.error('/scope/kind', 'expected workspace, document or filter');
    return;
  }
  only(scope, '/scope', allowed, r);
  for (const key of allowed.slice(1)) r.string(scope, key, '/scope');
}

/** Members of one exported claim; their values are read by readTaggedClaim. */
function checkClaim(value: unknown, at: string, r: Reader): void {
  if (!isObject(value)) return;
  only(value, at, CLAIM, r);
  nested(value.document, `${at}/document`, ['path', 'contentHash'], r);
  if (isObject(value.selectors)) {
    only(value.selectors, `${at}/selectors`, ['quote', 'position'], r);
    nested(value.selectors.quote, `${at}/selectors/quote`, ['exact', 'prefix', 'suffix'], r);
    nested(value.selectors.position, `${at}/selectors/position`, ['start', 'end'], r);
  }
  checkRange(value, at, r);
  nested(value.claim, `${at}/claim`, SNAPSHOT, r);
  if (Array.isArray(value.entities)) value.entities.forEach((e, j) => nested(e, `${at}/entities/${j}`, ['kbId', 'label'], r));
  for (const key of ['created', 'modified']) {
    const time = value[key];
    if (typeof time === 'string' && !isExportTimestamp(time)) r.error(`${at}/${key}`, 'not an RFC 3339 date-time with seconds and a zone');
  }
}

/** `range`: null, or zero-based line/character positions (required, though the import re-anchors anyway). */
function checkRange(claim: JsonObject, at: string, r: Reader): void {
  if (claim.range === null) return;
  const range = r.object(claim.range, `${at}/range`);
  if (!range) return;
  only(range, `${at}/range`, ['start', 'end'], r);
  for (const end of ['start', 'end']) {
    const position = r.object(range[end], `${at}/range/${end}`);
    if (!position) continue;
    only(position, `${at}/range/${end}`, ['line', 'character'], r);
    r.integer(position, 'line', `${at}/range/${end}`);
    r.integer(position, 'character', `${at}/range/${end}`);
  }
}

function nested(value: unknown, at: string, allowed: readonly string[], r: Reader): void {
  if (isObject(value)) only(value, at, allowed, r);
}

function only(obj: JsonObject, at: string, allowed: readonly string[], r: Reader): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) r.error(`${at}/${key}`, 'not allowed (unknown member)');
}
