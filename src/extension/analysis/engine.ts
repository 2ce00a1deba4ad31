// Loads the heavy parts (the bundled KB and the detectors behind the analyser)
// on first use, never at activation. The KB is read through
// `workspace.fs` so the web build can read it too.
import * as vscode from 'vscode';
import { createAnalyzer } from '../../core/analyzer';
import type { Analyzer } from '../../core/analysis/documentAnalyzer';
import { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { parseKb } from '../../core/kb/parseKb';

export class AnalysisEngine {
  private _kb: Promise<KnowledgeBase> | undefined;
  private _analyzer: Promise<Analyzer> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  kb(): Promise<KnowledgeBase> {
    return (this._kb ??= this.loadKb().catch((err: unknown) => {
      // Forget the failed attempt so a later call can retry (e.g. after a fix).
      this._kb = undefined;
      throw err;
    }));
  }

  analyzer(): Promise<Analyzer> {
    return (this._analyzer ??= this.kb().then((kb) => {
      const started = Date.now();
      const analyzer = createAnalyzer({ kb });
      this.log.info(`analyser ready in ${Date.now() - started} ms`);
      return analyzer;
    }).catch((err: unknown) => {
      this._analyzer = undefined;
      throw err;
    }));
  }

  private async loadKb(): Promise<KnowledgeBase> {
    const started = Date.now();
    const uri = vscode.Uri.joinPath(this.extensionUri, 'media', 'kb', 'kb.json');
    const bytes = await vscode.workspace.fs.readFile(uri);
    const parsed = parseKb(new TextDecoder().decode(bytes), 'media/kb/kb.json');
    for (const d of parsed.diagnostics) this.log.warn(`KB ${d.origin}:${d.line}:${d.column} ${d.severity}: ${d.message}`);
    if (parsed.kb === null) throw new Error(`the bundled knowledge base cannot be read: ${parsed.diagnostics[0]?.message ?? 'unknown error'}`);
    const kb = new KnowledgeBase(parsed.kb);
    this.log.info(`knowledge base ${kb.version} loaded in ${Date.now() - started} ms`);
    return kb;
  }
}
