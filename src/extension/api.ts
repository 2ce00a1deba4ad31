// The API `activate()` returns, for other extensions and for integration
// tests. `analyze` returns exactly the record `claimlens detect --format json`
// prints for the same file; `decorationsFor` exposes what is drawn, because
// VS Code cannot read decorations back.
import * as vscode from 'vscode';
import { toRecord, type DetectRecord } from '../core/model/detectRecord';
import type { TaggedClaim } from '../core/store/taggedClaim';
import type { HighlightType } from './config/settings';
import type { Services } from './services';
import type { StatusBarState } from './statusBar/statusBarController';

/** A tag with where it is now: its document and current range (none when orphaned). */
export interface TaggedClaimInfo extends TaggedClaim {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range | undefined;
}

/** What the tagging side provides to the API (`services.tagging = …`). */
export interface TaggingFacade {
  taggedClaims(): Promise<readonly TaggedClaimInfo[]>;
  /**
   * Resolves once the stores on disk say where every tag is now: loaded,
   * queued writes done and closed documents' tags checked against their files.
   * Export waits for this; unlike `taggedClaims` it opens no document.
   */
  whenStoresCurrent(): Promise<void>;
  /** Re-reads these documents' stores from disk (after an import wrote them). */
  reloadStores(documentUris: readonly vscode.Uri[]): Promise<void>;
}

export interface ClaimLensApi {
  /** Analyses the document's current text (open or on disk); same record as the CLI. */
  analyze(uri: vscode.Uri): Promise<DetectRecord>;
  /** Tagged claims of all known documents with their current ranges. */
  taggedClaims(): Promise<readonly TaggedClaimInfo[]>;
  /** Ranges drawn per highlight type; undefined if the document was never drawn. */
  decorationsFor(uri: vscode.Uri): Readonly<Record<HighlightType, readonly vscode.Range[]>> | undefined;
  /** Fires after a document's decorations were redrawn. */
  readonly onDidUpdateDecorations: vscode.Event<vscode.Uri>;
  /** What the ClaimLens status-bar item shows for the active editor, and the command a click runs. */
  statusBar(): StatusBarState;
  /** True while the "Tagged claims" view is on screen (e.g. after a click on the status-bar item). */
  isTaggedClaimsViewVisible(): boolean;
}

export function createApi(services: Services): ClaimLensApi {
  return {
    async analyze(uri) {
      const document = await vscode.workspace.openTextDocument(uri);
      // Explicitly asked for: analyse even above claimlens.maxDocumentSize.
      const result = await services.analysis.analyze(document, true);
      if (result === undefined) throw new Error(`ClaimLens: analysis of ${uri.toString(true)} was cancelled by an edit`);
      return toRecord(fileName(uri), result);
    },
    async taggedClaims() {
      return (await services.tagging?.taggedClaims()) ?? [];
    },
    decorationsFor(uri) {
      return services.decorations.decorationsFor(uri);
    },
    onDidUpdateDecorations: services.decorations.onDidApply,
    statusBar() {
      return services.statusBar.state();
    },
    isTaggedClaimsViewVisible() {
      return services.taggedClaimsView?.visible ?? false;
    },
  };
}

/** As the CLI prints it when run from the workspace folder: a relative path. */
function fileName(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
}
