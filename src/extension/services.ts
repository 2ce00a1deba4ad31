// The composition root's service container: every service is created on
// first use (GitLens style) and disposed in reverse creation order, so a
// service never outlives what it depends on. Other layers (tagging, tree)
// receive this container and take what they need.
import * as vscode from 'vscode';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import { AnalysisEngine } from './analysis/engine';
import { AnalysisScheduler } from './analysis/scheduler';
import { Configuration } from './config/configuration';
import { UserKb } from './kb/userKb';
import { DecorationController } from './decorations/decorationController';
import { StatusBarController } from './statusBar/statusBarController';
import type { TaggingFacade } from './api';
import type { ShownTagsScope } from './tree/registerTaggedTree';
import type { StoreLocator } from './persistence/storeLocator';

export class Services implements vscode.Disposable {
  private readonly created: vscode.Disposable[] = [];
  private _log: vscode.LogOutputChannel | undefined;
  private _config: Configuration | undefined;
  private _userKb: UserKb | undefined;
  private _engine: AnalysisEngine | undefined;
  private _analysis: DocumentAnalysis | undefined;
  private _scheduler: AnalysisScheduler | undefined;
  private _decorations: DecorationController | undefined;
  private _statusBar: StatusBarController | undefined;
  private _tagging: TaggingFacade | undefined;

  constructor(readonly context: vscode.ExtensionContext) {}

  get log(): vscode.LogOutputChannel {
    return (this._log ??= this.track(vscode.window.createOutputChannel('ClaimLens', { log: true })));
  }

  get config(): Configuration {
    return (this._config ??= this.track(new Configuration()));
  }

  /** Analysts' KB files and settings entries: watched, read on KB load, problems in the Problems panel. */
  get userKb(): UserKb {
    return (this._userKb ??= this.track(new UserKb(this.config, this.log)));
  }

  /** Lazy KB and analyser; nothing heavy loads until a document is analysed. */
  get engine(): AnalysisEngine {
    return (this._engine ??= this.track(new AnalysisEngine(this.context.extensionUri, this.userKb, this.log)));
  }

  /** Per-version results for every document; emits `onDidAnalyze`. */
  get analysis(): DocumentAnalysis {
    return (this._analysis ??= this.track(new DocumentAnalysis(this.engine, this.config, this.log)));
  }

  get scheduler(): AnalysisScheduler {
    return (this._scheduler ??= this.track(new AnalysisScheduler(this.analysis, this.config, this.log)));
  }

  /** Highlights; the tagging side calls `setTaggedSource` / `refresh` on it. */
  get decorations(): DecorationController {
    return (this._decorations ??= this.track(new DecorationController(this.analysis, this.config)));
  }

  get statusBar(): StatusBarController {
    return (this._statusBar ??= this.track(new StatusBarController(this.analysis, this.decorations, this.config)));
  }

  /** Where stores live (sidecar or workspace storage), set by the tagging side; export and import use it. */
  storeLocator: StoreLocator | undefined;

  /** The "Tagged claims" view, set when it is created; the API reports whether it is visible. */
  taggedClaimsView: vscode.TreeView<unknown> | undefined;

  /** The tags the "Tagged claims" filter shows (undefined: not filtered); the export offers it as a scope. */
  taggedClaimsFilter: (() => ShownTagsScope | undefined) | undefined;

  /** Set by the tagging side once its store is ready; read by the API. */
  get tagging(): TaggingFacade | undefined {
    return this._tagging;
  }

  set tagging(facade: TaggingFacade | undefined) {
    this._tagging = facade;
  }

  private track<T extends vscode.Disposable>(service: T): T {
    this.created.push(service);
    return service;
  }

  dispose(): void {
    for (const service of this.created.reverse()) {
      try {
        service.dispose();
      } catch (err) {
        // One failing dispose must not leak the rest.
        console.error('ClaimLens: dispose failed', err);
      }
    }
    this.created.length = 0;
  }
}
