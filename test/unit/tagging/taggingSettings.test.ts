// Tagging settings: bad values fall back, labels are trimmed and unique.
import * as assert from 'node:assert/strict';
import { DEFAULT_LABELS } from '../../../src/core/store/taggedClaim';
import { sanitizeTaggingSettings } from '../../../src/extension/tagging/taggingSettings';

describe('Tagging settings', () => {
  it('uses the analyst defaults when nothing is set', () => {
    const s = sanitizeTaggingSettings(() => undefined, undefined);
    assert.deepEqual(s, { labels: DEFAULT_LABELS, askForNote: true, storeLocation: 'workspace', analyst: 'analyst' });
  });

  it('keeps configured labels in order, trimmed, without blanks, duplicates or non-strings', () => {
    const raw: Record<string, unknown> = { 'tagging.labels': [' Check ', 'Check', '', 42, 'Needs source'] };
    assert.deepEqual(sanitizeTaggingSettings((k) => raw[k], 'sam').labels, ['Check', 'Needs source']);
  });

  it('falls back on wrong types and unknown store locations', () => {
    const raw: Record<string, unknown> = { 'tagging.labels': 'Verified', 'tagging.askForNote': 'no', 'store.location': 'cloud', analyst: '  ' };
    const s = sanitizeTaggingSettings((k) => raw[k], 'sam');
    assert.deepEqual(s, { labels: DEFAULT_LABELS, askForNote: true, storeLocation: 'workspace', analyst: 'sam' });
  });

  it('prefers the configured analyst name over the OS user', () => {
    const raw: Record<string, unknown> = { analyst: 'J. Doe', 'store.location': 'workspaceStorage' };
    const s = sanitizeTaggingSettings((k) => raw[k], 'root');
    assert.equal(s.analyst, 'J. Doe');
    assert.equal(s.storeLocation, 'workspaceStorage');
  });
});
