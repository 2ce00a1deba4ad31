// The committed KB must be exactly what the build makes from its inputs
// (the Factbook copy in ../shared, pinned npm packages, kb/*.json).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED_KB_PATH } from './loadFixture';

const load = createRequire(__filename);
const { buildKbText } = load('../../../scripts/kb/build.js') as { buildKbText: () => string };

describe('KB build', function () {
  this.timeout(60_000);

  it('regenerates the committed media/kb/kb.json byte for byte, twice', () => {
    const first = buildKbText();
    const second = buildKbText();
    assert.equal(first, second, 'two builds from the same inputs differ');
    assert.ok(first === fs.readFileSync(BUNDLED_KB_PATH, 'utf8'), 'media/kb/kb.json is stale: run npm run build:kb and commit it');
  });
});
