// What tagging needs from the editor-core services, as a narrow interface so
// the tagging side does not depend on how the container is built.
import type * as vscode from 'vscode';
import type { AnalysisResult } from '../../core/model/analysis';

export interface TaggingServices {
  readonly config: {
    /** True when ClaimLens analyses documents of this language. */
    handles(document: vscode.TextDocument): boolean;
    readonly onDidChange: vscode.Event<unknown>;
    /** `claimlens.highlight.references`: list pronoun and common-noun references too. */
    readonly current: { readonly highlight: { readonly references: boolean } };
  };
  readonly analysis: {
    /** The result for the document's current version, computed if needed. */
    analyze(document: vscode.TextDocument, force?: boolean): Promise<AnalysisResult | undefined>;
    /** The cached result for the current version, if any (cheap). */
    peek(document: vscode.TextDocument): AnalysisResult | undefined;
    readonly onDidAnalyze: vscode.Event<{ readonly document: vscode.TextDocument; readonly result: AnalysisResult }>;
  };
  readonly log: vscode.LogOutputChannel;
}
