// Quality on our own annotated samples (samples/*.{md,txt} against
// samples/gold/*.gold.json): overlap P/R/F1 per entity type and claim kind,
// KB-linking accuracy, and agreement of claim values and currencies.
//   npx tsx scripts/eval/fixturesEval.ts [--errors]

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../../src/core/analyzer';
import type { AnalysisResult } from '../../src/core/model/analysis';
import type { GoldSpan, PredictedSpan, Scores } from './re3d';
import { isReference } from '../../src/core/entities/senses';
import { REPO_ROOT, createEngine } from './engine';
import { emptyScores, formatScores, overlaps, scoreOverlap } from './re3d';

export const SAMPLES_DIR = path.join(REPO_ROOT, 'samples');

interface GoldEntity {
  readonly text: string; readonly start: number; readonly end: number;
  readonly type: string; readonly altTypes?: readonly string[]; readonly kbIds?: readonly string[];
}
interface GoldClaim {
  readonly text: string; readonly start: number; readonly end: number;
  readonly kind: string; readonly altKinds?: readonly string[];
  readonly value?: number; readonly min?: number; readonly max?: number; readonly currency?: string;
}
interface GoldFile {
  readonly document: string;
  readonly languageId: 'markdown' | 'plaintext';
  readonly entities: readonly GoldEntity[];
  readonly claims: readonly GoldClaim[];
}

export interface Tally { checked: number; correct: number }

export interface FixtureReport {
  readonly entities: Scores<string>;
  readonly claims: Scores<string>;
  /** Gold mentions with an expected KB id (or an expected absence of one) that a prediction of an allowed type overlaps. */
  readonly linking: Tally;
  /** Matched gold claims with a stated value / min / max / currency. */
  readonly values: Tally;
  readonly currencies: Tally;
  readonly errors: string[];
}


export function loadGold(dir: string = SAMPLES_DIR): Array<{ gold: GoldFile; text: string }> {
  const goldDir = path.join(dir, 'gold');
  return fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
    const raw = fs.readFileSync(path.join(dir, gold.document), 'utf8');
    return { gold, text: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw };
  });
}

function sameNumber(a: number | null | undefined, b: number | undefined): boolean {
  return b === undefined || (a !== null && a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9);
}

function scoreDocument(gold: GoldFile, text: string, result: AnalysisResult, report: FixtureReport): void {
  const goldEntities: GoldSpan<string>[] = gold.entities.map((g) => ({ ...g, types: new Set([g.type, ...(g.altTypes ?? [])]) }));
  // Our fixture gold annotates names; pronouns and common-noun references ("the regime",
  // "97 civilians", sense pronoun/anaphor/facility/area/group) are out of its scope.
  const names = result.entities.filter((e) => !isReference(e));
  const predEntities: PredictedSpan<string>[] = names.map((e) => ({ start: e.start, end: e.end, type: e.type }));
  scoreOverlap(goldEntities, predEntities, report.entities);
  const goldClaims: GoldSpan<string>[] = gold.claims.map((g) => ({ ...g, types: new Set([g.kind, ...(g.altKinds ?? [])]) }));
  const predClaims: PredictedSpan<string>[] = result.claims.map((c) => ({ start: c.start, end: c.end, type: c.kind }));
  scoreOverlap(goldClaims, predClaims, report.claims);

  const where = (s: { start: number; text: string }): string => `${gold.document}@${s.start} "${s.text}"`;
  for (const g of gold.entities) {
    const types = new Set([g.type, ...(g.altTypes ?? [])]);
    const hit = names.find((e) => types.has(e.type) && overlaps(e, g));
    if (!hit) report.errors.push(`missed entity ${g.type} ${where(g)}`);
    if (!hit || !g.kbIds) continue;
    report.linking.checked++;
    // An empty list means the KB has no entry for this entity: any link is wrong.
    const right = g.kbIds.length === 0 ? hit.kbId === null : hit.kbId !== null && g.kbIds.includes(hit.kbId);
    if (right) report.linking.correct++;
    else report.errors.push(`link ${where(g)}: got ${hit.kbId ?? 'null'}, want ${g.kbIds.length === 0 ? 'no link' : g.kbIds.join('|')}`);
  }
  for (const e of names) {
    if (!gold.entities.some((g) => (g.type === e.type || g.altTypes?.includes(e.type)) && overlaps(e, g))) {
      report.errors.push(`spurious entity ${e.type} ${where(e)}`);
    }
  }
  for (const g of gold.claims) {
    const kinds = new Set([g.kind, ...(g.altKinds ?? [])]);
    const hit = result.claims.find((c) => kinds.has(c.kind) && overlaps(c, g));
    if (!hit) {
      const other = result.claims.find((c) => overlaps(c, g));
      report.errors.push(`missed claim ${g.kind} ${where(g)}${other ? ` (found as ${other.kind} "${other.text}")` : ''}`);
      continue;
    }
    if (g.value !== undefined || g.min !== undefined || g.max !== undefined) {
      report.values.checked++;
      if (sameNumber(hit.value, g.value) && sameNumber(hit.min, g.min) && sameNumber(hit.max, g.max)) report.values.correct++;
      else report.errors.push(`value ${where(g)}: got ${hit.value}/${hit.min}/${hit.max}, want ${g.value}/${g.min}/${g.max}`);
    }
    if (g.currency !== undefined) {
      report.currencies.checked++;
      if (hit.currency === g.currency) report.currencies.correct++;
      else report.errors.push(`currency ${where(g)}: got ${hit.currency ?? 'null'}, want ${g.currency}`);
    }
  }
  for (const c of result.claims) {
    if (!gold.claims.some((g) => overlaps(c, g))) report.errors.push(`spurious claim ${c.kind} ${where(c)}`);
  }
}

export function evaluateFixtures(analyzer: Analyzer, dir: string = SAMPLES_DIR): FixtureReport {
  const report: FixtureReport = {
    entities: emptyScores<string>(), claims: emptyScores<string>(),
    linking: { checked: 0, correct: 0 }, values: { checked: 0, correct: 0 }, currencies: { checked: 0, correct: 0 }, errors: [],
  };
  for (const { gold, text } of loadGold(dir)) {
    scoreDocument(gold, text, analyzer.analyze(text, { languageId: gold.languageId }), report);
  }
  return report;
}

const pct = (t: Tally): string => `${t.correct}/${t.checked} (${t.checked === 0 ? '-' : ((100 * t.correct) / t.checked).toFixed(1)}%)`;

export function formatFixtureReport(r: FixtureReport, withErrors = false): string {
  const lines = [
    formatScores('Fixtures (samples/ vs samples/gold): entities', r.entities, {}, ['person', 'place', 'organization', 'nationality']),
    formatScores('Fixtures: claims by kind', r.claims, {}, ['money', 'count', 'percent', 'measure', 'date', 'duration', 'ordinal']),
    `  KB linking accuracy (matched gold mentions with an expected id or none): ${pct(r.linking)}`,
    `  claim values (value/min/max as annotated): ${pct(r.values)}   currencies: ${pct(r.currencies)}`,
  ];
  if (withErrors) lines.push('  errors:', ...r.errors.map((e) => `    ${e}`));
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatFixtureReport(evaluateFixtures(createEngine()), process.argv.includes('--errors')));
}
