// Writes the stores an import changes as one unit, through injected file
// operations: every new store is first written to a temporary sibling, then
// the temporaries are renamed over their stores. If anything fails, the
// temporaries are removed and the stores already renamed are put back as they
// were (restored from their previous bytes, or removed when they were new), so
// an I/O error midway never leaves half an import behind. What could not be
// put back is named, never hidden.

export interface StoreFiles {
  /** The file's bytes, or undefined when it does not exist (any other failure throws). */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Creates or replaces the file, creating its folder if needed. */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** Moves `from` over `to`, replacing it. */
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** A fresh temporary path next to `path` that is never read as a store. */
  temporary(path: string): string;
}

export type WriteStoresOutcome =
  | { readonly ok: true; readonly written: readonly string[] }
  | {
    readonly ok: false;
    readonly error: string;
    /** Stores that hold imported content because putting them back failed too; empty when all were restored. */
    readonly notRestored: readonly string[];
  };

export async function writeStores(files: StoreFiles, writes: ReadonlyMap<string, string>): Promise<WriteStoresOutcome> {
  const encoder = new TextEncoder();
  const previous = new Map<string, Uint8Array | undefined>();
  const staged = new Map<string, string>();
  const renamed: string[] = [];
  try {
    for (const path of writes.keys()) previous.set(path, await files.read(path));
    for (const [path, text] of writes) {
      const temp = files.temporary(path);
      staged.set(path, temp);
      await files.write(temp, encoder.encode(text));
    }
    for (const [path, temp] of staged) {
      await files.rename(temp, path);
      renamed.push(path);
    }
    return { ok: true, written: renamed };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    for (const [path, temp] of staged) if (!renamed.includes(path)) await files.remove(temp).catch(() => undefined);
    const notRestored: string[] = [];
    for (const path of renamed.reverse()) {
      if (!(await restore(files, path, previous.get(path)))) notRestored.push(path);
    }
    return { ok: false, error, notRestored: notRestored.sort() };
  }
}

/** True when the store is back as it was before the import. */
async function restore(files: StoreFiles, path: string, bytes: Uint8Array | undefined): Promise<boolean> {
  try {
    if (bytes === undefined) {
      await files.remove(path);
      return true;
    }
    const temp = files.temporary(path);
    await files.write(temp, bytes);
    await files.rename(temp, path);
    return true;
  } catch {
    return false;
  }
}
