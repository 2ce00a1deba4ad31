// What phase 1 of the restart pair leaves for phase 2 (a JSON file in the
// scratch folder): the tags it made, as they were after an edit and a save,
// so the second VS Code can check that each one came back unchanged.
// Both phases run in separate launches, so the launcher names the scratch
// folder (CLAIMLENS_RESTART_ID) and concurrent runs never share one.
import * as vscode from 'vscode';
import { scratchDirs } from '../support';

export interface HandoffTag {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly quote: string;
  /** UTF-16 offsets into the saved document. */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export interface Handoff {
  /** The tagged document, workspace-relative. */
  readonly document: string;
  readonly tags: readonly HandoffTag[];
}

/** The scratch folder, its sidecar store folder and the handoff file of this run's restart pair. */
export function restartPaths(folder: vscode.Uri): { readonly dir: vscode.Uri; readonly storeDir: vscode.Uri; readonly handoff: vscode.Uri } {
  const id = process.env.CLAIMLENS_RESTART_ID?.trim();
  if (!id || !/^[\w-]+$/.test(id)) throw new Error('CLAIMLENS_RESTART_ID must name this run (the launcher sets it)');
  const { dir, storeDir } = scratchDirs(folder, `restart-${id}`);
  return { dir, storeDir, handoff: vscode.Uri.joinPath(dir, 'handoff.json') };
}
