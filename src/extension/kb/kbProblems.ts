// Shows what is wrong with analysts' KB files: each problem as a Diagnostic on
// its file (Problems panel, exact line and column), every problem in the log,
// and one warning notification per new error — not one per reload, so a
// broken file does not nag on every keystroke elsewhere.
import * as vscode from 'vscode';
import { formatKbDiagnostic, type KbDiagnostic } from '../../core/kb/kbDiagnostic';

export class KbProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimlens-kb');
  /** Errors the analyst was already told about (formatted), so a reload does not repeat them. */
  private readonly notified = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /**
   * Replaces all KB problems. `uriOf` maps a diagnostic's origin to its file;
   * problems without one (settings entries) go to the log and notification only.
   */
  publish(diagnostics: readonly KbDiagnostic[], uriOf: (origin: string) => vscode.Uri | undefined): void {
    const byFile = new Map<string, { uri: vscode.Uri; items: vscode.Diagnostic[] }>();
    for (const d of diagnostics) {
      if (d.severity === 'error') this.log.error(formatKbDiagnostic(d));
      else this.log.warn(formatKbDiagnostic(d));
      const uri = uriOf(d.origin);
      if (uri === undefined) continue;
      const entry = byFile.get(uri.toString()) ?? { uri, items: [] };
      entry.items.push(toDiagnostic(d));
      byFile.set(uri.toString(), entry);
    }
    this.collection.clear();
    for (const { uri, items } of byFile.values()) this.collection.set(uri, items);
    this.notify(diagnostics.filter((d) => d.severity === 'error'));
  }

  private notify(errors: readonly KbDiagnostic[]): void {
    const fresh = errors.map(formatKbDiagnostic).filter((text) => !this.notified.has(text));
    if (fresh.length === 0) return;
    for (const text of fresh) this.notified.add(text);
    const files = new Set(errors.map((e) => e.origin)).size;
    void vscode.window.showWarningMessage(
      `ClaimLens: ${errors.length} problem(s) in ${files} of your KB file(s); the rest of the KB is used. First: ${fresh[0] ?? ''}`,
      'Show Problems',
    ).then((choice) => (choice ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function toDiagnostic(d: KbDiagnostic): vscode.Diagnostic {
  // Core positions are 1-based; an empty range shows over the word there.
  const at = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.column - 1));
  const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), d.message, severity);
  diagnostic.source = 'ClaimLens KB';
  return diagnostic;
}
