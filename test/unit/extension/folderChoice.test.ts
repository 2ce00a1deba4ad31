import * as assert from 'node:assert/strict';
import { decideFolder } from '../../../src/extension/export/folderChoice';

describe('decideFolder (which folder an export or import is about)', () => {
  const folders = ['briefs', 'wires', 'archive'] as const;

  it('uses the folder of the file named as the target, whatever else is open', () => {
    assert.deepEqual(decideFolder(folders, 'archive', 'wires', true), { use: 'archive' });
  });

  it('uses the only folder, or the active editor\'s, without asking', () => {
    assert.deepEqual(decideFolder(['briefs'], undefined, undefined, true), { use: 'briefs' });
    assert.deepEqual(decideFolder(folders, undefined, 'wires', false), { use: 'wires' });
    assert.deepEqual(decideFolder(folders, undefined, undefined, false), { use: 'briefs' });
    assert.deepEqual(decideFolder([], undefined, undefined, true), { use: undefined });
  });

  it('asks with several folders when interactive, the active editor\'s folder first, never choosing silently', () => {
    assert.deepEqual(decideFolder(folders, undefined, 'wires', true), { ask: ['wires', 'briefs', 'archive'] });
    assert.deepEqual(decideFolder(folders, undefined, undefined, true), { ask: folders });
  });
});
