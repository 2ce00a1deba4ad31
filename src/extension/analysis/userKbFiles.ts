// Reads the analysts' KB files named in `claimlens.kb.files`. A relative path
// is looked up in each workspace folder; a missing or unreadable file becomes
// a diagnostic, never an exception, so one bad file cannot stop analysis.
import * as vscode from 'vscode';
import type { KbDiagnostic } from '../../core/kb/kbDiagnostic';
import { parseKb, type ParsedKb } from '../../core/kb/parseKb';

export async function readUserKbFiles(paths: readonly string[]): Promise<ParsedKb[]> {
  const out: ParsedKb[] = [];
  for (const file of paths) {
    const uri = await locate(file);
    if (uri === undefined) {
      out.push(failed(file, 'file not found (relative paths are looked up in the workspace folders)'));
      continue;
    }
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      out.push(parseKb(text, file, { user: true }));
    } catch (err) {
      out.push(failed(file, err instanceof Error ? err.message : String(err)));
    }
  }
  return out;
}

async function locate(file: string): Promise<vscode.Uri | undefined> {
  const candidates = /^([a-zA-Z]:[\\/]|\/)/.test(file)
    ? [vscode.Uri.file(file)]
    : (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, file));
  for (const uri of candidates) {
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

function failed(origin: string, message: string): ParsedKb {
  const diagnostic: KbDiagnostic = { origin, line: 1, column: 1, severity: 'error', message };
  return { origin, kb: null, extensions: [], diagnostics: [diagnostic] };
}
