// Whether a string given to a command (export, import, tag) names a URI or a
// file path. "C:\reports\claims.json" matches the URI grammar (scheme "c"), so
// a drive letter is looked for first: no registered URI scheme has a single
// letter. Pure: no `vscode` import, so it is unit-tested in Node.

export type TargetKind = 'uri' | 'path';

export function targetKind(value: string): TargetKind {
  // "C:\x", "c:/x", "C:x" (drive-relative) and "\\server\share\x" (UNC) are paths.
  if (/^[a-zA-Z]:/.test(value) || value.startsWith('\\\\')) return 'path';
  // "file:///…", "vscode-remote://…", "untitled:Export": a scheme of two or more characters.
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(value) ? 'uri' : 'path';
}
