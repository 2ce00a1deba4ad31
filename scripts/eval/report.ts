// `npm run eval`: the whole engine's quality in one report — our annotated
// samples, then the re3d development corpus scored as the held-out corpus
// will be (overlap F1 per type, targets from the detection issue).
//   npm run eval [-- --errors]

import type { Analyzer } from '../../src/core/analyzer';
import type { ClaimKind } from '../../src/core/model/analysis';
import type { PredictedSpan, ScoredType, Scores } from './re3d';
import { createEngine } from './engine';
import { evaluateFixtures, formatFixtureReport } from './fixturesEval';
import { SCORED_ORDER, TARGETS, emptyScores, formatScores, loadRe3d, scoreOverlap } from './re3d';

/**
 * The scoring convention of the re3d-dev README (and the detection issue):
 * Quantity → count and measure claims, Temporal → date claims. Kinds mapped
 * to null are not scored.
 */
export const ISSUE_KIND_TO_TYPE: Readonly<Record<ClaimKind, ScoredType | null>> = {
  money: 'money', count: 'quantity', measure: 'quantity', percent: null, duration: null, ordinal: null, date: 'date',
};

/**
 * re3d's Quantity gold also holds percentages, durations ("12 months") and
 * ordinals ("71st"): a wider mapping shows what scoring those as quantity gives.
 */
export const WIDE_KIND_TO_TYPE: Readonly<Record<ClaimKind, ScoredType | null>> = {
  ...ISSUE_KIND_TO_TYPE, percent: 'quantity', duration: 'quantity', ordinal: 'quantity',
};

export function evaluateRe3d(analyzer: Analyzer, kinds: Readonly<Record<ClaimKind, ScoredType | null>> = ISSUE_KIND_TO_TYPE): { scores: Scores; documents: number } {
  const scores = emptyScores();
  const docs = loadRe3d();
  for (const doc of docs) {
    const result = analyzer.analyze(doc.text, { languageId: 'plaintext' });
    const predicted: PredictedSpan[] = result.entities.filter((e) => e.type !== 'other').map((e) => ({ start: e.start, end: e.end, type: e.type as ScoredType }));
    for (const c of result.claims) {
      const type = kinds[c.kind];
      if (type !== null) predicted.push({ start: c.start, end: c.end, type });
    }
    scoreOverlap(doc.gold, predicted, scores);
  }
  return { scores, documents: docs.length };
}

function main(): void {
  const withErrors = process.argv.includes('--errors');
  const engine = createEngine();
  console.log(formatFixtureReport(evaluateFixtures(engine), withErrors));
  console.log('');
  const { scores, documents } = evaluateRe3d(engine);
  console.log(formatScores(`re3d-dev (${documents} documents), overlap match, quantity = count/measure claims; targets are for the held-out split`, scores, TARGETS, SCORED_ORDER));
  const wide = evaluateRe3d(engine, WIDE_KIND_TO_TYPE).scores;
  console.log(formatScores('re3d-dev, quantity also = percent/duration/ordinal claims (re3d annotates those as Quantity too)', wide, TARGETS, ['quantity']));
}

if (require.main === module) main();
