import * as assert from 'node:assert/strict';
import type { StoreFiles } from '../../../src/core/import/writeStores';
import { MAX_IMPORT_BYTES, decodeImportFile } from '../../../src/core/import/decodeImportFile';
import { writeStores } from '../../../src/core/import/writeStores';

const A = '.claimlens/annotations/briefs/a.md.json';
const B = '.claimlens/annotations/briefs/b.md.json';
const C = '.claimlens/annotations/wires/c.txt.json';

/** Files in memory; `failOn` makes the n-th call of one operation throw, as a full disk or a lost share would. */
function memoryFiles(initial: Record<string, string>, failOn?: { op: 'write' | 'rename' | 'read' | 'remove'; call: number; also?: { op: 'write' | 'rename' | 'remove'; call: number } }): { files: StoreFiles; state: () => Record<string, string> } {
  const disk = new Map<string, Uint8Array>(Object.entries(initial).map(([k, v]) => [k, new TextEncoder().encode(v)] as const));
  const calls = { write: 0, rename: 0, read: 0, remove: 0 };
  let temps = 0;
  const maybeFail = (op: keyof typeof calls): void => {
    calls[op]++;
    for (const rule of [failOn, failOn?.also]) if (rule && rule.op === op && rule.call === calls[op]) throw new Error(`${op} failed (disk full)`);
  };
  const files: StoreFiles = {
    read: async (path) => { maybeFail('read'); return disk.get(path); },
    write: async (path, bytes) => { maybeFail('write'); disk.set(path, bytes); },
    rename: async (from, to) => {
      maybeFail('rename');
      const bytes = disk.get(from);
      if (!bytes) throw new Error(`no ${from}`);
      disk.set(to, bytes);
      disk.delete(from);
    },
    remove: async (path) => { maybeFail('remove'); disk.delete(path); },
    temporary: (path) => `${path}.${++temps}.tmp`,
  };
  const state = (): Record<string, string> => Object.fromEntries([...disk].map(([k, v]) => [k, new TextDecoder().decode(v)]).sort());
  return { files, state };
}

const before = { [A]: '{"old": "a"}\n', [B]: '{"old": "b"}\n' };
const writes = new Map([[A, '{"new": "a"}\n'], [B, '{"new": "b"}\n'], [C, '{"new": "c"}\n']]);

describe('writeStores (an import\'s stores, all or none)', () => {
  it('writes every store and leaves no temporary file', async () => {
    const { files, state } = memoryFiles(before);
    const outcome = await writeStores(files, writes);
    assert.deepEqual(outcome, { ok: true, written: [A, B, C] });
    assert.deepEqual(state(), { [A]: '{"new": "a"}\n', [B]: '{"new": "b"}\n', [C]: '{"new": "c"}\n' });
  });

  for (const [what, failOn] of [
    ['the second temporary write fails', { op: 'write', call: 2 }],
    ['the third rename fails, two stores already replaced', { op: 'rename', call: 3 }],
    ['reading a store fails before anything was written', { op: 'read', call: 2 }],
  ] as const) {
    it(`puts every store back as it was when ${what}`, async () => {
      const { files, state } = memoryFiles(before, failOn);
      const outcome = await writeStores(files, writes);
      assert.equal(outcome.ok, false);
      assert.deepEqual(outcome.ok ? [] : outcome.notRestored, []);
      assert.match(outcome.ok ? '' : outcome.error, /failed \(disk full\)/);
      assert.deepEqual(state(), before, 'old stores restored, the new one removed, no temporaries left');
    });
  }

  it('names the stores it could not put back when the roll-back fails too', async () => {
    // The third rename fails; restoring B (the first roll-back write) fails as well.
    const { files, state } = memoryFiles(before, { op: 'rename', call: 3, also: { op: 'write', call: 4 } });
    const outcome = await writeStores(files, writes);
    assert.deepEqual(outcome.ok ? [] : outcome.notRestored, [B]);
    assert.equal(state()[A], before[A], 'A was restored');
    assert.equal(state()[B], '{"new": "b"}\n', 'B holds the imported content, and the report says so');
  });
});

describe('decodeImportFile', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"note": "Харків 🛰️"}')]);
    assert.deepEqual(decodeImportFile(bytes), { ok: true, text: '{"note": "Харків 🛰️"}' });
  });

  it('refuses bytes that are not UTF-8 instead of importing U+FFFD', () => {
    // "Kharkiv – 1 200" in Windows-1252: 0x96 is the dash.
    const latin = new Uint8Array([...new TextEncoder().encode('{"note": "Kharkiv '), 0x96, ...new TextEncoder().encode(' 1 200"}')]);
    const decoded = decodeImportFile(latin);
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.message, /not UTF-8 text/);
  });

  it('refuses unread a file too large for its text to fit the import limit, at 3 bytes per UTF-16 unit', () => {
    const decoded = decodeImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.message, /too large/);
  });
});
