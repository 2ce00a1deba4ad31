// `node dist/cli.js export …` as a user runs it, on a workspace written to a
// temporary directory: the bytes must be what the core renders for the same
// state and settings, on stdout and with --out, and failures must exit non-zero.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportProvenance } from '../../../src/core/export/provenance';
import { renderExport } from '../../../src/core/export/renderExport';
import { DIGEST_PATH, exportInput } from '../export/fixtures';
import { putFile, writeWorkspace } from '../export/workspaceOnDisk';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SETTINGS = '{\n  // the desk KB, then the team list\n  "claimlens.kb.files": ["kb/desk.json", "kb/team.csv"],\n  "claimlens.kb.folder": "",\n}\n';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'export', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimlens export (bundled CLI process)', () => {
  let dir = '';
  /** What the core renders for the fixture state with the shipped KB and the workspace's settings. */
  const expected = (format: 'json' | 'w3c' | 'csv' | 'md', scope = exportInput().scope): string => renderExport(format, {
    ...exportInput(scope),
    provenance: exportProvenance(fs.readFileSync(path.join(ROOT, 'media', 'kb', 'kb.json'), 'utf8'), SETTINGS),
  });

  before(() => {
    const build = spawnSync(process.execPath, ['esbuild.js', 'cli'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    dir = writeWorkspace();
    putFile(dir, '.vscode/settings.json', SETTINGS);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints, for every format, the bytes the core renders for the same state and settings', () => {
    for (const format of ['json', 'w3c', 'csv', 'md'] as const) {
      const r = cli('--format', format, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, expected(format), format);
    }
    const json = JSON.parse(cli(dir).stdout) as { provenance: { detector: Record<string, unknown> } };
    assert.deepEqual(json.provenance.detector.kbFiles, ['kb/desk.json', 'kb/team.csv']);
    assert.equal(json.provenance.detector.kbFolder, '');
  });

  it('writes --out with the same bytes (the CSV byte-order mark included) and says how many tags', () => {
    const out = path.join(dir, 'out', 'digest.csv');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = cli(dir, '--document', DIGEST_PATH, '--format=csv', '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `claimlens export: 2 tagged claims written to ${out}\n`);
    const bytes = fs.readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8'), expected('csv', { kind: 'document', path: DIGEST_PATH }));
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['digest.csv'], 'no temporary file left next to it');
  });

  it('warns about a broken store but exports the rest, and fails with a message for bad input', () => {
    putFile(dir, '.claimlens/annotations/notes/broken.md.json', '{ not json');
    try {
      const r = cli(dir);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, expected('json'));
      assert.match(r.stderr, /^claimlens export: warning: \.claimlens\/annotations\/notes\/broken\.md\.json: The store file is not valid JSON/);
    } finally {
      fs.rmSync(path.join(dir, '.claimlens', 'annotations', 'notes'), { recursive: true, force: true });
    }
    const usage = cli('--format', 'xml', dir);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--format must be json, w3c, csv or md/);
    const missing = cli(path.join(dir, 'no-such-folder'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no such directory/);
  });
});
