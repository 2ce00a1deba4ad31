import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExportIo } from '../../../src/cli/commands/export';
import { runExport } from '../../../src/cli/commands/export';
import { nodeWorkspaceReader } from '../../../src/cli/commands/exportIo';
import { exportProvenance } from '../../../src/core/export/provenance';
import { renderExport } from '../../../src/core/export/renderExport';
import { DIGEST_PATH, exportInput } from './fixtures';
import { writeWorkspace } from './workspaceOnDisk';

const KB_JSON = '{"version": "2026.12.01"}';

/** What the core renders for the fixture state, with the provenance of KB_JSON and no workspace settings. */
function expected(format: 'json' | 'w3c' | 'csv' | 'md', scope = exportInput().scope): string {
  return renderExport(format, { ...exportInput(scope), provenance: exportProvenance(KB_JSON, undefined) });
}

function io(files: Map<string, string>, out: string[], err: string[]): ExportIo {
  return {
    workspace: nodeWorkspaceReader,
    bundledKbJson: () => KB_JSON,
    writeFile: (file, text) => files.set(file, text),
    stdout: (chunk) => out.push(chunk),
    stderr: (line) => err.push(line),
  };
}

describe('claimlens export', () => {
  let dir = '';
  before(() => { dir = writeWorkspace(); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes, for every format, the bytes the core renders for the same state', async () => {
    for (const format of ['json', 'w3c', 'csv', 'md'] as const) {
      const out: string[] = [];
      const code = await runExport(['--format', format, dir], io(new Map(), out, []));
      assert.equal(code, 0);
      assert.equal(out.join(''), expected(format), format);
    }
  });

  it('writes to --out and limits to one --document', async () => {
    const files = new Map<string, string>();
    const err: string[] = [];
    const code = await runExport([dir, '--document', DIGEST_PATH, '--out=claims.csv', '-f', 'csv'], io(files, [], err));
    assert.equal(code, 0);
    assert.equal(files.get('claims.csv'), expected('csv', { kind: 'document', path: DIGEST_PATH }));
    assert.deepEqual(err, ['claimlens export: 2 tagged claims written to claims.csv\n']);
  });

  it('records the KB settings of the workspace folder\'s .vscode/settings.json in the provenance', async () => {
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // the desk KB\n  "claimlens.kb.files": ["kb/desk.json"],\n}\n');
    const out: string[] = [];
    try {
      assert.equal(await runExport([dir], io(new Map(), out, [])), 0);
    } finally {
      fs.rmSync(path.join(dir, '.vscode'), { recursive: true, force: true });
    }
    const json = JSON.parse(out.join('')) as { provenance: { kbVersion: string; detector: Record<string, unknown> } };
    assert.deepEqual(json.provenance.detector.kbFiles, ['kb/desk.json']);
    assert.equal(json.provenance.kbVersion, '2026.12.01');
  });

  it('refuses bad arguments and a missing workspace with a message', async () => {
    const err: string[] = [];
    assert.equal(await runExport(['--format', 'xml', dir], io(new Map(), [], err)), 2);
    assert.match(err.join(''), /--format must be json, w3c, csv or md \(got 'xml'\)/);
    assert.equal(await runExport([path.join(dir, 'nope')], io(new Map(), [], err)), 1);
    assert.match(err.join(''), /no such directory/);
  });
});
