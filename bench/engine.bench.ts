// `npm run bench`: the engine against a compromise-only baseline measured in
// the same run on the same text (targets from the detection issue):
//   throughput on 1 MB ≥ 1 MB/s and ≥ 10× compromise;
//   re-analysis after editing one paragraph < 2 ms p90;
//   cold start (fresh process: require bundle + load KB + first 7 KB doc) < 150 ms;
//   10 MB document < 10 s and < 500 MB peak RSS (fresh process).
// Throughput runs use an analyser without cache, so every paragraph is analysed.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import * as esbuild from 'esbuild';
import type { ChildReport } from './coldStartChild';
import { createAnalyzer } from '../src/core/analyzer';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { parseKb } from '../src/core/kb/parseKb';
import { syntheticDocument } from './syntheticDocs';

const ROOT = path.resolve(__dirname, '..');
const KB_PATH = path.join(ROOT, 'media', 'kb', 'kb.json');
const MB = 1024 * 1024;
const BASELINE_PREFIX = 128 * 1024;

function loadKb(): KnowledgeBase {
  const parsed = parseKb(fs.readFileSync(KB_PATH, 'utf8'), KB_PATH);
  if (parsed.kb === null) throw new Error('KB did not load');
  return new KnowledgeBase(parsed.kb);
}

/**
 * Wall time and this process's CPU time. On a shared machine the wall time of
 * a short task includes waiting for a core; CPU time shows what the work
 * itself costs (it also counts GC helper threads, so it can exceed wall time).
 */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** compromise alone: the entity and number views an analyst would ask it for. */
function compromiseBaseline(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length
    + doc.money().length + doc.percentages().length;
}

function buildChild(dir: string): string {
  const outfile = path.join(dir, 'coldStartChild.js');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'coldStartChild.ts')], outfile, bundle: true, platform: 'node',
    format: 'cjs', target: 'es2022', minify: true, logLevel: 'warning', loader: { '.json': 'json' },
    // As esbuild.js: ES module builds, since jsonc-parser's UMD build does not bundle.
    mainFields: ['module', 'main'],
  });
  return outfile;
}

/** Fresh Node process: time the require of the bundle, then let it load the KB and analyse `docPath`. */
/** A child's report plus the parent-side timings: require of the bundle, and CPU time for require + KB + analysis. */
type ChildRun = ChildReport & { requireMs: number; cpuMs: number };

