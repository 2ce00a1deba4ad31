// `claimlens.kb.files` and `claimlens.kb.folder` as typed values, sanitised in
// one place for the editor's settings (src/extension/config/settings.ts) and
// for the KB settings an export records (src/core/export/detectorSettings.ts),
// so a bad value falls back to the same default in both: an export records
// what the editor used.

/** Where user KB files live unless `claimlens.kb.folder` says otherwise. */
export const DEFAULT_KB_FOLDER = '.claimlens/kb';

/** A list of strings, trimmed, blanks dropped, each once: [" a.json", "a.json", ""] → ["a.json"]; undefined when not a list. */
export function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return [...new Set(out)];
}

/** `claimlens.kb.files` in merge order (later wins); none when not a list. */
export function kbFilesOf(value: unknown): string[] {
  return stringList(value) ?? [];
}

/**
 * `claimlens.kb.folder`: a relative folder path with forward slashes and no
 * `..`, as it must stay inside the workspace folder ("team\\kb\\" → "team/kb";
 * '' turns the folder off). An absolute path or one with ".." falls back to
 * the default.
 */
export function kbFolderOf(value: unknown): string {
  if (typeof value !== 'string' || /^\s*[\\/]/.test(value)) return DEFAULT_KB_FOLDER;
  const parts = value.trim().replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') || /^[a-zA-Z]:/.test(parts[0] ?? '') ? DEFAULT_KB_FOLDER : parts.join('/');
}
