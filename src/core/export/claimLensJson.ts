// ClaimLens JSON export: the lossless, documented format (schema:
// media/schemas/claimlens-export.schema.json, referenced by `$schema`).
// No export timestamp on purpose: the same state must give the same bytes.

import type { ExportInput } from './exportTypes';
import { claimToJson } from '../store/claimJson';
import { describeScope } from './exportTypes';
import { exportedClaims, sortedRecord } from './exportClaims';

export const EXPORT_FORMAT_NAME = 'claimlens-export';
export const EXPORT_FORMAT_VERSION = 1;
/** `$id` of media/schemas/claimlens-export.schema.json. */
export const EXPORT_SCHEMA_ID = 'urn:claimlens:schema:export:v1';

export function renderClaimLensJson(input: ExportInput): string {
  const claims = exportedClaims(input).map(({ claim, location }) => {
    const { id, label, status, note, analyst, created, modified, selectors, claim: record, entities, orphaned } = claimToJson(claim);
    return {
      id, label, status, note, analyst, created, modified,
      document: { path: claim.document.path, contentHash: claim.document.contentHash },
      selectors,
      range: location && {
        start: { line: location.start.line, character: location.start.character },
        end: { line: location.end.line, character: location.end.character },
      },
      claim: record, entities, orphaned,
    };
  });
  const { provenance } = input;
  const json = {
    $schema: EXPORT_SCHEMA_ID,
    format: EXPORT_FORMAT_NAME,
    formatVersion: EXPORT_FORMAT_VERSION,
    provenance: {
      claimLensVersion: provenance.claimLensVersion,
      kbVersion: provenance.kbVersion,
      detector: sortedRecord(provenance.detector),
    },
    scope: describeScope(input.scope),
    claims,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
