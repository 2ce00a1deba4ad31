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
 * re3d's Quantity covers counts, measures, percentages, durations ("12
 * months") and ordinals ("71st"); its Temporal covers dates.
 */
export const CLAIM_KIND_TO_TYPE: Readonly<Record<ClaimKind, ScoredType>> = {
  money: 'money', count: 'quantity', measure: 'quantity', percent: 'quantity', duration: 'quantity', ordinal: 'quantity', date: 'date',
};

export function evaluateRe3d(analyzer: Analyzer): { scores: Scores; documents: number } {
  const scores = emptyScores();
  const docs = loadRe3d();
  for (const doc of docs) {
    const result = analyzer.analyze(doc.text, { languageId: 'plaintext' });
    const predicted: PredictedSpan[] = [
      ...result.entities.filter((e) => e.type !== 'other').map((e) => ({ start: e.start, end: e.end, type: e.type as ScoredType })),
      ...result.claims.map((c) => ({ start: c.start, end: c.end, type: CLAIM_KIND_TO_TYPE[c.kind] })),
    ];
    scoreOverlap(doc.gold, predicted, scores);
  }
  return { scores, documents: docs.length };
}

function main(): void {
  const withErrors = process.argv.includes('--errors');
  const engine = createEngine();
  console.log(formatFixtureReport(evaluateFixtures(engine), withErrors));
  console.log('');
  const { scores, documents } = evaluateRe3d(createEngine());
  console.log(formatScores(`re3d-dev (${documents} documents), overlap match; targets are for the held-out split`, scores, TARGETS, SCORED_ORDER));
}

if (require.main === module) main();
