// Loads the heavy parts (the bundled KB, analysts' KB files and the detectors
// behind the analyser) on first use, never at activation. The KB is read
// through `workspace.fs` so the web build can read it too. When analysts' KB
// files or KB settings change, both are dropped and `onDidChangeKb` fires so
// open documents are analysed again with the new KB.
import * as vscode from 'vscode';
import { createAnalyzer } from '../../core/analyzer';
import type { Analyzer } from '../../core/analysis/documentAnalyzer';
import { formatKbDiagnostic, type KbDiagnostic } from '../../core/kb/kbDiagnostic';
import { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { parseKb } from '../../core/kb/parseKb';
import type { UserKb } from '../kb/userKb';

export class AnalysisEngine implements vscode.Disposable {
  private _kb: Promise<KnowledgeBase> | undefined;
  private _analyzer: Promise<Analyzer> | undefined;
  private readonly listener: vscode.Disposable;
  private readonly _onDidChangeKb = new vscode.EventEmitter<void>();

  /** Fires after the KB was dropped because analysts' KB files or settings changed. */
  readonly onDidChangeKb: vscode.Event<void> = this._onDidChangeKb.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly userKb: UserKb,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listener = userKb.onDidChange(() => {
      const wasLoaded = this._kb !== undefined;
      this._kb = undefined;
      this._analyzer = undefined;
      // Reload at once so the Problems panel follows the files even with no
      // document open; analyses then reuse this load.
      if (wasLoaded) this.kb().catch(() => undefined);
      this._onDidChangeKb.fire();
    });
  }

  kb(): Promise<KnowledgeBase> {
    const loading = (this._kb ??= this.loadKb());
    // Forget a failed attempt so a later call can retry (e.g. after a fix).
    loading.catch(() => { if (this._kb === loading) this._kb = undefined; });
    return loading;
  }

  analyzer(): Promise<Analyzer> {
    const building = (this._analyzer ??= this.kb().then((kb) => {
      const started = Date.now();
      // Room for every paragraph of a document at claimlens.maxDocumentSize, so
      // the whole-text pass after sliced warm-up is all cache hits (~1 KB each).
      const analyzer = createAnalyzer({ kb, cacheSize: 16_384 });
      this.log.info(`analyser ready in ${Date.now() - started} ms`);
      return analyzer;
    }));
    building.catch(() => { if (this._analyzer === building) this._analyzer = undefined; });
    return building;
  }

  private async loadKb(): Promise<KnowledgeBase> {
    const started = Date.now();
    const uri = vscode.Uri.joinPath(this.extensionUri, 'media', 'kb', 'kb.json');
    const parsed = parseKb(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), 'media/kb/kb.json', { bundled: true });
    this.logDiagnostics(parsed.diagnostics);
    if (parsed.kb === null) {
      throw new Error(`the bundled knowledge base cannot be read: ${parsed.diagnostics[0]?.message ?? 'unknown error'}`);
    }
    const kb = new KnowledgeBase(parsed.kb);
    this.log.info(`knowledge base ${kb.version}: ${kb.size} entries loaded in ${Date.now() - started} ms`);
    const user = await this.userKb.load();
    if (user.length === 0) {
      this.userKb.publish([]);
      return kb;
    }
    const merged = kb.merge(user);
    // Problems of one file never cost the others: merge uses what parsed.
    this.userKb.publish([...user.flatMap((u) => u.diagnostics), ...merged.diagnostics]);
    this.log.info(`merged ${user.length} analyst KB source(s): ${merged.kb.size} entries`);
    return merged.kb;
  }

  private logDiagnostics(diagnostics: readonly KbDiagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'error') this.log.error(formatKbDiagnostic(d));
      else this.log.warn(formatKbDiagnostic(d));
    }
  }

  dispose(): void {
    this.listener.dispose();
    this._onDidChangeKb.dispose();
  }
}
