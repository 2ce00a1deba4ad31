import * as assert from 'node:assert/strict';
import type { DetectIo, ReadResult } from '../../../src/cli/commands/detect';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { languageOf, runDetect } from '../../../src/cli/commands/detect';
import { createAnalyzer } from '../../../src/core/analyzer';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

const KB: KbEntity[] = [
  {
    id: 'Q423', type: 'place', kind: 'country', label: 'North Korea', description: 'country in East Asia',
    names: [{ text: 'North Korea', kind: 'common' }, { text: 'Pyongyang', kind: 'metonym', sense: 'government' }], facts: [],
  },
  { id: 'Q56226', type: 'person', kind: 'person', label: 'Kim Jong-un', description: 'leader', names: [{ text: 'Kim Jong-un', kind: 'common' }], facts: [] },
];

const FILES: Record<string, string> = {
  'brief.txt': 'Kim Jong-un has reportedly sent up to 10,000 troops to Russia.\n\nPyongyang denies it.',
  'notes.md': '# **Troops**\n\nOfficials said [North Korea](https://example.org) pays $2,000 each.',
};

interface Captured extends DetectIo {
  readonly out: string[];
  readonly err: string[];
}

function io(files: Record<string, ReadResult> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const kb = Object.assign(kbViewFromEntities(KB), { version: 'test-kb' });
  let analyzer: ReturnType<typeof createAnalyzer> | null = null;
  return {
    out,
    err,
    readFile: (f) => files[f] ?? (FILES[f] === undefined ? { error: 'no such file' } : { text: FILES[f] as string }),
    analyzer: () => (analyzer ??= createAnalyzer({ kb })),
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
}

describe('claimlens detect', () => {
  it('prints one JSON object with the contract fields for one file', () => {
    const c = io();
    assert.equal(runDetect(['brief.txt'], c), 0);
    const record = JSON.parse(c.out.join('')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(record), ['file', 'engine', 'entities', 'claims']);
    assert.equal(record.file, 'brief.txt');
    assert.deepEqual((record.engine as { kb: string }).kb, 'test-kb');
    const entities = record.entities as Array<Record<string, unknown>>;
    const claims = record.claims as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(entities[0] ?? {}), ['id', 'text', 'start', 'end', 'type', 'kbId', 'label', 'sense']);
    assert.deepEqual(Object.keys(claims[0] ?? {}), [
      'id', 'text', 'start', 'end', 'kind', 'number', 'value', 'min', 'max', 'unit', 'currency', 'rate', 'qualifier',
      'hedged', 'hedges', 'attribution', 'entityIds', 'sentence',
    ]);
    const text = FILES['brief.txt'] as string;
    for (const e of entities) assert.equal(text.slice(e.start as number, e.end as number), e.text);
    const kim = entities.find((e) => e.text === 'Kim Jong-un');
    assert.equal(kim?.kbId, 'Q56226');
    const troops = claims.find((c) => String(c.text).includes('10,000'));
    assert.ok(troops, 'the troop count is a claim');
    assert.ok((troops.entityIds as string[]).includes(kim?.id as string), 'the claim is about Kim Jong-un');
  });

  it('prints an array for several files and one line per file for jsonl', () => {
    const c = io();
    assert.equal(runDetect(['brief.txt', 'notes.md'], c), 0);
    const records = JSON.parse(c.out.join('')) as Array<{ file: string }>;
    assert.deepEqual(records.map((r) => r.file), ['brief.txt', 'notes.md']);
    const l = io();
    assert.equal(runDetect(['--format', 'jsonl', 'brief.txt', 'notes.md'], l), 0);
    const lines = l.out.join('').trimEnd().split('\n');
    assert.deepEqual(lines.map((x) => (JSON.parse(x) as { file: string }).file), ['brief.txt', 'notes.md']);
  });

  it('masks Markdown in .md files so link syntax never enters a span', () => {
    const c = io();
    runDetect(['notes.md'], c);
    const record = JSON.parse(c.out.join('')) as { entities: Array<{ text: string; start: number; end: number }> };
    const text = FILES['notes.md'] as string;
    const nk = record.entities.find((e) => e.text === 'North Korea');
    assert.equal(nk?.start, text.indexOf('North Korea'));
    assert.ok(record.entities.every((e) => !/[[\]()*#]/.test(e.text)));
  });

  it('reports an unreadable file on one stderr line, exits 1 and still processes the others', () => {
    const c = io({ 'bad.bin': { error: 'binary file (not UTF-8 text)' } });
    assert.equal(runDetect(['brief.txt', 'bad.bin', 'missing.txt', 'notes.md'], c), 1);
    assert.deepEqual(c.err, ['claimlens: bad.bin: binary file (not UTF-8 text)\n', 'claimlens: missing.txt: no such file\n']);
    assert.deepEqual((JSON.parse(c.out.join('')) as Array<{ file: string }>).map((r) => r.file), ['brief.txt', 'notes.md']);
  });

  it('lists entities and claims with line:column positions in text format', () => {
    const c = io();
    assert.equal(runDetect(['--format=text', 'brief.txt'], c), 0);
    const out = c.out.join('');
    assert.match(out, /^brief\.txt {2}\(engine .+, kb test-kb\)/);
    assert.match(out, /e\d+\s+1:1\s+person\s+"Kim Jong-un"\s+-> Q56226 Kim Jong-un/);
    assert.match(out, /c\d+\s+1:\d+\s+count\s+".*10,000.*"/);
  });

  it('rejects bad arguments with usage and exit code 2', () => {
    for (const argv of [[], ['--format', 'xml', 'a.txt'], ['--bogus', 'a.txt']]) {
      const c = io();
      assert.equal(runDetect(argv, c), 2);
      assert.match(c.err.join(''), /usage: claimlens detect/);
      assert.deepEqual(c.out, []);
    }
  });

  it('says once why the engine cannot load and exits 1', () => {
    const c = io();
    const broken: DetectIo = { ...c, analyzer: () => { throw new Error('cannot load the knowledge base kb.json: no such file'); } };
    assert.equal(runDetect(['brief.txt', 'notes.md'], broken), 1);
    assert.deepEqual(c.err, ['claimlens: cannot load the knowledge base kb.json: no such file\n']);
  });

  it('treats .md and .markdown as Markdown and everything else as plain text', () => {
    assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.txt', 'd'].map(languageOf), ['markdown', 'markdown', 'plaintext', 'plaintext']);
  });
});
