// Keeps the tag repository and the store files in step:
// - loads every store at start and checks it against its document's text
//   (content hash) when that text is needed: at once for an open document, on
//   `checkClosed` (the tree is shown, the API lists tags) for a closed one, so
//   start-up reads no tagged document; a file changed outside VS Code is re-anchored;
// - moves tags with edits in the editor (core `moveClaims`), and re-anchors
//   when VS Code reloads an open document from disk;
// - writes a store atomically after each user change and on document save;
//   a read-only store (unparsable, newer format) is never written.
import * as vscode from 'vscode';
import type { StoreFile } from '../../core/store/storeFile';
import type { TaggedClaim } from '../../core/store/taggedClaim';
import { STORE_FORMAT_VERSION } from '../../core/store/storeFile';
import { contentHash } from '../../core/anchoring/contentHash';
import { moveClaims, reanchorClaims } from '../../core/store/anchorClaims';
import type { DocumentTags, TagRepository } from '../tagging/tagRepository';
import type { StoreLocator } from './storeLocator';
import type { StoreReadResult } from './sidecarFile';
import { decodeText, deleteStoreFile, readStoreFile, writeStoreFile } from './sidecarFile';
import { listStoreFiles } from './listStoreFiles';
import { StoreWatcher } from './storeWatcher';
import { followDocumentMoves } from './documentMoves';
import { watchTaggedDocuments } from './taggedDocumentWatcher';

export interface PersistenceLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Hash value meaning "the offsets refer to an unsaved buffer": forces a re-anchor on next open. */
const UNSAVED = '';

