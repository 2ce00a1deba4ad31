import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIRST_NAMES, isGivenName } from '../../../src/core/entities/firstNames';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('entities: the given-name list', () => {
  it('is what its generator writes from the installed compromise lexicon', () => {
    const r = spawnSync(process.execPath, ['scripts/entities/givenNames.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('holds the short list and given names that are also place names, but no common nouns', () => {
    for (const name of FIRST_NAMES) assert.ok(isGivenName(name), name);
    for (const name of ['victoria', 'chad', 'jordan', 'sydney', 'aada', 'zoe']) assert.ok(isGivenName(name), name);
    // Whole names only: "ictor" is inside "victor", "ohamme" inside "mohammed".
    for (const word of ['iron', 'storm', 'park', 'general', 'hope', 'ictor', 'ohamme', 'a']) assert.ok(!isGivenName(word), word);
  });
});
