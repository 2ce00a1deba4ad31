// Node side of `claimlens export`: the workspace on disk and the bundled KB's
// version. Documents are decoded by the same core function as in the editor.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceReader } from '../../core/export/loadWorkspace';
import type { ExportIo } from './export';
import { MAX_DOCUMENT_BYTES, decodeDocument } from '../../core/export/decodeDocument';
import { STORE_DIRECTORY } from '../../core/store/storeFile';

/** Depth limit against symlink loops; real document trees are far shallower. */
const MAX_DEPTH = 32;

export function nodeExportIo(kbPath: string): ExportIo {
  return {
    workspace: nodeWorkspaceReader,
    bundledKbJson: () => readOptional(kbPath),
    writeFile: (file, text) => {
      // Write next to the target, then rename: a failed export never leaves half a file.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, text, 'utf8');
      fs.renameSync(temp, file);
    },
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (line) => process.stderr.write(line),
  };
}

export function nodeWorkspaceReader(dir: string): WorkspaceReader | string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    return `no such directory: ${dir}`;
  }
  if (!stat.isDirectory()) return `not a directory: ${dir}`;
  const storeRoot = path.join(dir, ...STORE_DIRECTORY.split('/'));
  return {
    listStoreFiles: () => Promise.resolve(listJson(storeRoot, '', 0)),
    readText: (rel) => Promise.resolve(readDocument(path.join(dir, ...rel.split('/')))),
  };
}

function listJson(dir: string, prefix: string, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // no store directory: nothing tagged yet
  }
  const out: string[] = [];
  for (const entry of entries) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listJson(path.join(dir, entry.name), rel, depth + 1));
    else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) out.push(rel);
  }
  return out.sort();
}

function readDocument(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > MAX_DOCUMENT_BYTES) return undefined;
    return decodeDocument(fs.readFileSync(file));
  } catch {
    return undefined; // missing or unreadable: exported without line numbers
  }
}

function readOptional(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
