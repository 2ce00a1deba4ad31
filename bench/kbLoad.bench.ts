// How long the bundled KB takes to become usable: JSON parse, validation,
// KnowledgeBase construction, the lookup name index and the first lookups.
// Cold = the first run in a fresh Node process (what an activation or a CLI
// call pays): each cold figure is the median of RUNS fresh processes, run
// both under tsx (the sources) and from an esbuild bundle (what ships, as
// bench/engine.bench.ts does). Warm = median of later runs in one process.
// Wall time suffers on a busy machine, so process CPU time is printed too
// (it counts GC and compiler helper threads, so it can exceed wall time).
// Targets (KB issue): parse + validation < 50 ms, name index < 100 ms (cold).
// buildIndex() only files names by bucket; each bucket's entries are made by
// the first lookup that needs it, so "every index entry" is what a caller
// iterating names() pays (nothing in the extension or CLI does).
//   node --import tsx bench/kbLoad.bench.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type { Phase, Times } from './kbLoadChild';
import { PHASES, QUERIES, once } from './kbLoadChild';

const KB_PATH = path.join(__dirname, '..', 'media', 'kb', 'kb.json');
const CHILD = path.join(__dirname, 'kbLoadChild.ts');
const RUNS = 7;

const LABELS: Record<Phase, string> = {
  read: 'read file',
  parseKb: 'parseKb (JSON.parse + validation)',
  index: 'KnowledgeBase + buildIndex()',
  lookups: `first ${QUERIES.length} lookups`,
  gazetteer: 'detector gazetteer (lazy trie)',
  allNames: 'every index entry (names())',
  jsonParse: 'JSON.parse alone (baseline)',
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const fmt = (n: number): string => n.toFixed(1).padStart(7);
const med = (ts: readonly Times[], p: Phase): string => `${fmt(median(ts.map((t) => t[p].wall)))} /${fmt(median(ts.map((t) => t[p].cpu)))}`;

/** The child as one minified bundle, so the cold runs also measure code built the way it ships. */
function bundle(dir: string): string {
  const outfile = path.join(dir, 'kbLoadChild.js');
  esbuild.buildSync({
    entryPoints: [CHILD], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022',
    minify: true, logLevel: 'warning', mainFields: ['module', 'main'],
  });
  return outfile;
}

/** RUNS fresh processes, each reporting its one cold load as JSON. */
function coldRuns(args: readonly string[]): Times[] {
  const script = `const m = require(${JSON.stringify(args[args.length - 1])}); process.stdout.write(JSON.stringify(m.once(${JSON.stringify(KB_PATH)})));`;
  const runs: Times[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [...args.slice(0, -1), '-e', script], { encoding: 'utf8' })) as Times);
  }
  return runs;
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-kbload-'));
  try {
    const viaTsx = coldRuns(['--import', 'tsx', CHILD]);
    const viaBundle = coldRuns([bundle(tmp)]);
    const warm: Times[] = [];
    once(KB_PATH);
    for (let i = 0; i < RUNS; i++) warm.push(once(KB_PATH));
    const size = fs.statSync(KB_PATH).size;
    console.log(`KB ${path.relative(process.cwd(), KB_PATH)} (${(size / 1024).toFixed(0)} KB), node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)}`);
    console.log(`ms wall / ms CPU; cold = median of ${RUNS} fresh processes, warm = median of ${RUNS} runs in one process`);
    console.log(`${''.padEnd(34)} ${'cold (tsx)'.padStart(17)}  ${'cold (bundle)'.padStart(17)}  ${'warm'.padStart(17)}`);
    for (const p of PHASES) console.log(`${LABELS[p].padEnd(34)} ${med(viaTsx, p)}  ${med(viaBundle, p)}  ${med(warm, p)}`);
    const ratio = median(warm.map((t) => t.parseKb.cpu)) / median(warm.map((t) => t.jsonParse.cpu));
    console.log(`parseKb / JSON.parse (warm CPU): ${ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
