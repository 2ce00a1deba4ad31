import { strict as assert } from 'node:assert';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { FIXTURE_ENTITIES } from './fixtureKb';
import { detectNames, mention, texts } from './helpers';

// Shouted ordinary words are no acronyms; invented lines.
describe('entities: all-caps words that name no organisation', () => {
  it('reads a shouted word opening a line before a colon as a speaker label', () => {
    const drafts = detectNames('Recorded in the studio.\nANCHOR: Welcome back.\nVOLKOV: Thank you.\nThe OSCE sent observers.');
    assert.deepEqual(texts(drafts).filter((t) => /^[A-Z]+$/.test(t)), ['OSCE']);
  });

  it('leaves threat levels and transcript roles alone, but keeps an unknown acronym', () => {
    const drafts = detectNames('The threat to shipping is rated SEVERE, to ports MODERATE; the HOST and the IMCO agreed.');
    assert.equal(mention(drafts, 'SEVERE'), undefined);
    assert.equal(mention(drafts, 'MODERATE'), undefined);
    assert.equal(mention(drafts, 'HOST'), undefined);
    assert.equal(mention(drafts, 'IMCO')?.type, 'organization');
  });

  it('skips the letters of a slash-joined reference code ending in a number', () => {
    const drafts = detectNames('See notice TMSC/ADV/112-24 issued by NATO.');
    assert.equal(mention(drafts, 'TMSC'), undefined);
    assert.equal(mention(drafts, 'ADV'), undefined);
    assert.equal(mention(drafts, 'NATO')?.kbId, 'Q7184');
  });

  it('matches a KB abbreviation with inner capitals only when written so, not a common word in title case', () => {
    const kb = kbViewFromEntities([...FIXTURE_ENTITIES,
      { id: 'x-let', type: 'organization', kind: 'armed-group', label: 'Lashkar Test', description: '', facts: [], names: [{ text: 'LeT', kind: 'abbreviation' }] } satisfies KbEntity]);
    const run = (text: string): string[] => detectEntities({ text, sentences: [{ start: 0, end: text.length }] }, kb).map((d) => d.text);
    assert.ok(!run("Let's start with the LeT.").includes('Let'));
    assert.ok(run("Let's start with the LeT.").includes('LeT'));
  });
});
