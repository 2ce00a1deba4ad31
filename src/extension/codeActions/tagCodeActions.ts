// The lightbulb: "Tag claim …" and "Tag all mentions of …" where a detected
// claim or name (or a selection) is, and "Remove tag" where a tag is. Uses
// only the cached analysis of the current version: code actions are asked for
// on every cursor move and must not start detection.
import * as vscode from 'vscode';
import { toOffsets, toRange } from '../util/range';
import type { TaggingServices } from '../tagging/taggingServices';
import type { TaggingService } from '../tagging/taggingService';
import { findTarget } from '../tagging/tagTarget';

export const TAG_ACTION_KIND = vscode.CodeActionKind.QuickFix.append('claimlens');

export class TagCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [TAG_ACTION_KIND] };

  constructor(
    private readonly services: TaggingServices,
    private readonly tagging: TaggingService,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.services.config.handles(document)) return [];
    const offsets = toOffsets(document, range);
    const target = findTarget(this.services.analysis.peek(document), offsets, this.services.config.current.highlight.references);
    const actions: vscode.CodeAction[] = [];
    if (target) {
      const targetRange = toRange(document, target.range);
      const quote = short(document.getText(targetRange));
      const what = target.kind === 'claim' ? 'claim' : target.kind === 'entity' ? 'mention' : 'selection';
      const tag = new vscode.CodeAction(`ClaimLens: Tag ${what} “${quote}”…`, TAG_ACTION_KIND);
      tag.command = { command: 'claimlens.tagClaim', title: tag.title, arguments: [document.uri, targetRange] };
      tag.isPreferred = true;
      actions.push(tag);
      const all = new vscode.CodeAction(`ClaimLens: Tag all mentions of “${quote}”…`, TAG_ACTION_KIND);
      all.command = { command: 'claimlens.tagAllMentions', title: all.title, arguments: [document.uri, targetRange] };
      actions.push(all);
    }
    for (const claim of this.tagging.tagsAt(document.uri.toString(), offsets.start).slice(0, 3)) {
      const quote = short(claim.selectors.quote.exact);
      const status = new vscode.CodeAction(`ClaimLens: Change status of tag “${quote}” (${claim.label})…`, TAG_ACTION_KIND);
      status.command = { command: 'claimlens.changeTagStatus', title: status.title, arguments: [claim.id] };
      const remove = new vscode.CodeAction(`ClaimLens: Remove tag “${quote}” (${claim.label})`, TAG_ACTION_KIND);
      remove.command = { command: 'claimlens.removeTag', title: remove.title, arguments: [claim.id] };
      actions.push(status, remove);
    }
    return actions;
  }
}

/**
 * Registered for every document: the provider itself checks the configured
 * languages, so a settings change needs no re-registration.
 */
export function registerTagCodeActions(provider: TagCodeActionProvider): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider('*', provider, TagCodeActionProvider.metadata);
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
