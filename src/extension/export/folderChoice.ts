// Which workspace folder an export or import is about. Both read and write one
// folder's stores, as `claimlens export DIR` does, so the bytes stay the same
// as the CLI's. With several folders an interactive command never picks one
// silently (the tree shows the tags of all folders; exporting only the active
// editor's folder would look like "the whole workspace"): it asks, the active
// editor's folder first. Pure: no `vscode` import, so it is unit-tested in Node.

export type FolderDecision<F> = { readonly use: F | undefined } | { readonly ask: readonly F[] };

/**
 * `target`: the folder of the file the caller named (export target), which
 * decides; `active`: the active editor's folder.
 */
export function decideFolder<F>(folders: readonly F[], target: F | undefined, active: F | undefined, interactive: boolean): FolderDecision<F> {
  if (target !== undefined) return { use: target };
  if (folders.length <= 1 || !interactive) return { use: active ?? folders[0] };
  return { ask: active === undefined ? folders : [active, ...folders.filter((f) => f !== active)] };
}
