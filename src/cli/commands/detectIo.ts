// Node side of `claimlens detect`: reading files safely and building the
// engine from the bundled KB. Everything here may touch the disk; the
// command itself (detect.ts) only sees the DetectIo interface.

import * as fs from 'node:fs';
import { createAnalyzer } from '../../core/analyzer';
import { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { parseKb } from '../../core/kb/parseKb';
import type { DetectIo, ReadResult } from './detect';

/**
 * Larger files are refused: the engine handles 10 MB in a few seconds, and a
 * 50 MB input is almost certainly not a document an analyst meant to read.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readTextFile(file: string, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e: unknown) {
    return { error: describe(e) };
  }
  if (stat.isDirectory()) return { error: 'is a directory' };
  if (stat.size > maxBytes) {
    return { error: `file is too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e: unknown) {
    return { error: describe(e) };
  }
  // NUL bytes do not occur in text; UTF-16 files and binaries both have them.
  if (bytes.subarray(0, 65536).includes(0)) return { error: 'binary file (not UTF-8 text)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function describe(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message.split('\n')[0] ?? 'cannot read' : 'cannot read';
}

type Engine = ReturnType<typeof createAnalyzer>;

/** Loads the KB at `kbPath` (the bundled media/kb/kb.json) on first use. */
export function loadEngine(kbPath: string): Engine {
  let kbText: string;
  try {
    kbText = fs.readFileSync(kbPath, 'utf8');
  } catch (e: unknown) {
    throw new Error(`cannot load the knowledge base ${kbPath}: ${describe(e)}`);
  }
  const parsed = parseKb(kbText, kbPath, { bundled: true });
  if (parsed.kb === null) {
    const first = parsed.diagnostics[0];
    throw new Error(`cannot load the knowledge base ${kbPath}: ${first?.message ?? 'unknown error'}`);
  }
  return createAnalyzer({ kb: new KnowledgeBase(parsed.kb) });
}

export function nodeDetectIo(kbPath: string): DetectIo {
  let engine: Engine | null = null;
  return {
    readFile: (file) => readTextFile(file),
    analyzer: () => (engine ??= loadEngine(kbPath)),
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (line) => process.stderr.write(line),
  };
}
