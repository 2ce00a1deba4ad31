// Reads and writes one store file. Reading never trusts the file (core
// `parseStore`); a file that cannot be parsed or is of a newer format is
// copied to a backup once and reported read-only, so nothing stored is ever
// overwritten by this build.
import * as vscode from 'vscode';
import type { StoreFile } from '../../core/store/storeFile';
import type { StoreDiagnostic } from '../../core/store/diagnostics';
import { parseStore } from '../../core/store/parseStore';
import { serializeStore } from '../../core/store/serializeStore';
import { sha256Hex } from '../../core/anchoring/contentHash';
import { writeFileAtomic } from './atomicWrite';
import { isFileNotFound } from '../util/fileNotFound';

export type StoreReadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly store: StoreFile; readonly text: string }
  | {
      readonly kind: 'readOnly';
      /** What could be read, to show; null when nothing could. */
      readonly store: StoreFile | null;
      readonly reason: string;
      readonly diagnostics: readonly StoreDiagnostic[];
      readonly backupUri: vscode.Uri | undefined;
    };

export async function readStoreFile(storeUri: vscode.Uri): Promise<StoreReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(storeUri);
  } catch (err) {
    if (isFileNotFound(err)) return { kind: 'missing' };
    throw err;
  }
  const text = new TextDecoder().decode(bytes);
  // A newer format's claims that still fit are shown read-only, not hidden.
  const parsed = parseStore(text, { readNewer: true });
  if (parsed.readOnlyReason === undefined && parsed.store) return { kind: 'ok', store: parsed.store, text };
  const backupUri = await backUp(storeUri, bytes).catch(() => undefined);
  return {
    kind: 'readOnly',
    store: parsed.store,
    reason: parsed.readOnlyReason ?? 'The store file could not be read.',
    diagnostics: parsed.diagnostics,
    backupUri,
  };
}

/** Returns the text written, so the caller can tell its own writes from others' in the file watcher. */
export async function writeStoreFile(storeUri: vscode.Uri, store: StoreFile): Promise<string> {
  const text = serializeStore(store);
  await writeFileAtomic(storeUri, text);
  return text;
}

export async function deleteStoreFile(storeUri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(storeUri);
  } catch (err) {
    if (!isFileNotFound(err)) throw err;
  }
}

/**
 * `<store>.json.<hash>.bak` next to the store: named by content so loading the
 * same broken file again does not pile up copies, and not ending in ".json" so
 * it is never read as a store.
 */
async function backUp(storeUri: vscode.Uri, bytes: Uint8Array): Promise<vscode.Uri> {
  const hash = sha256Hex(bytes).slice(0, 12);
  const backup = storeUri.with({ path: `${storeUri.path}.${hash}.bak` });
  try {
    await vscode.workspace.fs.stat(backup);
    return backup;
  } catch {
    await vscode.workspace.fs.copy(storeUri, backup, { overwrite: false });
    return backup;
  }
}

/** Decodes a document's bytes as VS Code would for UTF-8 files (BOM dropped). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
