import * as assert from 'node:assert/strict';
import { workspaceKbSettings } from '../../../src/core/export/detectorSettings';
import { exportProvenance } from '../../../src/core/export/provenance';

describe('detector settings recorded in exports', () => {
  it('reads kb.files, kb.folder and kb.entries from a settings file with comments and trailing commas', () => {
    const settings = workspaceKbSettings(`{
      // team KB first, then the desk's overrides (later wins)
      "claimlens.kb.files": ["kb/team.json", " kb/desk.csv ", "kb/team.json", 7, ""],
      "claimlens.kb.folder": "shared\\\\kb/",
      "claimlens.kb.entries": [{ "id": "Q56226", "names": [{ "text": "Marshal Kim", "kind": "alias" }] }],
    }`);
    assert.deepEqual(settings.kbFiles, ['kb/team.json', 'kb/desk.csv']);
    assert.equal(settings.kbFolder, 'shared/kb');
    assert.match(settings.kbEntries, /^sha256:[0-9a-f]{64}$/);
  });

  it('hashes the same entries the same whatever their key order or layout, and different entries differently', () => {
    const a = workspaceKbSettings('{"claimlens.kb.entries": [{"id": "cl:x", "label": "Harbour Authority"}]}');
    const b = workspaceKbSettings('{"claimlens": {"kb": {"entries": [{ "label": "Harbour Authority", "id": "cl:x" }]}}}');
    const c = workspaceKbSettings('{"claimlens.kb.entries": [{"id": "cl:x", "label": "Port Authority"}]}');
    assert.equal(a.kbEntries, b.kbEntries);
    assert.notEqual(a.kbEntries, c.kbEntries);
  });

  it('records the defaults without a settings file, and for values the editor would refuse', () => {
    const defaults = { kbFiles: [], kbFolder: '.claimlens/kb', kbEntries: '' };
    assert.deepEqual(workspaceKbSettings(undefined), defaults);
    assert.deepEqual(workspaceKbSettings('not json at all'), defaults);
    assert.deepEqual(workspaceKbSettings('{"claimlens.kb.files": "one.json", "claimlens.kb.folder": "../outside", "claimlens.kb.entries": {}}'), defaults);
    assert.equal(workspaceKbSettings('{"claimlens.kb.folder": "/etc/kb"}').kbFolder, '.claimlens/kb');
    assert.equal(workspaceKbSettings('{"claimlens.kb.folder": ""}').kbFolder, '');
  });

  it('leaves language-specific blocks out: they do not apply to detection settings', () => {
    assert.deepEqual(workspaceKbSettings('{"[markdown]": {"claimlens.kb.files": ["md.json"]}}').kbFiles, []);
  });

  it('puts them next to the engine version in the provenance', () => {
    const provenance = exportProvenance('{"version": "2026.11.26"}', '{"claimlens.kb.files": ["kb/team.json"]}');
    assert.equal(provenance.kbVersion, '2026.11.26');
    assert.deepEqual(Object.keys(provenance.detector), ['engine', 'kbEntries', 'kbFiles', 'kbFolder']);
    assert.deepEqual(provenance.detector.kbFiles, ['kb/team.json']);
  });
});
