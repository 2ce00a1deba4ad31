// Reads a workspace's sidecar stores and the documents they belong to through
// injected I/O — the CLI passes Node's fs, the editor `vscode.workspace.fs` —
// so both export exactly the same state. Tags of a document that changed
// since they were anchored are re-anchored in memory (nothing is written).

import type { ExportProvenance } from './exportTypes';
import type { TaggedClaim } from '../store/taggedClaim';
import { contentHash } from '../anchoring/contentHash';
import { WORKSPACE_SETTINGS_PATH } from './detectorSettings';
import { exportProvenance } from './provenance';
import { reanchorClaims } from '../store/anchorClaims';
import { parseStore } from '../store/parseStore';
import { STORE_DIRECTORY, documentPathOf } from '../store/storeFile';

export interface WorkspaceReader {
  /** Store files below `.claimlens/annotations`, relative to it ("briefs/a.md.json"). */
  listStoreFiles(): Promise<readonly string[]>;
  /** A workspace-relative file as text, or undefined when it does not exist or is not text. */
  readText(path: string): Promise<string | undefined>;
}

export interface WorkspaceClaims {
  readonly claims: readonly TaggedClaim[];
  readonly documents: ReadonlyMap<string, string>;
  /** One line per store that was skipped or only partly read. */
  readonly problems: readonly string[];
  /** Documents whose store must not be written (unparsable, newer format, invalid tags). */
  readonly readOnlyDocuments: ReadonlySet<string>;
}

export async function loadWorkspaceClaims(reader: WorkspaceReader): Promise<WorkspaceClaims> {
  const claims: TaggedClaim[] = [];
  const documents = new Map<string, string>();
  const problems: string[] = [];
  const readOnlyDocuments = new Set<string>();
  const storeFiles = [...(await reader.listStoreFiles())].sort();
  for (const rel of storeFiles) {
    const storePath = `${STORE_DIRECTORY}/${rel}`;
    // The file's place decides the document, as in the editor, even if its content says otherwise.
    const documentPath = documentPathOf(storePath);
    const storeText = await reader.readText(storePath);
    if (documentPath === null || storeText === undefined) continue;
    const parsed = parseStore(storeText);
    if (parsed.readOnlyReason) {
      problems.push(`${storePath}: ${parsed.readOnlyReason}`);
      readOnlyDocuments.add(documentPath);
    }
    if (!parsed.store || parsed.store.claims.length === 0) continue;
    let stored = parsed.store.claims.map((c) => ({ ...c, document: { ...c.document, path: documentPath } }));
    const text = await reader.readText(documentPath);
    if (text !== undefined) {
      documents.set(documentPath, text);
      const hash = contentHash(text);
      if (hash !== parsed.store.document.contentHash) stored = reanchorClaims(stored, text, hash).claims;
    }
    claims.push(...stored);
  }
  return { claims, documents, problems, readOnlyDocuments };
}

export interface WorkspaceExport extends WorkspaceClaims {
  readonly provenance: ExportProvenance;
}

/**
 * The claims and the provenance an export is rendered from, for the editor and
 * the CLI alike: the folder's `.vscode/settings.json` is read through the same
 * reader as the stores. `bundledKbJson` is the shipped media/kb/kb.json's text.
 */
export async function loadWorkspaceExport(reader: WorkspaceReader, bundledKbJson: string | undefined): Promise<WorkspaceExport> {
  const loaded = await loadWorkspaceClaims(reader);
  return { ...loaded, provenance: exportProvenance(bundledKbJson, await reader.readText(WORKSPACE_SETTINGS_PATH)) };
}
