// How long the bundled KB takes to become usable: JSON parse, validation,
// KnowledgeBase construction and the name index the gazetteer iterates.
// Cold = first run in this process (what an activation pays); warm = median
// of later runs. Wall time suffers on a busy machine, so process CPU time is
// printed too, and parseKb is compared with plain JSON.parse measured in the
// same run. Targets: parse < 50 ms, index < 100 ms (cold).
//   node --import tsx bench/kbLoad.bench.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { parseKb } from '../src/core/kb/parseKb';

const KB_PATH = path.join(__dirname, '..', 'media', 'kb', 'kb.json');
const RUNS = 7;
const PHASES = ['read', 'jsonParse', 'parseKb', 'index', 'lookups'] as const;
type Phase = (typeof PHASES)[number];
interface Cost {
  readonly wall: number;
  readonly cpu: number;
}
type Times = Record<Phase, Cost>;

function measure<T>(fn: () => T): [T, Cost] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [value, { wall, cpu: (c.user + c.system) / 1000 }];
}

function once(): Times {
  const [text, read] = measure(() => fs.readFileSync(KB_PATH, 'utf8'));
  const [, jsonParse] = measure(() => JSON.parse(text) as unknown);
  const [parsed, parseCost] = measure(() => parseKb(text, KB_PATH));
  if (parsed.kb === null) throw new Error(parsed.diagnostics[0]?.message ?? 'KB did not load');
  const file = parsed.kb;
  const [kb, index] = measure(() => {
    const built = new KnowledgeBase(file);
    built.buildIndex();
    return built;
  });
  const [found, lookups] = measure(() =>
    ['Pyongyang', 'the Kremlin', 'NATO', 'North Korean', 'Putin', 'Kursk region', 'Brussels', 'Wagner'].map((q) => kb.lookup(q).length),
  );
  if (found.some((n) => n === 0)) throw new Error('a benchmark lookup found nothing');
  return { read, jsonParse, parseKb: parseCost, index, lookups };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const size = fs.statSync(KB_PATH).size;
const cold = once();
const warm: Times[] = [];
for (let i = 0; i < RUNS; i++) warm.push(once());
const fmt = (n: number): string => n.toFixed(1).padStart(7);
const LABELS: Record<Phase, string> = {
  read: 'read file',
  jsonParse: 'JSON.parse alone (baseline)',
  parseKb: 'parseKb (JSON.parse + validation)',
  index: 'KnowledgeBase + name index',
  lookups: '8 lookups',
};
console.log(`KB ${path.relative(process.cwd(), KB_PATH)} (${(size / 1024).toFixed(0)} KB); ms wall / ms CPU`);
for (const p of PHASES) {
  const w = warm.map((t) => t[p]);
  console.log(`${LABELS[p].padEnd(34)} cold ${fmt(cold[p].wall)} /${fmt(cold[p].cpu)}   warm median ${fmt(median(w.map((c) => c.wall)))} /${fmt(median(w.map((c) => c.cpu)))}`);
}
const ratio = median(warm.map((t) => t.parseKb.cpu)) / median(warm.map((t) => t.jsonParse.cpu));
console.log(`parseKb / JSON.parse (warm CPU): ${ratio.toFixed(2)}`);
