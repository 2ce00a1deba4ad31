// One analysis per document version, shared by decorations, hovers, the status
// bar and the API: cached by version, joined while in flight, cancelled when
// the document changes again or closes. Long work runs in slices and shows
// progress in the status bar.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../core/analysis/documentAnalyzer';
import type { AnalysisResult } from '../../core/model/analysis';
import type { Configuration } from '../config/configuration';
import type { AnalysisEngine } from './engine';
import { ResultCache } from './resultCache';
import { analyzeInSlices } from './slices';

/**
 * Slice length. Measured on a 1 MB document (our samples, varied): 100 slices
 * of ~30 ms (longest ~140 ms), then ~170 ms for the whole-text pass, against
 * ~4 s in one blocking call.
 */
const SLICE_SIZE = 10_000;
/** Above this, the work shows progress in the status bar. */
const PROGRESS_THRESHOLD = 100_000;

export interface AnalyzedDocument {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly result: AnalysisResult;
}

interface InFlight {
  readonly version: number;
  readonly cancel: vscode.CancellationTokenSource;
  readonly promise: Promise<AnalysisResult | undefined>;
}

export class DocumentAnalysis implements vscode.Disposable {
  private readonly cache = new ResultCache();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly _onDidAnalyze = new vscode.EventEmitter<AnalyzedDocument>();
  private readonly _onDidSkip = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly _onDidDropResults = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires after a document version has been analysed (not for cache hits). */
  readonly onDidAnalyze: vscode.Event<AnalyzedDocument> = this._onDidAnalyze.event;

  /** Fires when a document is not analysed because it is over `claimlens.maxDocumentSize`. */
  readonly onDidSkip: vscode.Event<vscode.TextDocument> = this._onDidSkip.event;

  /** Fires when every result was dropped because the KB changed: visible documents need analysing again. */
  readonly onDidDropResults: vscode.Event<void> = this._onDidDropResults.event;

  constructor(
    private readonly engine: AnalysisEngine,
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this._onDidAnalyze,
      this._onDidSkip,
      this._onDidDropResults,
      engine.onDidChangeKb(() => {
        // Work in flight uses the old KB: its result must not be cached.
        for (const running of this.inFlight.values()) running.cancel.cancel();
        this.cache.clear();
        this._onDidDropResults.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      // An edit makes running work pointless; the scheduler asks again later.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.cancel(e.document);
      }),
      config.onDidChange((change) => {
        if (change.analysis || change.languages || change.kb) this.cache.clear();
      }),
    );
  }

  /** The result for the document's current version if already computed. */
  peek(document: vscode.TextDocument): AnalysisResult | undefined {
    return this.cache.get(key(document), document.version);
  }

  /** Too large to analyse automatically (explicit API calls still may). */
  isTooLarge(document: vscode.TextDocument): boolean {
    // The offset of the end is the length, without copying the text.
    const end = document.lineAt(document.lineCount - 1).range.end;
    return document.offsetAt(end) > this.config.current.maxDocumentSize;
  }

  /**
   * The result for the current version: cached, joined while in flight, or
   * computed now. Undefined when cancelled by a newer edit or a close, or when
   * the document is over `claimlens.maxDocumentSize` (unless `force`).
   */
  async analyze(document: vscode.TextDocument, force = false): Promise<AnalysisResult | undefined> {
    const k = key(document);
    const version = document.version;
    const cached = this.cache.get(k, version);
    if (cached) return cached;
    if (!force && this.isTooLarge(document)) {
      this._onDidSkip.fire(document);
      return undefined;
    }
    const running = this.inFlight.get(k);
    if (running?.version === version) return running.promise;
    running?.cancel.cancel();

    const cancel = new vscode.CancellationTokenSource();
    const promise = this.run(document, cancel.token).finally(() => {
      if (this.inFlight.get(k)?.cancel === cancel) this.inFlight.delete(k);
      cancel.dispose();
    });
    this.inFlight.set(k, { version, cancel, promise });
    return promise;
  }

  cancel(document: vscode.TextDocument): void {
    const k = key(document);
    const running = this.inFlight.get(k);
    if (running && running.version !== document.version) running.cancel.cancel();
  }

  private forget(document: vscode.TextDocument): void {
    const k = key(document);
    this.inFlight.get(k)?.cancel.cancel();
    this.cache.delete(k);
  }

  private async run(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    const version = document.version;
    const text = document.getText();
    const options: AnalyzeOptions = { languageId: document.languageId === 'markdown' ? 'markdown' : 'plaintext' };
    const analyzer = await this.engine.analyzer();
    const started = Date.now();
    const work = (report?: (done: number) => void): Promise<AnalysisResult | undefined> =>
      analyzeInSlices(analyzer, text, options, {
        sliceSize: SLICE_SIZE,
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        isCancelled: () => token.isCancellationRequested || document.isClosed || document.version !== version,
        onProgress: report,
      });
    const result = text.length > PROGRESS_THRESHOLD
      ? await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'ClaimLens: analysing' },
        (progress) => {
          let reported = 0;
          return work((done) => {
            const percent = Math.round(done * 100);
            progress.report({ message: `${percent}%`, increment: percent - reported });
            reported = percent;
          });
        },
      )
      : await work();
    if (!result) {
      this.log.debug(`analysis of ${document.uri.toString(true)} v${version} cancelled`);
      return undefined;
    }
    this.log.debug(`analysed ${document.uri.toString(true)} v${version} (${text.length} chars) in ${Date.now() - started} ms`);
    this.cache.set(key(document), version, result);
    this._onDidAnalyze.fire({ document, version, result });
    return result;
  }

  dispose(): void {
    for (const running of this.inFlight.values()) running.cancel.cancel();
    this.inFlight.clear();
    this.cache.clear();
    for (const d of this.disposables.reverse()) d.dispose();
  }
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}
