// Command arguments arrive from keybindings (none), the palette (none), code
// actions and tests (real `Uri`/`Range`), hover command links (JSON: plain
// objects or strings) and other extensions (anything). Read them defensively.
import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/model/analysis';
import { isObject } from '../../core/store/diagnostics';
import { targetKind } from '../export/targetKind';
import { toOffsets } from '../util/range';

/**
 * A `Uri`, a URI string, a file path ("/home/ana/brief.md", "C:\\Reports\\brief.md",
 * "C:brief.md": a drive letter is no scheme) or a `Uri` after JSON (`{ scheme, path, … }`).
 */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') {
    if (targetKind(value) === 'path') return vscode.Uri.file(value);
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  if (isObject(value) && typeof value.scheme === 'string' && typeof value.path === 'string') {
    return vscode.Uri.from({
      scheme: value.scheme,
      authority: typeof value.authority === 'string' ? value.authority : '',
      path: value.path,
      query: typeof value.query === 'string' ? value.query : '',
      fragment: typeof value.fragment === 'string' ? value.fragment : '',
    });
  }
  return undefined;
}

/**
 * Offsets of a range given as a `vscode.Range`, as `[start, end]` positions (a Range
 * after JSON), as `{ start: {line, character}, end: … }`, or as `{ start, end }` offsets. Undefined when absent or malformed.
 */
export function asOffsets(document: vscode.TextDocument, value: unknown): OffsetRange | undefined {
  if (value instanceof vscode.Range) return toOffsets(document, value);
  // `JSON.stringify(range)` gives `[start, end]` positions.
  if (Array.isArray(value) && value.length === 2) return asOffsets(document, { start: value[0], end: value[1] });
  if (!isObject(value)) return undefined;
  const { start, end } = value;
  if (isCount(start) && isCount(end) && end >= start) return { start, end };
  const from = asPosition(start);
  const to = asPosition(end);
  if (!from || !to) return undefined;
  return toOffsets(document, new vscode.Range(from, to));
}

/** A tag id from a string, a tree node (`{ tag: { claim: { id } } }`) or a tagged claim (`{ id }`). */
export function asTagId(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (!isObject(value)) return undefined;
  if (typeof value.id === 'string' && typeof value.label === 'string') return value.id;
  const tag = value.tag;
  if (isObject(tag) && isObject(tag.claim) && typeof tag.claim.id === 'string') return tag.claim.id;
  return undefined;
}

function asPosition(value: unknown): vscode.Position | undefined {
  if (value instanceof vscode.Position) return value;
  if (isObject(value) && isCount(value.line) && isCount(value.character)) return new vscode.Position(value.line, value.character);
  return undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