function runChild(bundle: string, docPath: string): ChildRun {
  const script = `const { performance } = require('node:perf_hooks'); const c0 = process.cpuUsage(); const t0 = performance.now();
const m = require(${JSON.stringify(bundle)}); const requireMs = performance.now() - t0;
const r = m.run(${JSON.stringify(KB_PATH)}, ${JSON.stringify(docPath)});
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ ...r, requireMs, cpuMs: (c.user + c.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 16 * MB })) as ChildRun;
}

function row(name: string, ours: string, baseline: string, ratio: string, target: string): string {
  return `  ${name.padEnd(34)}${ours.padStart(16)}${baseline.padStart(16)}${ratio.padStart(10)}  ${target}`;
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
  try {
    const doc7k = syntheticDocument(7 * 1024, 7);
    const doc1m = syntheticDocument(MB, 1);
    const doc10m = syntheticDocument(10 * MB, 10);
    const file7k = path.join(tmp, 'doc7k.txt');
    const file10m = path.join(tmp, 'doc10m.txt');
    fs.writeFileSync(file7k, doc7k);
    fs.writeFileSync(file10m, doc10m);
    console.log(`ClaimLens engine benchmark — node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}, documents built from samples/ (seeded)`);

    // Baseline and engine are measured alternately, best of 3 each: on a shared
    // machine the load changes from second to second, and interleaving exposes
    // both to the same conditions. compromise gets a prefix of the same 1 MB
    // text (all of it would take minutes); our engine runs without cache.
    const kb = loadKb();
    const prefix = doc1m.slice(0, BASELINE_PREFIX);
    compromiseBaseline(doc7k);
    createAnalyzer({ kb, cacheSize: 0 }).analyze(doc7k);
    const baseRuns: Array<{ ms: number; cpuMs: number }> = [];
    const ourRuns: Array<{ ms: number; cpuMs: number; value: ReturnType<ReturnType<typeof createAnalyzer>['analyze']> }> = [];
    const base7kRuns: number[] = [];
    const our7kRuns: number[] = [];
    for (let round = 0; round < 3; round++) {
      baseRuns.push(time(() => compromiseBaseline(prefix)));
      ourRuns.push(time(() => createAnalyzer({ kb, cacheSize: 0 }).analyze(doc1m)));
      base7kRuns.push(time(() => compromiseBaseline(doc7k)).ms);
      our7kRuns.push(time(() => createAnalyzer({ kb, cacheSize: 0 }).analyze(doc7k)).ms);
    }
    const base = { ms: Math.min(...baseRuns.map((r) => r.ms)), cpuMs: Math.min(...baseRuns.map((r) => r.cpuMs)) };
    const baseKbPerS = prefix.length / 1024 / (base.ms / 1000);
    const base7k = { ms: Math.min(...base7kRuns) };
    const best = ourRuns.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const ourKbPerS = doc1m.length / 1024 / (best.ms / 1000);
    const ourCpuKbPerS = doc1m.length / 1024 / (Math.min(...ourRuns.map((r) => r.cpuMs)) / 1000);
    const baseCpuKbPerS = prefix.length / 1024 / (base.cpuMs / 1000);
    const ours7k = { ms: Math.min(...our7kRuns) };

    // Re-analysis of the 7 KB document after editing one paragraph (cache warm).
    const analyzer = createAnalyzer({ kb });
    analyzer.analyze(doc7k);
    const paragraphs = doc7k.split('\n\n');
    const edits: number[] = [];
    const editsCpu: number[] = [];
    for (let i = 0; i < 300; i++) {
      const k = i % paragraphs.length;
      const edited = [...paragraphs];
      edited[k] = `${paragraphs[k]} Edit ${i}.`;
      const t = time(() => analyzer.analyze(edited.join('\n\n')));
      edits.push(t.ms);
      editsCpu.push(t.cpuMs);
    }
    edits.sort((a, b) => a - b);
    editsCpu.sort((a, b) => a - b);

    // Fresh processes: cold start on 7 KB, then the 10 MB document.
    const bundle = buildChild(tmp);
    const colds = [0, 1, 2].map(() => runChild(bundle, file7k));
    const cold = colds.sort((a, b) => a.requireMs + a.kbLoadMs + a.analyzeMs - (b.requireMs + b.kbLoadMs + b.analyzeMs))[1] as ChildRun;
    const coldMs = cold.requireMs + cold.kbLoadMs + cold.analyzeMs;
    const big = runChild(bundle, file10m);
    const baseline10mS = doc10m.length / 1024 / baseKbPerS;

    console.log(row('measure', 'ClaimLens', 'compromise', 'ratio', 'target'));
    console.log(row('throughput, 1 MB document', `${(ourKbPerS / 1024).toFixed(2)} MB/s`, `${baseKbPerS.toFixed(0)} KB/s`, `${(ourKbPerS / baseKbPerS).toFixed(1)}x`, '>= 1 MB/s and >= 10x'));
    console.log(row('  same, by CPU time', `${(ourCpuKbPerS / 1024).toFixed(2)} MB/s`, `${baseCpuKbPerS.toFixed(0)} KB/s`, `${(ourCpuKbPerS / baseCpuKbPerS).toFixed(1)}x`, ''));
    console.log(row('7 KB document, warm', `${ours7k.ms.toFixed(1)} ms`, `${base7k.ms.toFixed(1)} ms`, `${(base7k.ms / ours7k.ms).toFixed(1)}x`, ''));
    console.log(row('re-analysis, 1 paragraph edited', `p50 ${percentile(edits, 50).toFixed(2)} ms`, `${base7k.ms.toFixed(1)} ms`, `${(base7k.ms / percentile(edits, 90)).toFixed(0)}x`, '< 2 ms p90'));
    console.log(row('', `p90 ${percentile(edits, 90).toFixed(2)} ms`, '', '', ''));
    console.log(row('  same, CPU time p50 / p90', `${percentile(editsCpu, 50).toFixed(2)}/${percentile(editsCpu, 90).toFixed(2)} ms`, '', '', ''));
    console.log(row('cold start (require+KB+7 KB doc)', `${coldMs.toFixed(0)} ms`, '', '', '< 150 ms'));
    console.log(row('  require bundle / KB / analyse', `${cold.requireMs.toFixed(0)}/${cold.kbLoadMs.toFixed(0)}/${cold.analyzeMs.toFixed(0)} ms`, '', '', ''));
    console.log(row('  same, CPU time', `${cold.cpuMs.toFixed(0)} ms`, '', '', ''));
    console.log(row('  incl. Node start-up', `${cold.sinceProcessStartMs.toFixed(0)} ms`, '', '', ''));
    console.log(row('10 MB document (fresh process)', `${(big.analyzeMs / 1000).toFixed(2)} s`, `~${baseline10mS.toFixed(0)} s est.`, `${(baseline10mS / (big.analyzeMs / 1000)).toFixed(0)}x`, '< 10 s'));
    console.log(row('  same, CPU time (KB load + analysis)', `${(big.cpuMs / 1000).toFixed(2)} s`, '', '', ''));
    console.log(row('10 MB peak RSS', `${big.peakRssMb.toFixed(0)} MB`, '', '', '< 500 MB'));
    console.log(`  (1 MB: ${best.value.entities.length} entities, ${best.value.claims.length} claims; 10 MB: ${big.entities} entities, ${big.claims} claims;`
      + ` baseline measured on a ${BASELINE_PREFIX / 1024} KB prefix; 10 MB baseline time extrapolated from its KB/s)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
