import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import type { StoreFile } from '../../../src/core/store/storeFile';
import { contentHash } from '../../../src/core/anchoring/contentHash';
import { parseStore } from '../../../src/core/store/parseStore';
import { serializeStore } from '../../../src/core/store/serializeStore';
import { STORE_FORMAT_VERSION } from '../../../src/core/store/storeFile';
import { BRIEF, BRIEF_PATH, briefTags } from './fixtures';

function briefStore(claims = briefTags()): StoreFile {
  return { formatVersion: STORE_FORMAT_VERSION, document: { path: BRIEF_PATH, contentHash: contentHash(BRIEF) }, claims };
}

describe('serializeStore', () => {
  it('writes the same bytes whatever order the tags were added in', () => {
    const tags = briefTags();
    assert.equal(serializeStore(briefStore(tags)), serializeStore(briefStore([...tags].reverse())));
  });

  it('lists claims in document order with a fixed key order and one claim object per block', () => {
    const text = serializeStore(briefStore());
    const json = JSON.parse(text) as { claims: { id: string }[] };
    assert.deepEqual(json.claims.map((c) => c.id), ['t-0001', 't-0003', 't-0002']);
    assert.deepEqual(Object.keys(json.claims[0]!), [
      'id', 'label', 'status', 'note', 'analyst', 'created', 'modified', 'selectors', 'claim', 'entities', 'orphaned',
    ]);
    // Each claim starts on its own line at the same indent, so git diffs stay per claim.
    assert.equal(text.match(/^ {4}\{$/gm)?.length, 3);
    assert.ok(text.endsWith('}\n'));
  });

  it('round-trips through parseStore unchanged', () => {
    const text = serializeStore(briefStore());
    const parsed = parseStore(text);
    assert.deepEqual(parsed.diagnostics, []);
    assert.equal(parsed.readOnlyReason, undefined);
    assert.ok(parsed.store);
    assert.equal(serializeStore(parsed.store), text);
    const troops = parsed.store.claims.find((c) => c.id === 't-0001');
    assert.equal(troops?.claim?.max, 100000);
    assert.equal(troops?.claim?.attribution, 'The ministry');
    assert.equal(troops?.document.path, BRIEF_PATH);
  });

  it('validates against the committed store schema', () => {
    const schema = JSON.parse(readFileSync('media/schemas/claimlens-store.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    const ok = validate(JSON.parse(serializeStore(briefStore())));
    assert.equal(ok, true, JSON.stringify(validate.errors));
  });
});
