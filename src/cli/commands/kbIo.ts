// Node side of `claimlens kb`: reads the bundled KB once.

import * as fs from 'node:fs';
import { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { parseKb } from '../../core/kb/parseKb';
import type { KbCommandIo } from './kb';

export function nodeKbIo(kbPath: string): KbCommandIo {
  return {
    loadKb: () => {
      let text: string;
      try {
        text = fs.readFileSync(kbPath, 'utf8');
      } catch (e: unknown) {
        return { error: `cannot read the knowledge base ${kbPath}: ${e instanceof Error ? e.message : String(e)}` };
      }
      const parsed = parseKb(text, kbPath, { bundled: true });
      if (parsed.kb === null) return { error: `cannot load the knowledge base: ${parsed.diagnostics[0]?.message ?? 'unknown error'}` };
      return new KnowledgeBase(parsed.kb);
    },
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (line) => process.stderr.write(line),
  };
}
