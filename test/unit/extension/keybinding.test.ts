// The tag shortcut as package.json binds it and as the docs tell it. Ctrl+Alt+T
// was GNOME's system-wide "open a terminal", so the analyst never reached
// the command; the binding is now a Ctrl+K chord, and every place that names
// it must name the same keys (the real editor checks VS Code's defaults in
// test/integration/keybinding.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import pkg from '../../../package.json';

interface Keybinding {
  readonly command: string;
  readonly key: string;
  readonly mac?: string;
}

/** "ctrl+k ctrl+g" → "Ctrl+K Ctrl+G", as the docs write keys. */
function spoken(key: string): string {
  return key.split(' ').map((part) => part.split('+').map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join('+')).join(' ');
}

describe('tag keybinding', () => {
  const bindings = (pkg.contributes as { keybindings?: readonly Keybinding[] }).keybindings ?? [];
  const tag = bindings.find((b) => b.command === 'claimlens.tagClaim');

  it('is a chord without Ctrl+Alt, which desktops take for themselves, with a macOS equivalent', () => {
    assert.ok(tag?.mac, 'claimlens.tagClaim has a key and a mac key');
    assert.doesNotMatch(tag.key, /ctrl\+alt|alt\+ctrl/);
    assert.match(tag.key, /^ctrl\+k ctrl\+[a-z]$/);
    assert.equal(tag.mac, tag.key.replace(/ctrl/g, 'cmd'));
  });

  it('is named the same in the README, the walkthrough and the empty-tree welcome text', () => {
    assert.ok(tag?.mac);
    const key = spoken(tag.key);
    const mac = spoken(tag.mac);
    const texts: Record<string, string> = {
      'README.md': fs.readFileSync('README.md', 'utf8'),
      'media/walkthrough/tag.md': fs.readFileSync('media/walkthrough/tag.md', 'utf8'),
      'package.json': fs.readFileSync('package.json', 'utf8'),
    };
    for (const [file, text] of Object.entries(texts)) {
      assert.ok(text.includes(key) && text.includes(mac), `${file} names ${key} / ${mac}`);
      assert.doesNotMatch(text, /Ctrl\+Alt\+T|Cmd\+Alt\+T/i, `${file} still names the old shortcut`);
    }
  });
});
