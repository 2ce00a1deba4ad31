// Reads one analyst KB file: refuses files over the size cap before reading
// them (a 100 MB export dropped into the folder must not stall the editor),
// then parses CSV name lists or JSON KB files. Never throws.
import * as vscode from 'vscode';
import { parseKb, type ParsedKb } from '../../core/kb/parseKb';
import { parseUserKbCsv } from '../../core/kb/parseUserKbCsv';
import { failedKb } from './failedKb';
import type { UserKbSource } from './userKbSources';

/** 20 MB: ten times the bundled KB; anything larger is almost surely not a hand-kept KB. */
export const MAX_USER_KB_BYTES = 20 * 1024 * 1024;

export async function readUserKb({ uri, origin }: UserKbSource): Promise<ParsedKb> {
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_USER_KB_BYTES) {
      return failedKb(origin, `file is too large (${megabytes(size)} MB, limit ${megabytes(MAX_USER_KB_BYTES)} MB): not loaded`);
    }
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return /\.csv$/i.test(uri.path) ? parseUserKbCsv(text, origin) : parseKb(text, origin, { user: true });
  } catch (err) {
    return failedKb(origin, `cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
