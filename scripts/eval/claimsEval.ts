// Numeric-claim quality on the re3d development split: precision, recall and
// F1 per type with overlap matching. Reads the corpus at run time; nothing
// from it is stored in the repo.
//
//   npx tsx scripts/eval/claimsEval.ts [corpusDir] [--errors]
//
// "issue" mapping (the README's scoring conventions): Money → money claims,
// Quantity → count/measure claims, Temporal → date claims. The re3d Quantity
// gold also holds percentages ("10 per cent"), durations ("12 months") and
// unit ordinals ("71st"), so further tables score percent claims, then
// percent, duration and ordinal claims as quantity too.

import type { OffsetRange } from '../../src/core/model/analysis';
import type { KindMapping, ScoredType, Scores } from './re3d';
import { detectClaims } from '../../src/core/claims/detectClaims';
import { splitSentences } from '../../src/core/text/sentences';
import {
  ISSUE_MAPPING, RE3D_DIR, TARGETS, WIDE_MAPPING, WITH_PERCENT_MAPPING,
  claimSpans, emptyScores, formatScores, loadRe3d, overlaps, scoreOverlap,
} from './re3d';

const ORDER: readonly ScoredType[] = ['money', 'quantity', 'date'];

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? RE3D_DIR;
const showErrors = args.includes('--errors');

const docs = loadRe3d(dir);
const only = new Set<ScoredType>(ORDER);
const tables: Array<[string, KindMapping, Scores]> = [
  ['issue mapping (count/measure = quantity)', ISSUE_MAPPING, emptyScores()],
  ['issue mapping + percent (count/measure/percent = quantity)', WITH_PERCENT_MAPPING, emptyScores()],
  ['wide mapping (+ percent, duration, ordinal = quantity)', WIDE_MAPPING, emptyScores()],
];

const context = (text: string, s: OffsetRange): string =>
  JSON.stringify(`${text.slice(Math.max(0, s.start - 30), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 30)}`);

for (const doc of docs) {
  const claims = detectClaims({ text: doc.text, sentences: splitSentences(doc.text) });
  for (const [, mapping, scores] of tables) scoreOverlap(doc.gold, claimSpans(claims, mapping), scores, only);
  if (!showErrors) continue;
  // Errors under the wide mapping, for study only (printed, never saved). Not re3d's
  // errorLines: an FP here names its claim kind ("percent"), an FN re3d's raw types.
  for (const c of claims) {
    const type = WIDE_MAPPING[c.kind];
    if (!doc.gold.some((g) => g.types.has(type) && overlaps(g, c))) console.log(`FP ${c.kind.padEnd(9)}${context(doc.text, c)}`);
  }
  for (const g of doc.gold) {
    if (![...g.types].some((t) => only.has(t))) continue;
    if (!claims.some((c) => overlaps(g, c) && g.types.has(WIDE_MAPPING[c.kind]))) {
      console.log(`FN ${[...(g.rawTypes ?? [])].join('/').padEnd(9)}${context(doc.text, g)}`);
    }
  }
}

for (const [title, , scores] of tables) console.log(formatScores(`re3d-dev, ${docs.length} documents — ${title}`, scores, TARGETS, ORDER));
