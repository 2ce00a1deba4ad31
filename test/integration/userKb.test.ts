// Analysts' KB files in the real editor: files created in samples/.claimlens/kb/
// (as the Explorer or an edit does it) are merged over the bundled KB (an alias
// for a bundled entity, a new entity, a CSV name list) and a test document gets
// the new links through `api.analyze(uri)`. Broken files show as diagnostics on
// the file at the exact line and column while the rest keeps resolving; fixing
// or deleting them clears the problems and the links go with the files. A file
// written behind VS Code's back (git pull) is noticed by the disk watcher.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/api';
import { activateClaimLens, cleanUp, waitFor } from './support';

const GOOD = `{
  "entities": [
    { "id": "cl:org:ecowas", "names": [{ "text": "Westbloc", "kind": "abbreviation" }] },
    {
      "id": "team:harmattan-logistics",
      "type": "organization",
      "kind": "company",
      "label": "Harmattan Logistics Group",
      "description": "Trucking firm on the Bamako–Gao road (team notes).",
      "names": [{ "text": "Harmattan Logistics Group", "kind": "official" }, { "text": "Harmattan Logistics", "kind": "common" }]
    }
  ]
}
`;

const CSV = 'name,type,label,id\nSaharan Relay Network,organization,Saharan Relay Network,team:saharan-relay\n';

/** Valid JSON, wrong schema: an unknown "kind" on line 7. */
const WRONG_SCHEMA = `{
  "entities": [
    { "id": "team:niger-river-authority", "type": "organization", "kind": "agency", "label": "Niger River Authority" },
    {
      "id": "team:lower-basin",
      "type": "place",
      "kind": "valley",
      "label": "Lower Basin"
    }
  ]
}
`;

/** Not JSON: a missing comma before line 4. */
const SYNTAX = `{
  "entities": [
    { "id": "team:x", "type": "place", "kind": "region", "label": "Upper Basin" }
    { "id": "team:y", "type": "place", "kind": "region", "label": "Middle Basin" }
  ]
}
`;

const DOC = `Field note, 14 March.

Ministers of Westbloc met in Abuja on Tuesday. Harmattan Logistics Group said 40 trucks reached Kalbara,
while the Saharan Relay Network reported 12 convoys delayed. The Niger River Authority gave no figure.
`;

/** Waits for the watcher, reload and re-analysis; an analysis cancelled by the reload counts as "not yet". */
function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  return waitFor(() => probe().catch(() => undefined), what);
}

/** Problems ClaimLens reports (the JSON language may add its own schema checks on open files). */
function kbProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ClaimLens KB');
}

function write(uri: vscode.Uri, text: string): Thenable<void> {
  return vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Creates (or replaces) a file as the Explorer or a refactoring does: a workspace file operation. */
async function create(uri: vscode.Uri, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(text) });
  assert.ok(await vscode.workspace.applyEdit(edit), `created ${uri.path}`);
}

async function remove(uri: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.deleteFile(uri, { ignoreIfNotExists: true });
  assert.ok(await vscode.workspace.applyEdit(edit), `deleted ${uri.path}`);
}

