// Creates the "Tagged claims" view and its title commands: group by, filter,
// clear filter, export what is shown. The grouping is remembered per workspace.
import * as vscode from 'vscode';
import type { TagRepository } from '../tagging/tagRepository';
import type { GroupBy, TreeTag } from './taggedTreeModel';
import { GROUP_BY_MODES } from './taggedTreeModel';
import type { ReadOnlyStore } from './taggedTreeState';
import { TaggedTreeState } from './taggedTreeState';
import type { TaggedTreeNode } from './taggedTreeProvider';
import { TaggedTreeProvider } from './taggedTreeProvider';
import { registerTreeSnapshot } from './treeSnapshot';

const GROUP_BY_KEY = 'claimlens.taggedClaims.groupBy';
const GROUP_TITLES: Record<GroupBy, string> = { document: 'Document', label: 'Label', entity: 'Entity' };

/** `claimlens.exportClaims`' scope argument for the tags a filter shows. */
export interface ShownTagsScope {
  readonly description: string;
  readonly ids: readonly string[];
}

export interface TaggedTree {
  /** The tags the tree shows while filtered; undefined when it shows all. */
  readonly filterScope: () => ShownTagsScope | undefined;
  readonly state: TaggedTreeState;
  readonly provider: TaggedTreeProvider;
  readonly view: vscode.TreeView<TaggedTreeNode>;
  readonly disposables: readonly vscode.Disposable[];
}

export function registerTaggedTree(
  context: vscode.ExtensionContext,
  repository: TagRepository,
  labelOrder: () => readonly string[],
): TaggedTree {
  const stored = context.workspaceState.get<unknown>(GROUP_BY_KEY);
  const initial = GROUP_BY_MODES.find((m) => m === stored) ?? 'document';
  const state = new TaggedTreeState(repository, initial, labelOrder, documentTitle);
  const provider = new TaggedTreeProvider(state);
  const view = vscode.window.createTreeView('claimlens.taggedClaims', { treeDataProvider: provider, showCollapseAll: true });

  const describeView = (): void => {
    const shown = state.groups.reduce((n, g) => n + g.tags.length, 0);
    const filter = state.filter;
    const by = `by ${GROUP_TITLES[state.groupBy].toLowerCase()}`;
    view.description = filter === '' ? `${state.total} · ${by}` : `“${filter}”: ${shown} of ${state.total} · ${by}`;
    const messages = [readOnlyMessage(state.readOnlyStores)];
    if (filter !== '' && shown === 0 && state.total > 0) messages.push(`No tag matches “${filter}”.`);
    view.message = messages.filter((m) => m !== undefined).join(' ') || undefined;
    void vscode.commands.executeCommand('setContext', 'claimlens.taggedClaimsFiltered', filter !== '');
  };
  const onState = state.onDidChange(describeView);
  // Adding a second folder puts folder names into the document titles.
  const onFolders = vscode.workspace.onDidChangeWorkspaceFolders(() => state.recompute());
  describeView();

  const groupBy = vscode.commands.registerCommand('claimlens.taggedClaims.groupBy', async (mode?: unknown) => {
    const chosen = GROUP_BY_MODES.find((m) => m === mode) ?? (await vscode.window.showQuickPick(
      GROUP_BY_MODES.map((m) => ({ label: GROUP_TITLES[m], description: m === state.groupBy ? 'current' : undefined, mode: m })),
      { title: 'ClaimLens: group tagged claims by' },
    ))?.mode;
    if (!chosen) return;
    state.setGroupBy(chosen);
    await context.workspaceState.update(GROUP_BY_KEY, chosen);
  });
  const filter = vscode.commands.registerCommand('claimlens.taggedClaims.filter', async (text?: unknown) => {
    const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
      title: 'ClaimLens: filter tagged claims',
      prompt: 'Text in the quote, label, status, note, entity or path (empty shows all)',
      value: state.filter,
    });
    if (value !== undefined) state.setFilter(value);
  });
  const clear = vscode.commands.registerCommand('claimlens.taggedClaims.clearFilter', () => state.setFilter(''));
  // The title-bar export: VS Code passes title commands no arguments, so this
  // hands the tree's filter to `claimlens.exportClaims` as its scope. Target
  // and format pass through (tests, keybindings); without them it asks.
  const filterScope = (): ShownTagsScope | undefined => (state.filter === ''
    ? undefined
    : { description: `tree filter “${state.filter}”`, ids: state.groups.flatMap((g) => g.tags.map((t) => t.claim.id)) });
  const exportShown = vscode.commands.registerCommand('claimlens.taggedClaims.export', (target?: unknown, format?: unknown) =>
    vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportClaims', target, format, filterScope()));

  return {
    filterScope, state, provider, view,
    disposables: [view, provider, state, onState, onFolders, groupBy, filter, clear, exportShown, registerTreeSnapshot(provider)],
  };
}

/**
 * "Read-only: 3 tag(s) of reports/q3.md. Their stores are of a newer format or
 * invalid…". Unreadable stores are named too: they have no tag to carry the lock.
 */
function readOnlyMessage(stores: readonly ReadOnlyStore[]): string | undefined {
  if (stores.length === 0) return undefined;
  const names = stores.slice(0, 3).map((s) => (s.tags > 0 ? `${s.tags} tag(s) of ${s.path}` : `${s.path} (nothing readable)`));
  const more = stores.length > 3 ? ` and ${stores.length - 3} more` : '';
  return `Read-only: ${names.join(', ')}${more}. Their stores are of a newer format or invalid, so ClaimLens shows them but never writes them.`;
}

/**
 * "reports/brief.md", or "west/reports/brief.md" when several folders are
 * open: the same relative path in two folders is two documents.
 */
function documentTitle(tag: TreeTag): string {
  if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return tag.claim.document.path;
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(tag.documentKey));
  return folder ? `${folder.name}/${tag.claim.document.path}` : tag.claim.document.path;
}
