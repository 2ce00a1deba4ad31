// Reads W3C Web Annotation JSON-LD into import candidates. Our own exports
// round-trip exactly through their `claimlens` member; annotations from other
// tools need only a target with a TextQuoteSelector — label, note and KB links
// come from their tagging, commenting and identifying bodies.

import type { JsonObject } from '../store/diagnostics';
import type { ImportCandidate } from './importTypes';
import { contentHash } from '../anchoring/contentHash';
import { kbIdOfIri } from '../export/w3cAnnotations';
import { Reader, isObject } from '../store/diagnostics';
import { TAG_ID_PATTERN, readTaggedClaim } from '../store/readTaggedClaim';
import { workspaceRelativePath } from '../store/storeFile';
import { MAX_IMPORT_CLAIMS } from './importTypes';
import { normalizedTimestamp } from '../store/timestamp';

const TAG_IRI = 'urn:claimlens:tag:';

export interface W3cRead {
  readonly candidates: ImportCandidate[];
  readonly reader: Reader;
}

/** Undefined when `raw` is not W3C annotation data at all. */
export function readW3c(raw: unknown, defaults: { readonly now: string; readonly analyst: string }): W3cRead | undefined {
  const r = new Reader();
  const annotations = annotationList(raw, r);
  if (!annotations) return undefined;
  if (annotations.length > MAX_IMPORT_CLAIMS) {
    r.error('', `more than ${MAX_IMPORT_CLAIMS} annotations`);
    return { candidates: [], reader: r };
  }
  const candidates: ImportCandidate[] = [];
  annotations.forEach((a, i) => {
    const candidate = readAnnotation(a, `/items/${i}`, r, defaults);
    if (candidate) candidates.push(candidate);
  });
  return { candidates, reader: r };
}

function hasType(value: unknown, type: string): value is JsonObject {
  if (!isObject(value)) return false;
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

function annotationList(raw: unknown, r: Reader): unknown[] | undefined {
  if (Array.isArray(raw) && raw.length > 0 && raw.every((a) => hasType(a, 'Annotation'))) return raw;
  if (hasType(raw, 'Annotation')) return [raw];
  const page = hasType(raw, 'AnnotationCollection') ? raw.first : raw;
  if (hasType(raw, 'AnnotationCollection') && raw.first === undefined) return [];
  if (typeof page === 'string') {
    r.error('/first', 'annotation pages given by reference cannot be imported; embed the first page');
    return [];
  }
  if (!hasType(page, 'AnnotationPage')) return undefined;
  if (page.next !== undefined) r.warn('/first/next', 'only the first annotation page was imported');
  return Array.isArray(page.items) ? page.items : [];
}

function readAnnotation(value: unknown, at: string, r: Reader, defaults: { now: string; analyst: string }): ImportCandidate | undefined {
  const a = r.object(value, at);
  if (!a) return undefined;
  const ext = isObject(a.claimlens) ? a.claimlens : {};
  const target = Array.isArray(a.target) ? a.target[0] : a.target;
  if (!isObject(target) || typeof target.source !== 'string') {
    r.error(`${at}/target`, 'expected a SpecificResource with a source');
    return undefined;
  }
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  if (!isObject(quote)) {
    r.error(`${at}/target/selector`, 'expected a TextQuoteSelector');
    return undefined;
  }
  const path = documentPath(ext, target.source);
  if (path === undefined) {
    r.error(`${at}/target/source`, 'not a usable document reference');
    return undefined;
  }
  const bodies = (Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body]).filter(isObject);
  const purpose = (b: JsonObject): unknown => b.purpose ?? a.motivation;
  const texts = (p: string): string[] => bodies.filter((b) => purpose(b) === p && typeof b.value === 'string').map((b) => b.value as string);
  const utf16 = isObject(ext.position) ? ext.position : undefined;
  const codePoints = !utf16 && isObject(position) ? position : undefined;
  const claimJson = {
    id: tagId(a),
    label: texts('tagging')[0] ?? 'Imported',
    status: ext.status ?? 'open',
    note: texts('commenting').join('\n\n'),
    analyst: creatorName(a.creator) ?? defaults.analyst,
    created: timestamp(a.created) ?? defaults.now,
    modified: timestamp(a.modified) ?? timestamp(a.created) ?? defaults.now,
    selectors: {
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: utf16 ?? codePoints ?? { start: 0, end: 0 },
    },
    claim: ext.claim ?? null,
    entities: ext.entities ?? identifyingEntities(bodies),
    orphaned: ext.orphaned ?? false,
  };
  const hash = isObject(ext.document) && typeof ext.document.contentHash === 'string' ? ext.document.contentHash : '';
  const claim = readTaggedClaim(r, claimJson, at, { path, contentHash: hash });
  if (!claim) return undefined;
  if (codePoints) return { claim, codePointPosition: claim.selectors.position, hasPosition: true };
  return { claim, hasPosition: utf16 !== undefined };
}

/** Our own ids come back as they were; a foreign annotation IRI becomes a stable short id. */
function tagId(a: JsonObject): string {
  const id = typeof a.id === 'string' ? a.id : JSON.stringify(a);
  if (id.startsWith(TAG_IRI) && TAG_ID_PATTERN.test(id.slice(TAG_IRI.length))) return id.slice(TAG_IRI.length);
  return `w3c-${contentHash(id).slice('sha256:'.length, 'sha256:'.length + 16)}`;
}

function documentPath(ext: JsonObject, source: string): string | undefined {
  // Either way the path must stay inside the workspace ("../../etc/passwd" is refused).
  if (isObject(ext.document) && typeof ext.document.path === 'string' && ext.document.path !== '') {
    return workspaceRelativePath(ext.document.path);
  }
  try {
    return workspaceRelativePath(decodeURIComponent(source.replace(/^file:\/\//, '')));
  } catch {
    return undefined; // malformed percent escape
  }
}

function creatorName(creator: unknown): string | undefined {
  const first = Array.isArray(creator) ? creator[0] : creator;
  if (typeof first === 'string') return first;
  if (isObject(first)) {
    if (typeof first.name === 'string') return first.name;
    if (typeof first.nickname === 'string') return first.nickname;
  }
  return undefined;
}

/** Another tool's time as the export writes it, so the imported tag exports to a valid file. */
function timestamp(value: unknown): string | undefined {
  return typeof value === 'string' ? normalizedTimestamp(value) : undefined;
}

function identifyingEntities(bodies: readonly JsonObject[]): { kbId: string; label: string }[] {
  const out: { kbId: string; label: string }[] = [];
  for (const b of bodies) {
    if (b.purpose !== 'identifying') continue;
    const iri = typeof b.source === 'string' ? b.source : typeof b.id === 'string' ? b.id : undefined;
    const kbId = iri === undefined ? null : kbIdOfIri(iri);
    if (kbId !== null) out.push({ kbId, label: typeof b.label === 'string' ? b.label : kbId });
  }
  return out;
}
