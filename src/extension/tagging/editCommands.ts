// Commands on existing tags: change label, change status, edit note, remove,
// undo, reveal. Each takes a tag (tree node, id or tagged claim) or, from the
// palette, the tag under the cursor (asking which when several overlap).
// A second argument sets the value without UI: `changeTagStatus(id, 'resolved')`.
import * as vscode from 'vscode';
import type { TagStatus, TaggedClaim } from '../../core/store/taggedClaim';
import { TAG_STATUSES } from '../../core/store/taggedClaim';
import { toRange } from '../util/range';
import type { TagRepository } from './tagRepository';
import type { TaggingService } from './taggingService';
import type { TaggingSettings } from './taggingSettings';
import { asTagId } from './commandArgs';
import { askNote, pickLabel, pickStatus } from './pickLabel';
import { statusTitle } from './statusTitle';
import { reportError } from './reportError';

export function registerEditCommands(
  repository: TagRepository,
  tagging: TaggingService,
  settings: () => TaggingSettings,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const resolveTag = async (arg: unknown): Promise<TaggedClaim | undefined> => {
    const id = asTagId(arg);
    if (id !== undefined) return repository.find(id)?.claim;
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const key = editor.document.uri.toString();
    const here = tagging.tagsAt(key, editor.document.offsetAt(editor.selection.active));
    if (here.length <= 1) {
      if (here.length === 0) void vscode.window.showInformationMessage('ClaimLens: no tag under the cursor.');
      return here[0];
    }
    const chosen = await vscode.window.showQuickPick(
      here.map((claim) => ({ label: claim.selectors.quote.exact, description: `${claim.label} · ${statusTitle(claim.status)}`, claim })),
      { title: 'ClaimLens: which tag?' },
    );
    return chosen?.claim;
  };

  const guarded = <A extends unknown[]>(what: string, run: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await run(...args);
      } catch (err) {
        reportError(log, what, err);
      }
    };

  return [
    vscode.commands.registerCommand('claimlens.changeTagLabel', guarded('Changing the label failed', async (arg?: unknown, value?: unknown) => {
      const tag = await resolveTag(arg);
      if (!tag) return;
      const label = typeof value === 'string' && value.trim() !== ''
        ? value.trim()
        : await pickLabel(settings().labels, { title: 'ClaimLens: change label', current: tag.label });
      if (label !== undefined && label !== tag.label) await tagging.update([tag.id], { label });
    })),
    vscode.commands.registerCommand('claimlens.changeTagStatus', guarded('Changing the status failed', async (arg?: unknown, value?: unknown) => {
      const tag = await resolveTag(arg);
      if (!tag) return;
      const status = isStatus(value) ? value : await pickStatus(tag.status);
      if (status !== undefined && status !== tag.status) await tagging.update([tag.id], { status });
    })),
    vscode.commands.registerCommand('claimlens.editTagNote', guarded('Editing the note failed', async (arg?: unknown, value?: unknown) => {
      const tag = await resolveTag(arg);
      if (!tag) return;
      const note = typeof value === 'string' ? value : await askNote(tag.note);
      if (note !== undefined && note.trim() !== tag.note) await tagging.update([tag.id], { note: note.trim() });
    })),
    vscode.commands.registerCommand('claimlens.removeTag', guarded('Removing the tag failed', async (arg?: unknown) => {
      const tag = await resolveTag(arg);
      if (tag) await tagging.remove([tag.id]);
    })),
    vscode.commands.registerCommand('claimlens.undoTagging', guarded('Undo failed', async () => {
      const undone = await tagging.undo();
      void vscode.window.setStatusBarMessage(undone ? `ClaimLens: undid ${undone}` : 'ClaimLens: nothing to undo', 3000);
    })),
    vscode.commands.registerCommand('claimlens.revealTag', guarded('Revealing the tag failed', async (arg?: unknown) => {
      const id = asTagId(arg);
      const found = id === undefined ? undefined : repository.find(id);
      if (!found) return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(found.documentKey));
      const editor = await vscode.window.showTextDocument(document, { preview: true });
      if (found.claim.orphaned) {
        void vscode.window.showWarningMessage(`ClaimLens: the text of this tag can no longer be found. Last known quote: “${found.claim.selectors.quote.exact}”`);
        return;
      }
      const range = toRange(document, found.claim.selectors.position);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    })),
  ];
}

function isStatus(value: unknown): value is TagStatus {
  return TAG_STATUSES.some((s) => s === value);
}
