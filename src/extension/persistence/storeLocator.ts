// Where the store of a document lives. In a folder: the git-friendly sidecar
// `<folder>/.claimlens/annotations/<relative path>.json`. Without a folder (or
// when the analyst keeps tags private): VS Code's workspace storage, under
// `annotations/folders/<folder name>/…` or `annotations/external/<scheme>/<authority>/<path>.json`.
import * as vscode from 'vscode';
import { STORE_DIRECTORY, documentPathOf, normalizeDocumentPath } from '../../core/store/storeFile';

export type StoreLocationMode = 'workspace' | 'workspaceStorage';

export interface StoreLocation {
  readonly storeUri: vscode.Uri;
  /** The path written into the store: workspace-relative where there is a workspace. */
  readonly documentPath: string;
}

/** A directory holding store files, and how a store file's relative path maps back to its document. */
export interface StoreRoot {
  readonly dir: vscode.Uri;
  documentUriFor(relativeStorePath: string): vscode.Uri | undefined;
}

const STORAGE_DIR = 'annotations';

export class StoreLocator {
  constructor(
    /** `context.storageUri ?? context.globalStorageUri`. */
    private readonly storageUri: vscode.Uri,
    private readonly mode: () => StoreLocationMode,
  ) {}

  /** Undefined for documents that cannot have a store (untitled, output, git diffs…). */
  locate(documentUri: vscode.Uri): StoreLocation | undefined {
    if (documentUri.scheme === 'untitled' || documentUri.scheme === 'git' || documentUri.scheme === 'output') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(documentUri);
    if (folder) {
      const documentPath = relativePath(folder.uri, documentUri);
      if (documentPath === undefined) return undefined;
      return { storeUri: joinPath(this.storeDirectoryFor(folder), `${documentPath}.json`), documentPath };
    }
    const documentPath = normalizeDocumentPath(documentUri.path);
    const authority = safeSegment(documentUri.authority || '_');
    const rel = `external/${safeSegment(documentUri.scheme)}/${authority}/${documentPath}.json`;
    return { storeUri: joinPath(this.storageBase(), rel), documentPath };
  }

  /**
   * The directory holding a folder's stores in the current mode, laid out as
   * `.claimlens/annotations` is (`<document path>.json`): export and import read
   * and write there, so private (workspace-storage) tags export like shared ones.
   */
  storeDirectoryFor(folder: vscode.WorkspaceFolder): vscode.Uri {
    return this.mode() === 'workspace' ? joinPath(folder.uri, STORE_DIRECTORY) : joinPath(this.storageBase(), `folders/${safeSegment(folder.name)}`);
  }

  /** Every directory a store may be in, for loading all tags at start. */
  roots(): StoreRoot[] {
    const roots: StoreRoot[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      roots.push({
        dir: this.storeDirectoryFor(folder),
        documentUriFor: (rel) => {
          const path = documentPathOf(`${STORE_DIRECTORY}/${rel}`);
          return path === null ? undefined : joinPath(folder.uri, path);
        },
      });
    }
    roots.push({
      dir: joinPath(this.storageBase(), 'external'),
      documentUriFor: (rel) => {
        const [scheme, authority, ...rest] = rel.split('/');
        if (!scheme || !authority || rest.length === 0 || !rel.endsWith('.json')) return undefined;
        const path = `/${rest.join('/').slice(0, -'.json'.length)}`;
        return vscode.Uri.from({ scheme: decodeURIComponent(scheme), authority: authority === '_' ? '' : decodeURIComponent(authority), path });
      },
    });
    return roots;
  }

  private storageBase(): vscode.Uri {
    return joinPath(this.storageUri, STORAGE_DIR);
  }
}

function joinPath(base: vscode.Uri, rel: string): vscode.Uri {
  return vscode.Uri.joinPath(base, ...rel.split('/').filter((s) => s !== ''));
}

/** "reports/brief.md" for `<folder>/reports/brief.md`; undefined outside the folder. */
function relativePath(folder: vscode.Uri, document: vscode.Uri): string | undefined {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!document.path.startsWith(base)) return undefined;
  const rel = normalizeDocumentPath(document.path.slice(base.length));
  return rel === '' ? undefined : rel;
}

/** A name usable as one path segment on every OS ("127.0.0.1:8137" → "127.0.0.1%3A8137"). */
function safeSegment(value: string): string {
  return encodeURIComponent(value);
}
