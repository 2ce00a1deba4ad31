// The tagging operations behind every entry point (keybinding, palette,
// context menu, lightbulb, hover link, tree inline actions, other
// extensions): add, edit, remove, undo. UI-free: callers pick labels and
// notes; this class changes the repository, records the inverse for undo and
// saves the affected stores.
import type * as vscode from 'vscode';
import type { TagStatus, TaggedClaim } from '../../core/store/taggedClaim';
import { contentHash } from '../../core/anchoring/contentHash';
import { createTaggedClaim, newTagId } from '../../core/store/createTaggedClaim';
import { reanchorClaims } from '../../core/store/anchorClaims';
import type { StoreLocator } from '../persistence/storeLocator';
import type { TagPersistence } from '../persistence/tagPersistence';
import { openDocument } from '../persistence/tagPersistence';
import type { DocumentTags, TagRepository } from './tagRepository';
import type { TagTarget } from './tagTarget';
import type { TaggingSettings } from './taggingSettings';
import { UndoStack } from './undoStack';

export interface TagPatch {
  readonly label?: string;
  readonly status?: TagStatus;
  readonly note?: string;
}

/** Raised when a store is read-only; `code` lets callers tell it apart across bundles. */
export class TaggingError extends Error {
  constructor(readonly code: 'readOnly', message: string) {
    super(message);
  }
}

export class TaggingService {
  private readonly undoStack = new UndoStack();

  constructor(
    private readonly repository: TagRepository,
    private readonly persistence: TagPersistence,
    private readonly locator: StoreLocator,
    private readonly settings: () => TaggingSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Tags each target with `label`. A target already tagged with the same label
   * on the same span is not tagged twice: its existing tag is returned.
   */
  async add(document: vscode.TextDocument, targets: readonly TagTarget[], label: string, note = ''): Promise<TaggedClaim[]> {
    await this.persistence.ensureLoaded(document.uri);
    const key = document.uri.toString();
    const text = document.getText();
    const doc = this.writable(key) ?? this.newDocument(document, text);
    const hash = contentHash(text);
    const now = this.now().toISOString();
    const result: TaggedClaim[] = [];
    const added: TaggedClaim[] = [];
    for (const target of targets) {
      const same = [...doc.claims, ...added].find((c) => !c.orphaned && c.label === label
        && c.selectors.position.start === target.range.start && c.selectors.position.end === target.range.end);
      if (same) {
        result.push(same);
        continue;
      }
      const claim = createTaggedClaim({
        id: this.uniqueId(), text, documentPath: doc.path, range: target.range, label, note,
        analyst: this.settings().analyst, now, contentHash: hash,
        claim: target.kind === 'claim' ? target.claim : null, entities: target.entities,
      });
      added.push(claim);
      result.push(claim);
    }
    if (added.length > 0) {
      this.repository.set({ ...doc, contentHash: hash, claims: [...doc.claims, ...added] }, 'user');
      this.undoStack.push({ kind: 'remove', description: describe('tagging', added), ids: added.map((c) => c.id) });
      await this.persistence.save(key);
    }
    return result;
  }

  async update(ids: readonly string[], patch: TagPatch): Promise<void> {
    const before: TaggedClaim[] = [];
    const modified = this.now().toISOString();
    for (const [key, claims] of this.byDocument(ids)) {
      const doc = this.writable(key);
      if (!doc) continue;
      const wanted = new Set(claims.map((c) => c.id));
      before.push(...claims);
      const next = doc.claims.map((c) => (wanted.has(c.id) ? { ...c, ...definedOnly(patch), modified } : c));
      this.repository.update(key, { claims: next }, 'user');
      await this.persistence.save(key);
    }
    if (before.length > 0) this.undoStack.push({ kind: 'revert', description: describe('editing', before), before });
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const [key, claims] of this.byDocument(ids)) {
      const doc = this.writable(key);
      if (!doc) continue;
      const gone = new Set(claims.map((c) => c.id));
      this.repository.update(key, { claims: doc.claims.filter((c) => !gone.has(c.id)) }, 'user');
      this.undoStack.push({ kind: 'restore', description: describe('removing', claims), documentKey: key, claims });
      await this.persistence.save(key);
    }
  }

