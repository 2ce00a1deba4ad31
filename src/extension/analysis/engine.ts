// Loads the heavy parts (the bundled KB, analysts' KB files and the detectors
// behind the analyser) on first use, never at activation. The KB is read
// through `workspace.fs` so the web build can read it too. Changing
// `claimlens.kb.files` drops both, and the next analysis rebuilds them.
import * as vscode from 'vscode';
import { createAnalyzer } from '../../core/analyzer';
import type { Analyzer } from '../../core/analysis/documentAnalyzer';
import { formatKbDiagnostic, type KbDiagnostic } from '../../core/kb/kbDiagnostic';
import { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { parseKb } from '../../core/kb/parseKb';
import type { Configuration } from '../config/configuration';
import { readUserKbFiles } from './userKbFiles';

export class AnalysisEngine implements vscode.Disposable {
  private _kb: Promise<KnowledgeBase> | undefined;
  private _analyzer: Promise<Analyzer> | undefined;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listener = config.onDidChange((change) => {
      if (!change.kb) return;
      this._kb = undefined;
      this._analyzer = undefined;
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
    const parsed = parseKb(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), 'media/kb/kb.json');
    this.logDiagnostics(parsed.diagnostics);
    if (parsed.kb === null) {
      throw new Error(`the bundled knowledge base cannot be read: ${parsed.diagnostics[0]?.message ?? 'unknown error'}`);
    }
    let kb = new KnowledgeBase(parsed.kb);
    this.log.info(`knowledge base ${kb.version}: ${kb.size} entries loaded in ${Date.now() - started} ms`);
    const files = this.config.current.kbFiles;
    if (files.length > 0) {
      const user = await readUserKbFiles(files);
      const merged = kb.merge(user);
      const problems = [...user.flatMap((u) => u.diagnostics), ...merged.diagnostics];
      this.logDiagnostics(problems);
      kb = merged.kb;
      this.log.info(`merged ${files.length} analyst KB file(s): ${kb.size} entries`);
      const errors = problems.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        void vscode.window.showWarningMessage(
          `ClaimLens: ${errors.length} problem(s) in your KB files (claimlens.kb.files), e.g. ${formatKbDiagnostic(errors[0] as KbDiagnostic)}`,
          'Show Log',
        ).then((choice) => { if (choice) this.log.show(); });
      }
    }
    return kb;
  }

  private logDiagnostics(diagnostics: readonly KbDiagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'error') this.log.error(formatKbDiagnostic(d));
      else this.log.warn(formatKbDiagnostic(d));
    }
  }

  dispose(): void {
    this.listener.dispose();
  }
}
