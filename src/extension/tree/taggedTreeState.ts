// The live "Tagged claims" model: repository + grouping + filter → groups.
// Groups are recomputed when something changes, not in `getChildren`, which
// only reads them.
import type { TagRepository } from '../tagging/tagRepository';
import type { GroupBy, TagGroup, TreeTag } from './taggedTreeModel';
import { buildTagGroups } from './taggedTreeModel';

const EDIT_DELAY_MS = 150;

export interface ReadOnlyStore {
  readonly path: string;
  readonly tags: number;
}

export class TaggedTreeState {
  private _groups: TagGroup[] = [];
  private _total = 0;
  private _readOnlyStores: ReadOnlyStore[] = [];
  private _filter = '';
  private readonly listeners = new Set<() => void>();
  private readonly subscription: { dispose(): void };
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly repository: TagRepository,
    private _groupBy: GroupBy,
    private readonly labelOrder: () => readonly string[],
    /** Document group titles (the folder is named when there are several); the stored path without it. */
    private readonly documentTitle?: (tag: TreeTag) => string,
  ) {
    // Typing in a tagged document moves tags on every keystroke: regroup once
    // the typing pauses; everything else (a new tag, a removal) shows at once.
    this.subscription = repository.onDidChange((change) => {
      if (change.reason !== 'edit') return this.recompute();
      if (this.pending === undefined) this.pending = setTimeout(() => this.recompute(), EDIT_DELAY_MS);
    });
    this.recompute();
  }

  get groups(): readonly TagGroup[] {
    return this._groups;
  }

  /** Stores that cannot be written, with how many of their tags could be read. */
  get readOnlyStores(): readonly ReadOnlyStore[] {
    return this._readOnlyStores;
  }

  /** Number of tags before filtering. */
  get total(): number {
    return this._total;
  }

  get groupBy(): GroupBy {
    return this._groupBy;
  }

  get filter(): string {
    return this._filter;
  }

  setGroupBy(groupBy: GroupBy): void {
    this._groupBy = groupBy;
    this.recompute();
  }

  setFilter(filter: string): void {
    this._filter = filter.trim();
    this.recompute();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  recompute(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
    const documents = this.repository.documents();
    const tags = documents.flatMap((doc) => doc.claims.map((claim) => ({ documentKey: doc.key, claim, readOnlyReason: doc.readOnlyReason })));
    this._readOnlyStores = documents.filter((doc) => doc.readOnlyReason !== null).map((doc) => ({ path: doc.path, tags: doc.claims.length }));
    this._total = tags.length;
    this._groups = buildTagGroups(tags, {
      groupBy: this._groupBy, filter: this._filter, labelOrder: this.labelOrder(), documentTitle: this.documentTitle,
    });
    for (const listener of [...this.listeners]) listener();
  }

  dispose(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.subscription.dispose();
    this.listeners.clear();
  }
}
