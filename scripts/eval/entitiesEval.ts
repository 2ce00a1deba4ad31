// Entity detection quality on the re3d development split: precision, recall
// and F1 per type with overlap matching (the shared scorer in ./re3d: a gold
// span with two types is found by a prediction of either), through the same
// document analyser the CLI uses. Reads the corpus at run time; nothing from
// it is stored in the repo.
//
//   npx tsx scripts/eval/entitiesEval.ts [--kb path/to/kb.json] [--errors] [--compromise]
//
// --compromise passes the compromise-backed NameTyper for names no rule could type.
//
// The "named" table leaves out gold spans that are pronouns or common nouns
// ("he", "the city", "civilians"), which no name detector is meant to find.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityKb } from '../../src/core/entities/kbView';
import type { GoldSpan } from './re3d';
import { createDocumentAnalyzer } from '../../src/core/analysis/documentAnalyzer';
import { detectEntities } from '../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../src/core/entities/kbView';
import { loadCompromiseTyper } from '../../src/core/entities/compromiseTyper';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { parseKb } from '../../src/core/kb/parseKb';
import { ENTITY_ORDER, ENTITY_TYPES, TARGETS, emptyScores, entitySpans, errorLines, formatScores, gotInstead, loadRe3d, scoreOverlap } from './re3d';

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'my', 'his', 'her', 'us', 'their', 'its', 'our', 'me', 'him', 'them']);

/** A gold span that names something: it holds a capitalised word that is not a pronoun or article. */
function isNamed(text: string, g: GoldSpan): boolean {
  return text.slice(g.start, g.end).split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && !/^(?:the|a|an|this|these)$/i.test(w));
}

/** The KB as the CLI loads it (parsed, validated, compact city rows expanded). */
function loadKb(path: string): { kb: EntityKb; entries: number; version: string } {
  if (!existsSync(path)) {
    console.warn(`no KB at ${path}: measuring with an empty KB`);
    return { kb: kbViewFromEntities([]), entries: 0, version: 'none' };
  }
  const parsed = parseKb(readFileSync(path, 'utf8'), path);
  if (parsed.kb === null) throw new Error(`KB at ${path} did not load: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  const kb = new KnowledgeBase(parsed.kb);
  return { kb, entries: kb.size, version: kb.version };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const kbArg = args.indexOf('--kb');
  const kbData = loadKb(resolve(kbArg >= 0 ? (args[kbArg + 1] ?? '') : 'media/kb/kb.json'));
  const { kb } = kbData;
  const typer = args.includes('--compromise') ? await loadCompromiseTyper() : undefined;
  const analyzer = createDocumentAnalyzer({
    detectors: { detectEntities: (input) => detectEntities(input, kb, { typer, unconfirmed: true }), detectClaims: () => [] },
    engineVersion: 'eval',
    kbVersion: kbData.version,
  });

  const docs = loadRe3d();
  const all = emptyScores();
  const named = emptyScores();
  const t0 = performance.now();
  const results = docs.map((doc) => analyzer.analyze(doc.text).entities);
  const ms = performance.now() - t0;
  docs.forEach((doc, i) => {
    const entities = results[i] ?? [];
    const predicted = entitySpans(entities);
    scoreOverlap(doc.gold, predicted, all, ENTITY_TYPES);
    scoreOverlap(doc.gold.filter((g) => isNamed(doc.text, g)), predicted, named, ENTITY_TYPES);
    if (args.includes('--errors')) {
      for (const line of errorLines(doc.text, doc.gold, predicted, gotInstead(entities, (e) => e.type), ENTITY_TYPES)) console.log(line);
    }
  });

  // Precision stays judged against all gold, so a right answer ("the Foreign Secretary") is never an error.
  for (const [t, s] of named) {
    const a = all.get(t);
    if (a) Object.assign(s, { predicted: a.predicted, truePositives: a.truePositives });
  }
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`${docs.length} documents, ${chars} characters, KB ${kbData.version} (${kbData.entries} entries), ${ms.toFixed(0)} ms incl. gazetteer build${typer ? ', with the compromise typer' : ''}`);
  console.log(formatScores('re3d-dev, all gold spans (as the held-out scoring counts)', all, TARGETS, ENTITY_ORDER));
  console.log(formatScores('re3d-dev, named gold spans only (no pronouns or common nouns)', named, TARGETS, ENTITY_ORDER));
}

void main();
