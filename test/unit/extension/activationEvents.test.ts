// ClaimLens activates for its default languages at once and, for languages an
// analyst adds to `claimlens.languages` (no onLanguage event can name them),
// once start-up has finished; never on "*", which would slow every start-up.
import * as assert from 'node:assert/strict';
import pkg from '../../../package.json';

describe('activation events', () => {
  const events: readonly string[] = pkg.activationEvents;

  it('include onStartupFinished and the default languages, and never "*"', () => {
    assert.ok(events.includes('onStartupFinished'));
    const defaults = (pkg.contributes.configuration.properties['claimlens.languages'] as { default: readonly string[] }).default;
    for (const language of defaults) assert.ok(events.includes(`onLanguage:${language}`), language);
    assert.ok(!events.includes('*'));
  });
});
