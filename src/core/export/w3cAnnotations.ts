// W3C Web Annotation export (JSON-LD): one AnnotationCollection with one
// AnnotationPage. Each tag is an Annotation whose target is a SpecificResource
// on the document (a workspace-relative IRI reference) with a
// TextQuoteSelector and a TextPositionSelector in code points, as the model
// counts; bodies carry the label (tagging), the note (commenting) and each
// KB link (identifying; Wikidata entity IRI for QIDs). What the model has no
// term for (status, parsed claim, UTF-16 offsets) rides in a `claimlens`
// member typed @json, so importing this file loses nothing.

import type { TaggedClaim } from '../store/taggedClaim';
import type { ExportedClaim } from './exportClaims';
import type { ExportInput } from './exportTypes';
import { contentHash } from '../anchoring/contentHash';
import { claimToJson } from '../store/claimJson';
import { describeScope } from './exportTypes';
import { exportedClaims, sortedRecord } from './exportClaims';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CLAIMLENS_VOCAB = 'urn:claimlens:vocab#';
const LOCAL_KB_PREFIX = 'urn:claimlens:kb:';
const QID = /^Q[1-9]\d*$/;

export function renderW3c(input: ExportInput): string {
  const items = exportedClaims(input).map(annotation);
  // Stable id from the content: the same state gives the same collection id.
  const id = `urn:claimlens:export:${contentHash(JSON.stringify(items)).slice('sha256:'.length, 'sha256:'.length + 32)}`;
  const { provenance } = input;
  const collection = {
    '@context': [ANNO_CONTEXT, { '@version': 1.1, claimlens: { '@id': `${CLAIMLENS_VOCAB}record`, '@type': '@json' } }],
    id,
    type: 'AnnotationCollection',
    label: 'ClaimLens tagged claims',
    total: items.length,
    generator: { id: 'urn:claimlens:app', type: 'Software', name: `ClaimLens ${provenance.claimLensVersion}` },
    claimlens: {
      kbVersion: provenance.kbVersion,
      detector: sortedRecord(provenance.detector),
      scope: describeScope(input.scope),
    },
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function annotation({ claim, location }: ExportedClaim): Record<string, unknown> {
  const { quote } = claim.selectors;
  const selector: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  // Code points need the current text; without it (file gone, orphaned tag) the quote must do.
  if (location) selector.push({ type: 'TextPositionSelector', start: location.codePoints.start, end: location.codePoints.end });
  const json = claimToJson(claim);
  return {
    id: `urn:claimlens:tag:${claim.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: claim.created,
    modified: claim.modified,
    creator: { type: 'Person', name: claim.analyst },
    body: bodies(claim),
    target: { type: 'SpecificResource', source: documentIri(claim.document.path), selector },
    claimlens: {
      status: json.status,
      document: { path: claim.document.path, contentHash: claim.document.contentHash },
      position: { start: claim.selectors.position.start, end: claim.selectors.position.end },
      claim: json.claim,
      entities: json.entities,
      orphaned: claim.orphaned,
    },
  };
}

function bodies(claim: TaggedClaim): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'tagging', value: claim.label, format: 'text/plain' },
  ];
  if (claim.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const entity of claim.entities) {
    out.push({ type: 'SpecificResource', purpose: 'identifying', source: entityIri(entity.kbId) });
  }
  return out;
}

/**
 * The path as a relative IRI reference: every segment percent-encoded, so a
 * "#" or "?" in a file name cannot turn into a fragment or a query.
 */
export function documentIri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** "Q423" → its Wikidata entity IRI; a local id ("cl:wagner-group") → a ClaimLens URN. */
export function entityIri(kbId: string): string {
  return QID.test(kbId) ? `http://www.wikidata.org/entity/${kbId}` : `${LOCAL_KB_PREFIX}${encodeURIComponent(kbId)}`;
}

export function kbIdOfIri(iri: string): string | null {
  const wikidata = /^https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/(Q[1-9]\d*)$/.exec(iri);
  if (wikidata) return wikidata[1]!;
  if (!iri.startsWith(LOCAL_KB_PREFIX)) return null;
  try {
    return decodeURIComponent(iri.slice(LOCAL_KB_PREFIX.length)) || null;
  } catch {
    return null; // malformed escape in an imported file
  }
}
