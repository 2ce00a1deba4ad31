// The timestamps the export schema accepts: RFC 3339 date-times with seconds
// and a zone, a real calendar day, no leap second — what `Date.toISOString`
// writes ("2026-11-26T09:15:00.000Z"). The schema says the same with its
// `pattern` and `"format": "date-time"`; "2026-02-30T10:00:00Z" or
// "2026-11-26T09:15Z" are refused by both.

/**
 * Loose on purpose: any ISO 8601 instant with a zone, as `Date.toISOString` writes,
 * minutes-only allowed ("2026-11-26T09:15+02:00"); the store schema's `pattern`.
 * A store read normalises what it accepts to the export's form (below).
 */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isExportTimestamp(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return Number(match[3]) <= (month === 2 && leap ? 29 : DAYS[month - 1]!);
}

/**
 * A timestamp from another tool or a hand-edited store in the export's form: kept when it already is,
 * else the same instant as `toISOString` writes it ("2026-11-26T09:15+02:00" →
 * "2026-11-26T07:15:00.000Z"); undefined when it is no instant at all.
 */
export function normalizedTimestamp(value: string): string | undefined {
  if (isExportTimestamp(value)) return value;
  // Only instants a store may hold: Date.parse also reads "Nov 26" in local time.
  if (!TIMESTAMP_PATTERN.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
