// TreeDataProvider of "Tagged claims": turns the model's groups and tags into
// tree items. Reads only: the model computes, `getChildren` looks it up.
import * as vscode from 'vscode';
import type { TagStatus } from '../../core/store/taggedClaim';
import { statusTitle } from '../tagging/statusTitle';
import { openDocument } from '../persistence/tagPersistence';
import type { TagGroup, TreeTag } from './taggedTreeModel';
import type { TaggedTreeState } from './taggedTreeState';
import { sentenceOf } from './tagTooltip';

export interface TagNode {
  readonly kind: 'tag';
  readonly groupId: string;
  readonly tag: TreeTag;
}

export type TaggedTreeNode = TagGroup | TagNode;

const STATUS_ICONS: Record<TagStatus, string> = {
  open: 'circle-large-outline',
  'in-review': 'eye',
  resolved: 'pass',
};

export class TaggedTreeProvider implements vscode.TreeDataProvider<TaggedTreeNode>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<TaggedTreeNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly state: TaggedTreeState) {
    this.subscription = state.onDidChange(() => this._onDidChangeTreeData.fire(undefined));
  }

  getChildren(node?: TaggedTreeNode): TaggedTreeNode[] {
    if (!node) return [...this.state.groups];
    if (node.kind === 'group') return node.tags.map((tag) => ({ kind: 'tag', groupId: node.id, tag }));
    return [];
  }

  getParent(node: TaggedTreeNode): TaggedTreeNode | undefined {
    return node.kind === 'tag' ? this.state.groups.find((g) => g.id === node.groupId) : undefined;
  }

  getTreeItem(node: TaggedTreeNode): vscode.TreeItem {
    return node.kind === 'group' ? this.groupItem(node) : this.tagItem(node);
  }

  /** The tooltip needs the sentence: computed only when the analyst hovers. */
  resolveTreeItem(item: vscode.TreeItem, node: TaggedTreeNode): vscode.TreeItem {
    if (node.kind === 'tag') item.tooltip = tooltip(node.tag);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this._onDidChangeTreeData.dispose();
  }

  private groupItem(group: TagGroup): vscode.TreeItem {
    const item = new vscode.TreeItem(group.title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = group.id;
    item.description = String(group.tags.length);
    item.contextValue = group.orphaned ? 'claimlens.group.orphaned' : 'claimlens.group';
    if (group.orphaned) {
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = 'Tags whose text could not be found after the document changed. They keep their last known quote.';
    } else if (this.state.groupBy === 'document') {
      const first = group.tags[0];
      if (first) item.resourceUri = vscode.Uri.parse(first.documentKey);
      item.iconPath = vscode.ThemeIcon.File;
      if (first?.readOnlyReason) {
        item.description = `${group.tags.length} · read-only`;
        item.tooltip = `Read-only: ${first.readOnlyReason}`;
        item.contextValue = 'claimlens.group.readOnly';
      }
    } else {
      item.iconPath = new vscode.ThemeIcon(this.state.groupBy === 'label' ? 'tag' : 'symbol-class');
    }
    return item;
  }

  private tagItem(node: TagNode): vscode.TreeItem {
    const { claim } = node.tag;
    const quote = claim.selectors.quote.exact.replace(/\s+/g, ' ');
    const item = new vscode.TreeItem(quote.length > 80 ? `${quote.slice(0, 79)}…` : quote, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.groupId}/${claim.id}`;
    const parts = this.state.groupBy === 'label' ? [statusTitle(claim.status)] : [claim.label, statusTitle(claim.status)];
    if (this.state.groupBy !== 'document') parts.push(claim.document.path);
    if (claim.note !== '') parts.push(`“${claim.note.length > 40 ? `${claim.note.slice(0, 39)}…` : claim.note}”`);
    const readOnly = Boolean(node.tag.readOnlyReason);
    if (readOnly) parts.push('read-only');
    item.description = parts.join(' · ');
    item.iconPath = new vscode.ThemeIcon(readOnly ? 'lock' : claim.orphaned ? 'warning' : STATUS_ICONS[claim.status]);
    // Not "claimlens.tag…": the edit buttons (view/item/context) stay off a store that cannot be written.
    item.contextValue = readOnly ? 'claimlens.readOnlyTag' : claim.orphaned ? 'claimlens.tag.orphaned' : 'claimlens.tag';
    item.command = { command: 'claimlens.revealTag', title: 'Reveal Tagged Text', arguments: [claim.id] };
    item.accessibilityInformation = { label: `${claim.label}, ${statusTitle(claim.status)}: ${quote}` };
    return item;
  }
}

function tooltip(tag: TreeTag): vscode.MarkdownString {
  const { claim } = tag;
  const text = openDocument(tag.documentKey)?.getText();
  // Document text goes in as plain text: appendText escapes Markdown, no links run.
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(claim.label)}** · ${statusTitle(claim.status)}${claim.orphaned ? ' · orphaned' : ''}\n\n`);
  if (tag.readOnlyReason) {
    md.appendMarkdown('$(lock) *Read-only:* ');
    md.appendText(tag.readOnlyReason);
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('> ');
  md.appendText(sentenceOf(claim, text));
  md.appendMarkdown('\n\n');
  if (claim.note !== '') {
    md.appendMarkdown('*Note:* ');
    md.appendText(claim.note);
    md.appendMarkdown('\n\n');
  }
  if (claim.entities.length > 0) {
    md.appendMarkdown('*About:* ');
    md.appendText(claim.entities.map((e) => e.label).join(', '));
    md.appendMarkdown('\n\n');
  }
  md.appendText(`${claim.document.path} — ${claim.analyst}, ${claim.modified.slice(0, 16).replace('T', ' ')} UTC`);
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
