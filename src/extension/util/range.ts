// THE one place where core offsets (UTF-16 units into the document text, end
// exclusive) become `vscode.Range`s and back. Core and CLI speak offsets; the
// editor speaks line/character. Keeping the conversion here means a fix (e.g.
// for CRLF or surrogate pairs) lands everywhere at once.
import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/model/analysis';

/** Offsets → editor range, clamped to the document by `positionAt`. */
export function toRange(document: vscode.TextDocument, span: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Many spans at once; same order as given. */
export function toRanges(document: vscode.TextDocument, spans: readonly OffsetRange[]): vscode.Range[] {
  return spans.map((span) => toRange(document, span));
}

/** Editor range → offsets into `document.getText()`. */
export function toOffsets(document: vscode.TextDocument, range: vscode.Range): OffsetRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
