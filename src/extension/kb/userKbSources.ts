// Which analysts' KB files to load, in merge order (later wins): every *.json
// and *.csv under `claimlens.kb.folder` (default `.claimlens/kb/`) of each
// workspace folder, sorted by path, then the files named in `claimlens.kb.files`.
// A named file that cannot be found is reported, never thrown.
import * as vscode from 'vscode';
import type { ParsedKb } from '../../core/kb/parseKb';
import { failedKb } from './failedKb';

export interface UserKbSource {
  readonly uri: vscode.Uri;
  /** How diagnostics and hovers name it: the workspace-relative path or the configured string. */
  readonly origin: string;
}

export interface FoundSources {
  readonly sources: readonly UserKbSource[];
  /** Files named in `claimlens.kb.files` that do not exist, as diagnostics. */
  readonly missing: readonly ParsedKb[];
}

/** Deep enough for `.claimlens/kb/team/regions/x.json`, bounded against symlink loops. */
const MAX_DEPTH = 4;

export function isKbFileName(name: string): boolean {
  return /\.(json|csv)$/i.test(name);
}

export async function findUserKbSources(kbFolder: string, kbFiles: readonly string[]): Promise<FoundSources> {
  const sources: UserKbSource[] = [];
  const seen = new Set<string>();
  const add = (uri: vscode.Uri, origin: string): void => {
    if (seen.has(uri.toString())) return;
    seen.add(uri.toString());
    sources.push({ uri, origin });
  };
  if (kbFolder !== '') {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const found = await listKbFiles(vscode.Uri.joinPath(folder.uri, ...kbFolder.split('/')), MAX_DEPTH);
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const uri of found) add(uri, vscode.workspace.asRelativePath(uri, true));
    }
  }
  const missing: ParsedKb[] = [];
  for (const file of kbFiles) {
    const uri = await locate(file);
    if (uri === undefined) missing.push(failedKb(file, 'file not found (relative paths are looked up in the workspace folders)'));
    else add(uri, file);
  }
  return { sources, missing };
}

/** `/data/kb.json` or `C:\kb.json`; anything else is looked up in the workspace folders. */
export function isAbsolutePath(file: string): boolean {
  return /^([a-zA-Z]:[\\/]|\/)/.test(file);
}

async function listKbFiles(dir: vscode.Uri, depth: number): Promise<vscode.Uri[]> {
  // Stat first: most workspaces have no KB folder, and a failed readDirectory is logged as an error.
  const isDir = await vscode.workspace.fs.stat(dir).then((s) => (s.type & vscode.FileType.Directory) !== 0, () => false);
  if (!isDir) return [];
  const entries = await vscode.workspace.fs.readDirectory(dir).then((e) => e, () => [] as [string, vscode.FileType][]);
  const out: vscode.Uri[] = [];
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(dir, name);
    if ((type & vscode.FileType.Directory) !== 0) {
      if (depth > 1) out.push(...await listKbFiles(uri, depth - 1));
    } else if (isKbFileName(name)) {
      out.push(uri);
    }
  }
  return out;
}

async function locate(file: string): Promise<vscode.Uri | undefined> {
  const candidates = isAbsolutePath(file)
    ? [vscode.Uri.file(file)]
    : (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, ...file.replace(/\\/g, '/').split('/')));
  for (const uri of candidates) {
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (exists) return uri;
  }
  return undefined;
}
