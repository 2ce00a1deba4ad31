// The contract between decorations (and the status bar) and whoever owns tags
// (src/extension/tagging): tags are drawn with their own style, from their
// CURRENT offsets, and redrawn when the tagging side says they changed.

import type { OffsetRange } from '../../core/model/analysis';

export interface TaggedSpanSource {
  /** Current offsets of the non-orphaned tags of a document, keyed by `Uri.toString()`. */
  spansFor(documentKey: string): readonly OffsetRange[];
  /** Fires with the keys of documents whose tags changed. */
  onDidChange(listener: (documentKeys: readonly string[]) => void): { dispose(): void };
}
