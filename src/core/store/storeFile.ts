// One store file per document. Shared tags live in the folder, at
// `.claimlens/annotations/<workspace-relative path>.json`, committed next to
// the documents so colleagues share them through git; private tags are laid
// out the same way in VS Code's workspace storage (src/extension/persistence/storeLocator.ts).

import type { TaggedClaim } from './taggedClaim';

/** Bumped on every incompatible change; add a step to `migrations.ts` when it is. */
export const STORE_FORMAT_VERSION = 1;

export const STORE_DIRECTORY = '.claimlens/annotations';

export interface StoreFile {
  readonly formatVersion: number;
  /** Path and hash of the document all claims of this file belong to. */
  readonly document: { readonly path: string; readonly contentHash: string };
  readonly claims: readonly TaggedClaim[];
}

export function emptyStore(path: string, contentHash: string): StoreFile {
  return { formatVersion: STORE_FORMAT_VERSION, document: { path, contentHash }, claims: [] };
}

/** ".claimlens/annotations/reports/q3-brief.md.json" for "reports/q3-brief.md". */
export function storePathFor(documentPath: string): string {
  return `${STORE_DIRECTORY}/${normalizeDocumentPath(documentPath)}.json`;
}

/** The document path a store file belongs to, or null for a path outside the store directory. */
export function documentPathOf(storePath: string): string | null {
  const normalized = storePath.replace(/\\/g, '/');
  const prefix = `${STORE_DIRECTORY}/`;
  if (!normalized.startsWith(prefix) || !normalized.endsWith('.json')) return null;
  const path = normalized.slice(prefix.length, -'.json'.length);
  return path.length > 0 ? path : null;
}

/** '/'-separated, no leading "./" or "/", no empty or "." segments. */
export function normalizeDocumentPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/**
 * A document path from outside (an import file) as a workspace-relative path,
 * or undefined when it could reach out of the workspace: a ".." segment, a
 * drive letter ("C:/…"), a control character. "../../etc/passwd" → undefined.
 */
export function workspaceRelativePath(path: string): string | undefined {
  const normalized = normalizeDocumentPath(path);
  if (normalized === '' || /[\u0000-\u001f]/.test(normalized) || /^[A-Za-z]:/.test(normalized)) return undefined;
  return normalized.split('/').includes('..') ? undefined : normalized;
}
