// Shared loader and scorer for the re3d development corpus
// (../shared/data/re3d-dev, mongoexport JSONL; see its README). Texts are
// read at run time and never written anywhere: commit figures only.
//   import { loadRe3d, scoreOverlap } from './re3d';

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClaimKind, EntityMention } from '../../src/core/model/analysis';

export const RE3D_DIR = process.env.CLAIMLENS_RE3D_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 're3d-dev');

/** The types we score, named as in the detection issue. */
export type ScoredType = 'person' | 'place' | 'organization' | 'nationality' | 'money' | 'quantity' | 'date';

/** re3d type → our scored type (README: "Scoring conventions"). Others are not scored. */
export const RE3D_TYPE_MAP: Readonly<Record<string, ScoredType>> = {
  Person: 'person',
  Location: 'place',
  Organisation: 'organization',
  Nationality: 'nationality',
  Money: 'money',
  Quantity: 'quantity',
  Temporal: 'date',
};

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface GoldSpan<T extends string = ScoredType> extends Span {
  /** A span may carry two types (a country as Location and as Organisation). */
  readonly types: ReadonlySet<T>;
  readonly rawTypes?: readonly string[];
}

export interface PredictedSpan<T extends string = ScoredType> extends Span {
  readonly type: T;
}

export const ENTITY_ORDER: readonly ScoredType[] = ['person', 'place', 'organization', 'nationality'];
export const ENTITY_TYPES: ReadonlySet<ScoredType> = new Set(ENTITY_ORDER);

/** The typed entities as predicted spans; 'other' is never scored. */
export function entitySpans(entities: readonly EntityMention[]): PredictedSpan[] {
  const out: PredictedSpan[] = [];
  for (const e of entities) if (e.type !== 'other') out.push({ start: e.start, end: e.end, type: e.type });
  return out;
}

/** Claim kind → scored type; a kind left out is not scored. */
export type KindMapping<T extends string = ScoredType> = Readonly<Partial<Record<ClaimKind, T>>>;

/** The re3d-dev README's (and the detection issue's) convention: Quantity → count and measure claims. */
export const ISSUE_MAPPING = { money: 'money', count: 'quantity', measure: 'quantity', date: 'date' } as const satisfies KindMapping;
export const WITH_PERCENT_MAPPING = { ...ISSUE_MAPPING, percent: 'quantity' } as const satisfies KindMapping;
/** re3d's Quantity gold also holds percentages, durations ("12 months") and ordinals ("71st"). */
export const WIDE_MAPPING = { ...WITH_PERCENT_MAPPING, duration: 'quantity', ordinal: 'quantity' } as const satisfies KindMapping;

/** The claims a mapping scores, as predicted spans of their mapped type. */
export function claimSpans<T extends string>(claims: readonly (Span & { readonly kind: ClaimKind })[], mapping: KindMapping<T>): PredictedSpan<T>[] {
  const out: PredictedSpan<T>[] = [];
  for (const c of claims) {
    const type = mapping[c.kind];
    if (type !== undefined) out.push({ start: c.start, end: c.end, type });
  }
  return out;
}

export interface Re3dDocument {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly text: string;
  /** Gold spans of the scored types, one per distinct (start, end), in order. */
  readonly gold: readonly GoldSpan[];
}

function readJsonl(file: string): unknown[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
}

function field<T>(o: unknown, key: string, kind: 'string' | 'number'): T {
  const v = (o as Record<string, unknown>)[key];
  if (typeof v !== kind) throw new Error(`re3d: field ${key} is not a ${kind}`);
  return v as T;
}

