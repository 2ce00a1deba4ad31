// Adapts the pure card builders to VS Code: finds what is under the mouse in
// the current analysis and returns a trusted-for-our-commands-only hover.
import * as vscode from 'vscode';
import type { AnalysisResult, EntityMention } from '../../core/model/analysis';
import { spanAt } from '../analysis/spans';
import type { AnalysisEngine } from '../analysis/engine';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Configuration } from '../config/configuration';
import { shownEntities } from '../analysis/shownEntities';
import { toRange } from '../util/range';
import { claimCard } from './claimCard';
import { entityCard } from './entityCard';
import { HOVER_COMMANDS } from './markdownText';

export class ClaimLensHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly engine: AnalysisEngine,
    private readonly config: Configuration,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (!this.config.current.hover.enabled || !this.config.handles(document)) return undefined;
    const version = document.version;
    const result = await this.analysis.analyze(document);
    if (result === undefined || token.isCancellationRequested || document.version !== version) return undefined;
    const offset = document.offsetAt(position);
    const entity = spanAt(shownEntities(result, this.config.current.highlight.references), offset);
    const claim = spanAt(result.claims, offset);
    if (entity === undefined && claim === undefined) return undefined;
    const kb = await this.engine.kb();
    const uri = document.uri.toString();
    const cards: string[] = [];
    // "10,000 Russian troops": over "Russian" the entity card comes first,
    // then the claim it sits in.
    if (entity !== undefined) {
      cards.push(entityCard({ mention: entity, mentionCount: sameEntity(result, entity).length, documentUri: uri, kb }));
    }
    if (claim !== undefined) {
      cards.push(claimCard({
        claim,
        result,
        text: document.getText(),
        documentUri: uri,
        kb,
        lineOf: (o) => document.positionAt(o).line + 1,
      }));
    }
    const inner = entity !== undefined && (claim === undefined || entity.end - entity.start <= claim.end - claim.start)
      ? entity
      : claim ?? entity;
    return new vscode.Hover(cards.map(trusted), inner === undefined ? undefined : toRange(document, inner));
  }
}

/** Mentions with the same identity: the same KB entry, or the same text when unlinked. */
export function sameEntity(result: AnalysisResult, mention: EntityMention): EntityMention[] {
  if (mention.kbId !== null) return result.entities.filter((e) => e.kbId === mention.kbId);
  const text = mention.text.toLowerCase();
  return result.entities.filter((e) => e.kbId === null && e.text.toLowerCase() === text);
}

function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, true);
  // Only our own commands run from a hover; links from documents or KB files
  // are escaped text by the time they get here.
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}
