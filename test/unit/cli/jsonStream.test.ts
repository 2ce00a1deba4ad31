import * as assert from 'node:assert/strict';
import { chunkedWriter, writeJson } from '../../../src/cli/commands/jsonStream';

function streamed(value: unknown, depth = 0): string {
  let s = '';
  writeJson(value, depth, (chunk) => {
    s += chunk;
  });
  return s;
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    const record = {
      file: 'a "quoted" name.txt',
      engine: { version: '0.1.0', kb: '2026.11.26' },
      entities: [{ id: 'e0', text: 'Kim\nJong-un', start: 0, end: 11, kbId: null }],
      claims: [],
      nested: [[1, 2], [], [{ a: [3] }]],
    };
    assert.equal(streamed(record), JSON.stringify(record, null, 2));
    assert.equal(streamed([record, record]), JSON.stringify([record, record], null, 2));
    for (const leaf of [null, 0, 'x', [], {}, { a: 1 }]) assert.equal(streamed(leaf), JSON.stringify(leaf, null, 2));
  });

  it('indents a nested value as it would appear inside an array', () => {
    const record = { entities: [{ id: 'e0' }], n: 1 };
    const inArray = JSON.stringify([record], null, 2);
    assert.equal(`[\n  ${streamed(record, 1)}\n]`, inArray);
  });
});

describe('chunkedWriter', () => {
  it('passes everything through in order, in few large chunks', () => {
    const chunks: string[] = [];
    const w = chunkedWriter((c) => chunks.push(c));
    for (let i = 0; i < 3000; i++) w.write(`${'x'.repeat(999)}\n`);
    w.flush();
    assert.equal(chunks.join('').length, 3000 * 1000);
    assert.ok(chunks.length <= 3, `got ${chunks.length} chunks`);
  });
});
