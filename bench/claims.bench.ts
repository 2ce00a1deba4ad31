// `npm run bench claims`: the numeric-claim detector alone on the 1 MB
// synthetic document, against two baselines measured in the same run:
// compromise's number views (what we would otherwise call) and sentence
// splitting (the cheapest pass over the same text). The claim part should be
// a small fraction of the engine's 1 s/MB budget.

import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { detectClaims } from '../src/core/claims/detectClaims';
import { splitSentences } from '../src/core/text/sentences';
import { syntheticDocument } from './syntheticDocs';

const MB = 1024 * 1024;
const BASELINE_PREFIX = 64 * 1024;

function best(runs: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function main(): void {
  const text = syntheticDocument(MB, 1);
  const sentences = splitSentences(text);
  const mb = text.length / MB;

  // compromise's numeric views on a prefix (too slow for the whole document).
  const prefix = text.slice(0, BASELINE_PREFIX);
  const compromiseMs = best(2, () => {
    const doc = nlp(prefix);
    void (doc.numbers().length + doc.money().length + doc.percentages().length);
  });
  const compromiseMbPerS = prefix.length / MB / (compromiseMs / 1000);

  const splitMs = best(5, () => void splitSentences(text));
  let claims = 0;
  const claimMs = best(7, () => {
    claims = detectClaims({ text, sentences }).length;
  });
  const claimMbPerS = mb / (claimMs / 1000);

  const row = (name: string, value: string, note: string): string => `  ${name.padEnd(36)}${value.padStart(14)}  ${note}`;
  console.log(`Numeric claims — ${mb.toFixed(2)} MB synthetic document, ${sentences.length} sentences, ${claims} claims (best of 7)`);
  console.log(row('detectClaims', `${claimMs.toFixed(0)} ms`, `${claimMbPerS.toFixed(1)} MB/s; ${((claimMs / mb / 1000) * 100).toFixed(0)}% of the 1 s/MB engine budget`));
  console.log(row('splitSentences (same text)', `${splitMs.toFixed(0)} ms`, `claims cost ${(claimMs / splitMs).toFixed(1)}x a sentence split`));
  console.log(row(`compromise numbers/money/% (${BASELINE_PREFIX / 1024} KB)`, `${compromiseMs.toFixed(0)} ms`,
    `${(compromiseMbPerS * 1024).toFixed(0)} KB/s; detectClaims is ${(claimMbPerS / compromiseMbPerS).toFixed(0)}x faster`));
}

main();
