// A problem found in a KB file, placed at a line so the analyst can fix it.
// Loading never throws on bad input: it returns what it could use plus these.

export type KbDiagnosticSeverity = 'error' | 'warning';

export interface KbDiagnostic {
  /** File path or other name of where the text came from ("bundled", ".claimlens/kb/team.json"). */
  readonly origin: string;
  /** 1-based line and column; 1:1 when the problem concerns the whole file. */
  readonly line: number;
  readonly column: number;
  readonly severity: KbDiagnosticSeverity;
  readonly message: string;
}

/** "team.json:12:5: error: duplicate id …" — the form editors and terminals link. */
export function formatKbDiagnostic(d: KbDiagnostic): string {
  return `${d.origin}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
