import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../../src/core/analyzer';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { FIXTURE_ENTITIES } from '../entities/fixtureKb';

const kb = Object.assign(kbViewFromEntities(FIXTURE_ENTITIES), { version: '2026.12.01-test' });

describe('document analyser: titles standing alone', () => {
  it('reads "the Director General" alone as a person, also as a possessive', () => {
    const text = "Summary of the Director General's annual report.\n\nThe Director General said the review would end in May.";
    const found = createAnalyzer({ kb }).analyze(text).entities.filter((e) => e.text.startsWith('Director General'));
    assert.equal(found.length, 2, found.map((e) => e.text).join('|'));
    assert.ok(found.every((e) => e.type === 'person'));
  });

  it('lends a role\'s last word to no later mention, as a person\'s surname would', () => {
    const text = 'Ilse Varn, Director General of the Northern Fisheries Agency, spoke.\n\nThe plan was set. Agency inspectors checked the boats.';
    const later = createAnalyzer({ kb }).analyze(text).entities.filter((e) => e.text === 'Agency');
    assert.ok(later.every((e) => e.type !== 'person'), later.map((e) => e.type).join());
  });
});
