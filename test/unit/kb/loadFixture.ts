// Loads the KB fixtures written for these tests (never third-party text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { parseKb } from '../../../src/core/kb/parseKb';

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

export function miniKb(): KnowledgeBase {
  const parsed = parseKb(fixtureText('mini-kb.json'), 'mini-kb.json');
  if (parsed.kb === null) throw new Error(`fixture did not load: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  return new KnowledgeBase(parsed.kb);
}

export const BUNDLED_KB_PATH = path.join(__dirname, '..', '..', '..', 'media', 'kb', 'kb.json');

let bundled: KnowledgeBase | null = null;
export function bundledKb(): KnowledgeBase {
  if (bundled === null) {
    const parsed = parseKb(fs.readFileSync(BUNDLED_KB_PATH, 'utf8'), 'media/kb/kb.json');
    if (parsed.kb === null) throw new Error('bundled KB did not load');
    bundled = new KnowledgeBase(parsed.kb);
  }
  return bundled;
}
