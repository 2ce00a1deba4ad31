// How long the bundled KB takes to become usable: JSON parse, validation,
// KnowledgeBase construction and the name index the gazetteer iterates.
// Cold = first run in this process (what an activation pays); warm = median
// of later runs. Targets: parse < 50 ms, index < 100 ms (cold).
//   node --import tsx bench/kbLoad.bench.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { parseKb } from '../src/core/kb/parseKb';

const KB_PATH = path.join(__dirname, '..', 'media', 'kb', 'kb.json');
const RUNS = 7;

interface Times {
  readonly read: number;
  readonly jsonParse: number;
  readonly parseKb: number;
  readonly index: number;
  readonly lookups: number;
}

function once(): Times {
  const t0 = performance.now();
  const text = fs.readFileSync(KB_PATH, 'utf8');
  const t1 = performance.now();
  JSON.parse(text);
  const t2 = performance.now();
  const parsed = parseKb(text, KB_PATH);
  const t3 = performance.now();
  if (parsed.kb === null) throw new Error(parsed.diagnostics[0]?.message ?? 'KB did not load');
  const kb = new KnowledgeBase(parsed.kb);
  const names = [...kb.names()].length;
  const t4 = performance.now();
  for (const q of ['Pyongyang', 'the Kremlin', 'NATO', 'North Korean', 'Putin', 'Kursk region', 'Brussels', 'Wagner']) kb.lookup(q);
  const t5 = performance.now();
  if (names === 0) throw new Error('empty name index');
  return { read: t1 - t0, jsonParse: t2 - t1, parseKb: t3 - t2, index: t4 - t3, lookups: t5 - t4 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const size = fs.statSync(KB_PATH).size;
const cold = once();
const warm: Times[] = [];
for (let i = 0; i < RUNS; i++) warm.push(once());
const row = (label: string, key: keyof Times): string =>
  `${label.padEnd(34)} cold ${cold[key].toFixed(1).padStart(7)} ms   warm median ${median(warm.map((w) => w[key])).toFixed(1).padStart(7)} ms`;
console.log(`KB ${KB_PATH} (${(size / 1024).toFixed(0)} KB)`);
console.log(row('read file', 'read'));
console.log(row('JSON.parse alone (baseline)', 'jsonParse'));
console.log(row('parseKb (JSON.parse + validation)', 'parseKb'));
console.log(row('KnowledgeBase + name index', 'index'));
console.log(row('8 lookups', 'lookups'));
console.log(`parseKb / JSON.parse ratio (warm): ${(median(warm.map((w) => w.parseKb)) / median(warm.map((w) => w.jsonParse))).toFixed(2)}`);
