// Child-process side of bench/kbLoad.bench.ts: one load of the bundled KB,
// phase by phase, in whatever process calls it. The parent runs it in fresh
// processes (under tsx and as an esbuild bundle) so "cold" means first run.

import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildGazetteer } from '../src/core/entities/gazetteer';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { parseKb } from '../src/core/kb/parseKb';

export const QUERIES = ['Pyongyang', 'the Kremlin', 'NATO', 'North Korean', 'Putin', 'Kursk region', 'Brussels', 'Wagner'];
export const PHASES = ['read', 'parseKb', 'index', 'lookups', 'gazetteer', 'allNames', 'jsonParse'] as const;
export type Phase = (typeof PHASES)[number];
export interface Cost {
  readonly wall: number;
  readonly cpu: number;
}
export type Times = Record<Phase, Cost>;

function measure<T>(fn: () => T): [T, Cost] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [value, { wall, cpu: (c.user + c.system) / 1000 }];
}

/**
 * One load of the KB as the CLI and the extension do it. JSON.parse alone
 * runs last so that it warms nothing up for parseKb; in a fresh process it
 * is therefore not quite cold, which is the safe side for a baseline.
 */
export function once(kbPath: string): Times {
  const [text, read] = measure(() => fs.readFileSync(kbPath, 'utf8'));
  const [parsed, parseCost] = measure(() => parseKb(text, kbPath, { bundled: true }));
  if (parsed.kb === null) throw new Error(parsed.diagnostics[0]?.message ?? 'KB did not load');
  const file = parsed.kb;
  const [kb, index] = measure(() => {
    const built = new KnowledgeBase(file);
    built.buildIndex();
    return built;
  });
  const [found, lookups] = measure(() => QUERIES.map((q) => kb.lookup(q).length));
  if (found.some((n) => n === 0)) throw new Error('a benchmark lookup found nothing');
  // The detector's own name index (a lazily filled trie): its up-front pass and one first word.
  const [known, gazetteer] = measure(() => buildGazetteer(kb).hasWord('moscow'));
  if (!known) throw new Error('the gazetteer does not know Moscow');
  // The whole index, as a caller iterating every name forces it.
  const [count, allNames] = measure(() => {
    let n = 0;
    for (const entry of kb.names()) n += entry.key.length > 0 ? 1 : 0;
    return n;
  });
  if (count === 0) throw new Error('the name index is empty');
  const [, jsonParse] = measure(() => JSON.parse(text) as unknown);
  return { read, parseKb: parseCost, index, lookups, gazetteer, allNames, jsonParse };
}
