import * as assert from 'node:assert/strict';
import type { WorkspaceReader } from '../../../src/core/export/loadWorkspace';
import { contentHash } from '../../../src/core/anchoring/contentHash';
import { loadWorkspaceClaims, loadWorkspaceExport } from '../../../src/core/export/loadWorkspace';
import { exportProvenance } from '../../../src/core/export/provenance';
import { renderExport } from '../../../src/core/export/renderExport';
import { serializeStore } from '../../../src/core/store/serializeStore';
import { STORE_FORMAT_VERSION, storePathFor } from '../../../src/core/store/storeFile';
import { briefTags } from '../store/fixtures';
import { BRIEF, BRIEF_PATH, DIGEST, DIGEST_PATH, digestTags, exportInput } from './fixtures';

/** A workspace held in memory: path → text. */
function memoryWorkspace(files: Record<string, string>): WorkspaceReader {
  return {
    listStoreFiles: () => Promise.resolve(Object.keys(files)
      .filter((p) => p.startsWith('.claimlens/annotations/'))
      .map((p) => p.slice('.claimlens/annotations/'.length))),
    readText: (path) => Promise.resolve(files[path]),
  };
}

function storeText(path: string, text: string, claims: ReturnType<typeof briefTags>): string {
  return serializeStore({ formatVersion: STORE_FORMAT_VERSION, document: { path, contentHash: contentHash(text) }, claims });
}

describe('loadWorkspaceClaims', () => {
  it('reads every store with its document and exports what rendering the same state directly gives', async () => {
    const loaded = await loadWorkspaceClaims(memoryWorkspace({
      [BRIEF_PATH]: BRIEF,
      [DIGEST_PATH]: DIGEST,
      [storePathFor(BRIEF_PATH)]: storeText(BRIEF_PATH, BRIEF, briefTags()),
      [storePathFor(DIGEST_PATH)]: storeText(DIGEST_PATH, DIGEST, digestTags()),
    }));
    assert.deepEqual(loaded.problems, []);
    const input = { ...exportInput(), claims: loaded.claims, documents: loaded.documents };
    for (const format of ['json', 'w3c', 'csv', 'md'] as const) {
      assert.equal(renderExport(format, input), renderExport(format, exportInput()), format);
    }
  });

  it('re-anchors tags of a document that changed since they were stored', async () => {
    const edited = `New first line.\n${BRIEF.replace('Aid agencies estimate 2.3 million people are displaced.', '')}`;
    const loaded = await loadWorkspaceClaims(memoryWorkspace({
      [BRIEF_PATH]: edited,
      [storePathFor(BRIEF_PATH)]: storeText(BRIEF_PATH, BRIEF, briefTags()),
    }));
    const troops = loaded.claims.find((c) => c.id === 't-0001');
    assert.equal(edited.slice(troops!.selectors.position.start, troops!.selectors.position.end), 'up to 100,000 troops');
    assert.equal(loaded.claims.find((c) => c.id === 't-0002')?.orphaned, true);
  });

  it('reports a broken store and still exports the others', async () => {
    const loaded = await loadWorkspaceClaims(memoryWorkspace({
      [BRIEF_PATH]: BRIEF,
      [storePathFor(BRIEF_PATH)]: storeText(BRIEF_PATH, BRIEF, briefTags()),
      [storePathFor('notes/broken.md')]: '{ not json',
    }));
    assert.equal(loaded.claims.length, 3);
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0]!, /^\.claimlens\/annotations\/notes\/broken\.md\.json: The store file is not valid JSON/);
  });
});

describe('loadWorkspaceExport', () => {
  it('records the KB settings of the folder\'s .vscode/settings.json, read through the same reader as the stores', async () => {
    const settings = '{\n  // the desk KB\n  "claimlens.kb.files": ["kb/desk.json"],\n  "claimlens.kb.folder": "",\n}\n';
    const loaded = await loadWorkspaceExport(memoryWorkspace({
      [BRIEF_PATH]: BRIEF,
      [storePathFor(BRIEF_PATH)]: storeText(BRIEF_PATH, BRIEF, briefTags()),
      '.vscode/settings.json': settings,
    }), '{"version": "2026.12.01"}');
    assert.equal(loaded.claims.length, 3);
    assert.deepEqual(loaded.provenance, exportProvenance('{"version": "2026.12.01"}', settings));
    assert.equal(loaded.provenance.kbVersion, '2026.12.01');
    assert.deepEqual(loaded.provenance.detector.kbFiles, ['kb/desk.json']);
    assert.equal(loaded.provenance.detector.kbFolder, '');
  });
});
