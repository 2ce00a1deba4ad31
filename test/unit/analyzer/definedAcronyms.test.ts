import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../../src/core/analyzer';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { FIXTURE_ENTITIES } from '../entities/fixtureKb';

const kb = Object.assign(kbViewFromEntities(FIXTURE_ENTITIES), { version: '2026.12.01-test' });

describe('document analyser: acronyms the document defines', () => {
  it('types a listed acronym ("AI", "MRI") as the body the document introduced it for, in every paragraph', () => {
    const text = 'The Halvard Access Initiative (AI) documented 90 cases.\n\nAI interviewed 12 witnesses.\n\nLater, AI wrote to the ministry.';
    const found = createAnalyzer({ kb }).analyze(text).entities.filter((e) => e.text === 'AI').map((e) => e.type);
    assert.deepEqual(found, ['organization', 'organization', 'organization']);
  });

  it('leaves such acronyms out where no one defined them, also in a list of bodies', () => {
    const text = 'AI tools spread fast.\n\nThe MRI showed damage.\n\nSpending rose to 3 per cent of GDP, and Korvath Industries and Dalmor Systems compete.';
    const found = createAnalyzer({ kb }).analyze(text).entities.map((e) => e.text);
    assert.ok(!found.includes('AI') && !found.includes('MRI') && !found.includes('GDP'), found.join(', '));
  });
});
