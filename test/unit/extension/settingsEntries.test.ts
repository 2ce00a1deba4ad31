import * as assert from 'node:assert/strict';
import { SETTINGS_ORIGIN, parseSettingsEntries } from '../../../src/extension/kb/settingsEntries';

describe('parseSettingsEntries (claimlens.kb.entries)', () => {
  it('adds nothing when the setting is empty', () => {
    assert.equal(parseSettingsEntries([]), undefined);
  });

  it('reads full entries and name-only extensions of bundled ids', () => {
    const parsed = parseSettingsEntries([
      { id: 'team:harbour-authority', type: 'organization', kind: 'agency', label: 'Port Meridian Harbour Authority', names: [{ text: 'PMHA', kind: 'abbreviation' }] },
      { id: 'Q56226', names: [{ text: 'Marshal Kim', kind: 'alias' }] },
    ]);
    assert.ok(parsed);
    assert.equal(parsed.origin, SETTINGS_ORIGIN);
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.kb?.entities.map((e) => [e.id, e.label, e.names.map((n) => n.text)]), [
      ['team:harbour-authority', 'Port Meridian Harbour Authority', ['PMHA']],
    ]);
    assert.deepEqual(parsed.extensions.map((x) => [x.id, x.names.map((n) => n.text)]), [['Q56226', ['Marshal Kim']]]);
  });

  it('names the bad entry by its index in the setting and keeps the good ones', () => {
    const parsed = parseSettingsEntries([
      { id: 'team:ok', type: 'place', kind: 'region', label: 'Northern Basin' },
      { id: 'team:bad', type: 'place', kind: 'valley', label: 'Lower Basin' },
      { id: 'team:ok', type: 'place', kind: 'region', label: 'Northern Basin again' },
    ]);
    assert.ok(parsed);
    assert.deepEqual(parsed.kb?.entities.map((e) => e.id), ['team:ok']);
    const messages = parsed.diagnostics.map((d) => d.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0] ?? '', /^claimlens\.kb\.entries\[1\]\.kind: "kind" must be one of/);
    assert.match(messages[1] ?? '', /^claimlens\.kb\.entries\[2\]\.id: duplicate id "team:ok"/);
    assert.ok(parsed.diagnostics.every((d) => d.origin === SETTINGS_ORIGIN && d.severity === 'error'));
  });
});
