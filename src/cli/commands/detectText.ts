// The `--format text` listing: one line per entity and per claim, with
// line:column positions so a person can find them in an editor.

import type { DetectRecord } from '../../core/model/detectRecord';
import { lineCharacterAt, lineStarts } from '../../core/text/textLocation';

/** "line:column", both counted from 1, as editors show them. */
function position(starts: readonly number[], offset: number): string {
  const { line, character } = lineCharacterAt(starts, offset);
  return `${line + 1}:${character + 1}`;
}

function quote(s: string): string {
  return JSON.stringify(s.replace(/\s+/g, ' '));
}

export function formatText(record: DetectRecord, text: string): string {
  const starts = lineStarts(text);
  const names = new Map(record.entities.map((e) => [e.id, e.text]));
  const out: string[] = [
    `${record.file}  (engine ${record.engine.version}, kb ${record.engine.kb})`,
    `  entities: ${record.entities.length}`,
  ];
  for (const e of record.entities) {
    const link = e.kbId === null ? '' : `  -> ${e.kbId} ${e.label ?? ''}`.trimEnd();
    const sense = e.sense === null ? '' : ` [${e.sense}]`;
    out.push(`    ${e.id.padEnd(5)} ${position(starts, e.start).padEnd(8)} ${e.type.padEnd(12)} ${quote(e.text)}${link}${sense}`);
  }
  out.push(`  claims: ${record.claims.length}`);
  for (const c of record.claims) {
    const facts: string[] = [];
    if (c.value !== null) facts.push(`value=${c.value}`);
    if (c.min !== null) facts.push(`min=${c.min}`);
    if (c.max !== null) facts.push(`max=${c.max}`);
    if (c.currency !== null) facts.push(c.currency);
    if (c.unit !== null) facts.push(`unit=${quote(c.unit)}`);
    if (c.rate !== null) facts.push(`rate=${quote(c.rate)}`);
    if (c.qualifier !== null) facts.push(`qualifier=${quote(c.qualifier)}`);
    if (c.hedged) facts.push(`hedged(${c.hedges.join(', ')})`);
    if (c.attribution !== null) facts.push(`source=${quote(c.attribution.text)}`);
    if (c.entityIds.length > 0) facts.push(`about: ${c.entityIds.map((id) => names.get(id) ?? id).join(', ')}`);
    out.push(`    ${c.id.padEnd(5)} ${position(starts, c.start).padEnd(8)} ${c.kind.padEnd(12)} ${quote(c.text)}  ${facts.join('  ')}`.trimEnd());
  }
  return `${out.join('\n')}\n\n`;
}
