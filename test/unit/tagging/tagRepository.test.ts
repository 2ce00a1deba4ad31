// The live tag set: lookups across documents, and change events that say
// which documents changed and why (persistence writes only some reasons).
import * as assert from 'node:assert/strict';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import type { RepositoryChange } from '../../../src/extension/tagging/tagRepository';
import { TagRepository } from '../../../src/extension/tagging/tagRepository';

const TEXT = 'Officials said about 3,000 soldiers were moved to the border.';

function doc(key: string, ids: string[]) {
  const claims = ids.map((id) => createTaggedClaim({
    id, text: TEXT, documentPath: key.replace('file:///ws/', ''), range: { start: 21, end: 35 }, label: 'To verify',
    analyst: 'ana', now: '2026-11-26T10:00:00.000Z',
  }));
  return { key, path: key.replace('file:///ws/', ''), contentHash: 'sha256:x', claims, readOnlyReason: null };
}

describe('Tag repository', () => {
  it('finds a tag by id in whichever document holds it', () => {
    const repo = new TagRepository();
    repo.set(doc('file:///ws/a.md', ['t-1']), 'load');
    repo.set(doc('file:///ws/b.md', ['t-2', 't-3']), 'load');
    assert.equal(repo.find('t-3')?.documentKey, 'file:///ws/b.md');
    assert.equal(repo.find('t-9'), undefined);
    assert.deepEqual(repo.all().map((t) => t.claim.id), ['t-1', 't-2', 't-3']);
  });

  it('reports each change with the document and the reason, and stops after dispose', () => {
    const repo = new TagRepository();
    const seen: RepositoryChange[] = [];
    const subscription = repo.onDidChange((c) => seen.push(c));
    repo.set(doc('file:///ws/a.md', ['t-1']), 'user');
    repo.update('file:///ws/a.md', { claims: [] }, 'edit');
    repo.update('file:///ws/missing.md', { claims: [] }, 'edit');
    repo.delete('file:///ws/a.md', 'load');
    repo.delete('file:///ws/a.md', 'load');
    subscription.dispose();
    repo.set(doc('file:///ws/b.md', []), 'user');
    assert.deepEqual(seen, [
      { keys: ['file:///ws/a.md'], reason: 'user' },
      { keys: ['file:///ws/a.md'], reason: 'edit' },
      { keys: ['file:///ws/a.md'], reason: 'load' },
    ]);
  });

  it('keeps path, hash and read-only state when only the claims are updated', () => {
    const repo = new TagRepository();
    repo.set({ ...doc('file:///ws/a.md', ['t-1']), readOnlyReason: 'newer format' }, 'load');
    const next = repo.update('file:///ws/a.md', { claims: [] }, 'edit');
    assert.deepEqual([next?.path, next?.contentHash, next?.readOnlyReason, next?.claims.length], ['a.md', 'sha256:x', 'newer format', 0]);
  });
});
