import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentHash, sha256Hex, utf8 } from '../../../src/core/anchoring/contentHash';
import { BRIEF } from './fixtures';

describe('contentHash', () => {
  it('matches the published SHA-256 test vectors', () => {
    assert.equal(sha256Hex(utf8('')), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex(utf8('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node crypto on multilingual text, emoji and block-boundary lengths', () => {
    const texts = [
      BRIEF,
      'Путин заявил, что 10% — «это много». 北京 said 3 种. 🇺🇦 aid: €5m 😀',
      'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'é'.repeat(1000),
    ];
    for (const text of texts) {
      assert.equal(contentHash(text), `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
    }
  });

  it('encodes a lone surrogate as U+FFFD like Node does', () => {
    const text = 'broken \ud800 pair';
    assert.deepEqual(Buffer.from(utf8(text)), Buffer.from(text, 'utf8'));
  });

  it('changes when one character changes', () => {
    assert.notEqual(contentHash(BRIEF), contentHash(BRIEF.replace('100,000', '100,001')));
  });
});
