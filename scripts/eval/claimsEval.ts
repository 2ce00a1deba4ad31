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

import type { ClaimKind, OffsetRange } from '../../src/core/model/analysis';
import { detectClaims } from '../../src/core/claims/detectClaims';
import { splitSentences } from '../../src/core/text/sentences';
import {
  emptyScores, formatScores, loadRe3d, RE3D_DIR, scoreOverlap, TARGETS,
  type PredictedSpan, type ScoredType,
} from './re3d';

type Mapping = Partial<Record<ClaimKind, ScoredType>>;

const ISSUE: Mapping = { money: 'money', count: 'quantity', measure: 'quantity', date: 'date' };
const WITH_PERCENT: Mapping = { ...ISSUE, percent: 'quantity' };
const WIDE: Mapping = { ...WITH_PERCENT, duration: 'quantity', ordinal: 'quantity' };
const ORDER: readonly ScoredType[] = ['money', 'quantity', 'date'];

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? RE3D_DIR;
const showErrors = args.includes('--errors');

const docs = loadRe3d(dir);
const only = new Set<ScoredType>(ORDER);
const tables: Array<[string, Mapping, ReturnType<typeof emptyScores>]> = [
  ['issue mapping (count/measure = quantity)', ISSUE, emptyScores()],
  ['issue mapping + percent (count/measure/percent = quantity)', WITH_PERCENT, emptyScores()],
  ['wide mapping (+ percent, duration, ordinal = quantity)', WIDE, emptyScores()],
];

const overlaps = (a: OffsetRange, b: OffsetRange): boolean => a.start < b.end && b.start < a.end;
const context = (text: string, s: OffsetRange): string =>
  JSON.stringify(`${text.slice(Math.max(0, s.start - 30), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 30)}`);

for (const doc of docs) {
  const claims = detectClaims({ text: doc.text, sentences: splitSentences(doc.text) });
  for (const [, mapping, scores] of tables) {
    const predicted: PredictedSpan[] = [];
    for (const c of claims) {
      const type = mapping[c.kind];
      if (type !== undefined) predicted.push({ start: c.start, end: c.end, type });
    }
    scoreOverlap(doc.gold, predicted, scores, only);
  }
  if (!showErrors) continue;
  // Errors under the wide mapping, for study only (printed, never saved).
  for (const c of claims) {
    const type = WIDE[c.kind];
    if (type === undefined) continue;
    if (!doc.gold.some((g) => g.types.has(type) && overlaps(g, c))) console.log(`FP ${c.kind.padEnd(9)}${context(doc.text, c)}`);
  }
  for (const g of doc.gold) {
    if (![...g.types].some((t) => only.has(t))) continue;
    if (!claims.some((c) => overlaps(g, c) && g.types.has(WIDE[c.kind] ?? 'person'))) {
      console.log(`FN ${[...(g.rawTypes ?? [])].join('/').padEnd(9)}${context(doc.text, g)}`);
    }
  }
}

for (const [title, , scores] of tables) console.log(formatScores(`re3d-dev, ${docs.length} documents — ${title}`, scores, TARGETS, ORDER));
