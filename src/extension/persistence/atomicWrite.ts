// Atomic replacement of a file through `vscode.workspace.fs` (works for local,
// remote and virtual workspaces): write a temporary sibling, then rename it
// over the target. A crash mid-write leaves the old store intact, never half
// a JSON file.
import * as vscode from 'vscode';

export async function writeFileAtomic(target: vscode.Uri, content: string): Promise<void> {
  const fs = vscode.workspace.fs;
  const dir = vscode.Uri.joinPath(target, '..');
  await fs.createDirectory(dir);
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  // Starts with "." and does not end in ".json": never mistaken for a store.
  const temp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await fs.rename(temp, target, { overwrite: true });
  } catch (err) {
    await fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}
