// What every export format is rendered from. The editor command and
// `claimlens export` both take claims, documents and provenance from
// `loadWorkspaceExport` (loadWorkspace.ts), add the scope and render with
// `renderExport`, so the same state gives the same bytes in both.

import type { TaggedClaim } from '../store/taggedClaim';

export type ExportFormat = 'json' | 'w3c' | 'csv' | 'md';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'w3c', 'csv', 'md'];

/**
 * `provenance.detector`: what shaped detection, so a reader knows what produced
 * the claims. exportProvenance (provenance.ts) writes the engine version and the
 * folder's KB settings (detectorSettings.ts); the format allows any scalar or string list.
 */
export type DetectorSettings = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface ExportProvenance {
  readonly claimLensVersion: string;
  readonly kbVersion: string;
  readonly detector: DetectorSettings;
}

export type ExportScope =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'document'; readonly path: string }
  /**
   * The claims tree's current filter; `description` is what the analyst typed or chose,
   * `size` how many tags it names when known (a list of ids, some maybe in other folders).
   */
  | { readonly kind: 'filter'; readonly description: string; readonly predicate: (claim: TaggedClaim) => boolean; readonly size?: number };

export interface ExportInput {
  readonly claims: readonly TaggedClaim[];
  /** Current text of each document by workspace-relative path; absent when the file is gone. */
  readonly documents: ReadonlyMap<string, string>;
  readonly provenance: ExportProvenance;
  readonly scope: ExportScope;
}

export function inScope(claim: TaggedClaim, scope: ExportScope): boolean {
  switch (scope.kind) {
    case 'workspace':
      return true;
    case 'document':
      return claim.document.path === scope.path;
    case 'filter':
      return scope.predicate(claim);
  }
}

/** JSON-friendly description of a scope (the predicate itself cannot be written down). */
export function describeScope(scope: ExportScope): Record<string, string> {
  switch (scope.kind) {
    case 'workspace':
      return { kind: 'workspace' };
    case 'document':
      return { kind: 'document', path: scope.path };
    case 'filter':
      return { kind: 'filter', description: scope.description };
  }
}

export const EXPORT_FILE_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: 'claimlens.json',
  w3c: 'jsonld',
  csv: 'csv',
  md: 'md',
};
