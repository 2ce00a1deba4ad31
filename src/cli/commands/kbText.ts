// Plain-text rendering of KB entries for `claimlens kb show|lookup --format text`.

import type { KbCandidate, KnowledgeBase } from '../../core/kb/knowledgeBase';
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';

export function formatValue(fact: KbFact): string {
  const value = typeof fact.value === 'number' ? fact.value.toLocaleString('en-US') : fact.value;
  return fact.unit !== undefined && fact.unit !== '' ? `${value} ${fact.unit}` : value;
}

function formatFact(kb: KnowledgeBase, fact: KbFact): string {
  const ref = fact.ref !== undefined ? ` [${fact.ref}]` : '';
  const when = [fact.start !== undefined ? `since ${fact.start}` : '', fact.end !== undefined ? `until ${fact.end}` : ''].filter(Boolean).join(' ');
  const note = fact.note !== undefined && fact.property !== 'militaryPersonnel' ? ` — ${fact.note}` : '';
  const source = kb.source(fact.source)?.id ?? fact.source;
  return `  ${fact.property}: ${formatValue(fact)}${ref}${when ? ` (${when})` : ''}${note}   [as of ${fact.asOf}; ${source}]`;
}

export function formatEntityText(kb: KnowledgeBase, entity: KbEntity, facts: readonly KbFact[], date: string, memberOf: readonly string[] = []): string {
  const lines = [`${entity.label}  [${entity.id}]  ${entity.type}/${entity.kind}`];
  if (entity.description !== '') lines.push(entity.description);
  if (entity.country !== undefined) lines.push(`Country: ${kb.byId(entity.country)?.label ?? entity.country} [${entity.country}]`);
  if (entity.names.length > 0) {
    lines.push(`Names: ${entity.names.map((n) => `${n.text} (${n.kind}${n.sense !== undefined ? `: ${n.sense}` : ''})`).join('; ')}`);
  }
  const members = facts.filter((f) => f.property === 'member');
  const other = facts.filter((f) => f.property !== 'member');
  lines.push(`Facts holding on ${date} (KB ${kb.version}, as of ${kb.asOf}):`);
  for (const f of other) lines.push(formatFact(kb, f));
  if (members.length > 0) lines.push(`  members (${members.length}): ${members.map((m) => m.value).join(', ')}`);
  if (memberOf.length > 0) lines.push(`  member of (${memberOf.length}): ${memberOf.join(', ')}`);
  if (other.length === 0 && members.length === 0 && memberOf.length === 0) lines.push('  (none)');
  return `${lines.join('\n')}\n`;
}

export function formatCandidatesText(query: string, candidates: readonly KbCandidate[]): string {
  if (candidates.length === 0) return `no KB entry for "${query}"\n`;
  const lines = candidates.map(
    (c) => `${c.score.toFixed(3)}  ${c.entity.label}  [${c.entity.id}]  ${c.entity.kind}, as ${c.sense} (matched "${c.name.text}", ${c.name.kind})`,
  );
  return `${lines.join('\n')}\n`;
}
