// Minimal RFC 4180 reader for analysts' name lists: quoted fields with
// doubled quotes, commas and newlines inside quotes, CRLF or LF. Each row
// keeps the 1-based line it starts on for diagnostics.

export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvResult {
  readonly rows: readonly CsvRow[];
  /** Line of an unterminated quoted field, if any. */
  readonly unterminatedQuoteLine: number | null;
}

export function readCsv(text: string): CsvResult {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) return { rows, unterminatedQuoteLine: quoteLine };
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, unterminatedQuoteLine: null };
}
