// `npm run eval`: the whole engine's quality in one report — our annotated
// samples, then the re3d development corpus scored as the held-out corpus
// will be (overlap F1 per type, targets from the detection issue).
//   npm run eval [-- --errors]

import type { Analyzer } from '../../src/core/analyzer';
import type { KindMapping, Scores } from './re3d';
import { createEngine } from './engine';
import { evaluateFixtures, formatFixtureReport } from './fixturesEval';
import { ISSUE_MAPPING, SCORED_ORDER, TARGETS, WIDE_MAPPING, claimSpans, emptyScores, entitySpans, formatScores, loadRe3d, scoreOverlap } from './re3d';

/** Entities and claims scored together, once per claim mapping, from one analysis of each document. */
export function evaluateRe3d(analyzer: Analyzer, mappings: readonly KindMapping[]): { scores: Scores[]; documents: number } {
  const tallies = mappings.map((mapping) => ({ mapping, scores: emptyScores() }));
  const docs = loadRe3d();
  for (const doc of docs) {
    const result = analyzer.analyze(doc.text, { languageId: 'plaintext' });
    const entities = entitySpans(result.entities);
    for (const t of tallies) scoreOverlap(doc.gold, [...entities, ...claimSpans(result.claims, t.mapping)], t.scores);
  }
  return { scores: tallies.map((t) => t.scores), documents: docs.length };
}

function main(): void {
  const withErrors = process.argv.includes('--errors');
  const engine = createEngine();
  console.log(formatFixtureReport(evaluateFixtures(engine), withErrors));
  console.log('');
  const { scores: [issue, wide], documents } = evaluateRe3d(engine, [ISSUE_MAPPING, WIDE_MAPPING]);
  console.log(formatScores(`re3d-dev (${documents} documents), overlap match, quantity = count/measure claims; targets are for the held-out split`, issue!, TARGETS, SCORED_ORDER));
  console.log(formatScores('re3d-dev, quantity also = percent/duration/ordinal claims (re3d annotates those as Quantity too)', wide!, TARGETS, ['quantity']));
}

if (require.main === module) main();
