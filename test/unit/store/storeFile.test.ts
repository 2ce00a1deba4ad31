import * as assert from 'node:assert/strict';
import { documentPathOf, storePathFor } from '../../../src/core/store/storeFile';

describe('store paths', () => {
  it('puts one store per document under .claimlens/annotations', () => {
    assert.equal(storePathFor('briefs/northern-border.md'), '.claimlens/annotations/briefs/northern-border.md.json');
    assert.equal(storePathFor('.\\briefs\\a b.txt'), '.claimlens/annotations/briefs/a b.txt.json');
  });

  it('maps a store path back to its document', () => {
    assert.equal(documentPathOf('.claimlens/annotations/briefs/northern-border.md.json'), 'briefs/northern-border.md');
    assert.equal(documentPathOf('.claimlens/other/x.json'), null);
    assert.equal(documentPathOf('.claimlens/annotations/.json'), null);
  });
});
