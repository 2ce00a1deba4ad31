// Helpers the integration suites share: activating ClaimLens in the host,
// polling for what the extension does asynchronously, and the scratch folders
// suites create inside samples/ so tags never touch the real sample
// documents. Not a suite itself: index.ts loads only `*.test.js`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';

export interface ClaimLensHost {
  readonly api: ClaimLensApi;
  readonly extension: vscode.Extension<ClaimLensApi>;
  /** The sample workspace (`samples/`) the launchers open. */
  readonly folder: vscode.WorkspaceFolder;
}

/** Activates ClaimLens (a no-op once active) and returns its API and the sample workspace. */
export async function activateClaimLens(): Promise<ClaimLensHost> {
  const extension = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
  assert.ok(extension, 'ClaimLens is installed');
  const api = await extension.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples/ workspace is open');
  return { api, extension, folder };
}

/**
 * Polls `probe` every 100 ms until it returns something other than undefined.
 * Watchers and debounced analysis can take seconds on a loaded 2-core machine.
 */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A suite's scratch folder `samples/.tmp-tests/<name>` and the sidecar store folder of its documents. */
export function scratchDirs(folder: vscode.Uri, name: string): { readonly dir: vscode.Uri; readonly storeDir: vscode.Uri } {
  return {
    dir: vscode.Uri.joinPath(folder, '.tmp-tests', name),
    storeDir: vscode.Uri.joinPath(folder, '.claimlens', 'annotations', '.tmp-tests', name),
  };
}

/** Removes what a suite created in samples/, then the shared parents if they are left empty. */
export async function cleanUp(folder: vscode.Uri, ...dirs: vscode.Uri[]): Promise<void> {
  // Let saves triggered by the last test (document save, revert) finish first.
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const dir of dirs) await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  // Shared parents go only when nothing else (another suite) is left in them.
  for (const rel of ['.tmp-tests', '.claimlens/annotations/.tmp-tests', '.claimlens/annotations', '.claimlens']) {
    const dir = vscode.Uri.joinPath(folder, ...rel.split('/'));
    // stat first: the host logs a stack trace for every readDirectory of a missing folder.
    if (!(await vscode.workspace.fs.stat(dir).then(() => true, () => false))) continue;
    const entries = await vscode.workspace.fs.readDirectory(dir).then((e) => e, () => undefined);
    if (entries?.length === 0) await vscode.workspace.fs.delete(dir, { recursive: false, useTrash: false }).then(undefined, () => undefined);
  }
}

/** ClaimLens's hover parts at `offset` (through `vscode.executeHoverProvider`, as the mouse), and their text with Markdown escapes removed. */
export async function claimLensHoverAt(document: vscode.TextDocument, offset: number): Promise<{ text: string; parts: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  const ours = parts.filter((p) => p.value.includes('command:claimlens.'));
  return { text: ours.map((p) => unescapeMarkdown(p.value)).join('\n\n'), parts: ours };
}

/** Markdown as a reader sees it: backslash escapes and the &nbsp; of `appendText` undone. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
