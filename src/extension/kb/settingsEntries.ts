// KB entries written straight into settings (`claimlens.kb.entries`): the
// same shape as the `entities` of a KB file, checked by the same validator.
// Settings have no line to point at, so each problem names its entry instead
// ("claimlens.kb.entries[2].kind: …"). Pure: no `vscode` import.
import type { KbDiagnostic } from '../../core/kb/kbDiagnostic';
import type { ParsedKb } from '../../core/kb/parseKb';
import { validateKbValue } from '../../core/kb/validateKb';

export const SETTINGS_ORIGIN = 'settings (claimlens.kb.entries)';
const KEY = 'claimlens.kb.entries';

/** Undefined when there are no entries, so an unused setting adds nothing. */
export function parseSettingsEntries(entries: readonly unknown[]): ParsedKb | undefined {
  if (entries.length === 0) return undefined;
  const checked = validateKbValue({ entities: entries }, { user: true, defaultSource: `user:${SETTINGS_ORIGIN}` });
  const diagnostics = checked.problems.map((p): KbDiagnostic => ({
    origin: SETTINGS_ORIGIN,
    line: 1,
    column: 1,
    severity: p.severity,
    message: `${settingPath(p.path)}: ${p.message}`,
  }));
  return { origin: SETTINGS_ORIGIN, kb: checked.file, extensions: checked.extensions, diagnostics };
}

/** ['entities', 2, 'names', 0] → "claimlens.kb.entries[2].names[0]". */
function settingPath(path: readonly (string | number)[]): string {
  return path.slice(1).reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${part}`), KEY);
}