/** All documents of every source folder under `dir`, with their gold spans. */
export function loadRe3d(dir: string = RE3D_DIR): Re3dDocument[] {
  if (!fs.existsSync(dir)) throw new Error(`re3d corpus not found at ${dir} (set CLAIMLENS_RE3D_DIR)`);
  const out: Re3dDocument[] = [];
  for (const source of fs.readdirSync(dir).sort()) {
    const docsFile = path.join(dir, source, 'documents.json');
    if (!fs.existsSync(docsFile)) continue;
    const spans = new Map<string, Map<string, { start: number; end: number; raw: Set<string> }>>();
    for (const e of readJsonl(path.join(dir, source, 'entities.json'))) {
      const type = field<string>(e, 'type', 'string');
      if (!(type in RE3D_TYPE_MAP)) continue;
      const docId = field<string>(e, 'documentId', 'string');
      const start = field<number>(e, 'begin', 'number');
      const end = field<number>(e, 'end', 'number');
      const byDoc = spans.get(docId) ?? new Map();
      spans.set(docId, byDoc);
      const key = `${start}:${end}`;
      const span = byDoc.get(key) ?? { start, end, raw: new Set<string>() };
      span.raw.add(type);
      byDoc.set(key, span);
    }
    for (const d of readJsonl(docsFile)) {
      const id = field<string>(d, '_id', 'string');
      const gold = [...(spans.get(id)?.values() ?? [])]
        .map((s): GoldSpan => ({
          start: s.start,
          end: s.end,
          rawTypes: [...s.raw],
          types: new Set([...s.raw].map((t) => RE3D_TYPE_MAP[t] as ScoredType)),
        }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      out.push({ id, source, title: field<string>(d, 'title', 'string'), text: field<string>(d, 'text', 'string'), gold });
    }
  }
  return out;
}

export interface TypeScore {
  /** Predictions of this type that overlap a gold span allowing this type. */
  truePositives: number;
  predicted: number;
  /** Gold spans allowing this type that some prediction of an allowed type overlaps. */
  found: number;
  gold: number;
}

export type Scores<T extends string = ScoredType> = Map<T, TypeScore>;

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function emptyScores<T extends string = ScoredType>(): Scores<T> {
  return new Map();
}

function scoreOf<T extends string>(scores: Scores<T>, type: T): TypeScore {
  let s = scores.get(type);
  if (!s) {
    s = { truePositives: 0, predicted: 0, found: 0, gold: 0 };
    scores.set(type, s);
  }
  return s;
}

/**
 * Overlap matching as the detection issue scores it: a prediction is right
 * when it overlaps a gold span of its type; a gold span is found when a
 * prediction of one of its types overlaps it (a span with two gold types
 * matches either, and counts as found for both). Adds into `scores`.
 */
export function scoreOverlap<T extends string>(
  gold: readonly GoldSpan<T>[], predicted: readonly PredictedSpan<T>[], scores: Scores<T>, only?: ReadonlySet<T>,
): Scores<T> {
  const wanted = (t: T): boolean => only === undefined || only.has(t);
  for (const p of predicted) {
    if (!wanted(p.type)) continue;
    const s = scoreOf(scores, p.type);
    s.predicted++;
    if (gold.some((g) => g.types.has(p.type) && overlaps(g, p))) s.truePositives++;
  }
  for (const g of gold) {
    const found = predicted.some((p) => g.types.has(p.type) && overlaps(g, p));
    for (const t of g.types) {
      if (!wanted(t)) continue;
      const s = scoreOf(scores, t);
      s.gold++;
      if (found) s.found++;
    }
  }
  return scores;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(s: TypeScore): Prf {
  const precision = s.predicted === 0 ? 0 : s.truePositives / s.predicted;
  const recall = s.gold === 0 ? 0 : s.found / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Fixed-width table: type, gold, predicted, P, R, F1 (and a target column when given). */
export const SCORED_ORDER: readonly ScoredType[] = ['person', 'place', 'organization', 'nationality', 'money', 'quantity', 'date'];

export function formatScores<T extends string>(
  title: string, scores: Scores<T>, targets: Partial<Record<T, number>> = {}, order: readonly T[] = [...scores.keys()],
): string {
  const lines = [title, `  ${'type'.padEnd(13)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}  target`];
  for (const t of order) {
    const s = scores.get(t);
    if (!s) continue;
    const { precision, recall, f1 } = prf(s);
    const target = targets[t];
    const mark = target === undefined ? '' : `${target.toFixed(2)} ${f1 >= target ? 'ok' : 'below'}`;
    lines.push(`  ${t.padEnd(13)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}${precision.toFixed(3).padStart(7)}${recall.toFixed(3).padStart(7)}${f1.toFixed(3).padStart(7)}  ${mark}`);
  }
  return lines.join('\n');
}

/** Held-out targets from the detection issue (overlap F1). */
export const TARGETS: Partial<Record<ScoredType, number>> = {
  person: 0.85, place: 0.9, organization: 0.7, money: 0.9, quantity: 0.8,
};

/** " (got place \"Kyiv\")" for a missed gold span some other item overlaps, else ''. */
export function gotInstead<O extends Span & { readonly text: string }>(others: readonly O[], label: (o: O) => string): (g: Span) => string {
  return (g) => {
    const found = others.find((o) => overlaps(o, g));
    return found ? ` (got ${label(found)} ${JSON.stringify(found.text)})` : '';
  };
}

/**
 * FP and FN lines for one document, for study only (printed, never saved):
 * `FP type "text"  "context"` and `FN types "text" (got …)  "context"`. With
 * `only`, gold spans are shown with those types alone and skipped without one.
 */
export function errorLines<T extends string>(
  text: string, gold: readonly GoldSpan<T>[], predicted: readonly PredictedSpan<T>[],
  other: (g: GoldSpan<T>) => string, only?: ReadonlySet<T>,
): string[] {
  const context = (s: Span): string => JSON.stringify(text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' '));
  const out: string[] = [];
  for (const p of predicted) {
    if (!gold.some((g) => g.types.has(p.type) && overlaps(g, p))) out.push(`FP ${p.type.padEnd(12)} ${JSON.stringify(text.slice(p.start, p.end))}  ${context(p)}`);
  }
  for (const g of gold) {
    const types = [...g.types].filter((t) => only === undefined || only.has(t));
    if (types.length === 0 || predicted.some((p) => g.types.has(p.type) && overlaps(g, p))) continue;
    out.push(`FN ${types.join('|').padEnd(12)} ${JSON.stringify(text.slice(g.start, g.end))}${other(g)}  ${context(g)}`);
  }
  return out;
}
