// `claimlens.taggedClaims.items`: the "Tagged claims" view as the analyst
// sees it, built by calling the real provider (getChildren, getTreeItem and
// resolveTreeItem, which adds the tooltip).
// For integration tests and other extensions; not in the palette.
import * as vscode from 'vscode';
import type { TaggedTreeNode, TaggedTreeProvider } from './taggedTreeProvider';

export interface TreeItemSnapshot {
  readonly id: string | undefined;
  readonly label: string;
  readonly description: string | undefined;
  readonly contextValue: string | undefined;
  /** The tooltip as VS Code shows it on hover (resolved lazily): Markdown or plain text. */
  readonly tooltip: string | undefined;
  readonly command: string | undefined;
  readonly commandArguments: readonly unknown[];
  readonly children: readonly TreeItemSnapshot[];
}

export function registerTreeSnapshot(provider: TaggedTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand('claimlens.taggedClaims.items', (): TreeItemSnapshot[] => snapshot(provider));
}

function snapshot(provider: TaggedTreeProvider, node?: TaggedTreeNode): TreeItemSnapshot[] {
  return provider.getChildren(node).map((child) => {
    const item = provider.resolveTreeItem(provider.getTreeItem(child), child);
    const { tooltip } = item;
    return {
      id: item.id,
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
      description: typeof item.description === 'string' ? item.description : undefined,
      contextValue: item.contextValue,
      tooltip: typeof tooltip === 'string' || tooltip === undefined ? tooltip : tooltip.value,
      command: item.command?.command,
      commandArguments: item.command?.arguments ?? [],
      children: snapshot(provider, child),
    };
  });
}
