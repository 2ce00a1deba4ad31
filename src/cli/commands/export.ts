// `claimlens export [--format json|w3c|csv|md] [--document PATH] [--out FILE] [WORKSPACE_DIR]`:
// reads the sidecar stores the extension wrote and renders them with the same
// core functions as the editor command, so both write the same bytes.
// File access is injected (exportIo.ts) so tests run without the disk.

import type { ExportFormat, ExportScope } from '../../core/export/exportTypes';
import type { WorkspaceReader } from '../../core/export/loadWorkspace';
import { loadWorkspaceExport } from '../../core/export/loadWorkspace';
import { parseExportFormat, renderExport } from '../../core/export/renderExport';
import { normalizeDocumentPath } from '../../core/store/storeFile';
import { readCommandArgs } from './commandArgs';

export interface ExportIo {
  /** Reader rooted at the workspace directory, or an error line when it is not one. */
  workspace(dir: string): WorkspaceReader | string;
  /** The bundled media/kb/kb.json's text, undefined when it cannot be read. */
  bundledKbJson(): string | undefined;
  writeFile(file: string, text: string): void;
  stdout(chunk: string): void;
  stderr(line: string): void;
}

export const EXPORT_USAGE = 'usage: claimlens export [--format json|w3c|csv|md] [--document PATH] [--out FILE] [WORKSPACE_DIR]\n';

interface ExportArgs {
  readonly format: ExportFormat;
  readonly out: string | undefined;
  readonly dir: string;
  readonly document: string | undefined;
}

function parseArgs(argv: readonly string[]): ExportArgs | string {
  let format: ExportFormat = 'json';
  let out: string | undefined;
  let document: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--format' || name === '-f') {
      const given = value();
      const parsed = parseExportFormat(given);
      if (!parsed) return `--format must be json, w3c, csv or md (got '${given ?? ''}')`;
      format = parsed;
    } else if (name === '--out' || name === '-o') {
      out = value();
      if (!out) return '--out needs a file name';
    } else if (name === '--document') {
      document = value();
      if (!document) return '--document needs a workspace-relative path';
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else dirs.push(arg);
  }
  if (dirs.length > 1) return 'give at most one WORKSPACE_DIR';
  return { format, out, dir: dirs[0] ?? '.', document };
}

/** Returns the exit code: 0 written (problems with single stores are warnings), 1 failed, 2 usage. */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  const read = readCommandArgs(argv, { name: 'export', usage: EXPORT_USAGE, parse: parseArgs }, io);
  if ('exit' in read) return read.exit;
  const { args } = read;
  const reader = io.workspace(args.dir);
  if (typeof reader === 'string') {
    io.stderr(`claimlens export: ${reader}\n`);
    return 1;
  }
  const loaded = await loadWorkspaceExport(reader, io.bundledKbJson());
  for (const problem of loaded.problems) io.stderr(`claimlens export: warning: ${problem}\n`);
  const scope: ExportScope = args.document === undefined
    ? { kind: 'workspace' }
    : { kind: 'document', path: normalizeDocumentPath(args.document) };
  const text = renderExport(args.format, { ...loaded, scope });
  if (args.out === undefined || args.out === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(args.out, text);
  } catch (err) {
    io.stderr(`claimlens export: cannot write ${args.out}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const count = loaded.claims.filter((c) => scope.kind === 'workspace' || c.document.path === scope.path).length;
  io.stderr(`claimlens export: ${count} tagged claim${count === 1 ? '' : 's'} written to ${args.out}\n`);
  return 0;
}
