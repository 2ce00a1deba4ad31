// A user KB that could not be used at all, with the one reason why, placed
// at the top of the file (1:1) since no line is to blame.
import type { ParsedKb } from '../../core/kb/parseKb';

export function failedKb(origin: string, message: string): ParsedKb {
  return { origin, kb: null, extensions: [], diagnostics: [{ origin, line: 1, column: 1, severity: 'error', message }] };
}
