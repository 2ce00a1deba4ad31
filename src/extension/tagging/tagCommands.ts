// `claimlens.tagClaim(uri?, range?, label?)` and `claimlens.tagAllMentions(uri?, range?, label?)`.
// Without arguments they act on the active editor's selection or cursor and
// ask for a label (and note); with a label they run without any UI, so tests,
// hover links and other extensions can call them. tagClaim resolves to the
// new tag's id, tagAllMentions to the ids; undefined when cancelled or
// nothing is there to tag.
import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/model/analysis';
import { toOffsets, toRange } from '../util/range';
import type { TaggingServices } from './taggingServices';
import type { TaggingService } from './taggingService';
import type { TaggingSettings } from './taggingSettings';
import type { TagTarget } from './tagTarget';
import { allMentionsOf, findTarget } from './tagTarget';
import { asOffsets, asUri } from './commandArgs';
import { pickLabelAndNote } from './pickLabel';
import { reportError } from './reportError';

interface Resolved {
  readonly document: vscode.TextDocument;
  readonly selection: OffsetRange;
}

export function registerTagCommands(
  services: TaggingServices,
  tagging: TaggingService,
  settings: () => TaggingSettings,
): vscode.Disposable[] {
  const resolve = async (uriArg: unknown, rangeArg: unknown): Promise<Resolved | undefined> => {
    const uri = asUri(uriArg);
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('ClaimLens: open a document and put the cursor on a claim to tag it.');
      return undefined;
    }
    const given = asOffsets(document, rangeArg);
    if (given) return { document, selection: given };
    const active = editor && editor.document === document ? editor.selection : undefined;
    if (!active) return undefined;
    return { document, selection: toOffsets(document, active) };
  };

  const targetAt = async ({ document, selection }: Resolved): Promise<TagTarget | undefined> => {
    const analysis = await services.analysis.analyze(document).catch(() => undefined);
    const target = findTarget(analysis, selection, services.config.current.highlight.references);
    if (!target) {
      void vscode.window.showInformationMessage('ClaimLens: no detected claim or name here. Select the text you want to tag.');
    }
    return target;
  };

  const chooseLabel = async (labelArg: unknown, title: string): Promise<{ label: string; note: string } | undefined> => {
    if (typeof labelArg === 'string' && labelArg.trim() !== '') return { label: labelArg.trim(), note: '' };
    const s = settings();
    return pickLabelAndNote(s.labels, s.askForNote, title);
  };

  const tagClaim = async (uriArg?: unknown, rangeArg?: unknown, labelArg?: unknown): Promise<string | undefined> => {
    try {
      const resolved = await resolve(uriArg, rangeArg);
      if (!resolved) return undefined;
      const target = await targetAt(resolved);
      if (!target) return undefined;
      const quote = resolved.document.getText(toRange(resolved.document, target.range));
      const choice = await chooseLabel(labelArg, `ClaimLens: tag “${shorten(quote)}”`);
      if (!choice) return undefined;
      const [tag] = await tagging.add(resolved.document, [target], choice.label, choice.note);
      return tag?.id;
    } catch (err) {
      reportError(services.log, 'Tagging failed', err);
      return undefined;
    }
  };

  const tagAllMentions = async (uriArg?: unknown, rangeArg?: unknown, labelArg?: unknown): Promise<string[] | undefined> => {
    try {
      const resolved = await resolve(uriArg, rangeArg);
      if (!resolved) return undefined;
      const target = await targetAt(resolved);
      if (!target) return undefined;
      const text = resolved.document.getText();
      const mentions = allMentionsOf(target, services.analysis.peek(resolved.document), text);
      const quote = text.slice(target.range.start, target.range.end);
      const choice = await chooseLabel(labelArg, `ClaimLens: tag all ${mentions.length} mentions of “${shorten(quote)}”`);
      if (!choice) return undefined;
      const tags = await tagging.add(resolved.document, mentions, choice.label, choice.note);
      return tags.map((t) => t.id);
    } catch (err) {
      reportError(services.log, 'Tagging failed', err);
      return undefined;
    }
  };

  return [
    vscode.commands.registerCommand('claimlens.tagClaim', tagClaim),
    vscode.commands.registerCommand('claimlens.tagAllMentions', tagAllMentions),
  ];
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 50 ? `${oneLine.slice(0, 49)}…` : oneLine;
}