/** Where `needle` starts in `text`, as a 0-based position. */
function positionOf(text: string, needle: string): vscode.Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the fixture`);
  const before = text.slice(0, at).split('\n');
  return new vscode.Position(before.length - 1, (before.at(-1) ?? '').length);
}

describe('User KB files (.claimlens/kb/)', () => {
  let api: ClaimLensApi;
  let folder: vscode.Uri;
  let kbDir: vscode.Uri;
  let docDir: vscode.Uri;
  let doc: vscode.Uri;
  const name = `userkb-${Date.now().toString(36)}`;
  const file = (base: string): vscode.Uri => vscode.Uri.joinPath(kbDir, `${name}-${base}`);

  /** The KB id linked to the first mention of `text`, as analysed now. */
  const linkOf = async (text: string): Promise<string | null | undefined> =>
    (await api.analyze(doc)).entities.find((e) => e.text === text)?.kbId;

  before(async () => {
    const host = await activateClaimLens();
    api = host.api;
    folder = host.folder.uri;
    kbDir = vscode.Uri.joinPath(folder, '.claimlens', 'kb');
    docDir = vscode.Uri.joinPath(folder, '.tmp-tests', name);
    doc = vscode.Uri.joinPath(docDir, 'field-note.txt');
    await write(doc, DOC);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const base of ['team.json', 'names.csv', 'wrong-schema.json', 'syntax.json', 'huge.json', 'outside.csv']) {
      await vscode.workspace.fs.delete(file(base), { useTrash: false }).then(undefined, () => undefined);
    }
    // The KB folder goes only when nothing else is left in it; cleanUp then removes an empty .claimlens.
    const entries = await vscode.workspace.fs.readDirectory(kbDir).then((e) => e, () => undefined);
    if (entries?.length === 0) await vscode.workspace.fs.delete(kbDir, { useTrash: false }).then(undefined, () => undefined);
    await cleanUp(folder, docDir);
  });

  it('links nothing new before the analyst adds a KB file', async () => {
    assert.notEqual(await linkOf('Westbloc'), 'cl:org:ecowas');
    assert.equal((await api.analyze(doc)).entities.some((e) => e.kbId === 'team:harmattan-logistics'), false);
  });

  it('adds an alias to a bundled entity and a new entity from a JSON file, and names from a CSV file', async () => {
    await create(file('team.json'), GOOD);
    await create(file('names.csv'), CSV);
    await until(async () => ((await linkOf('Westbloc')) === 'cl:org:ecowas' ? true : undefined), 'Westbloc links to ECOWAS');
    const record = await until(async () => {
      const r = await api.analyze(doc);
      return r.entities.some((e) => e.kbId === 'team:saharan-relay') ? r : undefined;
    }, 'the CSV entity resolves');
    const harmattan = record.entities.find((e) => e.kbId === 'team:harmattan-logistics');
    assert.ok(harmattan, `Harmattan Logistics Group resolves (got ${record.entities.map((e) => `${e.text}=${e.kbId}`).join(', ')})`);
    assert.equal(harmattan.text, 'Harmattan Logistics Group');
    assert.equal(harmattan.label, 'Harmattan Logistics Group');
    assert.equal(harmattan.type, 'organization');
    const ecowas = record.entities.find((e) => e.text === 'Westbloc');
    assert.equal(ecowas?.label, 'ECOWAS');
    assert.deepEqual(kbProblems(file('team.json')), [], 'a good file has no problems');
  });

  it('shows a wrong-schema file and a syntax error as diagnostics at their line and column; the rest keeps resolving', async () => {
    await create(file('wrong-schema.json'), WRONG_SCHEMA);
    await create(file('syntax.json'), SYNTAX);
    const schema = await until(async () => {
      const d = kbProblems(file('wrong-schema.json'));
      return d.length > 0 ? d : undefined;
    }, 'a diagnostic on the wrong-schema file');
    assert.equal(schema.length, 1);
    assert.equal(schema[0]?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(schema[0]?.message ?? '', /"kind" must be one of/);
    assert.deepEqual(schema[0]?.range.start, positionOf(WRONG_SCHEMA, '"kind": "valley"'));
    const syntax = await until(async () => {
      const d = kbProblems(file('syntax.json'));
      return d.length > 0 ? d : undefined;
    }, 'a diagnostic on the file that is not JSON');
    assert.match(syntax[0]?.message ?? '', /^invalid JSON/);
    assert.equal(syntax[0]?.range.start.line, positionOf(SYNTAX, '{ "id": "team:y"').line);
    // The valid entry of the wrong-schema file and the other files still apply.
    const record = await until(async () => {
      const r = await api.analyze(doc);
      return r.entities.some((e) => e.kbId === 'team:niger-river-authority') ? r : undefined;
    }, 'the valid entry of the wrong-schema file resolves');
    assert.equal(record.entities.find((e) => e.text === 'Westbloc')?.kbId, 'cl:org:ecowas');
    assert.ok(record.entities.some((e) => e.kbId === 'team:harmattan-logistics'));
  });

  it('refuses a file over 20 MB with a message saying so, without reading it', async () => {
    // Valid JSON padded past the cap: only its size can be the problem.
    await create(file('huge.json'), `{ "entities": [] }${' '.repeat(21 * 1024 * 1024)}`);
    const huge = await until(async () => {
      const d = kbProblems(file('huge.json'));
      return d.length > 0 ? d : undefined;
    }, 'a diagnostic on the huge file');
    assert.match(huge[0]?.message ?? '', /too large \(21 MB, limit 20 MB\): not loaded/);
    assert.deepEqual(huge[0]?.range.start, new vscode.Position(0, 0));
    await remove(file('huge.json'));
    await until(async () => (kbProblems(file('huge.json')).length === 0 ? true : undefined), 'the huge file\'s problem is gone');
  });

  it('validates KB files in the editor against the published schema', async () => {
    const document = await vscode.workspace.openTextDocument(file('wrong-schema.json'));
    await vscode.window.showTextDocument(document);
    // jsonValidation maps .claimlens/kb/**/*.json to media/schemas/kb.schema.json.
    const fromSchema = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(document.uri).filter((x) => x.source !== 'ClaimLens KB');
      return d.length > 0 ? d : undefined;
    }, 'the JSON language to check the file against the KB schema');
    assert.ok(fromSchema.some((d) => d.range.start.line === positionOf(WRONG_SCHEMA, '"valley"').line), 'the schema flags the unknown kind');
  });

  it('clears the problems when a file is fixed in the editor and drops the links when files are deleted', async () => {
    const document = await vscode.workspace.openTextDocument(file('wrong-schema.json'));
    const edit = new vscode.WorkspaceEdit();
    const at = positionOf(WRONG_SCHEMA, '"valley"');
    edit.replace(document.uri, new vscode.Range(at, at.translate(0, '"valley"'.length)), '"region"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    await until(async () => (kbProblems(file('wrong-schema.json')).length === 0 ? true : undefined), 'the fixed file has no problems');
    await remove(file('syntax.json'));
    await until(async () => (kbProblems(file('syntax.json')).length === 0 ? true : undefined), 'the deleted file has no problems');
    await remove(file('team.json'));
    await until(async () => ((await linkOf('Westbloc')) !== 'cl:org:ecowas' ? true : undefined), 'Westbloc no longer links to ECOWAS');
    const record = await api.analyze(doc);
    assert.equal(record.entities.some((e) => e.kbId === 'team:harmattan-logistics'), false);
    assert.ok(record.entities.some((e) => e.kbId === 'team:saharan-relay'), 'the CSV file still applies');
  });

  it('merges entries written in user settings (claimlens.kb.entries) and drops them when removed', async () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    // Kalbara (an invented town) has no entry in the bundled KB; the settings give it one.
    const entries = [{ id: 'team:kalbara', type: 'place', kind: 'city', label: 'Kalbara', description: 'Town on the Niger (team notes).', names: [{ text: 'Kalbara', kind: 'official' }] }];
    assert.equal(await linkOf('Kalbara'), null);
    await config.update('kb.entries', entries, vscode.ConfigurationTarget.Global);
    try {
      await until(async () => ((await linkOf('Kalbara')) === 'team:kalbara' ? true : undefined), 'the settings entry applies');
    } finally {
      await config.update('kb.entries', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(async () => ((await linkOf('Kalbara')) === null ? true : undefined), 'the removed settings entry no longer applies');
  });

  it('notices a KB file written and deleted outside VS Code (disk watcher)', async () => {
    await write(file('outside.csv'), 'name,type,label,id\nHarmattan Logistics Group,organization,Harmattan Haulage,team:harmattan-haulage\n');
    await until(async () => ((await linkOf('Harmattan Logistics Group')) === 'team:harmattan-haulage' ? true : undefined), 'the file written on disk applies');
    await vscode.workspace.fs.delete(file('outside.csv'), { useTrash: false });
    await until(async () => ((await linkOf('Harmattan Logistics Group')) !== 'team:harmattan-haulage' ? true : undefined), 'the file deleted on disk no longer applies');
  });
});