  /** Undoes the last change; returns what was undone ("tagging “100,000 troops”"), or undefined when nothing is left. */
  async undo(): Promise<string | undefined> {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    switch (entry.kind) {
      case 'remove':
        for (const [key, claims] of this.byDocument(entry.ids)) {
          const doc = this.writable(key);
          if (!doc) continue;
          const gone = new Set(claims.map((c) => c.id));
          this.repository.update(key, { claims: doc.claims.filter((c) => !gone.has(c.id)) }, 'user');
          await this.persistence.save(key);
        }
        break;
      case 'restore': {
        const doc = this.writable(entry.documentKey);
        const open = openDocument(entry.documentKey);
        // The removed tags did not follow edits made since: find their text again.
        const claims = open ? reanchorClaims(entry.claims, open.getText()).claims : entry.claims;
        const existing = doc?.claims ?? [];
        const restored = claims.filter((c) => !existing.some((e) => e.id === c.id));
        if (doc) this.repository.update(entry.documentKey, { claims: [...existing, ...restored] }, 'user');
        else if (open) this.repository.set({ ...this.newDocument(open, open.getText()), claims: restored }, 'user');
        await this.persistence.save(entry.documentKey);
        break;
      }
      case 'revert':
        for (const [key] of this.byDocument(entry.before.map((b) => b.id))) {
          const doc = this.writable(key);
          if (!doc) continue;
          const next = doc.claims.map((c) => {
            const old = entry.before.find((b) => b.id === c.id);
            return old ? { ...c, label: old.label, status: old.status, note: old.note, modified: old.modified } : c;
          });
          this.repository.update(key, { claims: next }, 'user');
          await this.persistence.save(key);
        }
        break;
    }
    return entry.description;
  }

  get canUndo(): boolean {
    return this.undoStack.size > 0;
  }

  /** Live tags whose span contains `offset` in the document, innermost first. */
  tagsAt(documentKey: string, offset: number): TaggedClaim[] {
    const claims = this.repository.get(documentKey)?.claims ?? [];
    return claims
      .filter((c) => !c.orphaned && c.selectors.position.start <= offset && offset <= c.selectors.position.end)
      .sort((a, b) => (a.selectors.position.end - a.selectors.position.start) - (b.selectors.position.end - b.selectors.position.start));
  }

  private writable(key: string): DocumentTags | undefined {
    const doc = this.repository.get(key);
    if (doc?.readOnlyReason) {
      throw new TaggingError('readOnly', `The tags of ${doc.path} are read-only: ${doc.readOnlyReason}`);
    }
    return doc;
  }

  private newDocument(document: vscode.TextDocument, text: string): DocumentTags {
    const location = this.locator.locate(document.uri);
    return {
      key: document.uri.toString(),
      path: location?.documentPath ?? document.uri.path,
      contentHash: contentHash(text),
      claims: [],
      readOnlyReason: null,
    };
  }

  private byDocument(ids: readonly string[]): Map<string, TaggedClaim[]> {
    const out = new Map<string, TaggedClaim[]>();
    for (const id of ids) {
      const found = this.repository.find(id);
      if (!found) continue;
      out.set(found.documentKey, [...(out.get(found.documentKey) ?? []), found.claim]);
    }
    return out;
  }

  private uniqueId(): string {
    for (;;) {
      const id = newTagId();
      if (!this.repository.find(id)) return id;
    }
  }
}

function definedOnly(patch: TagPatch): TagPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

function describe(action: string, claims: readonly TaggedClaim[]): string {
  const first = claims[0];
  if (!first) return action;
  const quote = first.selectors.quote.exact;
  const short = quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
  return claims.length === 1 ? `${action} “${short}”` : `${action} ${claims.length} tags`;
}
