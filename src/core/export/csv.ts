// CSV export: one row per claim, RFC 4180 (CRLF rows, fields with comma,
// quote or line break quoted, quotes doubled), UTF-8 with a byte-order mark so
// spreadsheet programs read non-Latin text correctly. Formula injection: a
// text cell starting with = + - @ (or tab / CR, which some programs skip
// before parsing) is prefixed with an apostrophe, so "=HYPERLINK(…)" in a
// document or note stays text.

import type { ExportedClaim } from './exportClaims';
import type { ExportInput } from './exportTypes';
import { exportedClaims } from './exportClaims';

type Cell = string | number | boolean | null;

const COLUMNS: readonly [string, (e: ExportedClaim) => Cell][] = [
  ['document', (e) => e.claim.document.path],
  ['line', (e) => (e.location ? e.location.start.line + 1 : null)],
  ['column', (e) => (e.location ? e.location.start.character + 1 : null)],
  ['id', (e) => e.claim.id],
  ['label', (e) => e.claim.label],
  ['status', (e) => e.claim.status],
  ['quote', (e) => e.claim.selectors.quote.exact],
  ['sentence', (e) => e.location?.sentence ?? null],
  ['note', (e) => e.claim.note],
  ['kind', (e) => e.claim.claim?.kind ?? null],
  ['value', (e) => e.claim.claim?.value ?? null],
  ['min', (e) => e.claim.claim?.min ?? null],
  ['max', (e) => e.claim.claim?.max ?? null],
  ['unit', (e) => e.claim.claim?.unit ?? null],
  ['currency', (e) => e.claim.claim?.currency ?? null],
  ['rate', (e) => e.claim.claim?.rate ?? null],
  ['qualifier', (e) => e.claim.claim?.qualifier ?? null],
  ['hedges', (e) => e.claim.claim?.hedges.join('; ') ?? null],
  ['attribution', (e) => e.claim.claim?.attribution ?? null],
  ['entities', (e) => e.claim.entities.map((x) => `${x.label} (${x.kbId})`).join('; ')],
  ['analyst', (e) => e.claim.analyst],
  ['created', (e) => e.claim.created],
  ['modified', (e) => e.claim.modified],
  ['start', (e) => e.claim.selectors.position.start],
  ['end', (e) => e.claim.selectors.position.end],
  ['orphaned', (e) => e.claim.orphaned],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

export function renderCsv(input: ExportInput): string {
  const rows = [COLUMNS.map(([name]) => name), ...exportedClaims(input).map((e) => COLUMNS.map(([, get]) => get(e)))];
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  // Numbers and booleans come from our model, never from document text: a
  // negative figure must stay a number, not become "'-5".
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
