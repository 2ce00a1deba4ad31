// The tag shortcut against the keybindings of the VS Code that runs the
// tests (the default keybindings document, as "Open Default Keyboard
// Shortcuts (JSON)" shows it): no built-in command shares its chord.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateClaimLens } from './support';

describe('Tag keybinding', () => {
  it('uses a chord no other default keybinding of VS Code takes', async () => {
    const { extension } = await activateClaimLens();
    const ours = (extension.packageJSON.contributes.keybindings as { command: string; key: string }[])
      .find((b) => b.command === 'claimlens.tagClaim');
    assert.ok(ours);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const entries = [...document.getText().matchAll(/\{\s*"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)].map((m) => ({ key: m[1] ?? '', command: m[2] ?? '' }));
    assert.ok(entries.length > 500, `the default keybindings are listed (${entries.length})`);
    assert.ok(entries.some((e) => e.key === ours.key && e.command === 'claimlens.tagClaim'), 'ours is among them');
    // The same chord, or a longer chord starting with it, bound to anything else would collide.
    const clashes = entries.filter((e) => e.command !== 'claimlens.tagClaim' && (e.key === ours.key || e.key.startsWith(`${ours.key} `)));
    assert.deepEqual(clashes, []);
    // Nor may its first key alone be bound: a chord would never start.
    const first = ours.key.split(' ')[0];
    assert.deepEqual(entries.filter((e) => e.key === first && !e.command.startsWith('-')), []);
  });
});
