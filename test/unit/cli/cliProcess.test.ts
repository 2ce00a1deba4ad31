// End to end through the shipped bundle: `node dist/cli.js detect …` as a
// user runs it, with the bundled KB next to it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimlens detect (bundled CLI process)', () => {
  let tmp = '';
  before(() => {
    const build = spawnSync(process.execPath, ['esbuild.js', 'cli'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('analyses a sample with the bundled KB and reports offsets into the file as read', () => {
    const r = cli('detect', 'samples/wire-digest-messy.txt');
    assert.equal(r.status, 0, r.stderr);
    const record = JSON.parse(r.stdout) as { file: string; engine: { version: string; kb: string }; entities: Array<{ text: string; start: number; end: number; kbId: string | null }> };
    const text = fs.readFileSync(path.join(ROOT, 'samples', 'wire-digest-messy.txt'), 'utf8');
    assert.equal(record.file, 'samples/wire-digest-messy.txt');
    assert.ok(record.engine.kb.length > 0);
    assert.ok(record.entities.length > 10);
    for (const e of record.entities) assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(record.entities.some((e) => e.text === 'Pyongyang' && e.kbId !== null), 'Pyongyang links to the KB');
  });

  it('counts offsets after a stripped BOM and processes good files next to a binary one', () => {
    const bom = path.join(tmp, 'bom.txt');
    fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('NATO said 5,000 troops would stay.', 'utf8')]));
    const bin = path.join(tmp, 'image.png');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const r = cli('detect', '--format', 'jsonl', bin, bom);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `claimlens: ${bin}: binary file (not UTF-8 text)\n`);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const record = JSON.parse(lines[0] as string) as { claims: Array<{ text: string; start: number }> };
    const claim = record.claims.find((c) => c.text.includes('5,000'));
    assert.equal(claim?.start, 'NATO said '.length);
  });

  it('prints a readable text listing', () => {
    const r = cli('detect', '--format', 'text', 'samples/korea-russia-troops.md');
    assert.equal(r.status, 0, r.stderr);
    const entities = Number(/entities: (\d+)/.exec(r.stdout)?.[1]);
    const claims = Number(/claims: (\d+)/.exec(r.stdout)?.[1]);
    assert.ok(entities > 0 && claims > 0);
    // One line per mention and per claim, each with its id and line:column.
    assert.equal(r.stdout.split('\n').filter((l) => /^ {4}e\d+ +\d+:\d+ /.test(l)).length, entities);
    assert.equal(r.stdout.split('\n').filter((l) => /^ {4}c\d+ +\d+:\d+ /.test(l)).length, claims);
    assert.match(r.stdout, /"up to 100,000 troops"/);
  });
});
