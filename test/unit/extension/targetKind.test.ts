import * as assert from 'node:assert/strict';
import { targetKind } from '../../../src/extension/export/targetKind';

describe('targetKind (export/import command arguments)', () => {
  it('reads Windows paths as paths although "C:" looks like a URI scheme', () => {
    for (const path of ['C:\\Users\\analyst\\claims.claimlens.json', 'c:/reports/claims.csv', 'D:claims.md', '\\\\fileserver\\desk\\claims.jsonld']) {
      assert.equal(targetKind(path), 'path', path);
    }
  });

  it('reads URIs with a real scheme as URIs', () => {
    for (const uri of ['file:///home/analyst/claims.json', 'vscode-remote://ssh-remote+desk/home/a/claims.csv', 'untitled:Export.md', 'vscode-vfs://github/org/repo/claims.json']) {
      assert.equal(targetKind(uri), 'uri', uri);
    }
  });

  it('reads POSIX and relative paths as paths', () => {
    for (const path of ['/tmp/claims.json', 'exports/claims.csv', './claims.md', 'exports/2026-11-26T09:15 claims.json']) {
      assert.equal(targetKind(path), 'path', path);
    }
  });
});
