// What tagging offers the rest of the extension: the tagged claims with their
// current ranges (for `api.taggedClaims()`), and the tagged spans per document
// with a change event (for the "tagged" decoration style).
import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/model/analysis';
import type { TaggedClaimInfo, TaggingFacade } from '../api';
import type { TaggedSpanSource } from '../decorations/taggedSpanSource';
import { toRange } from '../util/range';
import type { TagRepository } from './tagRepository';

export interface TaggingApi extends TaggingFacade, TaggedSpanSource {
  /** Resolves once every store is loaded and queued writes are done. */
  whenLoaded(): Promise<void>;
}

/**
 * `ready` resolves once stores are loaded and queued writes are done: callers (export, tests) may read the stores next.
 * `checked` also checks closed documents' tags against their files, for listing them with where they are now.
 */
export function createTaggingApi(
  repository: TagRepository,
  ready: () => Promise<void>,
  checked: () => Promise<void>,
  reload: (documentUri: vscode.Uri) => Promise<void>,
): TaggingApi {
  return {
    whenLoaded: ready,
    whenStoresCurrent: checked,
    // Whoever writes stores on tagging's behalf (an import) calls this rather
    // than waiting for the file watcher, whose events may come late or not at
    // all on a loaded host.
    async reloadStores(documentUris: readonly vscode.Uri[]): Promise<void> {
      await ready();
      for (const uri of documentUris) await reload(uri);
    },
    async taggedClaims(): Promise<readonly TaggedClaimInfo[]> {
      await checked();
      const out: TaggedClaimInfo[] = [];
      for (const doc of repository.documents()) {
        const uri = vscode.Uri.parse(doc.key);
        const live = doc.claims.some((c) => !c.orphaned);
        // Ranges need the document's lines: open it (cheap if already open).
        const document = live ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
        for (const claim of doc.claims) {
          const range = document && !claim.orphaned ? toRange(document, claim.selectors.position) : undefined;
          out.push({ ...claim, uri, range });
        }
      }
      return out;
    },
    spansFor(documentKey: string): readonly OffsetRange[] {
      const claims = repository.get(documentKey)?.claims ?? [];
      return claims.filter((c) => !c.orphaned).map((c) => c.selectors.position);
    },
    onDidChange(listener: (documentKeys: readonly string[]) => void): { dispose(): void } {
      return repository.onDidChange((change) => listener(change.keys));
    },
  };
}
