// Decides WHEN documents are analysed: visible editors only, once on show and
// again after a quiet time of `claimlens.analysis.debounceMs` after edits, one
// timer per document (typing in one file never delays another).
import * as vscode from 'vscode';
import type { Configuration } from '../config/configuration';
import type { DocumentAnalysis } from './documentAnalysis';

export class AnalysisScheduler implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The analyst hears about a broken engine once, not on every keystroke. */
  private reportedFailure = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleVisible(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isVisible(e.document)) return;
        this.schedule(e.document, this.config.current.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.clearTimer(d.uri.toString())),
      config.onDidChange((change) => {
        if (change.analysis || change.languages || change.kb) this.scheduleVisible(0);
      }),
      analysis.onDidDropResults(() => this.scheduleVisible(0)),
    );
    this.scheduleVisible(0);
  }

  /** Analyses every visible document ClaimLens handles (cache hits are free). */
  scheduleVisible(delayMs: number): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document, delayMs);
  }

  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.config.handles(document)) return;
    const k = document.uri.toString();
    this.clearTimer(k);
    this.timers.set(k, setTimeout(() => {
      this.timers.delete(k);
      if (document.isClosed) return;
      this.analysis.analyze(document).catch((err: unknown) => this.reportFailure(document, err));
    }, delayMs));
  }

  private reportFailure(document: vscode.TextDocument, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.log.error(`analysis of ${document.uri.toString(true)} failed: ${message}`);
    if (this.reportedFailure) return;
    this.reportedFailure = true;
    void vscode.window.showErrorMessage(`ClaimLens could not analyse ${document.fileName}: ${message}`, 'Show Log')
      .then((choice) => { if (choice) this.log.show(); });
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document === document);
  }

  private clearTimer(k: string): void {
    const timer = this.timers.get(k);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(k);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables.reverse()) d.dispose();
  }
}
