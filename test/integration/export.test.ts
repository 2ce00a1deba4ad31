// Export and import in the real editor: tag by command, export by command to
// a target file (no dialog), compare with the bytes `claimlens export` writes
// for the same workspace, then import the export back into a workspace whose
// store was deleted and check the tags and the export come back identical.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { activateClaimLens, cleanUp, scratchDirs, waitFor } from './support';

const SAMPLE = 'korea-russia-troops.md';
const FORMATS = ['json', 'w3c', 'csv', 'md'] as const;

function cliExport(extensionPath: string, folder: string, format: string): string {
  // In the Electron host `process.execPath` is Electron: run it as plain Node.
  return execFileSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'export', '--format', format, folder], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The file's exact text: the CSV's byte-order mark is part of what is compared. */
async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
}

describe('Export and import (claimlens.exportClaims / claimlens.importClaims)', () => {
  let api: ClaimLensApi;
  let extensionPath = '';
  let folder: vscode.Uri;
  let dir: vscode.Uri;
  let doc: vscode.Uri;
  let storeUri: vscode.Uri;
  let out: vscode.Uri;
  const ids: string[] = [];

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    extensionPath = host.extension.extensionPath;
    folder = host.folder.uri;
    const name = `export-${Date.now().toString(36)}`;
    dir = vscode.Uri.joinPath(folder, '.tmp-tests', name);
    doc = vscode.Uri.joinPath(dir, SAMPLE);
    storeUri = vscode.Uri.joinPath(folder, '.claimlens', 'annotations', '.tmp-tests', name, `${SAMPLE}.json`);
    out = vscode.Uri.file(path.join(os.tmpdir(), `claimlens-${name}`));
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, SAMPLE), doc, { overwrite: true });
    const document = await vscode.workspace.openTextDocument(doc);
    await vscode.window.showTextDocument(document);
    const record = await api.analyze(doc);
    const troops = record.claims.find((c) => c.text.includes('100,000 troops'));
    assert.ok(troops, 'the detector finds “up to 100,000 troops”');
    const at = document.positionAt(troops.number.start + 1);
    ids.push(await vscode.commands.executeCommand<string>('claimlens.tagClaim', doc, new vscode.Range(at, at), 'Disputed'));
    const entity = record.entities[0];
    assert.ok(entity, 'the sample has an entity mention');
    const span = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
    ids.push(await vscode.commands.executeCommand<string>('claimlens.tagClaim', doc, span, 'Key figure'));
    assert.ok(ids.every((id) => typeof id === 'string'), 'tagClaim returned ids');
    await vscode.workspace.fs.createDirectory(out);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, dir, vscode.Uri.joinPath(storeUri, '..'), out);
  });

  it('writes each format to a target without a dialog, byte-identical to the CLI for the same workspace', async () => {
    for (const format of FORMATS) {
      const target = vscode.Uri.joinPath(out, `claims.${format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaims', target, format);
      assert.equal(written?.toString(), target.toString());
      const editorBytes = await readText(target);
      assert.equal(editorBytes, cliExport(extensionPath, folder.fsPath, format), `${format} export differs from the CLI`);
    }
    const json = JSON.parse(await readText(vscode.Uri.joinPath(out, 'claims.json'))) as { claims: { id: string; label: string }[] };
    for (const id of ids) assert.ok(json.claims.some((c) => c.id === id), `tag ${id} is in the export`);
  });

  it('lets VS Code resolve the export\'s $schema URN and validate the file with the bundled schema', async () => {
    const json = JSON.parse(await readText(vscode.Uri.joinPath(out, 'claims.json'))) as Record<string, unknown>;
    // Not named *.claimlens.json: only the $schema member can bring the schema in.
    const edited = vscode.Uri.joinPath(out, 'edited-by-hand.json');
    await vscode.workspace.fs.writeFile(edited, new TextEncoder().encode(JSON.stringify({ ...json, colour: 'red' }, null, 2)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(edited));
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(edited);
      return found.some((d) => /colour/.test(d.message)) ? found : undefined;
    }, 'the JSON schema check of the unknown member');
    assert.deepEqual(problems.filter((d) => /Unable to load|Problems loading/i.test(d.message)).map((d) => d.message), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('exports one document (same bytes as the CLI\'s --document) or the tags a filter shows', async () => {
    const rel = vscode.workspace.asRelativePath(doc, false);
    const one = vscode.Uri.joinPath(out, 'one.json');
    await vscode.commands.executeCommand('claimlens.exportClaims', one, 'json', { path: rel });
    const cli = execFileSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'export', '--document', rel, folder.fsPath], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8',
    });
    assert.equal(await readText(one), cli);
    const filtered = vscode.Uri.joinPath(out, 'filtered.json');
    await vscode.commands.executeCommand('claimlens.exportClaims', filtered, 'json', { description: 'label: Disputed', ids: [ids[0]] });
    const json = JSON.parse(await readText(filtered)) as { scope: unknown; claims: { id: string }[] };
    assert.deepEqual(json.claims.map((c) => c.id), [ids[0]]);
    assert.deepEqual(json.scope, { kind: 'filter', description: 'label: Disputed' });
  });

  it('imports an export back after its tags were removed: same tags, same export bytes', async () => {
    const exported = vscode.Uri.joinPath(out, 'claims.json');
    const before = await readText(exported);
    for (const id of ids) await vscode.commands.executeCommand('claimlens.removeTag', id);
    assert.equal(await vscode.workspace.fs.stat(storeUri).then(() => true, () => false), false, 'removing the last tag deleted the store');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('claimlens.importClaims', exported);
    assert.equal(outcome?.ok, true, outcome?.message);
    assert.match(outcome.message, /^2 added/);
    await waitFor(
      async () => ((await api.taggedClaims()).filter((t) => ids.includes(t.id)).length === ids.length ? true : undefined),
      'the imported tags to be listed',
    );
    const again = vscode.Uri.joinPath(out, 'again.json');
    await vscode.commands.executeCommand('claimlens.exportClaims', again, 'json');
    assert.equal(await readText(again), before);
  });

  it('refuses a file that is not an export and changes nothing', async () => {
    const storeBefore = await readText(storeUri);
    const bad = vscode.Uri.joinPath(out, 'bad.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"formatVersion": 1, "format": "claimlens-export", "claims": [{"id": 5}]}'));
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('claimlens.importClaims', bad);
    assert.equal(outcome?.ok, false);
    assert.match(outcome.message, /does not match its schema/);
    assert.equal(await readText(storeUri), storeBefore);
  });

  it('refuses an export that is not UTF-8 (a re-saved Windows-1252 copy) and changes nothing', async () => {
    const storeBefore = await readText(storeUri);
    const exported = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(out, 'claims.json'));
    // A dash re-encoded as the single byte 0x96, as a Windows-1252 editor would save it.
    const [head, ...rest] = new TextDecoder().decode(exported).split('"note": ""');
    assert.ok(rest.length > 0, 'the export has a tag without a note');
    const encode = (t: string): Uint8Array => new TextEncoder().encode(t);
    const latin = new Uint8Array([...encode(`${head}"note": "Kharkiv `), 0x96, ...encode(` 1 200"${rest.join('"note": ""')}`)]);
    const bad = vscode.Uri.joinPath(out, 'latin1.json');
    await vscode.workspace.fs.writeFile(bad, latin);
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('claimlens.importClaims', bad);
    assert.equal(outcome?.ok, false);
    assert.match(outcome.message, /not UTF-8 text/);
    assert.equal(await readText(storeUri), storeBefore);
  });
});

describe('Export and import of private tags (claimlens.store.location = workspaceStorage)', () => {
  let api: ClaimLensApi;
  let extensionPath = '';
  let folder: vscode.Uri;
  let dir: vscode.Uri;
  let doc: vscode.Uri;
  let sidecarDir: vscode.Uri;
  let out: vscode.Uri;
  let id = '';

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    extensionPath = host.extension.extensionPath;
    folder = host.folder.uri;
    const name = `private-${Date.now().toString(36)}`;
    dir = vscode.Uri.joinPath(folder, '.tmp-tests', name);
    sidecarDir = vscode.Uri.joinPath(folder, '.claimlens', 'annotations', '.tmp-tests', name);
    doc = vscode.Uri.joinPath(dir, SAMPLE);
    out = vscode.Uri.file(path.join(os.tmpdir(), `claimlens-${name}`));
    await vscode.workspace.fs.createDirectory(out);
    await vscode.workspace.getConfiguration('claimlens').update('store.location', 'workspaceStorage', vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, SAMPLE), doc, { overwrite: true });
    const document = await vscode.workspace.openTextDocument(doc);
    await vscode.window.showTextDocument(document);
    const troops = (await api.analyze(doc)).claims.find((c) => c.text.includes('100,000 troops'));
    assert.ok(troops, 'the detector finds “up to 100,000 troops”');
    const at = document.positionAt(troops.number.start + 1);
    id = await vscode.commands.executeCommand<string>('claimlens.tagClaim', doc, new vscode.Range(at, at), 'Verified');
    await api.taggedClaims(); // the store write has landed
  });

  after(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('store.location', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, dir, sidecarDir, out);
  });

  it('keeps the tag out of the workspace and still exports it', async () => {
    const sidecar = vscode.Uri.joinPath(sidecarDir, `${SAMPLE}.json`);
    assert.equal(await vscode.workspace.fs.stat(sidecar).then(() => true, () => false), false, 'no sidecar file in the workspace');
    const target = vscode.Uri.joinPath(out, 'private.json');
    await vscode.commands.executeCommand('claimlens.exportClaims', target, 'json');
    const json = JSON.parse(await readText(target)) as { claims: { id: string; label: string }[] };
    assert.deepEqual(json.claims.filter((c) => c.id === id).map((c) => c.label), ['Verified']);
  });

  it('imports back into workspace storage, not into a sidecar file', async () => {
    const exported = vscode.Uri.joinPath(out, 'private.json');
    await vscode.commands.executeCommand('claimlens.removeTag', id);
    assert.equal((await api.taggedClaims()).some((t) => t.id === id), false, 'the tag was removed');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; message: string }>('claimlens.importClaims', exported);
    assert.equal(outcome?.ok, true, outcome?.message);
    await waitFor(async () => ((await api.taggedClaims()).some((t) => t.id === id) ? true : undefined), 'the imported private tag');
    assert.equal(await vscode.workspace.fs.stat(sidecarDir).then(() => true, () => false), false, 'import wrote no sidecar');
    // The CLI reads shared sidecars only: a private tag is not in its export.
    const cli = JSON.parse(cliExport(extensionPath, folder.fsPath, 'json')) as { claims: { id: string }[] };
    assert.equal(cli.claims.some((c) => c.id === id), false);
  });
});

describe('Export provenance with workspace KB settings (claimlens.kb.files in .vscode/settings.json)', () => {
  const MESSY = 'wire-digest-messy.txt';
  let api: ClaimLensApi;
  let extensionPath = '';
  let folder: vscode.Uri;
  let dirs: { dir: vscode.Uri; storeDir: vscode.Uri };
  let out: vscode.Uri;
  let kbFile = '';
  let settingsDirExisted = false;
  const settingsDir = (): vscode.Uri => vscode.Uri.joinPath(folder, '.vscode');

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    extensionPath = host.extension.extensionPath;
    folder = host.folder.uri;
    const name = `kbprov-${Date.now().toString(36)}`;
    dirs = scratchDirs(folder, name);
    out = vscode.Uri.file(path.join(os.tmpdir(), `claimlens-${name}`));
    await vscode.workspace.fs.createDirectory(out);
    settingsDirExisted = await vscode.workspace.fs.stat(settingsDir()).then(() => true, () => false);
    kbFile = `.tmp-tests/${name}/team-kb.json`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, ...kbFile.split('/')), new TextEncoder().encode(
      '{ "entities": [{ "id": "team:ivan-moroz", "type": "person", "kind": "person", "label": "Ivan Moroz", "names": [{ "text": "Ivan Moroz", "kind": "official" }] }] }\n',
    ));
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('kb.files', [kbFile], vscode.ConfigurationTarget.Workspace);
    await config.update('kb.entries', [{
      id: 'team:47th-brigade', type: 'organization', kind: 'armed-group', label: '47th Mechanised Brigade',
      names: [{ text: '47th Mechanised Brigade', kind: 'official' }],
    }], vscode.ConfigurationTarget.Workspace);
    // CRLF line ends, emoji (astral) before the tags, currency signs: the hard cases for offsets.
    const doc = vscode.Uri.joinPath(dirs.dir, MESSY);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, MESSY), doc);
    const document = await vscode.workspace.openTextDocument(doc);
    await vscode.window.showTextDocument(document);
    // Tag only once the KB reload the settings started is over (it cancels analyses): both team entries link.
    const record = await waitFor(async () => {
      const r = await api.analyze(doc).catch(() => undefined);
      const linked = new Set(r?.entities.map((e) => e.kbId));
      return linked.has('team:ivan-moroz') && linked.has('team:47th-brigade') ? r : undefined;
    }, 'the workspace KB file and settings entries to be used');
    const won = record.claims.find((c) => c.text.includes('₩200bn'));
    assert.ok(won, 'the detector finds “₩200bn”');
    const at = document.positionAt(won.number.start + 1);
    await vscode.commands.executeCommand('claimlens.tagClaim', doc, new vscode.Range(at, at), 'To verify');
    const pyongyang = record.entities.find((e) => e.text === 'Pyongyang');
    assert.ok(pyongyang, 'the sample names Pyongyang after an emoji');
    await vscode.commands.executeCommand('claimlens.tagClaim', doc, new vscode.Range(document.positionAt(pyongyang.start), document.positionAt(pyongyang.end)), 'Key figure');
    await api.taggedClaims(); // the store writes have landed
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('kb.files', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('kb.entries', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // VS Code leaves an empty settings.json behind: no samples/.vscode may stay in the repository.
    await cleanUp(folder, dirs.dir, dirs.storeDir, out, ...(settingsDirExisted ? [] : [settingsDir()]));
  });

  it('records the workspace KB settings, and the editor and the CLI write the same bytes for every format', async () => {
    for (const format of FORMATS) {
      const target = vscode.Uri.joinPath(out, `kb.${format}`);
      await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaims', target, format);
      assert.equal(await readText(target), cliExport(extensionPath, folder.fsPath, format), `${format} export differs from the CLI`);
    }
    const json = JSON.parse(await readText(vscode.Uri.joinPath(out, 'kb.json'))) as { provenance: { detector: Record<string, unknown> }; claims: { document: { path: string } }[] };
    assert.deepEqual(json.provenance.detector.kbFiles, [kbFile]);
    assert.equal(json.provenance.detector.kbFolder, '.claimlens/kb');
    assert.match(String(json.provenance.detector.kbEntries), /^sha256:[0-9a-f]{64}$/);
    assert.equal(json.claims.filter((c) => c.document.path.endsWith(`/${MESSY}`)).length, 2, 'both tags of the messy sample are exported');
  });
});

describe('Interactive export: the Open / Reveal offer afterwards', () => {
  type Prompts = { showQuickPick: unknown; showSaveDialog: unknown; showInformationMessage: unknown };
  let folder: vscode.Uri;
  let dirs: { dir: vscode.Uri; storeDir: vscode.Uri };
  let out: vscode.Uri;
  const win = vscode.window as unknown as Prompts;
  const saved: Prompts = { showQuickPick: win.showQuickPick, showSaveDialog: win.showSaveDialog, showInformationMessage: win.showInformationMessage };
  const originalExecute = vscode.commands.executeCommand;
  let offers: { message: string; items: string[] }[] = [];
  let revealed: unknown[] = [];
  let tagged = '';
  let folderName = '';

  /** Exports through the prompts (whole workspace, ClaimLens JSON, `target`) and answers the offer with `choice`. */
  const exportInteractively = async (target: vscode.Uri, choice: string | undefined): Promise<void> => {
    win.showQuickPick = (items: readonly vscode.QuickPickItem[]) =>
      Promise.resolve(items.find((i) => i.label.startsWith('Whole workspace') || i.label === 'ClaimLens JSON'));
    win.showSaveDialog = () => Promise.resolve(target);
    win.showInformationMessage = (message: string, ...items: string[]) => {
      if (message.startsWith('ClaimLens: exported')) offers.push({ message, items });
      return Promise.resolve(message.startsWith('ClaimLens: exported') ? choice : undefined);
    };
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaims');
    assert.equal(written?.toString(), target.toString());
  };

  before(async () => {
    const host = await activateClaimLens();
    folder = host.folder.uri;
    folderName = host.folder.name;
    const name = `offer-${Date.now().toString(36)}`;
    dirs = scratchDirs(folder, name);
    out = vscode.Uri.file(path.join(os.tmpdir(), `claimlens-${name}`));
    await vscode.workspace.fs.createDirectory(out);
    const doc = vscode.Uri.joinPath(dirs.dir, SAMPLE);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(folder, SAMPLE), doc);
    const document = await vscode.workspace.openTextDocument(doc);
    const troops = (await host.api.analyze(doc)).claims.find((c) => c.text.includes('100,000 troops'));
    assert.ok(troops, 'the detector finds “up to 100,000 troops”');
    const at = document.positionAt(troops.number.start + 1);
    tagged = await vscode.commands.executeCommand<string>('claimlens.tagClaim', doc, new vscode.Range(at, at), 'Disputed');
    // Reveal in Explorer is recorded, not run: the test checks what the offer asks for.
    (vscode.commands as { executeCommand: unknown }).executeCommand = (command: string, ...args: unknown[]) => {
      if (command === 'revealInExplorer' || command === 'revealFileInOS') {
        revealed.push(args[0]);
        return Promise.resolve(undefined);
      }
      return originalExecute.call(vscode.commands, command, ...args);
    };
  });

  beforeEach(() => {
    offers = [];
    revealed = [];
  });

  after(async () => {
    Object.assign(vscode.window, saved);
    (vscode.commands as { executeCommand: unknown }).executeCommand = originalExecute;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp(folder, dirs.dir, dirs.storeDir, out);
  });

  it('says how many tags were exported and opens the file when the analyst picks Open', async () => {
    const target = vscode.Uri.joinPath(out, 'offered.claimlens.json');
    await exportInteractively(target, 'Open');
    const json = JSON.parse(await readText(target)) as { claims: unknown[] };
    assert.equal(offers.length, 1, 'one offer after the export');
    assert.equal(offers[0]?.message, `ClaimLens: exported ${json.claims.length} tagged claim${json.claims.length === 1 ? '' : 's'}.`);
    // Outside the workspace the Explorer cannot show it; the OS file manager only exists on the desktop.
    assert.deepEqual(offers[0]?.items, vscode.env.uiKind === vscode.UIKind.Desktop ? ['Open', 'Reveal'] : ['Open']);
    await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === target.toString() ? true : undefined), 'the export to open');
  });

  it('offers Reveal in Explorer for a file inside the workspace and reveals that file', async () => {
    const target = vscode.Uri.joinPath(dirs.dir, 'inside.claimlens.json');
    await exportInteractively(target, 'Reveal in Explorer');
    assert.deepEqual(offers[0]?.items, ['Open', 'Reveal in Explorer']);
    const shown = await waitFor(() => (revealed.length > 0 ? revealed : undefined), 'the reveal command');
    assert.deepEqual(shown.map(String), [target.toString()]);
  });

  it('says when some of the tags asked for are not in the folder exported (the tree shows every folder\'s tags)', async () => {
    const target = vscode.Uri.joinPath(out, 'shown.claimlens.json');
    win.showSaveDialog = () => Promise.resolve(target);
    win.showQuickPick = (items: readonly vscode.QuickPickItem[]) => Promise.resolve(items.find((i) => i.label === 'ClaimLens JSON'));
    win.showInformationMessage = (message: string) => {
      if (message.startsWith('ClaimLens: exported')) offers.push({ message, items: [] });
      return Promise.resolve(undefined);
    };
    await vscode.commands.executeCommand('claimlens.exportClaims', undefined, undefined, { description: 'two folders', ids: [tagged, 't-in-another-folder'] });
    assert.equal(offers[0]?.message, `ClaimLens: exported 1 tagged claim. 1 of the 2 tags shown is not in folder ${folderName}; export the other folders on their own.`);
  });

  it('does nothing more when the offer is dismissed', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await exportInteractively(vscode.Uri.joinPath(out, 'dismissed.claimlens.json'), undefined);
    assert.equal(offers.length, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(vscode.window.activeTextEditor, undefined, 'nothing was opened');
    assert.deepEqual(revealed, []);
  });
});
