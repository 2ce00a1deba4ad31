import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../../src/core/analyzer';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';
import { FIXTURE_ENTITIES } from '../entities/fixtureKb';

const kb = Object.assign(kbViewFromEntities(FIXTURE_ENTITIES), { version: '2026.12.01-test' });
const typesOf = (text: string, surface: string): string[] =>
  createAnalyzer({ kb }).analyze(text).entities.filter((e) => e.text === surface).map((e) => e.type);

describe('document analyser: initials standing for people in a memo', () => {
  const memo = 'From: Tobek Marandu\nCc: Rusa Kenderi\n\nAll,\n\nOn Monday RK and I met the envoy.\n\n- RK to confirm the figures.\n- SM to draft lines.\n\nThanks,\nTM\nTobek Marandu';

  it('types initials as the person the document names with them, before or after the full name', () => {
    assert.deepEqual(typesOf(memo, 'RK'), ['person', 'person']);
    assert.deepEqual(typesOf(memo, 'TM'), ['person']);
    const rk = createAnalyzer({ kb }).analyze(memo).entities.find((e) => e.text === 'RK');
    assert.equal(rk?.label, 'Rusa Kenderi');
  });

  it('leaves initials nobody in the document has, and those a bracket introduces, as they were', () => {
    assert.ok(!typesOf(memo, 'SM').includes('person'));
    const defined = 'From: Tobek Marandu\n\nThe Harbour Office (HO) agreed. HO and Hana Olsen will brief; HO to draft.';
    assert.ok(!typesOf(defined, 'HO').includes('person'));
  });

  it('leaves letters a determiner makes the name of a thing', () => {
    const text = 'From: Tobek Marandu\nCc: Rusa Kenderi\n\nThe RK report was late.\n\n- RK to confirm the figures.';
    assert.deepEqual(typesOf(text, 'RK').map((t) => t === 'person'), [false, true]);
  });

  it('leaves initials two different people share', () => {
    const text = 'From: Tobek Marandu\nCc: Tilde Maren\n\nTM to confirm the figures.';
    assert.ok(!typesOf(text, 'TM').includes('person'));
  });
});
