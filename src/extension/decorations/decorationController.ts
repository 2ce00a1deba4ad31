// Draws analysis results and tags into the visible editors, one decoration
// type per highlight type, and remembers what it drew so tests and the API can
// observe it (VS Code cannot read decorations back).
import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/model/analysis';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Configuration } from '../config/configuration';
import { HIGHLIGHT_TYPES, type HighlightType } from '../config/settings';
import { toRanges } from '../util/range';
import { createDecorationType } from './decorationStyles';
import { highlightSpans, type HighlightSpans } from './highlightSpans';
import type { TaggedSpanSource } from './taggedSpanSource';

export type AppliedDecorations = Readonly<Record<HighlightType, readonly vscode.Range[]>>;

export class DecorationController implements vscode.Disposable {
  private types = new Map<HighlightType, vscode.TextEditorDecorationType>();
  /** Per document key: the ranges last drawn, for `decorationsFor`. */
  private readonly applied = new Map<string, AppliedDecorations>();
  private tagged: TaggedSpanSource | undefined;
  private taggedListener: { dispose(): void } | undefined;
  private readonly _onDidApply = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires after a document's decorations were (re)drawn. */
  readonly onDidApply: vscode.Event<vscode.Uri> = this._onDidApply.event;

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly config: Configuration,
  ) {
    this.createTypes();
    this.disposables.push(
      this._onDidApply,
      analysis.onDidAnalyze(({ document }) => this.refreshDocument(document)),
      analysis.onDidSkip((document) => this.refreshDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidCloseTextDocument((d) => this.applied.delete(d.uri.toString())),
      config.onDidChange((change) => {
        if (change.highlight) {
          this.disposeTypes();
          this.createTypes();
        }
        if (change.highlight || change.languages || change.analysis) this.refreshVisible();
      }),
    );
    this.refreshVisible();
  }

  /**
   * The tagging side registers its tags here; they are drawn in the "tagged"
   * style and redrawn whenever the source reports a change.
   */
  setTaggedSource(source: TaggedSpanSource): vscode.Disposable {
    this.taggedListener?.dispose();
    this.tagged = source;
    this.taggedListener = source.onDidChange((keys) => this.refresh(keys));
    this.refreshVisible();
    return new vscode.Disposable(() => {
      if (this.tagged !== source) return;
      this.taggedListener?.dispose();
      this.tagged = undefined;
      this.taggedListener = undefined;
      this.refreshVisible();
    });
  }

  /** Redraws the given documents (all visible ones when omitted). */
  refresh(documentKeys?: readonly string[]): void {
    if (documentKeys === undefined) return this.refreshVisible();
    const wanted = new Set(documentKeys);
    for (const document of visibleDocuments()) {
      if (wanted.has(document.uri.toString())) this.refreshDocument(document);
    }
  }

  /** What is drawn for a document right now; undefined if never drawn. */
  decorationsFor(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  taggedSpans(document: vscode.TextDocument): readonly OffsetRange[] {
    return this.tagged?.spansFor(document.uri.toString()) ?? [];
  }

  private refreshVisible(): void {
    for (const document of visibleDocuments()) this.refreshDocument(document);
  }

  private refreshDocument(document: vscode.TextDocument): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (editors.length === 0) return;
    const settings = this.config.current;
    const on = settings.highlight.enabled && this.config.handles(document);
    const result = this.analysis.peek(document);
    // Over the size limit and not analysed on request ("Analyze Document"):
    // nothing detected is drawn; tags still are.
    const skipped = result === undefined && this.analysis.isTooLarge(document);
    // Not analysed yet for this version: keep what is drawn (VS Code moves it
    // with the edits) until the scheduler delivers the new result.
    if (on && !skipped && result === undefined && this.applied.has(document.uri.toString())) return;
    const spans: HighlightSpans = highlightSpans(
      on ? result : undefined,
      on ? this.taggedSpans(document) : [],
      { types: on ? settings.highlight.types : new Set(), references: settings.highlight.references },
    );
    const drawn = {} as Record<HighlightType, vscode.Range[]>;
    for (const type of HIGHLIGHT_TYPES) {
      const ranges = toRanges(document, spans[type]);
      drawn[type] = ranges;
      const decorationType = this.types.get(type);
      if (decorationType) for (const editor of editors) editor.setDecorations(decorationType, ranges);
    }
    this.applied.set(document.uri.toString(), drawn);
    this._onDidApply.fire(document.uri);
  }

  private createTypes(): void {
    const ruler = this.config.current.highlight.overviewRuler;
    this.types = new Map(HIGHLIGHT_TYPES.map((t) => [t, createDecorationType(t, ruler)]));
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    this.taggedListener?.dispose();
    this.disposeTypes();
    this.applied.clear();
    for (const d of this.disposables.reverse()) d.dispose();
  }
}

function visibleDocuments(): vscode.TextDocument[] {
  return [...new Set(vscode.window.visibleTextEditors.map((e) => e.document))];
}
