// The live set of tags of every known document, with CURRENT offsets. One
// source of truth for the tree, the decorations, the API and persistence.
// No `vscode` import: the repository is plain data plus change listeners, so
// it is unit-tested in Node; adapters subscribe and convert at the edge.
import type { TaggedClaim } from '../../core/store/taggedClaim';

/** Why a document's tags changed: listeners persist only user changes and re-anchors at once. */
export type ChangeReason = 'user' | 'edit' | 'load' | 'reanchor';

export interface DocumentTags {
  /** `Uri.toString()` of the document. */
  readonly key: string;
  /** Workspace-relative path written into the store ("reports/brief.md"). */
  readonly path: string;
  /** Hash of the text the offsets refer to. */
  readonly contentHash: string;
  readonly claims: readonly TaggedClaim[];
  /** Set when the store file cannot be written back (unparsable or newer format). */
  readonly readOnlyReason: string | null;
}

export interface RepositoryChange {
  readonly keys: readonly string[];
  readonly reason: ChangeReason;
}

export type Listener = (change: RepositoryChange) => void;

export interface LocatedClaim {
  readonly documentKey: string;
  readonly claim: TaggedClaim;
}

export class TagRepository {
  private readonly docs = new Map<string, DocumentTags>();
  private readonly listeners = new Set<Listener>();

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(key: string): DocumentTags | undefined {
    return this.docs.get(key);
  }

  documents(): DocumentTags[] {
    return [...this.docs.values()];
  }

  all(): LocatedClaim[] {
    return this.documents().flatMap((doc) => doc.claims.map((claim) => ({ documentKey: doc.key, claim })));
  }

  find(id: string): LocatedClaim | undefined {
    for (const doc of this.docs.values()) {
      const claim = doc.claims.find((c) => c.id === id);
      if (claim) return { documentKey: doc.key, claim };
    }
    return undefined;
  }

  set(doc: DocumentTags, reason: ChangeReason): void {
    this.docs.set(doc.key, doc);
    this.fire({ keys: [doc.key], reason });
  }

  /** Replaces the claims of one document, keeping its path, hash and read-only state unless given. */
  update(key: string, patch: Partial<Omit<DocumentTags, 'key'>>, reason: ChangeReason): DocumentTags | undefined {
    const doc = this.docs.get(key);
    if (!doc) return undefined;
    const next = { ...doc, ...patch };
    this.set(next, reason);
    return next;
  }

  delete(key: string, reason: ChangeReason): void {
    if (this.docs.delete(key)) this.fire({ keys: [key], reason });
  }

  private fire(change: RepositoryChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
