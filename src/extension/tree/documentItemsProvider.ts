// TreeDataProvider of "In this document". Follows the active editor and the
// analysis results; a new result for the active document refreshes the view.
// `getChildren` only reads the last result it was given.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/model/analysis';
import type { TaggingServices } from '../tagging/taggingServices';
import type { DocumentItem, DocumentItemGroup } from './documentItemsModel';
import { buildDocumentItems } from './documentItemsModel';
import { toRange } from '../util/range';
import { shownEntities } from '../analysis/shownEntities';

type Node = DocumentItemGroup | DocumentItem;

const GROUP_ICONS: Record<DocumentItemGroup['kind'], string> = {
  claim: 'symbol-number',
  person: 'person',
  place: 'location',
  organization: 'organization',
  nationality: 'globe',
  other: 'symbol-misc',
};

export class DocumentItemsProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly disposables: vscode.Disposable[] = [];
  private groups: DocumentItemGroup[] = [];
  private document: vscode.TextDocument | undefined;
  /** The result on show, listed again when `claimlens.highlight.references` changes. */
  private shown: AnalysisResult | undefined;

  constructor(private readonly services: TaggingServices) {
    this.disposables.push(
      this._onDidChangeTreeData,
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      services.analysis.onDidAnalyze(({ document, result }) => {
        if (document === this.document) this.show(result);
      }),
      services.config.onDidChange(() => this.show(this.shown)),
    );
    this.follow();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups;
    return 'items' in node ? [...node.items] : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('items' in node) {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.kind}`;
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.kind]);
      return item;
    }
    const item = new vscode.TreeItem(node.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.id = `${node.kind}:${node.start}:${node.end}`;
    item.description = node.detail;
    item.contextValue = `claimlens.documentItem.${node.kind}`;
    const uri = this.document?.uri;
    if (uri) {
      item.command = { command: 'claimlens.revealDocumentItem', title: 'Reveal in Editor', arguments: [uri, node.start, node.end] };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }

  /** Shows the active editor's last result at once and asks for a fresh one. */
  private follow(): void {
    const editor = vscode.window.activeTextEditor;
    // Focus moving to a panel or the tree itself leaves the last document listed.
    if (!editor) return;
    const document = editor.document;
    if (!this.services.config.handles(document)) {
      this.document = undefined;
      this.show(undefined);
      return;
    }
    this.document = document;
    this.show(this.services.analysis.peek(document));
    void this.services.analysis.analyze(document).then((result) => {
      if (result && document === this.document) this.show(result);
    }, () => undefined);
  }

  private show(result: AnalysisResult | undefined): void {
    this.shown = result;
    this.groups = result ? buildDocumentItems(result, shownEntities(result, this.services.config.current.highlight.references)) : [];
    this._onDidChangeTreeData.fire(undefined);
  }
}

export function registerDocumentItems(services: TaggingServices): vscode.Disposable[] {
  const provider = new DocumentItemsProvider(services);
  const view = vscode.window.createTreeView('claimlens.documentItems', { treeDataProvider: provider });
  const reveal = vscode.commands.registerCommand('claimlens.revealDocumentItem', async (uri: unknown, start: unknown, end: unknown) => {
    if (!(uri instanceof vscode.Uri) || typeof start !== 'number' || typeof end !== 'number') return;
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const range = toRange(editor.document, { start, end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  // The view as shown, for integration tests and other extensions; not in the palette.
  const items = vscode.commands.registerCommand('claimlens.documentItems.items', () =>
    provider.getChildren().map((group) => ({
      label: provider.getTreeItem(group).label,
      description: provider.getTreeItem(group).description,
      children: provider.getChildren(group).map((child) => {
        const item = provider.getTreeItem(child);
        return { label: item.label, description: item.description, command: item.command?.command, arguments: item.command?.arguments ?? [] };
      }),
    })));
  return [view, provider, reveal, items];
}
