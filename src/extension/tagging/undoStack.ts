// Inverse operations of the analyst's tagging changes, newest last, so
// "Undo Last Tagging Change" restores exactly what the last command changed
// (VS Code's own undo only covers text). Pure.
import type { TaggedClaim } from '../../core/store/taggedClaim';

export type UndoEntry =
  /** Undoes tagging: remove these tags again. */
  | { readonly kind: 'remove'; readonly description: string; readonly ids: readonly string[] }
  /** Undoes a removal: put the removed tags back into their document. */
  | { readonly kind: 'restore'; readonly description: string; readonly documentKey: string; readonly claims: readonly TaggedClaim[] }
  /** Undoes an edit of label, status or note: the fields as they were. */
  | { readonly kind: 'revert'; readonly description: string; readonly before: readonly Pick<TaggedClaim, 'id' | 'label' | 'status' | 'note' | 'modified'>[] };

const LIMIT = 100;

export class UndoStack {
  private readonly entries: UndoEntry[] = [];

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > LIMIT) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }
}
