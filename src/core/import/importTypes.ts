// What an import file yields before it touches the workspace: candidate tags
// whose positions may still be in code points (W3C files count in those).

import type { StoreDiagnostic } from '../store/diagnostics';
import type { TaggedClaim } from '../store/taggedClaim';

export interface ImportCandidate {
  /** Selectors' position is UTF-16 when `codePointPosition` is absent. */
  readonly claim: TaggedClaim;
  /** A W3C TextPositionSelector without ClaimLens' UTF-16 offsets: converted against the document text. */
  readonly codePointPosition?: { readonly start: number; readonly end: number };
  /** False when the file gave no position at all: anchor by quote and context only. */
  readonly hasPosition: boolean;
}

export type ImportFormat = 'json' | 'w3c';

export type ParseImportResult =
  | { readonly ok: true; readonly format: ImportFormat; readonly candidates: readonly ImportCandidate[]; readonly diagnostics: readonly StoreDiagnostic[] }
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly StoreDiagnostic[] };

/** 20 MB is far more than any analyst's tags; a larger file is refused unread. */
export const MAX_IMPORT_LENGTH = 20 * 1024 * 1024;
export const MAX_IMPORT_CLAIMS = 100_000;