export class TagPersistence implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Last text written or read per store, to ignore our own writes in the watcher. */
  private readonly knownStoreText = new Map<string, string>();
  private readonly writeQueue = new Map<string, Promise<void>>();
  /** Writes queued or running per store, so the watcher ignores our own file events. */
  private readonly writing = new Map<string, number>();
  /** Closed documents whose tags were loaded but not yet checked against the file. */
  private readonly unchecked = new Set<string>();
  private loaded: Promise<void> | undefined;

  constructor(
    private readonly repository: TagRepository,
    private readonly locator: StoreLocator,
    private readonly log: PersistenceLog,
  ) {}

  /** Starts listening and loads every store; resolves when all are loaded and checked. */
  start(): Promise<void> {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.saveDocument(d.uri.toString())),
      vscode.workspace.onDidOpenTextDocument((d) => void this.checkAgainstText(d.uri.toString(), d.getText())),
      // An open document is reloaded by VS Code, and `onEdit` re-anchors it.
      watchTaggedDocuments(this.repository, (uri) => { if (!openDocument(uri.toString())) void this.checkAgainstDisk(uri); }),
      followDocumentMoves(this.repository, this.locator, this, this.log),
      new StoreWatcher(this.locator.roots(), {
        isWriting: (storeKey) => (this.writing.get(storeKey) ?? 0) > 0,
        knownText: (storeKey) => this.knownStoreText.get(storeKey),
        reload: (documentUri, storeUri) => this.loadStore(documentUri, storeUri).catch((err: unknown) => this.log.error(message(err))),
      }),
    );
    return this.whenLoaded();
  }

  whenLoaded(): Promise<void> {
    return (this.loaded ??= this.loadAll());
  }

  /**
   * Writes the store of one document now (after a user change). `text` is the
   * document text the offsets refer to; without it the open document is used.
   */
  save(key: string): Promise<void> {
    const storeKey = this.locator.locate(vscode.Uri.parse(key))?.storeUri.toString() ?? key;
    this.writing.set(storeKey, (this.writing.get(storeKey) ?? 0) + 1);
    const previous = this.writeQueue.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.write(key)).catch((err: unknown) => {
      this.log.error(`Could not save tags of ${key}: ${message(err)}`);
      throw err;
    }).finally(() => this.writing.set(storeKey, (this.writing.get(storeKey) ?? 1) - 1));
    this.writeQueue.set(key, next.catch(() => undefined));
    return next;
  }

  /** Resolves when every queued store write has finished (before exports read the stores). */
  async flush(): Promise<void> {
    await Promise.all([...this.writeQueue.values()]);
  }

  /**
   * Reads the store of a document not in the repository yet (a store that
   * appeared after start), so a first tag never overwrites tags on disk.
   */
  async ensureLoaded(documentUri: vscode.Uri): Promise<void> {
    await this.whenLoaded();
    if (this.repository.get(documentUri.toString())) return;
    const location = this.locator.locate(documentUri);
    if (location) await this.loadStore(documentUri, location.storeUri, { ifExists: true });
  }

  /** Reads one store from disk into the repository (used at start and when a store changed on disk). */
  async loadStore(documentUri: vscode.Uri, storeUri: vscode.Uri, options: { ifExists?: boolean } = {}): Promise<void> {
    const result = await readStoreFile(storeUri);
    if (result.kind === 'missing' && options.ifExists) return;
    await this.takeStore(documentUri, storeUri, result);
  }

  /** Puts what was read from a store into the repository: its tags, read-only ones, or none when it is gone. */
  private async takeStore(documentUri: vscode.Uri, storeUri: vscode.Uri, result: StoreReadResult): Promise<void> {
    const key = documentUri.toString();
    const location = this.locator.locate(documentUri);
    if (result.kind === 'missing') {
      this.knownStoreText.delete(storeUri.toString());
      this.repository.delete(key, 'load');
      this.unchecked.delete(key);
      return;
    }
    if (result.kind === 'readOnly') {
      this.showReadOnly(documentUri, storeUri, result);
      return;
    }
    this.knownStoreText.set(storeUri.toString(), result.text);
    this.repository.set({
      key,
      path: location?.documentPath ?? result.store.document.path,
      contentHash: result.store.document.contentHash,
      claims: result.store.claims,
      readOnlyReason: null,
    }, 'load');
    this.unchecked.add(key);
    if (openDocument(key)) await this.checkAgainstDisk(documentUri);
  }

  /** Checks the tags of every closed document loaded so far against its file (what listing them needs). */
  async checkClosed(): Promise<void> {
    await this.whenLoaded();
    // A live Set: a key another call has taken meanwhile is skipped, none is read twice.
    for (const key of this.unchecked) await this.checkAgainstDisk(vscode.Uri.parse(key));
  }

  /**
   * Re-anchors the tags of a document when `text` is not the text they were
   * anchored in (hash mismatch): position first, then quote + context, then
   * fuzzy; what is lost is orphaned. Writes the store back when anything moved.
   */
  async checkAgainstText(key: string, text: string): Promise<void> {
    this.unchecked.delete(key);
    const doc = this.repository.get(key);
    if (!doc || doc.claims.length === 0) return;
    const hash = contentHash(text);
    if (hash === doc.contentHash) return;
    const report = reanchorClaims(doc.claims, text, hash);
    const orphaned = [...report.outcome.values()].filter((o) => o === 'orphaned').length;
    this.log.info(`Re-anchored ${doc.claims.length} tag(s) of ${doc.path}${orphaned ? `, ${orphaned} orphaned` : ''}.`);
    this.repository.update(key, { claims: report.claims, contentHash: hash }, 'reanchor');
    if (!doc.readOnlyReason) await this.save(key);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }

  private async loadAll(): Promise<void> {
    for (const root of this.locator.roots()) {
      for (const rel of await listStoreFiles(root.dir)) {
        const documentUri = root.documentUriFor(rel);
        if (!documentUri) continue;
        try {
          await this.loadStore(documentUri, vscode.Uri.joinPath(root.dir, ...rel.split('/')));
        } catch (err) {
          this.log.error(`Could not load tags from ${rel}: ${message(err)}`);
        }
      }
    }
  }

  /** The text tags must match: the open document's, else the file on disk; undefined if gone. */
  private async checkAgainstDisk(documentUri: vscode.Uri): Promise<void> {
    this.unchecked.delete(documentUri.toString());
    // A store without tags has nothing to re-anchor: do not read its document.
    if (!this.repository.get(documentUri.toString())?.claims.length) return;
    const open = openDocument(documentUri.toString());
    if (open) {
      if (!open.isDirty) await this.checkAgainstText(open.uri.toString(), open.getText());
      return;
    }
    try {
      const text = decodeText(await vscode.workspace.fs.readFile(documentUri));
      await this.checkAgainstText(documentUri.toString(), text);
    } catch {
      // The document is gone (deleted or renamed): its tags stay listed with their quotes.
    }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const doc = this.repository.get(key);
    if (!doc || doc.claims.length === 0) return;
    const text = e.document.getText();
    // A change that leaves the document clean and is no undo/redo is VS Code
    // reloading the file after it changed on disk: its edit is one block over
    // all changed lines, which would swallow tags. Re-anchor instead.
    if (!e.document.isDirty && e.reason === undefined) {
      void this.checkAgainstText(key, text);
      return;
    }
    const changes = e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    let claims = moveClaims(doc.claims, changes, text);
    // Undoing a deletion brings an orphan's text back: let it find it.
    if (e.reason !== undefined && claims.some((c) => c.orphaned)) claims = findOrphansAgain(claims, text);
    this.repository.update(key, { claims, contentHash: UNSAVED }, 'edit');
  }

  private async saveDocument(key: string): Promise<void> {
    const doc = this.repository.get(key);
    if (doc && doc.claims.length > 0 && !doc.readOnlyReason) await this.save(key);
  }

  private async write(key: string): Promise<void> {
    const doc = this.repository.get(key);
    const documentUri = vscode.Uri.parse(key);
    const location = this.locator.locate(documentUri);
    if (!location || !doc) return;
    if (doc.readOnlyReason) throw new Error(`tags of ${doc.path} are read-only: ${doc.readOnlyReason}`);
    const storeKey = location.storeUri.toString();
    if (doc.claims.length === 0) {
      await this.deleteIfOurs(documentUri, location.storeUri);
      return;
    }
    await this.adoptForeignChanges(key, location.storeUri);
    const open = openDocument(key);
    const hash = open ? contentHash(open.getText()) : doc.contentHash;
    if (hash !== doc.contentHash) this.repository.update(key, { contentHash: hash }, 'edit');
    const text = await writeStoreFile(location.storeUri, toStore(doc, location.documentPath, hash));
    this.knownStoreText.set(storeKey, text);
  }

  /**
   * Removing the last tag deletes the store, but only while the file still
   * holds what we last read or wrote. A colleague's newer store (a `git pull`
   * the watcher has not reported yet) or one this build cannot read is kept
   * and read back, so its tags show again instead of vanishing from disk.
   */
  private async deleteIfOurs(documentUri: vscode.Uri, storeUri: vscode.Uri): Promise<void> {
    const storeKey = storeUri.toString();
    const found = await readStoreFile(storeUri);
    const ours = found.kind === 'ok' && found.text === this.knownStoreText.get(storeKey);
    if (found.kind === 'missing' || ours) {
      if (ours) await deleteStoreFile(storeUri);
      this.knownStoreText.delete(storeKey);
      return;
    }
    if (found.kind === 'ok') {
      const where = vscode.workspace.asRelativePath(storeUri);
      this.log.warn(`Store ${where} changed on disk since it was last read; kept instead of deleted.`);
      void vscode.window.showWarningMessage(
        `ClaimLens: ${where} changed on disk since ClaimLens last read it, so it was kept, not deleted. Its ${found.store.claims.length} tag(s) are shown again.`,
      );
    }
    // What was just read is shown again. Not awaited: taking it re-anchors and may save, which queues behind this write.
    void this.takeStore(documentUri, storeUri, found).catch((err: unknown) => this.log.error(message(err)));
  }

  /**
   * The store on disk is not what we last read or wrote (an import, a pull,
   * a colleague's tool, not yet seen by the watcher): keep the tags it adds
   * rather than overwrite them, and never write over a store this build
   * cannot read. One small read per write buys that.
   */
  private async adoptForeignChanges(key: string, storeUri: vscode.Uri): Promise<void> {
    const found = await readStoreFile(storeUri);
    if (found.kind === 'missing') return;
    if (found.kind === 'ok' && found.text === this.knownStoreText.get(storeUri.toString())) return;
    if (found.kind === 'readOnly') {
      // The change just made cannot be saved: show what the file holds instead of a change that is nowhere on disk.
      this.showReadOnly(vscode.Uri.parse(key), storeUri, found);
      throw new Error(`tags of ${storeUri.path} are read-only: ${found.reason}`);
    }
    const doc = this.repository.get(key);
    const ours = new Set(doc?.claims.map((c) => c.id));
    const theirs = found.store.claims.filter((c) => !ours.has(c.id));
    if (doc && theirs.length > 0) this.repository.update(key, { claims: [...doc.claims, ...theirs] }, 'load');
  }

  /** Lists what could be read from a store that must not be written, marked read-only, and says so. */
  private showReadOnly(documentUri: vscode.Uri, storeUri: vscode.Uri, result: StoreReadResult & { readonly kind: 'readOnly' }): void {
    const { store } = result;
    this.reportReadOnly(storeUri, result.reason, result.backupUri, store?.claims.length ?? 0);
    this.repository.set({
      key: documentUri.toString(),
      path: store?.document.path ?? this.locator.locate(documentUri)?.documentPath ?? documentUri.path,
      contentHash: store?.document.contentHash ?? UNSAVED,
      claims: store?.claims ?? [],
      readOnlyReason: result.reason,
    }, 'load');
  }

  /** `readable`: how many of its tags could be read, and so are listed read-only. */
  private reportReadOnly(storeUri: vscode.Uri, reason: string, backupUri: vscode.Uri | undefined, readable: number): void {
    const where = vscode.workspace.asRelativePath(storeUri);
    this.log.warn(`Store ${where} is read-only (${readable} tag(s) readable): ${reason}${backupUri ? ` (backup: ${backupUri.toString()})` : ''}`);
    const shown = readable > 0
      ? `Its ${readable} readable tag(s) are listed read-only in Tagged claims.`
      : 'No tag could be read from it.';
    void vscode.window
      .showErrorMessage(`ClaimLens: tags in ${where} are read-only. ${reason} ${shown} The file is left untouched${backupUri ? ' and a backup was kept' : ''}.`, 'Open Store File')
      .then((choice) => (choice ? vscode.window.showTextDocument(storeUri) : undefined));
  }
}

function findOrphansAgain(claims: readonly TaggedClaim[], text: string): TaggedClaim[] {
  const report = reanchorClaims(claims.filter((c) => c.orphaned), text);
  const found = new Map(report.claims.filter((c) => !c.orphaned).map((c) => [c.id, c]));
  return claims.map((c) => {
    const back = found.get(c.id);
    return back ? { ...back, document: c.document } : c;
  });
}

function toStore(doc: DocumentTags, path: string, hash: string): StoreFile {
  const document = { path, contentHash: hash };
  const claims: TaggedClaim[] = doc.claims.map((c) => ({ ...c, document }));
  return { formatVersion: STORE_FORMAT_VERSION, document, claims };
}

export function openDocument(key: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
