// Entry point for KB text from any origin: the bundled file or an analyst's
// JSON file. Never throws on bad input; returns what is usable plus
// diagnostics that name the file and line.

import type { KbDiagnostic } from './kbDiagnostic';
import type { KbEntityExtension } from './kbExtension';
import type { KbFile } from './kbTypes';
import { createPathLocator, findJsonSyntaxError } from './jsonPosition';
import { validateKbValue } from './validateKb';

export interface ParsedKb {
  readonly origin: string;
  /** Null when nothing in the file could be used (syntax error, wrong shape, too large). */
  readonly kb: KbFile | null;
  /** Partial user entries that add names or facts to an existing id. */
  readonly extensions: readonly KbEntityExtension[];
  readonly diagnostics: readonly KbDiagnostic[];
}

export interface ParseKbOptions {
  /** Treat as an analyst's file: lenient header, partial entries allowed. Default false. */
  readonly user?: boolean;
  /** Refuse texts longer than this many UTF-16 units (default 20,000,000) before parsing. */
  readonly maxChars?: number;
  /**
   * The KB shipped with ClaimLens (media/kb/kb.json), validated in full at
   * build time: its ~8,000 names and ~7,000 facts are not checked and
   * copied one by one again (a few ms of every cold start). Entities and the
   * header still are. Ignored for analysts' files (`user`).
   */
  readonly bundled?: boolean;
}

const DEFAULT_MAX_CHARS = 20_000_000;

export function parseKb(jsonText: string, origin: string, options: ParseKbOptions = {}): ParsedKb {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const whole = (message: string): ParsedKb => ({
    origin,
    kb: null,
    extensions: [],
    diagnostics: [{ origin, line: 1, column: 1, severity: 'error', message }],
  });
  if (jsonText.length > maxChars) {
    return whole(`file is too large (${(jsonText.length / 1e6).toFixed(1)} M characters, limit ${(maxChars / 1e6).toFixed(1)} M): not loaded`);
  }
  let value: unknown;
  try {
    value = JSON.parse(stripBom(jsonText));
  } catch (e: unknown) {
    const at = findJsonSyntaxError(stripBom(jsonText));
    const detail = at?.message ?? (e instanceof Error ? e.message : String(e));
    return {
      origin,
      kb: null,
      extensions: [],
      diagnostics: [{ origin, line: at?.line ?? 1, column: at?.column ?? 1, severity: 'error', message: `invalid JSON: ${detail}` }],
    };
  }
  const user = options.user ?? false;
  const checked = validateKbValue(value, { user, defaultSource: `user:${origin}`, bundled: options.bundled ?? false });
  const locate = createPathLocator(stripBom(jsonText));
  const diagnostics = checked.problems.map((p): KbDiagnostic => ({ origin, ...locate(p.path), severity: p.severity, message: p.message }));
  return { origin, kb: checked.file, extensions: checked.extensions, diagnostics };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
