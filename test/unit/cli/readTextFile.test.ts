import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readTextFile } from '../../../src/cli/commands/detectIo';

describe('readTextFile', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-read-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, data: string | Buffer): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  };

  it('decodes UTF-8 and strips a byte-order mark so offsets start at the first character', () => {
    const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Séoul \u{1F4CC} NATO', 'utf8')]));
    assert.deepEqual(readTextFile(file), { text: 'Séoul \u{1F4CC} NATO' });
  });

  it('keeps CRLF line ends as they are', () => {
    assert.deepEqual(readTextFile(write('crlf.txt', 'a\r\nb')), { text: 'a\r\nb' });
  });

  it('refuses binary files, invalid UTF-8, directories, missing and over-limit files with a reason', () => {
    assert.deepEqual(readTextFile(write('nul.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10]))), { error: 'binary file (not UTF-8 text)' });
    assert.deepEqual(readTextFile(write('latin1.txt', Buffer.from([0x53, 0xe9, 0x6f, 0x75, 0x6c]))), { error: 'not valid UTF-8 text' });
    assert.deepEqual(readTextFile(dir), { error: 'is a directory' });
    assert.deepEqual(readTextFile(path.join(dir, 'nope.txt')), { error: 'no such file' });
    const big = readTextFile(write('big.txt', 'x'.repeat(2048)), 1024);
    assert.ok('error' in big && /too large/.test(big.error));
  });
});
