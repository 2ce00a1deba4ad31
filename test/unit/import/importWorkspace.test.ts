import * as assert from 'node:assert/strict';
import type { WorkspaceReader } from '../../../src/core/export/loadWorkspace';
import { contentHash } from '../../../src/core/anchoring/contentHash';
import { renderExport } from '../../../src/core/export/renderExport';
import { describeImport, importIntoWorkspace } from '../../../src/core/import/importWorkspace';
import { serializeStore } from '../../../src/core/store/serializeStore';
import { storePathFor } from '../../../src/core/store/storeFile';
import { briefTags } from '../store/fixtures';
import { BRIEF, BRIEF_PATH, DIGEST, DIGEST_PATH, exportInput } from '../export/fixtures';

function memoryWorkspace(files: Record<string, string>): WorkspaceReader {
  const prefix = '.claimlens/annotations/';
  return {
    listStoreFiles: () => Promise.resolve(Object.keys(files).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))),
    readText: (path) => Promise.resolve(files[path]),
  };
}

const options = { now: '2026-11-26T12:00:00.000Z', analyst: 'importer' };

describe('importIntoWorkspace', () => {
  it('returns the store files to write, adding to the tags already stored', async () => {
    const briefStore = serializeStore({ formatVersion: 1, document: { path: BRIEF_PATH, contentHash: contentHash(BRIEF) }, claims: briefTags().slice(0, 1) });
    const result = await importIntoWorkspace(memoryWorkspace({
      [BRIEF_PATH]: BRIEF, [DIGEST_PATH]: DIGEST, [storePathFor(BRIEF_PATH)]: briefStore,
    }), renderExport('json', exportInput()), options);
    assert.ok(result.ok);
    assert.deepEqual([...result.writes.keys()], [storePathFor(BRIEF_PATH), storePathFor(DIGEST_PATH)]);
    assert.deepEqual(result.writes.get(storePathFor(BRIEF_PATH))?.claims.map((c) => c.id).sort(), ['t-0001', 't-0002', 't-0003']);
    assert.equal(describeImport(result.report, result.readOnlySkipped), '4 added, 1 already present.');
  });

  it('never writes over a read-only store and says so', async () => {
    const result = await importIntoWorkspace(memoryWorkspace({
      [BRIEF_PATH]: BRIEF, [DIGEST_PATH]: DIGEST, [storePathFor(BRIEF_PATH)]: '{"formatVersion": 99}',
    }), renderExport('json', exportInput()), options);
    assert.ok(result.ok);
    assert.deepEqual([...result.writes.keys()], [storePathFor(DIGEST_PATH)]);
    assert.deepEqual(result.readOnlySkipped, [BRIEF_PATH]);
    assert.match(describeImport(result.report, result.readOnlySkipped), /read-only store left unchanged: briefs\/northern-border\.md\.$/);
  });

  it('refuses a bad file before reading the workspace', async () => {
    let listed = false;
    const reader: WorkspaceReader = { listStoreFiles: () => { listed = true; return Promise.resolve([]); }, readText: () => Promise.resolve(undefined) };
    const result = await importIntoWorkspace(reader, '<html>', options);
    assert.equal(result.ok, false);
    assert.equal(listed, false);
  });
});
