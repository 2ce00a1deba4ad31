import * as assert from 'node:assert/strict';
import pkg from '../../../package.json';
import { HIGHLIGHT_TYPES } from '../../../src/extension/config/settings';

interface ColorContribution {
  readonly id: string;
  readonly description: string;
  readonly defaults: Readonly<Record<string, unknown>>;
}

// VS Code stops reading `contributes.colors` at the first invalid entry, so
// one bad default silently un-colours every type after it.
describe('contributed theme colours', () => {
  const colors = (pkg.contributes as { colors?: readonly ColorContribution[] }).colors ?? [];

  it('define a background and a border colour for every highlight type', () => {
    const ids = new Set(colors.map((c) => c.id));
    for (const type of HIGHLIGHT_TYPES) {
      assert.ok(ids.has(`claimlens.${type}Background`), `${type}Background`);
      assert.ok(ids.has(`claimlens.${type}Border`), `${type}Border`);
    }
  });

  it('give every theme kind a colour string and every colour a description', () => {
    for (const color of colors.filter((c) => c.id.startsWith('claimlens.'))) {
      assert.ok(color.description.length > 0, color.id);
      for (const kind of ['light', 'dark', 'highContrast', 'highContrastLight']) {
        const value = color.defaults[kind];
        assert.ok(typeof value === 'string' && /^#([0-9a-f]{6}|[0-9a-f]{8})$/i.test(value), `${color.id}.${kind} = ${String(value)}`);
      }
    }
  });
});
