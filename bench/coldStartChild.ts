// Child-process side of the engine benchmark, bundled by esbuild first so it
// measures what ships (not tsx): load the engine the way the CLI does,
// analyse one file, report timings and peak memory as JSON on stdout.
// The parent requires the bundle from `node -e` and times the require itself.

import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../src/core/analyzer';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { parseKb } from '../src/core/kb/parseKb';

export interface ChildReport {
  readonly kbLoadMs: number;
  readonly analyzeMs: number;
  readonly entities: number;
  readonly claims: number;
  readonly peakRssMb: number;
  /** performance.now() counts from process start, so this includes Node's own start-up. */
  readonly sinceProcessStartMs: number;
}

export function run(kbPath: string, docPath: string): ChildReport {
  const t0 = performance.now();
  const parsed = parseKb(fs.readFileSync(kbPath, 'utf8'), kbPath, { bundled: true });
  if (parsed.kb === null) throw new Error('KB did not load');
  const analyzer = createAnalyzer({ kb: new KnowledgeBase(parsed.kb) });
  const t1 = performance.now();
  const doc = fs.readFileSync(docPath, 'utf8');
  const t2 = performance.now();
  const result = analyzer.analyze(doc, { languageId: 'plaintext' });
  const t3 = performance.now();
  return {
    kbLoadMs: t1 - t0,
    analyzeMs: t3 - t2,
    entities: result.entities.length,
    claims: result.claims.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    sinceProcessStartMs: t3,
  };
}
