// Lists store files below a directory ("reports/brief.md.json"), walking with
// `vscode.workspace.fs` so remote and virtual workspaces work too.
import * as vscode from 'vscode';

/** Depth limit against symlink loops; real document trees are far shallower. */
const MAX_DEPTH = 32;

export async function listStoreFiles(dir: vscode.Uri): Promise<string[]> {
  const out: string[] = [];
  await walk(dir, '', 0, out);
  return out.sort();
}

async function walk(dir: vscode.Uri, prefix: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  let entries: [string, vscode.FileType][];
  try {
    // stat first: reading a missing directory logs a stack trace in the extension host.
    await vscode.workspace.fs.stat(dir);
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return; // no store directory yet
  }
  for (const [name, type] of entries) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (type & vscode.FileType.Directory) await walk(vscode.Uri.joinPath(dir, name), rel, depth + 1, out);
    else if (type & vscode.FileType.File && name.endsWith('.json') && !name.startsWith('.')) out.push(rel);
  }
}
