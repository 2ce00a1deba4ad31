// Counts for the active document in the status bar; a click opens the
// ClaimLens view container. Hidden for documents ClaimLens does not handle.
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Configuration } from '../config/configuration';
import type { DecorationController } from '../decorations/decorationController';
import { shownEntities } from '../analysis/shownEntities';
import { statusText } from './statusText';

/** What the item shows now; VS Code cannot read a status-bar item back, so the API exposes this. */
export interface StatusBarState {
  readonly visible: boolean;
  readonly text: string;
  /** The tooltip's Markdown or plain text. */
  readonly tooltip: string;
  /** The command a click runs. */
  readonly command: string | undefined;
}

export class StatusBarController implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Document whose counts are on show, so another document never inherits them. */
  private shownKey: string | undefined;
  private visible = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly decorations: DecorationController,
    private readonly config: Configuration,
  ) {
    this.item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'ClaimLens';
    // The view container "claimlens" (package.json) gets this command from VS Code.
    this.item.command = 'workbench.view.extension.claimlens';
    const isActive = (document: vscode.TextDocument): boolean =>
      vscode.window.activeTextEditor?.document === document;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analysis.onDidAnalyze(({ document }) => { if (isActive(document)) this.update(); }),
      analysis.onDidSkip((document) => { if (isActive(document)) this.update(); }),
      decorations.onDidApply((uri) => { if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update(); }),
      config.onDidChange(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !this.config.handles(document)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const key = document.uri.toString();
    const result = this.analysis.peek(document);
    if (result !== undefined) {
      this.shownKey = key;
      const entities = shownEntities(result, this.config.current.highlight.references);
      const { text, tooltip } = statusText(result, entities, this.decorations.taggedSpans(document).length);
      this.item.text = text;
      this.item.tooltip = new vscode.MarkdownString(tooltip);
    } else if (this.analysis.isTooLarge(document)) {
      this.shownKey = key;
      this.item.text = '$(telescope) too large';
      this.item.tooltip = 'ClaimLens: this document is larger than claimlens.maxDocumentSize and is not analysed.';
    } else if (this.shownKey !== key) {
      // Keep a document's last counts while an edit is re-analysed; a spinner
      // only until its first result.
      this.shownKey = key;
      this.item.text = '$(sync~spin) ClaimLens';
      this.item.tooltip = 'ClaimLens: analysing…';
    }
    this.item.show();
    this.visible = true;
  }

  state(): StatusBarState {
    const { tooltip, command } = this.item;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '',
      command: typeof command === 'string' ? command : command?.command,
    };
  }

  dispose(): void {
    for (const d of this.disposables.reverse()) d.dispose();
  }
}
