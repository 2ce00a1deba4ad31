// How much of what analysts name the KB knows: every person, place,
// organisation and nationality mention in the re3d development corpus is
// looked up as written. Prints figures only (the corpus texts stay in
// ../shared). Mentions that are not names ("the government", "he") count
// as misses, so 100 % is not reachable; compare runs, not absolutes.
//   node --import tsx scripts/kb/coverage.ts [--misses]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { parseKb } from '../../src/core/kb/parseKb';
import { loadRe3d } from '../eval/re3d';

const parsed = parseKb(fs.readFileSync(path.join(__dirname, '..', '..', 'media', 'kb', 'kb.json'), 'utf8'), 'kb.json');
if (parsed.kb === null) throw new Error('KB did not load');
const kb = new KnowledgeBase(parsed.kb);

const TYPES = ['person', 'place', 'organization', 'nationality'] as const;
const stats = new Map<string, { found: number; capitalised: number; total: number }>(TYPES.map((t) => [t, { found: 0, capitalised: 0, total: 0 }]));
const misses = new Map<string, number>();
for (const doc of loadRe3d()) {
  for (const g of doc.gold) {
    const text = doc.text.slice(g.start, g.end);
    for (const t of TYPES) {
      if (!g.types.has(t)) continue;
      const s = stats.get(t);
      if (s === undefined) continue;
      s.total++;
      const capitalised = /^\p{Lu}/u.test(text.replace(/^the\s+/i, ''));
      if (capitalised) s.capitalised++;
      if (kb.lookup(text).length > 0) s.found++;
      else if (capitalised) misses.set(`${t}: ${text}`, (misses.get(`${t}: ${text}`) ?? 0) + 1);
    }
  }
}
console.log('re3d-dev mentions found by kb.lookup (as written):');
for (const [t, s] of stats) {
  console.log(`  ${t.padEnd(13)} ${String(s.found).padStart(5)} / ${String(s.total).padStart(5)} = ${((100 * s.found) / s.total).toFixed(1)} %   (capitalised mentions: ${((100 * s.found) / Math.max(1, s.capitalised)).toFixed(1)} % of ${s.capitalised})`);
}
if (process.argv.includes('--misses')) {
  console.log('most frequent capitalised misses (not for committing):');
  for (const [k, n] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${n}× ${k}`);
}
