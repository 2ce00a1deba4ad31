// Builds the same engine the CLI runs (bundled KB + createAnalyzer) for the
// evaluation and benchmark scripts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../../src/core/analyzer';
import { createAnalyzer } from '../../src/core/analyzer';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { parseKb } from '../../src/core/kb/parseKb';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const KB_PATH = path.join(REPO_ROOT, 'media', 'kb', 'kb.json');

export function loadKnowledgeBase(kbPath: string = KB_PATH): KnowledgeBase {
  const parsed = parseKb(fs.readFileSync(kbPath, 'utf8'), kbPath);
  if (parsed.kb === null) throw new Error(`cannot load ${kbPath}: ${parsed.diagnostics[0]?.message ?? 'unknown error'}`);
  return new KnowledgeBase(parsed.kb);
}

export function createEngine(kbPath: string = KB_PATH): Analyzer {
  return createAnalyzer({ kb: loadKnowledgeBase(kbPath) });
}
