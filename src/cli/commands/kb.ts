// `claimlens kb lookup NAME` and `claimlens kb show ID`: the same KB and
// lookup the extension uses, printed as JSON or text. I/O is injected so
// tests run without the disk.

import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { selectFactsAt } from '../../core/kb/temporal';
import { formatCandidatesText, formatEntityText } from './kbText';
import { readCommandArgs } from './commandArgs';

export interface KbCommandIo {
  /** The KB, or an error message when it cannot be loaded. */
  readonly loadKb: () => KnowledgeBase | { readonly error: string };
  readonly stdout: (chunk: string) => void;
  readonly stderr: (line: string) => void;
}

const USAGE = `usage: claimlens kb lookup NAME [--format json|text] [--limit N]
       claimlens kb show ID [--format json|text] [--at YYYY-MM-DD]
`;

interface KbArgs {
  readonly sub: string;
  readonly rest: string;
  readonly format: 'json' | 'text';
  readonly limit: number;
  readonly at: string | null;
}

function parseArgs(argv: readonly string[]): KbArgs | string {
  const words: string[] = [];
  let format: 'json' | 'text' = 'text';
  let limit = 10;
  let at: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string | undefined => argv[++i];
    if (a === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'text') return `--format must be json or text`;
      format = f;
    } else if (a === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return '--limit must be a positive integer';
      limit = n;
    } else if (a === '--at') {
      const d = value();
      if (d === undefined || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return '--at must be a date (YYYY, YYYY-MM or YYYY-MM-DD)';
      at = d;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else words.push(a);
  }
  const [sub, ...rest] = words;
  if (sub !== 'lookup' && sub !== 'show') return sub === undefined ? 'missing subcommand' : `unknown subcommand '${sub}'`;
  if (rest.length === 0) return `kb ${sub}: missing ${sub === 'lookup' ? 'NAME' : 'ID'}`;
  return { sub, rest: rest.join(' '), format, limit, at };
}

/** Exit code: 0 found, 1 not found or KB unreadable, 2 usage error. */
export function runKb(argv: readonly string[], io: KbCommandIo): number {
  const read = readCommandArgs(argv, { name: 'kb', usage: USAGE, parse: parseArgs }, io);
  if ('exit' in read) return read.exit;
  const { args } = read;
  const kb = io.loadKb();
  if ('error' in kb) {
    io.stderr(`claimlens kb: ${kb.error}\n`);
    return 1;
  }
  return args.sub === 'lookup' ? lookup(kb, args, io) : show(kb, args, io);
}

function lookup(kb: KnowledgeBase, args: KbArgs, io: KbCommandIo): number {
  const candidates = kb.lookup(args.rest).slice(0, args.limit);
  if (args.format === 'json') {
    const out = {
      query: args.rest,
      kb: { version: kb.version, asOf: kb.asOf },
      candidates: candidates.map((c) => ({
        id: c.entity.id,
        label: c.entity.label,
        type: c.entity.type,
        kind: c.entity.kind,
        sense: c.sense,
        score: c.score,
        matched: c.name,
        description: c.entity.description,
      })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else io.stdout(formatCandidatesText(args.rest, candidates));
  return candidates.length > 0 ? 0 : 1;
}

function show(kb: KnowledgeBase, args: KbArgs, io: KbCommandIo): number {
  const entity = kb.byId(args.rest);
  if (entity === undefined) {
    const hint = kb.lookup(args.rest)[0];
    io.stderr(`claimlens kb: no entry with id '${args.rest}'${hint ? ` (did you mean ${hint.entity.id}, ${hint.entity.label}?)` : ''}\n`);
    return 1;
  }
  const date = args.at ?? kb.asOf;
  const facts = selectFactsAt(entity.facts, date);
  const memberOf = kb.membershipsAt(entity.id, date).map((m) => ({ id: m.org.id, label: m.org.label, ...(m.fact.start !== undefined ? { since: m.fact.start } : {}) }));
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify({ kb: { version: kb.version, asOf: kb.asOf }, at: date, entity, factsAt: facts, memberOf }, null, 2)}\n`);
  } else io.stdout(formatEntityText(kb, entity, facts, date, memberOf.map((m) => m.label)));
  return 0;
}
