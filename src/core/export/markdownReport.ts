// Markdown report for people: grouped by document, then label, each claim
// with its sentence, parsed record, note and KB links. Document and note text
// is escaped so nothing in it becomes a link, heading or HTML in the report.

import type { ClaimSnapshot } from '../store/taggedClaim';
import type { ExportedClaim } from './exportClaims';
import type { ExportInput } from './exportTypes';
import { compareStrings } from '../store/claimJson';
import { exportedClaims } from './exportClaims';
import { collapse } from './documentIndex';

const ORPHANED = 'Orphaned (text not found)';

export function renderMarkdownReport(input: ExportInput): string {
  const claims = exportedClaims(input);
  const { provenance, scope } = input;
  const scopeText = scope.kind === 'workspace' ? 'whole workspace'
    : scope.kind === 'document' ? `document ${code(scope.path)}` : `filter “${escapeMd(scope.description)}”`;
  const lines = [
    '# ClaimLens report',
    '',
    `${claims.length} tagged claim${claims.length === 1 ? '' : 's'} · scope: ${scopeText} · ClaimLens ${escapeMd(provenance.claimLensVersion)} · KB ${escapeMd(provenance.kbVersion)}`,
  ];
  for (const [path, inDocument] of groupBy(claims, (e) => e.claim.document.path)) {
    lines.push('', `## ${escapeMd(path)}`);
    const byLabel = groupBy(inDocument, (e) => (e.claim.orphaned ? ORPHANED : e.claim.label));
    const labels = [...byLabel.keys()].sort((a, b) => (a === ORPHANED ? 1 : b === ORPHANED ? -1 : compareStrings(a, b)));
    for (const label of labels) {
      const group = byLabel.get(label)!;
      lines.push('', `### ${escapeMd(label)} (${group.length})`, '');
      for (const e of group) lines.push(...claimLines(e, label === ORPHANED));
    }
  }
  return `${lines.join('\n')}\n`;
}

function claimLines({ claim, location }: ExportedClaim, orphaned: boolean): string[] {
  const where = location ? `line ${location.start.line + 1}` : 'position unknown';
  const head = [`**“${escapeMd(collapse(claim.selectors.quote.exact))}”**`, where, claim.status, escapeMd(claim.analyst)];
  if (orphaned) head.push(`label ${escapeMd(claim.label)}`);
  const out = [`- ${head.filter((s) => s !== '').join(' · ')}`];
  const sentence = location?.sentence
    ?? collapse(`${claim.selectors.quote.prefix}${claim.selectors.quote.exact}${claim.selectors.quote.suffix}`);
  out.push(`  > ${escapeLineStart(escapeMd(sentence))}`);
  if (claim.claim) out.push(`  - Record: ${escapeMd(describeRecord(claim.claim))}`);
  if (claim.note !== '') out.push(`  - Note: ${escapeMd(collapse(claim.note))}`);
  if (claim.entities.length > 0) {
    out.push(`  - Entities: ${claim.entities.map((x) => entityLink(x.kbId, x.label)).join(', ')}`);
  }
  return out;
}

function describeRecord(r: ClaimSnapshot): string {
  const amount = r.value !== null ? String(r.value)
    : r.min !== null && r.max !== null ? `${r.min}–${r.max}`
    // "up to" already says "at most": no "up to ≤ 100000".
    : r.min !== null ? `${r.qualifier ? '' : '≥ '}${r.min}` : r.max !== null ? `${r.qualifier ? '' : '≤ '}${r.max}` : '?';
  const parts = [r.kind, [r.qualifier, r.currency, amount, r.unit, r.rate].filter((p) => p !== null).join(' ')];
  if (r.hedges.length > 0) parts.push(`hedged: ${r.hedges.join(', ')}`);
  if (r.attribution !== null) parts.push(`attributed to ${r.attribution}`);
  return parts.join('; ');
}

function entityLink(kbId: string, label: string): string {
  const name = escapeMd(label || kbId);
  return /^Q[1-9]\d*$/.test(kbId) ? `[${name}](https://www.wikidata.org/wiki/${kbId})` : `${name} (${code(kbId)})`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Backslash-escapes what Markdown could read as emphasis, code, links,
 * headings or tables, and turns HTML angle brackets into entities. Dots and
 * dashes are left alone: where escaped text starts a line, `escapeLineStart`
 * keeps "2. " or "- " from becoming a list.
 */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_[\]#|~<>&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

/**
 * Escapes what would make the start of a line structure: inside the quote a
 * sentence "- 40 trucks…" or "1. Troops…" became a list, "---" a rule,
 * "=" or "+" the same (#, > and * are already escaped by `escapeMd`).
 */
export function escapeLineStart(text: string): string {
  return text.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
