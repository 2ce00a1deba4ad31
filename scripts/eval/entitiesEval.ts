// Entity detection quality on the re3d development split: precision, recall
// and F1 per type with overlap matching, through the same analyser the CLI
// uses. Reads the corpus at run time; nothing from it is stored in the repo.
//
//   npx tsx scripts/eval/entitiesEval.ts [corpusDir] [--kb media/kb/kb.json] [--errors]
//
// Gold types: Person → person, Location → place, Organisation → organization,
// Nationality → nationality. A predicted span matches a gold span of its type
// when they overlap; a gold span with two types matches either. "named" rows
// leave out gold spans that are pronouns or common nouns ("he", "the city").

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KbFile } from '../../src/core/kb/kbTypes';
import type { EntityMention } from '../../src/core/model/analysis';
import { createDocumentAnalyzer } from '../../src/core/analysis/documentAnalyzer';
import { detectEntities } from '../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../src/core/entities/kbView';

const TYPE_MAP: Readonly<Record<string, string>> = {
  Person: 'person', Location: 'place', Organisation: 'organization', Nationality: 'nationality',
};
const TYPES = ['person', 'place', 'organization', 'nationality'] as const;

interface Gold { readonly start: number; readonly end: number; readonly types: Set<string>; readonly value: string }
interface Doc { readonly id: string; readonly text: string; readonly gold: Gold[] }

function readJsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function loadCorpus(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const source of readdirSync(dir, { withFileTypes: true })) {
    if (!source.isDirectory()) continue;
    const golds = new Map<string, Map<string, Gold>>();
    for (const e of readJsonLines(join(dir, source.name, 'entities.json'))) {
      const type = TYPE_MAP[String(e.type)];
      if (!type) continue;
      const byDoc = golds.get(String(e.documentId)) ?? new Map<string, Gold>();
      golds.set(String(e.documentId), byDoc);
      const key = `${String(e.begin)}:${String(e.end)}`;
      const g = byDoc.get(key) ?? { start: Number(e.begin), end: Number(e.end), types: new Set<string>(), value: String(e.value) };
      g.types.add(type);
      byDoc.set(key, g);
    }
    for (const d of readJsonLines(join(dir, source.name, 'documents.json'))) {
      docs.push({ id: String(d._id), text: String(d.text), gold: [...(golds.get(String(d._id))?.values() ?? [])] });
    }
  }
  return docs;
}

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'my', 'his', 'her', 'us', 'their', 'its', 'our', 'me', 'him', 'them']);

/** A gold span that names something (has a capitalised word that is not a pronoun or article). */
function isNamed(g: Gold): boolean {
  return g.value.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && !/^(?:the|a|an|this|these)$/i.test(w));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

interface Counts { tp: number; predicted: number; goldHit: number; gold: number }

function score(docs: readonly Doc[], predictions: ReadonlyMap<string, readonly EntityMention[]>, namedOnly: boolean, errors: boolean): Map<string, Counts> {
  const counts = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, predicted: 0, goldHit: 0, gold: 0 }]));
  for (const doc of docs) {
    const preds = predictions.get(doc.id) ?? [];
    const gold = namedOnly ? doc.gold.filter(isNamed) : doc.gold;
    for (const type of TYPES) {
      const c = counts.get(type) as Counts;
      const g = gold.filter((x) => x.types.has(type));
      // Precision is judged against all gold, so a pronoun filter never turns a right answer into an error.
      const allG = doc.gold.filter((x) => x.types.has(type));
      const p = preds.filter((x) => x.type === type);
      c.gold += g.length;
      c.predicted += p.length;
      for (const x of p) {
        if (allG.some((y) => overlaps(x, y))) c.tp++;
        else if (errors) console.log(`FP ${type.padEnd(12)} ${JSON.stringify(x.text)}  ${context(doc.text, x)}`);
      }
      for (const y of g) {
        if (p.some((x) => overlaps(x, y))) c.goldHit++;
        else if (errors) {
          const other = preds.find((x) => overlaps(x, y));
          console.log(`FN ${type.padEnd(12)} ${JSON.stringify(y.value)}${other ? ` (got ${other.type} ${JSON.stringify(other.text)})` : ''}  ${context(doc.text, y)}`);
        }
      }
    }
  }
  return counts;
}

function context(text: string, span: { start: number; end: number }): string {
  return JSON.stringify(text.slice(Math.max(0, span.start - 40), span.end + 30).replace(/\s+/g, ' '));
}

function printTable(title: string, counts: Map<string, Counts>): void {
  console.log(`\n${title}\n${'type'.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   pred  gold`);
  for (const [type, c] of counts) {
    const p = c.predicted ? c.tp / c.predicted : 0;
    const r = c.gold ? c.goldHit / c.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${type.padEnd(14)}${p.toFixed(3).padStart(7)}${r.toFixed(3).padStart(7)}${f.toFixed(3).padStart(7)}  ${String(c.predicted).padStart(5)} ${String(c.gold).padStart(5)}`);
  }
}

function loadKb(path: string): { entities: KbFile['entities']; version: string } {
  if (!existsSync(path)) {
    console.warn(`no KB at ${path}: measuring with an empty KB`);
    return { entities: [], version: 'none' };
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as KbFile;
  return { entities: file.entities, version: file.version };
}

function main(): void {
  const args = process.argv.slice(2);
  const kbArg = args.indexOf('--kb');
  const kbPath = resolve(kbArg >= 0 ? (args[kbArg + 1] ?? '') : 'media/kb/kb.json');
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--kb');
  const dir = resolve(positional[0] ?? join('..', 'shared', 'data', 're3d-dev'));
  const errors = args.includes('--errors');

  const docs = loadCorpus(dir);
  const kbData = loadKb(kbPath);
  const kb = kbViewFromEntities(kbData.entities);
  const analyzer = createDocumentAnalyzer({
    detectors: { detectEntities: (input) => detectEntities(input, kb), detectClaims: () => [] },
    engineVersion: 'eval',
    kbVersion: kbData.version,
  });
  const predictions = new Map<string, readonly EntityMention[]>();
  const t0 = performance.now();
  for (const doc of docs) predictions.set(doc.id, analyzer.analyze(doc.text).entities);
  const ms = performance.now() - t0;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  console.log(`${docs.length} documents, ${chars} characters, KB ${kbData.version} (${kbData.entities.length} entries), ${ms.toFixed(0)} ms incl. gazetteer build`);
  printTable('all gold spans (as the held-out scoring counts)', score(docs, predictions, false, errors));
  printTable('named gold spans only (no pronouns or common nouns)', score(docs, predictions, true, false));
}

main();
