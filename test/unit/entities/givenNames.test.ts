import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIRST_NAMES, isGivenName } from '../../../src/core/entities/firstNames';
import { GIVEN_NAME_LIST } from '../../../src/core/entities/givenNameList';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('entities: the given-name list', () => {
  it('is what its generator writes from the installed compromise lexicon', () => {
    const r = spawnSync(process.execPath, ['scripts/entities/givenNames.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('holds the short list and given names that are also place names, but no common nouns', () => {
    // One name from each source only it has: the short list, the generated list (first word, end of its
    // first line, last word) and the regional list.
    const generated = GIVEN_NAME_LIST.trim().split(/\s+/);
    for (const name of ['annalena', generated[0], 'abdul', generated[generated.length - 1], 'nechirvan']) assert.ok(isGivenName(name as string), name);
    assert.ok(FIRST_NAMES.has('annalena') && !generated.includes('annalena') && !generated.includes('nechirvan'));
    for (const name of ['victoria', 'chad', 'jordan', 'sydney', 'aada', 'zoe']) assert.ok(isGivenName(name), name);
    // Whole names only: "ictor" is inside "victor", "ohamme" inside "mohammed".
    for (const word of ['iron', 'storm', 'park', 'general', 'hope', 'ictor', 'ohamme', 'a']) assert.ok(!isGivenName(word), word);
  });
});
