// `claimlens detect FILE... [--format json|jsonl|text]`: analyse files with
// the same engine as the extension and print the result records.
// File access and the engine are injected (see detectIo.ts) so tests can run
// the command without touching the disk.

import type { AnalysisResult } from '../../core/model/analysis';
import type { AnalyzeOptions } from '../../core/analysis/documentAnalyzer';
import { formatText } from './detectText';
import { toRecord } from '../../core/model/detectRecord';
import { chunkedWriter, writeJson } from './jsonStream';
import { readCommandArgs } from './commandArgs';

export type DetectFormat = 'json' | 'jsonl' | 'text';

/** A file as read: decoded text, or a one-line reason why it cannot be analysed. */
export type ReadResult = { readonly text: string } | { readonly error: string };

export interface DetectIo {
  readFile(file: string): ReadResult;
  /** Built on first use so `--help` and argument errors stay instant. */
  analyzer(): { analyze(text: string, options?: AnalyzeOptions): AnalysisResult };
  stdout(chunk: string): void;
  stderr(line: string): void;
}

export const DETECT_USAGE = `usage: claimlens detect FILE... [--format json|jsonl|text]

  json   (default) one object per file, an array when several files are given
  jsonl  one object per line and file
  text   a readable listing with line:column positions
Files are read as UTF-8 (a BOM is dropped); offsets are UTF-16 code units into
that text, end exclusive. .md/.markdown files are analysed as Markdown.
Binary, non-UTF-8, unreadable and files over 50 MB are reported on stderr and
skipped; the others are still analysed. Exit code: 0 ok, 1 a file or the
knowledge base failed, 2 usage error.
`;

interface DetectArgs {
  readonly files: string[];
  readonly format: DetectFormat;
}

function parseArgs(argv: readonly string[]): DetectArgs | string {
  const files: string[] = [];
  let format: DetectFormat = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    let value: string | undefined;
    if (arg === '--format' || arg === '-f') value = argv[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else {
      files.push(arg);
      continue;
    }
    if (value !== 'json' && value !== 'jsonl' && value !== 'text') return `--format must be json, jsonl or text (got '${value ?? ''}')`;
    format = value;
  }
  if (files.length === 0) return 'no input files';
  return { files, format };
}

export function languageOf(file: string): AnalyzeOptions['languageId'] {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(file) ? 'markdown' : 'plaintext';
}

/** Runs the command; returns the process exit code (0 ok, 1 some file failed, 2 usage). */
export function runDetect(argv: readonly string[], io: DetectIo): number {
  const read = readCommandArgs(argv, { name: 'detect', usage: DETECT_USAGE, parse: parseArgs }, io);
  if ('exit' in read) return read.exit;
  const { args } = read;
  let failed = false;
  let written = 0;
  const several = args.files.length > 1;
  const out = chunkedWriter((chunk) => io.stdout(chunk));
  for (const file of args.files) {
    const read = io.readFile(file);
    if ('error' in read) {
      io.stderr(`claimlens: ${file}: ${read.error}\n`);
      failed = true;
      continue;
    }
    let analyzer: ReturnType<DetectIo['analyzer']>;
    try {
      analyzer = io.analyzer();
    } catch (e: unknown) {
      // Without the engine no file can be analysed: say why once and stop.
      io.stderr(`claimlens: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const result = analyzer.analyze(read.text, { languageId: languageOf(file) });
    const record = toRecord(file, result);
    // Each record is printed as soon as it is ready and then dropped, so a
    // batch shows progress and memory holds one file's result at a time.
    if (args.format === 'jsonl') out.write(`${JSON.stringify(record)}\n`);
    else if (args.format === 'text') out.write(formatText(record, read.text));
    else if (several) {
      out.write(written === 0 ? '[\n  ' : ',\n  ');
      writeJson(record, 1, out.write);
    } else {
      writeJson(record, 0, out.write);
      out.write('\n');
    }
    written++;
    out.flush();
  }
  if (args.format === 'json' && several) out.write(written === 0 ? '[]\n' : '\n]\n');
  out.flush();
  return failed ? 1 : 0;
}
