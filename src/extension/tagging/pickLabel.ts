// The two small prompts of tagging: a quick pick over the configured labels
// (plus a free label typed into the filter box) and an optional note.
import * as vscode from 'vscode';
import type { TagStatus } from '../../core/store/taggedClaim';
import { TAG_STATUSES } from '../../core/store/taggedClaim';
import { statusTitle } from './statusTitle';

export interface LabelChoice {
  readonly label: string;
  readonly note: string;
}

/** Undefined when the analyst cancelled. */
export async function pickLabel(labels: readonly string[], options: { title: string; current?: string }): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
  pick.title = options.title;
  pick.placeholder = 'Choose a label, or type a new one';
  const base: vscode.QuickPickItem[] = labels.map((label) => ({
    label,
    description: label === options.current ? 'current' : undefined,
  }));
  pick.items = base;
  // Typing a label that is not in the list offers it as a one-off label.
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    const known = labels.some((l) => l.toLowerCase() === typed.toLowerCase());
    pick.items = typed === '' || known ? base : [...base, { label: typed, description: 'new label' }];
  });
  const chosen = await new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.label);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  return chosen;
}

/** "" for no note; undefined when cancelled with Escape. */
export async function askNote(current = ''): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'ClaimLens: note',
    prompt: 'Optional note (press Enter to skip)',
    value: current,
    placeHolder: 'e.g. “compare with the ministry’s figure of 3 May”',
  });
}

export async function pickLabelAndNote(labels: readonly string[], askForNote: boolean, title: string): Promise<LabelChoice | undefined> {
  const label = await pickLabel(labels, { title });
  if (label === undefined) return undefined;
  if (!askForNote) return { label, note: '' };
  const note = await askNote();
  // Escape on the note keeps the label: the note is optional.
  return { label, note: note?.trim() ?? '' };
}


export async function pickStatus(current?: TagStatus): Promise<TagStatus | undefined> {
  const items = TAG_STATUSES.map((status) => ({
    label: statusTitle(status),
    description: status === current ? 'current' : undefined,
    status,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title: 'ClaimLens: tag status', placeHolder: 'Workflow status of the tag' });
  return chosen?.status;
}
