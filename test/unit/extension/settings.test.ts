import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, HIGHLIGHT_TYPES, sanitizeSettings } from '../../../src/extension/config/settings';

function from(values: Record<string, unknown>) {
  return sanitizeSettings((key) => values[key]);
}

describe('sanitizeSettings', () => {
  it('returns the defaults when nothing is set', () => {
    const s = from({});
    assert.deepEqual(s.languages, ['plaintext', 'markdown']);
    assert.equal(s.highlight.enabled, true);
    assert.deepEqual([...s.highlight.types], [...HIGHLIGHT_TYPES]);
    assert.equal(s.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize);
    assert.equal(s.debounceMs, 300);
  });

  it('keeps valid values and trims and de-duplicates languages', () => {
    const s = from({
      languages: [' markdown', 'markdown', 'restructuredtext', ''],
      'highlight.enabled': false,
      'highlight.types': ['person', 'money'],
      'analysis.debounceMs': 120,
    });
    assert.deepEqual(s.languages, ['markdown', 'restructuredtext']);
    assert.equal(s.highlight.enabled, false);
    assert.deepEqual([...s.highlight.types], ['person', 'money']);
    assert.equal(s.debounceMs, 120);
  });

  it('falls back per value instead of throwing on wrong types', () => {
    const s = from({ languages: 'markdown', 'highlight.enabled': 'yes', maxDocumentSize: 'big', 'hover.enabled': 0 });
    assert.deepEqual(s.languages, DEFAULT_SETTINGS.languages);
    assert.equal(s.highlight.enabled, true);
    assert.equal(s.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize);
    assert.equal(s.hover.enabled, true);
  });

  it('drops unknown highlight types and clamps numbers into range', () => {
    const s = from({ 'highlight.types': ['persons', 'place', 7], maxDocumentSize: 12, 'analysis.debounceMs': 99_999.6 });
    assert.deepEqual([...s.highlight.types], ['place']);
    assert.equal(s.maxDocumentSize, 1_000);
    assert.equal(s.debounceMs, 10_000);
  });

  it('keeps the KB folder inside the workspace folder and accepts "" to turn it off', () => {
    assert.equal(from({}).kbFolder, '.claimlens/kb');
    assert.equal(from({ 'kb.folder': ' team\\kb/ ' }).kbFolder, 'team/kb');
    assert.equal(from({ 'kb.folder': './notes/./kb' }).kbFolder, 'notes/kb');
    assert.equal(from({ 'kb.folder': '' }).kbFolder, '');
    for (const outside of ['../shared/kb', '/etc/kb', 'C:/kb', 'a/../../kb', 42]) {
      assert.equal(from({ 'kb.folder': outside }).kbFolder, '.claimlens/kb', `${String(outside)} falls back`);
    }
  });

  it('passes KB entries from settings through unchecked and ignores a non-list', () => {
    const entries = [{ id: 'Q56226', names: [{ text: 'Marshal Kim', kind: 'alias' }] }, 'junk'];
    assert.deepEqual(from({ 'kb.entries': entries }).kbEntries, entries);
    assert.deepEqual(from({ 'kb.entries': { id: 'x' } }).kbEntries, []);
  });
});
